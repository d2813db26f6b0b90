// Abbreviation definitions, after Schwartz & Hearst (2003), "A simple algorithm for
// identifying abbreviation definitions in biomedical text", Pacific Symposium on
// Biocomputing 8:451-462. Both orders are found: "long form (SF)" and "SF (long form)".
// Extension for ML names: a digit 2 or 4 in the short form may stand for "to" / "for"
// (V2A = Video-to-Audio, DT4IER), and a digit after a capital may count that capital's words
// (S4 = Structured State Space Sequence model, M3PO = Massively Multi-task Model-based PO); a 2
// stays "to" (S2S, T2I).

import { type Span, isAscii, isSpaceCode } from "./text";
import { isAsciiLetterOrDigit, isDigit } from "./word-scan";

export interface AbbreviationDefinition {
  short: string;
  long: string;
  shortSpan: Span;
  longSpan: Span;
}

const PAREN = /\(([^()]{1,120})\)/g;
const SHORT_FORM = /^[\p{L}\p{N}][\p{L}\p{N}\-.+*@&']*$/u;

function isShortFormCandidate(text: string): boolean {
  // A capital is a letter: the short form has one.
  return text.length >= 2 && text.length <= 12 && SHORT_FORM.test(text) && /\p{Lu}/u.test(text);
}

/**
 * "Bradley-Terry reward model (BT RM)": two short forms side by side, each of one term of the
 * long form. Two words that open with a capital and hold another ("BT", "RM", "LLMs"), so that
 * a parenthesis of words ("See Fig", "New York", "Table 1") is never one; the long form must
 * spell both strictly.
 */
function isSpacedShortForm(text: string): boolean {
  const words = text.split(" ");
  return words.length === 2 && text.length <= 12 && words.every((word) => isShortFormCandidate(word) && /^\p{Lu}[^]*\p{Lu}/u.test(word));
}

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

/** Where the part that starts at `p` ends, inside a run of letters and digits that ends at `end`. */
function asciiPartEnd(long: string, p: number, end: number): number {
  const isCapital = (k: number) => {
    const code = long.charCodeAt(k);
    return code >= 65 && code <= 90;
  };
  let q = p;
  if (!isCapital(p)) {
    while (q < end && !isCapital(q)) q++;
    return q;
  }
  while (q < end && isCapital(q)) q++;
  if (q === end) return end;
  if (q === p + 1) {
    while (q < end && !isCapital(q)) q++;
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
function counted(short: string): string {
  return short.replace(/(\p{Lu})([3-9])(?!\p{N})/gu, (_, capital: string, count: string) => capital.repeat(Number(count)));
}

/**
 * The long form `short` abbreviates in `long`: the strict reading (findBestLongForm) of the
 * short form as written, with counted capitals ("S4"), with 2 and 4 as "to" and "for" (V2A),
 * or with 2 counting its capital (G2PG); else, unless `strict`, Schwartz & Hearst's own.
 */
function matchLongForm(short: string, long: string, strict: boolean): string | undefined {
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

// What ends the words a long form may be read from, unless a digit comes before it ("3.5").
const CLAUSE_MARKS = ".;:!?()\n";

/** Words before `end` in the same clause, at most `limit` of them (with their start offset). */
function wordsBefore(text: string, end: number, limit: number): { text: string; start: number } {
  let start = end;
  let words = 0;
  while (start > 0 && words < limit) {
    const prev = text[start - 1]!;
    if (CLAUSE_MARKS.includes(prev) && !isDigit(text.charCodeAt(start - 2))) break;
    start--;
    if (isSpaceCode(prev.charCodeAt(0)) && start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) words++;
  }
  while (start < text.length && (isSpaceCode(text.charCodeAt(start)) || text[start] === ",")) start++;
  return { text: text.slice(start, end), start };
}

const ROMAN_NUMERAL = /^(?:I{2,3}|IV|VI{0,3}|IX|X)$/;

/**
 * A model's size ("8B", "0.5B", "70M") in brackets after a short form: the brackets list
 * checkpoints of its kind ("LLMs (Qwen1.5-0.5B and Llama3.1-8B)"), which spells nothing, though
 * one name may hold the letters ("Llama" holds L, L and M). A long form never gives a size.
 */
const MODEL_SIZE_IN_BRACKETS = /(?:^|[\s\-_:])\d+(?:\.\d+)?[BMT]\b/;

/**
 * All abbreviation definitions in `text`, in order of appearance. A short form `known` says is
 * a known name (the lexicon's ViT, SAM) is defined only by a long form that spells it strictly:
 * "visual features (ViT)" names the model used, it does not define ViT.
 */
export function findAbbreviations(text: string, known: (short: string) => boolean = () => false): AbbreviationDefinition[] {
  const found: AbbreviationDefinition[] = [];
  for (const match of text.matchAll(PAREN)) {
    // The last item of a list may open with its conjunction: "(ASTD, LABR, HARD, and SANAD)".
    const parts = match[1]!.split(/[,;]/).map((part, i) => (i > 0 ? part.trim().replace(/^(?:and|or)\s+/, "") : part.trim()));
    // "text-to-motion (T2M, SATO, ParCo)": a list of short forms, of which the first may be
    // defined, by words after the clause's last comma ("... approaches, NAG generalizes across
    // architectures (UNet, DiT)" spells no UNet), and only by a long form that spells it strictly:
    // the words before a list are most often its kind ("existing Arabic datasets and collections
    // (ASTD, LABR, HARD, and SANAD)"), which a loose reading finds the letters of.
    const list = parts.length > 1 && parts.every(isShortFormCandidate);
    const inner = parts[0]!;
    const innerStart = match.index + 1 + match[1]!.indexOf(inner);
    // "(I) formally articulate ..., (II) analyze ..., and (III) issue ...": an enumeration, not a definition.
    if (ROMAN_NUMERAL.test(inner)) continue;
    const definition = isShortFormCandidate(inner)
      ? longBeforeShort(text, inner, innerStart, match.index, list, list || known(inner))
      : isSpacedShortForm(inner)
      ? longBeforeShort(text, inner, innerStart, match.index, false, true)
      : shortBeforeLong(text, inner, innerStart, match.index, known);
    if (definition) found.push(definition);
  }
  return found;
}

function longBeforeShort(text: string, short: string, shortStart: number, parenStart: number, list: boolean, strict: boolean): AbbreviationDefinition | undefined {
  const length = counted(short).length;
  const limit = Math.min(length + 5, length * 2);
  const before = wordsBefore(text, parenStart, limit);
  const candidate = list ? before.text.trimEnd().replace(/^.*,\s*/s, "") : before.text.trimEnd();
  const long = matchLongForm(short, candidate, strict);
  if (!long) return undefined;
  const longStart = before.start + before.text.lastIndexOf(long);
  return { short, long, shortSpan: { start: shortStart, end: shortStart + short.length }, longSpan: { start: longStart, end: longStart + long.length } };
}

function shortBeforeLong(text: string, inner: string, innerStart: number, parenStart: number, known: (short: string) => boolean): AbbreviationDefinition | undefined {
  const before = /([\p{L}\p{N}][\p{L}\p{N}\-.+*@]*)\s*$/u.exec(text.slice(Math.max(0, parenStart - 40), parenStart));
  const short = before?.[1];
  if (!short || !isShortFormCandidate(short) || inner.split(/\s+/).length < 2 || MODEL_SIZE_IN_BRACKETS.test(inner)) return undefined;
  const long = matchLongForm(short, inner, known(short));
  if (!long) return undefined;
  // The whole parenthesis is the long form when its first word starts the match.
  const full = long.length >= inner.length * 0.5 ? inner : long;
  const shortStart = parenStart - (text.slice(0, parenStart).length - text.slice(0, parenStart).trimEnd().length) - short.length;
  const longStart = innerStart + inner.indexOf(full);
  return { short, long: full, shortSpan: { start: shortStart, end: shortStart + short.length }, longSpan: { start: longStart, end: longStart + full.length } };
}
