// The lexicon scan's lookup: the longest name of the lexicon that starts at a token, found by
// walking the tokens' keys down the lexicon's trie (scan-lexicon.ts decides what the match means).

import { type PaperContext, joinable } from "./context";
import { dropPlural, endsInVariantS } from "./keys";
import { type Lexicon, type LexiconEntry, exactEntry, foldedEntry } from "./lexicon";
import { KEY, KeyWalk, PREFIX, hasMark } from "./key-trie";
import { isEnglishWord } from "./nlp";

/** "/" inside a lexicon name joins its parts ("CNN/DailyMail"); otherwise tokens must be joinable. */
function gapKey(ctx: PaperContext, left: number, right: number): string | undefined {
  if (joinable(ctx, left, right)) return "";
  const a = ctx.tokens[left]!;
  const b = ctx.tokens[right]!;
  return b.start === a.end + 1 && ctx.text[a.end] === "/" ? "/" : undefined;
}

/** A lexicon entry written from the scan's token to the token before `end`. */
export interface LexiconMatch {
  entry: LexiconEntry;
  end: number;
}

/** The paper's tokens as the lexicon scan reads them, by token index. */
export interface ScanWords {
  /** keys.ts squash(). */
  squashed: string[];
  /** 1 where the squashed text is ASCII. */
  ascii: Uint8Array;
  /** The squashed text lower-cased, made when a name may end there (most tokens never need it). */
  lowered: (string | undefined)[];
  /** The trie walk, one for the paper, started again for each token. */
  walk: KeyWalk;
}

/**
 * The longest lexicon name that starts at token `from`. The tokens' lower-cased keys are walked
 * down the lexicon's trie (key-trie.ts), so the scan stops where the words open no name; the
 * maps of names are asked, with strings, only where the trie says a name's key may end: at the
 * walked key or one character before it (its singular, or an exact key that drops a plural).
 */
export function longestMatch(ctx: PaperContext, words: ScanWords, from: number): LexiconMatch | undefined {
  const { lexicon } = ctx;
  const { trie } = lexicon;
  const { squashed, ascii, lowered, walk } = words;
  walk.reset();
  let best: LexiconMatch | undefined;
  for (let j = from; j < ctx.tokens.length && j - from < lexicon.maxTokens; j++) {
    const gap = j > from ? gapKey(ctx, j - 1, j) : "";
    if (gap === undefined || (j > from && ctx.claimed[j])) break;
    const word = squashed[j]!;
    if (gap !== "") walk.step(gap.charCodeAt(0));
    // ASCII is lower-cased code by code; anything else as toLowerCase() does, whose length may differ.
    if (ascii[j]) walk.stepLowerCase(word);
    else walk.steps((lowered[j] ??= word.toLowerCase()));
    const { node, beforeLast } = walk;
    if (!hasMark(trie, node, PREFIX) && !(walk.endsInPlural() && hasMark(trie, beforeLast, PREFIX))) break;
    if (!hasMark(trie, node, KEY) && !hasMark(trie, beforeLast, KEY)) continue;
    const key = joinedKey(ctx, from, j, (k) => squashed[k]!);
    const lower = joinedKey(ctx, from, j, (k) => (lowered[k] ??= squashed[k]!.toLowerCase()));
    // "YOLOv8-s" is the small YOLOv8, not its plural.
    const variant = endsInVariantS(ctx.tokens[j]!.text);
    const entry = exactEntry(lexicon, variant ? key : dropPlural(key)) ?? foldedEntry(lexicon, variant ? lower : dropPlural(lower)) ?? (j === from ? camelCaseName(lexicon, ctx.tokens[j]!.text, lower) : undefined);
    if (entry) best = { entry, end: j + 1 };
  }
  return best;
}

/**
 * Tokens [from, to]'s texts joined by their gaps: with the squashed texts, the key a name is looked
 * up by; with those lower-cased, the key the trie walked. Made only where a name may end.
 */
function joinedKey(ctx: PaperContext, from: number, to: number, text: (token: number) => string): string {
  let key = "";
  for (let j = from; j <= to; j++) key += (j > from ? gapKey(ctx, j - 1, j)! : "") + text(j);
  return key;
}

/**
 * "Olympiadbench", "Humaneval": a name the lexicon writes in camel case (OlympiadBench),
 * written as one capitalised word. Not an English word ("React" is no ReAct, "Rest" no ReST),
 * nor in capitals (REST).
 */
function camelCaseName(lexicon: Lexicon, word: string, lower: string): LexiconEntry | undefined {
  // An ASCII capital first (the lexicon's camel-case names are ASCII), then the map: nearly every
  // word the scan asks about fails one of them.
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90) return undefined;
  const entry = lexicon.camel.get(lower);
  return entry && /^\p{Lu}\p{Ll}+$/u.test(word) && !isEnglishWord(lower) ? entry : undefined;
}
