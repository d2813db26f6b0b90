import type { Candidate, PaperContext } from "./context";

// The noun a paper puts after a name says what the name is in this paper, whatever the lexicon
// says: "the extended SayCan dataset" (SayCan is a model in the field), "integrating WebGPT,
// ScienceQA, AVSD, and ScanQA datasets".
const DATASET_HEAD = /^\s+(?:datasets?|benchmarks?|corpus|corpora)\b/;
// The gap between two items of a list: "WebGPT, ScienceQA, AVSD, and ScanQA".
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|or))\s*$/;

/** Names (models or untyped) followed by a dataset head, alone or closing a list of names. */
export function typeByHeadNoun(ctx: PaperContext): void {
  const retyped = new Set<string>();
  const list = ctx.candidates;
  for (let k = 0; k < list.length; k++) {
    if (!DATASET_HEAD.test(ctx.text.slice(list[k]!.end, list[k]!.end + 16))) continue;
    // The list the head closes: named items joined by commas and "and".
    let first = k;
    while (first > 0 && isName(ctx, list[first - 1]!) && LIST_GAP.test(ctx.text.slice(list[first - 1]!.end, list[first]!.start))) first--;
    for (const item of list.slice(first, k + 1)) if (isRetypable(ctx, item)) retyped.add(item.canonical);
  }
  for (const c of list) if (retyped.has(c.canonical)) c.type = "dataset";
}

/**
 * A model or an untyped name. A method before "dataset" names what the data is for ("SFT
 * dataset", "ToM datasets"), and the paper's own name before it names a sibling ("RoboFAC
 * dataset" beside the RoboFAC framework).
 */
function isRetypable(ctx: PaperContext, c: Candidate): boolean {
  return isName(ctx, c) && !c.proposed && (c.type === undefined || c.type === "model");
}

/** A name, not a lower-case phrase: "the code generation benchmark" keeps its task. */
function isName(ctx: PaperContext, c: Candidate): boolean {
  return /[\p{Lu}\p{N}]/u.test(ctx.text.slice(c.start, c.end));
}
