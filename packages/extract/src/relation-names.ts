// builds-on read from names: a paper's own method named after another is a variant of it, as the
// annotators of the dev relations read "Evolutionary Test-Time Scaling (EvoScale)" (builds on
// test-time scaling), "Absolute Zero Reasoner" and "Spatial CoT" (22 of the 31 such pairs of
// the dev gold are builds-on). The name that holds the other is the head; the other must be a
// method or model the paper names, in its own words, as a whole word of the longer name.
import type { Mention, Relation } from "./types";

const ACTOR_TYPES = new Set(["method", "model"]);

/** Lower case, hyphens and runs of spaces as one space: "Test-Time  Scaling" -> "test time scaling". */
function folded(text: string): string {
  return text.toLowerCase().replace(/[-\s]+/g, " ").trim();
}

/** Where `part` sits in `whole` as whole words (both folded), or -1. */
function wordIndex(whole: string, part: string): number {
  for (let at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
    const before = whole[at - 1];
    const after = whole[at + part.length];
    if ((before === undefined || before === " ") && (after === undefined || after === " ")) return at;
  }
  return -1;
}

/**
 * The builds-on relations of names that hold another's: one per (head, tail) entity, evidenced
 * by the sentence of the first mention that holds it, the tail's span inside the head's.
 */
export function containedNames(paperId: string, text: string, mentions: readonly Mention[]): Relation[] {
  // Each method's or model's forms as the paper writes them (its canonical name among them), and one mention of it.
  const forms = new Map<string, { mention: number; forms: Set<string> }>();
  mentions.forEach((m, index) => {
    if (!ACTOR_TYPES.has(m.type)) return;
    const entry = forms.get(m.canonical) ?? { mention: index, forms: new Set([folded(m.canonical)]) };
    entry.forms.add(folded(m.surface));
    forms.set(m.canonical, entry);
  });
  const relations: Relation[] = [];
  const seen = new Set<string>();
  mentions.forEach((head, index) => {
    const surface = folded(head.surface);
    // The paper's own methods only: the field's own variants ("deep RL", "RLHF", "online RL") are
    // not said to build on what their names hold (nor a checkpoint on its family, "Llama-3.1-8B"),
    // and a name of one word holds no other name as a whole word.
    if (head.type !== "method" || !head.proposed || !surface.includes(" ")) return;
    for (const [canonical, tail] of forms) {
      if (canonical === head.canonical || seen.has(`${head.canonical}\u0000${canonical}`)) continue;
      const inside = [...tail.forms].find((form) => form !== surface && wordIndex(surface, form) >= 0);
      if (inside === undefined) continue;
      seen.add(`${head.canonical}\u0000${canonical}`);
      const offset = text.lastIndexOf(head.sentence, head.start);
      if (offset < 0) continue;
      const headStart = head.start - offset;
      // Folding keeps the surface's length but for runs of spaces, which a name seldom has.
      const tailStart = headStart + wordIndex(surface, inside);
      relations.push({ paperId, relation: "builds-on", head: index, tail: tail.mention, evidence: { sentence: head.sentence, head: [headStart, headStart + head.surface.length], tail: [tailStart, tailStart + inside.length] } });
    }
  });
  return relations;
}
