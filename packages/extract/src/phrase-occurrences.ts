/**
 * Where a phrase is written in a text as words of their own, in any case: the places a regular
 * expression `(?<![\p{L}\p{N}-])PHRASE(?![\p{L}\p{N}]|-\p{L})` with flags "giu" matches. Built
 * per phrase, that expression cost a fifth of extraction: V8 compiles each new expression to
 * native code when it runs a second time, and every paper's long forms are new ones. An ASCII
 * phrase is found instead by indexOf in the lower-cased text, and only its edges are tested
 * with fixed expressions. The two searches agree because, under "iu", the only characters that
 * match an ASCII letter are its two cases and two signs (long s, Kelvin), and lower-casing keeps
 * the text's length unless it holds a dotted capital I; texts with any of those three take the
 * expression.
 */
import { escapeRegExp } from "./text";

const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}-]$/u;
const LETTER_OR_DIGIT_AFTER = /^(?:[\p{L}\p{N}]|-\p{L})/u;
// Long s and the Kelvin sign match "s" and "k" under "iu"; the dotted capital I lengthens the lower-cased text.
const FOLDS_TO_ASCII = /[\u017f\u212a\u0130]/;
const NOT_ASCII = /[^\x00-\x7f]/;

export interface Occurrence {
  index: number;
  length: number;
}

/**
 * A search of `text` for phrases: each call gives the places `phrase` is written as words of its
 * own, left to right, none overlapping. What decides between the two searches for the text is
 * looked at once, not for each of a paper's long forms.
 */
export function phraseSearch(text: string): (phrase: string) => Occurrence[] {
  const lowerText = text.toLowerCase();
  const textAllowsIndexOf = !FOLDS_TO_ASCII.test(text) && lowerText.length === text.length;
  return (phrase) => {
    if (!textAllowsIndexOf || phrase === "" || NOT_ASCII.test(phrase)) return byExpression(text, phrase);
    const lowerPhrase = phrase.toLowerCase();
    const found: Occurrence[] = [];
    for (let index = lowerText.indexOf(lowerPhrase); index >= 0; ) {
      const end = index + phrase.length;
      // Two code units before and three after hold a whole character (a surrogate pair), or a hyphen and one.
      const alone = !LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, index - 2), index)) && !LETTER_OR_DIGIT_AFTER.test(text.slice(end, end + 3));
      if (alone) found.push({ index, length: phrase.length });
      index = lowerText.indexOf(lowerPhrase, alone ? end : index + 1);
    }
    return found;
  };
}

function byExpression(text: string, phrase: string): Occurrence[] {
  const written = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}]|-\\p{L})`, "giu");
  return [...text.matchAll(written)].map((match) => ({ index: match.index, length: match[0].length }));
}
