import type { PaperContext } from "./context";
import { exactKey } from "./keys";
import { isEnglishWord } from "./nlp";

// Only capitals, three letters or more: "JUDGE", "SELECTED", "ONLY".
const ALL_CAPITALS = /^\p{Lu}{3,}$/u;

/**
 * An all-caps everyday English word is emphasis or an output label ("outputs SELECTED",
 * "a JUDGE model", "computed ONLY on"), not a name, unless the paper defines it ("STAR"
 * with its long form), proposes it ("We propose SAFE"), or the field knows it (CLIP).
 */
export function dropCapitalisedWords(ctx: PaperContext): void {
  ctx.candidates = ctx.candidates.filter((c) => {
    if (c.known || c.proposed || c.rule !== "name") return true;
    const surface = ctx.text.slice(c.start, c.end);
    if (!ALL_CAPITALS.test(surface) || ctx.local.has(exactKey(surface))) return true;
    return !isEnglishWord(surface.toLowerCase());
  });
}
