import type { Candidate, PaperContext } from "./context";

// Nouns that name a part of a method after the paper's own name for it: "the NPR Loss", "a
// two-layer GroupContext Transformer", "an integrated LLM-Vision planner", "QR decomposition".
// Not "module" or "block": measured on the tuned sets, annotators leave those out of the name
// (ProtoScale, ACmix) more often than they keep them; not "layer" or "estimator", which follow
// generic parts as often ("BN layer", "FFN layers", "MI estimator").
const COMPONENT_HEAD = /^ (loss|Loss|adapter|Adapter|planner|Planner|tracker|Tracker|decomposition|transform|Transformer)\b(?![-\p{L}])/u;

/**
 * A name of the paper's own (no lexicon entry), untyped or a method, followed by the noun of
 * the component it is ("NPR Loss", "GroupContext Transformer") is one method named by both words:
 * annotators and readers take the noun as part of the name, and the name alone would be a
 * false entity beside it.
 */
export function extendComponentHeads(ctx: PaperContext): void {
  const absorbed = new Set<Candidate>();
  for (const c of ctx.candidates) {
    if (c.known || (c.type !== undefined && c.type !== "method") || !/^\p{Lu}/u.test(c.canonical)) continue;
    const head = COMPONENT_HEAD.exec(ctx.text.slice(c.end, c.end + 16));
    if (!head) continue;
    const end = c.end + head[0].length;
    // The head may be a candidate of its own ("Transformer"): the longer name takes its place.
    const overlapping = ctx.candidates.filter((other) => other !== c && other.start < end && other.end > c.end);
    if (overlapping.some((other) => other.start !== c.end + 1 || other.end !== end)) continue;
    for (const other of overlapping) absorbed.add(other);
    c.canonical = `${c.canonical} ${head[1]}`;
    c.end = end;
    c.type = "method";
  }
  if (absorbed.size > 0) ctx.candidates = ctx.candidates.filter((c) => !absorbed.has(c));
}
