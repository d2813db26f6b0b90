// builds-on read from compound modifiers: "a Transformer-based Dense Spatio-Temporal Encoder (DSTE)"
// names a method made on another. Only where the method so made is the paper's (proposed, or
// defined where it is named): "GRPO-based RL", "a Transformer-based diffusion model" or "BM25-based
// RAG" describe one use of a field's method, and as corpus-wide arrows (RL builds on GRPO) they mislead.
import type { Item } from "./relation-sentence";
import { ACTORS, type ClauseContext, type Found } from "./relation-results";

// What joins the base to the method made on it: "-based" and at most two lower-case words that
// describe it ("a Transformer-based multi-scale encoder"), not a head and its verb ("-based models using").
const BASED_ON = /^-based\s+((?:[a-z][\w-]*\s+){0,2})$/;
const NOT_DESCRIBING = /^(?:using|utili[sz]ing|with|for|and|or|of|to|in|on|by|via|that|which|models?|methods?|approach(?:es)?|frameworks?|techniques?|systems?)$/;

function isBasedOn(between: string): boolean {
  const m = BASED_ON.exec(between);
  return m !== null && m[1]!.split(/\s+/).every((word) => !NOT_DESCRIBING.test(word));
}

/** A long form followed by the short form it defines: "Dense Spatio-Temporal Encoder (DSTE)". */
export const DEFINED_HERE = /^\s*\(([^()]{1,20})\)/;

/**
 * A short form the paper defines and the lexicon does not know: the item keeps it as its name
 * (DSTE), where a field's method defined again is named by the lexicon ("transformer-based
 * reinforcement learning (RL)" names reinforcement learning).
 */
function isNewShortForm(c: ClauseContext, item: Item): boolean {
  return DEFINED_HERE.exec(c.s.text.slice(item.end, item.end + 24))?.[1] === item.canonical;
}

/** "A-based B": B builds on A, both methods or models named in the clause. */
export function findBasedCompounds(c: ClauseContext): Found[] {
  const found: Found[] = [];
  if (!c.s.text.slice(c.clause.start, c.clause.end).includes("-based")) return found;
  const actors = c.clause.items.filter((i) => !i.reference && ACTORS.includes(i.type));
  for (let k = 0; k + 1 < actors.length; k++) {
    const base = actors[k]!;
    if (c.s.text[base.end] !== "-") continue;
    // Items come in the order they start: the first one past the base's hyphen.
    const made = actors.find((i) => i.start >= base.end);
    if (made && (made.proposed || isNewShortForm(c, made)) && isBasedOn(c.s.text.slice(base.end, made.start))) found.push({ relation: "builds-on", head: made, tail: base });
  }
  return found;
}
