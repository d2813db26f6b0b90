// Methods and measures named after a person or a place: "Poisson blending", "Kullback-Leibler
// divergence", "Otsu's thresholding", "Cosserat rod model", "Bellman equations". The name is
// capitalised and no English word, and a lower-case noun phrase follows it; the chunker's runs
// hold lower-case words only, so the term scan never saw the two together.

import { type Run, isCapitalisedByPosition } from "./chunk";
import { type PaperContext, claim } from "./context";
import { dropPlural } from "./keys";
import { isEnglishWord } from "./nlp";
import type { EntityType } from "./types";
import { isLetterAt, opensWithCapital } from "./word-scan";

// One capitalised word, or two joined by a hyphen ("Cauchy-Schwarz").
const EPONYM = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
// The words between a name and its noun: a space, or a possessive and a space.
const EPONYM_GAP = /^(?:['’]s)?\s$/;
// Heads such names carry, beyond the term scan's own (scan-terms.ts HEADS).
const EPONYM_HEADS: [RegExp, EntityType][] = [
  [/^(?:distance|divergence|inequality|bound|index|coefficient|statistic)$/, "metric"],
  [/^(?:method|algorithm|approach|model|process|projection|transform|equation|theorem|loss|regression|filter|controller|estimator|blending|flow|thresholding|kernel|decomposition|expansion|approximation|descent|rule)$/, "method"],
];
// An eponym names one thing; a longer run is a description.
const MOST_WORDS = 3;
// "Bayesian methods", "Gaussian models": a kind in the plural is a class of things, no name.
const CLASS_PLURAL = /^(?:methods|models|algorithms|approaches)$/;
// "the Moshi model", "the Timer model": a name then its kind alone is a model's name (head-nouns.ts).
const KIND_ALONE = /^(?:model|method|approach|algorithm)$/;
// Endings of English nouns and adjectives compromise's word list may lack ("Decomposition", "Interaction").
const ENGLISH_ENDING = /(?:tion|sion|ment|ness|ity|ics|ing|ive|ous|ful|al|ent|ant)$/;

/**
 * Claims the chunker's run with the eponym before it as one term; false when no eponym names
 * it. `termHead` is the term scan's type of a head word (scan-terms.ts, which calls this).
 */
export function claimEponymTerm(ctx: PaperContext, run: Run, termHead: (word: string) => EntityType | undefined): boolean {
  // The name first: the chunker asks this of every run, and few follow a capitalised word.
  const name = eponymBefore(ctx, run.from);
  if (name < 0 || run.words.length > MOST_WORDS || CLASS_PLURAL.test(run.words.at(-1)!)) return false;
  // A possessive makes the kind a person's: "Kociemba's algorithm".
  if (run.words.length === 1 && KIND_ALONE.test(run.words[0]!) && name === run.from - 1) return false;
  const type = eponymHeadType(run.words.at(-1)!, termHead);
  if (!type) return false;
  const start = ctx.tokens[name]!.start;
  const end = ctx.tokens[run.to - 1]!.end;
  claim(ctx, name, run.to, { canonical: ctx.text.slice(start, end), type, known: false, proposed: false, rule: "eponym" });
  return true;
}

/** The type of the term by its head: the eponym heads', else the term scan's (`termHead`). */
function eponymHeadType(word: string, termHead: (word: string) => EntityType | undefined): EntityType | undefined {
  const singular = dropPlural(word);
  return EPONYM_HEADS.find(([pattern]) => pattern.test(singular))?.[1] ?? termHead(word);
}

/** The index of the eponym right before token `from` ("Otsu" of "Otsu's thresholding"), or -1. */
function eponymBefore(ctx: PaperContext, from: number): number {
  const next = ctx.tokens[from]!;
  // "Otsu's" is read as "Otsu", "'", "s": the possessive's "s" is a token of its own.
  let k = from - 1;
  const apostrophe = ctx.text[next.start - 3];
  if (ctx.tokens[k]?.text === "s" && (apostrophe === "'" || apostrophe === "’")) k--;
  const token = ctx.tokens[k];
  if (!token || ctx.claimed[k] || !opensWithCapital(token.text) || !EPONYM.test(token.text) || isCapitalisedByPosition(ctx, k)) return -1;
  if (!EPONYM_GAP.test(ctx.text.slice(token.end, next.start))) return -1;
  // "the Franka Emika Panda robot": a capitalised word before it makes the word part of a longer name.
  const previous = ctx.tokens[k - 1];
  if (previous && token.start - previous.end <= 1 && /^\p{Lu}/u.test(previous.text)) return -1;
  return token.text.split("-").some((part) => isEverydayWord(ctx, part.toLowerCase())) ? -1 : k;
}

/**
 * A word of English: in compromise's list (which lacks many nouns), with an English ending, or
 * written in lower case elsewhere in the paper ("Vision-Language" by "vision").
 */
function isEverydayWord(ctx: PaperContext, word: string): boolean {
  return ENGLISH_ENDING.test(word) || isEnglishWord(word) || isWrittenInLowerCase(ctx.text, word);
}

/** `word` (lower case) stands in `text` as a word of its own. */
function isWrittenInLowerCase(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetterAt(text, at - 1) && !isLetterAt(text, at + word.length)) return true;
  }
  return false;
}
