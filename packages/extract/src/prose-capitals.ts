import type { PaperContext } from "./context";
import { exactKey } from "./keys";
import { isEnglishWord } from "./nlp";
import { typeFromAppositive, typeFromFollowingNoun, TYPING_WINDOW } from "./typing";

// Only capitals, three letters or more: "JUDGE", "SELECTED", "ONLY".
const ALL_CAPITALS = /^\p{Lu}{3,}$/u;

/**
 * An all-caps everyday English word is emphasis or an output label ("outputs SELECTED",
 * "a JUDGE model", "computed ONLY on"), not a name, unless the paper defines it ("STAR"
 * with its long form), proposes it ("We propose SAFE"), the field knows it (CLIP), or the
 * paper says it is data ("the SCARED dataset", "BRIGHT, a retrieval benchmark"): benchmarks
 * are often named by a word in capitals, and output labels are never called a dataset.
 */
export function dropCapitalisedWords(ctx: PaperContext): void {
  ctx.candidates = ctx.candidates.filter((c) => {
    if (c.known || c.proposed || c.rule !== "name") return true;
    const surface = ctx.text.slice(c.start, c.end);
    if (!ALL_CAPITALS.test(surface) || ctx.local.has(exactKey(surface))) return true;
    if (!isEnglishWord(surface.toLowerCase())) return true;
    const after = ctx.text.slice(c.end, c.end + TYPING_WINDOW);
    return typeFromFollowingNoun(after) === "dataset" || typeFromAppositive(after) === "dataset";
  });
}
