import type { Candidate, PaperContext } from "./context";
import { exactKey } from "./keys";
import { ITEM_JOIN } from "./list-heads";
import { isEnglishWord } from "./nlp";
import { typeFromAppositive, TYPING_WINDOW } from "./typing";
import { typeFromFollowingNoun } from "./context-typing";

// Only capitals, three letters or more: "JUDGE", "SELECTED", "ONLY".
const ALL_CAPITALS = /^\p{Lu}{3,}$/u;


/**
 * An all-caps everyday English word is emphasis or an output label ("outputs SELECTED",
 * "a JUDGE model", "computed ONLY on"), not a name, unless the paper defines it ("STAR"
 * with its long form), proposes it ("We propose SAFE"), the field knows it (CLIP), the
 * paper says it is data ("the SCARED dataset", "BRIGHT, a retrieval benchmark"): benchmarks
 * are often named by a word in capitals, and output labels are never called a dataset; or
 * it is listed with a name that is no such word ("TIES-Merging and DARE", "Self-RAG and
 * FLARE"): labels are listed with labels ("SELECTED or REJECTED").
 */
export function dropCapitalisedWords(ctx: PaperContext): void {
  const list = ctx.candidates;
  ctx.candidates = list.filter((c, k) => {
    if (!isCapitalisedWord(ctx, c)) return true;
    if (isListedWith(ctx, list[k - 1], c) || isListedWith(ctx, c, list[k + 1])) return true;
    const after = ctx.text.slice(c.end, c.end + TYPING_WINDOW);
    return typeFromFollowingNoun(after) === "dataset" || typeFromAppositive(after) === "dataset";
  });
}

/** An all-caps English word found by shape alone: nothing defines, proposes or knows it. */
function isCapitalisedWord(ctx: PaperContext, c: Candidate): boolean {
  if (c.known || c.proposed || c.rule !== "name") return false;
  const surface = ctx.text.slice(c.start, c.end);
  return ALL_CAPITALS.test(surface) && !ctx.local.has(exactKey(surface)) && isEnglishWord(surface.toLowerCase());
}

/** Two candidates side by side in a list, one of them a name that is no all-caps English word. */
function isListedWith(ctx: PaperContext, left: Candidate | undefined, right: Candidate | undefined): boolean {
  if (!left || !right || !ITEM_JOIN.test(ctx.text.slice(left.end, right.start))) return false;
  return !isCapitalisedWord(ctx, left) || !isCapitalisedWord(ctx, right);
}
