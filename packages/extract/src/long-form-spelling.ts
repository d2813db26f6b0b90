// Whether a long form spells a short form, and which of its tails does (abbreviations.ts finds
// the pairs in text): every letter of the short form, in order, from the long form's words, as
// Schwartz & Hearst (2003) read it, made stricter for ML names, whose letters often stand for
// later letters of a word ("Segment Anything (SAM)") or for "to" and "for" (V2A, DT4IER).

import { isAscii, isSpaceCode } from "./text";
import { isAsciiLetterOrDigit } from "./word-scan";

function isAlnum(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/**
 * The tail of `long` that spells `short` best: every character of the short form, in order, is
 * the first letter of a word or a later letter of a word whose first letter it already took
 * (words may be skipped: "of", a trailing "planner"). Schwartz & Hearst's rule takes any letter
 * inside any word, which lets a clause spell the letters by chance: "SegDAC uses Segment
 * Anything (SAM)", "visual features (ViT)", "image fidelity (FID)", "adaptive attention
 * mechanisms (AAM)" read as "attention mechanisms". Of the tails that spell it, the one with the
 * most letters at word starts wins, a longer one only when each word it adds gives one:
 * "Interactive Imitation Learning (IIL)", not "Imitation Learning". A tail never opens with a lower-case function word ("and Reasoning
 * Corpus" for ARC): a name does not start with a conjunction.
 */
export function findBestLongForm(short: string, long: string): string | undefined {
  const characters = [...singularShort(short).toLowerCase()].filter((c) => isAlnum(c)).join("");
  if (characters.length < 2) return undefined;
  const words = longFormWords(long);
  let best: { start: number; initials: number; group: number } | undefined;
  // What is left to spell from a given place does not depend on where the tail began.
  const memo = new Map<string, number>();
  // From the shortest tail to the longest. A longer one wins with more initials, as long as each
  // word it adds gives one: "Interactive Imitation Learning" (IIL) over "Imitation Learning", but
  // not "M2BeamLLM for beam prediction in millimeter-wave" over "millimeter-wave" (mmWave).
  for (let first = words.length - 1; first >= 0; first--) {
    const word = words[first]!;
    // Lower case: "The Robot Of Theseus" (TROT) is a name.
    if (!word.opens || (FUNCTION_WORD.has(word.letters) && /^\p{Ll}/u.test(long.slice(word.start)))) continue;
    const initials = spell(characters, words, 0, first, -1, first, memo);
    if (initials < 0) continue;
    if (!best || (initials > best.initials && best.group - word.group <= initials - best.initials)) best = { start: word.start, initials, group: word.group };
  }
  if (!best) return undefined;
  const result = long.slice(best.start).trim();
  return result.length > short.length && !result.includes(short) ? result : undefined;
}

/** "LLMs" -> "LLM", "MaEs" -> "MaE": the plural of a short form spells the singular. */
function singularShort(short: string): string {
  return /\p{Lu}s$/u.test(short) ? short.slice(0, -1) : short;
}

const FUNCTION_WORD = new Set(["and", "of", "for", "the", "in", "on", "to", "with", "by", "via", "or"]);

interface LongFormWord {
  /** Lower-cased letters and digits. */
  letters: string;
  /** Offset in the long form. */
  start: number;
  /** Starts after a space: a tail may open here (not inside "Co-pilot" or "DeepSparse"). */
  opens: boolean;
  /** Index of the space-separated word it is part of ("Co-pilot" is one). */
  group: number;
}

/** Words of a long form for spelling: split at spaces, hyphens, slashes and a capital after a small letter. */
export function longFormWords(long: string): LongFormWord[] {
  return isAscii(long) ? asciiLongFormWords(long) : unicodeLongFormWords(long);
}

/**
 * longFormWords of an ASCII text, by a loop over character codes: the patterns below, run for
 * every word of every parenthesis's clause, cost more than the rest of the spelling. Each run of
 * letters and digits is cut as the part pattern cuts it: a capital and the small letters or digits
 * after it, small letters or digits alone, or capitals (all but the last when a small letter
 * follows them: "LLMs" -> "LL", "Ms").
 */
function asciiLongFormWords(long: string): LongFormWord[] {
  const words: LongFormWord[] = [];
  let group = -1;
  let k = 0;
  while (k < long.length) {
    if (!isAsciiLetterOrDigit(long.charCodeAt(k))) {
      k++;
      continue;
    }
    const runStart = k;
    while (k < long.length && isAsciiLetterOrDigit(long.charCodeAt(k))) k++;
    if (runStart === 0 || isSpaceCode(long.charCodeAt(runStart - 1))) group++;
    for (let p = runStart; p < k; ) {
      const end = asciiPartEnd(long, p, k);
      words.push({ letters: long.slice(p, end).toLowerCase(), start: p, opens: p === runStart && (p === 0 || isSpaceCode(long.charCodeAt(p - 1))), group: Math.max(0, group) });
      p = end;
    }
  }
  return words;
}

/** Whether the character at `k` is an ASCII capital. */
function isAsciiCapital(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  return code >= 65 && code <= 90;
}

/**
 * Where the part that starts at `p` ends, inside a run of letters and digits that ends at `end`.
 * No closure inside: tsx names each closure it creates (keepNames), a cost on every call here.
 */
function asciiPartEnd(long: string, p: number, end: number): number {
  let q = p;
  if (!isAsciiCapital(long, p)) {
    while (q < end && !isAsciiCapital(long, q)) q++;
    return q;
  }
  while (q < end && isAsciiCapital(long, q)) q++;
  if (q === end) return end;
  if (q === p + 1) {
    while (q < end && !isAsciiCapital(long, q)) q++;
    return q;
  }
  return q - 1;
}

/** longFormWords by its patterns, for any text. */
export function unicodeLongFormWords(long: string): LongFormWord[] {
  const words: LongFormWord[] = [];
  let group = -1;
  for (const match of long.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (match.index === 0 || /\s/.test(long[match.index - 1]!)) group++;
    // "Self-ALignMent": a capital after a small letter starts a word of its own.
    for (const part of match[0].matchAll(/\p{Lu}?[^\p{Lu}]+|\p{Lu}+(?![^\p{Lu}])/gu)) {
      const start = match.index + part.index;
      words.push({ letters: part[0].toLowerCase(), start, opens: part.index === 0 && (start === 0 || /\s/.test(long[start - 1]!)), group: Math.max(0, group) });
    }
  }
  return words;
}

/**
 * The most initials with which `characters[from..]` can be spelled, going on inside
 * `words[word]` after `position` or from a later word's first letter; -1 when it cannot be.
 * `first` is the tail's first word, which must give the first character. Depth-first, each
 * place solved once (`memo`): "aaaa aaaa ... (AAAAAAAAAAAA)" would otherwise take seconds.
 */
function spell(characters: string, words: readonly LongFormWord[], from: number, word: number, position: number, first: number, memo: Map<string, number>): number {
  if (from === characters.length) return 0;
  const wanted = characters[from]!;
  if (from === 0) return words[first]!.letters[0] === wanted ? plusOne(spell(characters, words, 1, first, 0, first, memo)) : -1;
  const key = `${from} ${word} ${position}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let best = -1;
  const current = words[word]!;
  for (let p = current.letters.indexOf(wanted, position + 1); p >= 0; p = current.letters.indexOf(wanted, p + 1)) {
    best = Math.max(best, spell(characters, words, from + 1, word, p, first, memo));
  }
  for (let next = word + 1; next < words.length; next++) {
    if (words[next]!.letters[0] === wanted) best = Math.max(best, plusOne(spell(characters, words, from + 1, next, 0, first, memo)));
  }
  memo.set(key, best);
  return best;
}

function plusOne(initials: number): number {
  return initials < 0 ? initials : initials + 1;
}

/**
 * Schwartz & Hearst's own reading, for a paper's own names when no tail spells them as above:
 * the shortest tail whose letters cover the short form right to left, any letter inside any
 * word, the first starting a word. Authors coin names from the middle of words (ReinboT from
 * "Reinforced robot GPT", DPad from "Diffusion Scratchpad"), which the stricter reading refuses.
 */
function looseLongForm(short: string, long: string): string | undefined {
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short[s]!.toLowerCase();
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    while ((l >= 0 && long[l]!.toLowerCase() !== c) || (s === 0 && l > 0 && isAlnum(long[l - 1]))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  const start = withInitialWord(long, long.lastIndexOf(" ", l) + 1, short);
  const result = long.slice(start).trim();
  return result.length > short.length && !result.includes(short) ? result : undefined;
}

const FUNCTION_WORD_OPENING = /^(?:and|of|for|the|in|on|to|with|by|via|or)\s/;

/**
 * The shortest tail may open with a function word whose letter the short form took ("and Reasoning
 * Corpus" for ARC): the word before it, starting with that letter too, is the long form's first word
 * ("Abstraction and Reasoning Corpus"), as a name never starts with a conjunction.
 */
function withInitialWord(long: string, start: number, short: string): number {
  if (!FUNCTION_WORD_OPENING.test(long.slice(start))) return start;
  const before = /(\S+)\s+$/.exec(long.slice(0, start));
  return before && before[1]![0]!.toLowerCase() === short[0]!.toLowerCase() ? start - before[0].length : start;
}

/** The short form with each counted capital written out ("S4" -> "SSSS"); a number alone (GPT-4) counts nothing. */
export function counted(short: string): string {
  return short.replace(/(\p{Lu})([3-9])(?!\p{N})/gu, (_, capital: string, count: string) => capital.repeat(Number(count)));
}

/**
 * The long form `short` abbreviates in `long`: the strict reading (findBestLongForm) of the
 * short form as written, with counted capitals ("S4"), with 2 and 4 as "to" and "for" (V2A),
 * or with 2 counting its capital (G2PG); else, unless `strict`, Schwartz & Hearst's own.
 */
export function matchLongForm(short: string, long: string, strict: boolean): string | undefined {
  const readings = [counted(short), short];
  if (/[24]/.test(short)) readings.push(short.replace(/2/g, "to").replace(/4/g, "for"), short.replace(/(\p{Lu})2(?!\p{N})/gu, "$1$1"));
  // Each reading once: most short forms have no digit to count or spell, and read the same every way.
  for (const reading of new Set(readings)) {
    const found = findBestLongForm(reading, long);
    if (found) return found;
  }
  if (strict) return undefined;
  // The counted reading first: read directly, "S4" would stop at "Sequence model".
  const spelledOut = counted(short);
  const direct = (spelledOut !== short ? looseLongForm(spelledOut, long) : undefined) ?? looseLongForm(short, long);
  if (direct || !/[24]/.test(short)) return direct;
  return looseLongForm(short.replace(/2/g, "to").replace(/4/g, "for"), long);
}
