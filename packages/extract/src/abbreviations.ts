// Abbreviation definitions, after Schwartz & Hearst (2003), "A simple algorithm for
// identifying abbreviation definitions in biomedical text", Pacific Symposium on
// Biocomputing 8:451-462. Both orders are found: "long form (SF)" and "SF (long form)".
// Extension for ML names: a digit 2 or 4 in the short form may stand for "to" / "for"
// (V2A = Video-to-Audio, DT4IER), and a digit after a capital may count that capital's words
// (S4 = Structured State Space Sequence model, M3PO = Massively Multi-task Model-based PO); a 2
// stays "to" (S2S, T2I).

import type { Span } from "./text";

export interface AbbreviationDefinition {
  short: string;
  long: string;
  shortSpan: Span;
  longSpan: Span;
}

const PAREN = /\(([^()]{1,120})\)/g;
const SHORT_FORM = /^[\p{L}\p{N}][\p{L}\p{N}\-.+*@&']*$/u;

function isShortFormCandidate(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return text.length >= 2 && text.length <= 12 && letters.length >= 1 && SHORT_FORM.test(text) && /\p{Lu}/u.test(text);
}

function isAlnum(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/**
 * The shortest tail of `long` whose letters cover the short form right to left, the first
 * short-form character starting a word (Schwartz & Hearst's findBestLongForm).
 */
export function findBestLongForm(short: string, long: string): string | undefined {
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

function matchLongForm(short: string, long: string): string | undefined {
  // The counted reading first: read directly, "S4" would stop at "Sequence model".
  const spelledOut = counted(short);
  const direct = (spelledOut !== short ? findBestLongForm(spelledOut, long) : undefined) ?? findBestLongForm(short, long);
  if (direct) return direct;
  if (!/[24]/.test(short)) return undefined;
  const spelled = short.replace(/2/g, "to").replace(/4/g, "for");
  return findBestLongForm(spelled, long);
}

/** Words before `end` in the same clause, at most `limit` of them (with their start offset). */
function wordsBefore(text: string, end: number, limit: number): { text: string; start: number } {
  let start = end;
  let words = 0;
  while (start > 0 && words < limit) {
    const prev = text[start - 1]!;
    if (/[.;:!?()\n]/.test(prev) && !/\d/.test(text[start - 2] ?? "")) break;
    start--;
    if (/\s/.test(prev) && start > 0 && !/\s/.test(text[start - 1]!)) words++;
  }
  while (/\s|,/.test(text[start] ?? "x")) start++;
  return { text: text.slice(start, end), start };
}

const ROMAN_NUMERAL = /^(?:I{2,3}|IV|VI{0,3}|IX|X)$/;

/** All abbreviation definitions in `text`, in order of appearance. */
export function findAbbreviations(text: string): AbbreviationDefinition[] {
  const found: AbbreviationDefinition[] = [];
  for (const match of text.matchAll(PAREN)) {
    const inner = match[1]!.split(/[,;]/)[0]!.trim();
    const innerStart = match.index + 1 + match[1]!.indexOf(inner);
    // "(I) formally articulate ..., (II) analyze ..., and (III) issue ...": an enumeration, not a definition.
    if (ROMAN_NUMERAL.test(inner)) continue;
    const definition = isShortFormCandidate(inner) && inner.split(/\s+/).length <= 2
      ? longBeforeShort(text, inner, innerStart, match.index)
      : shortBeforeLong(text, inner, innerStart, match.index);
    if (definition) found.push(definition);
  }
  return found;
}

function longBeforeShort(text: string, short: string, shortStart: number, parenStart: number): AbbreviationDefinition | undefined {
  const length = counted(short).length;
  const limit = Math.min(length + 5, length * 2);
  const before = wordsBefore(text, parenStart, limit);
  const candidate = before.text.trimEnd();
  const long = matchLongForm(short, candidate);
  if (!long) return undefined;
  const longStart = before.start + candidate.lastIndexOf(long);
  return { short, long, shortSpan: { start: shortStart, end: shortStart + short.length }, longSpan: { start: longStart, end: longStart + long.length } };
}

function shortBeforeLong(text: string, inner: string, innerStart: number, parenStart: number): AbbreviationDefinition | undefined {
  const before = /([\p{L}\p{N}][\p{L}\p{N}\-.+*@]*)\s*$/u.exec(text.slice(Math.max(0, parenStart - 40), parenStart));
  const short = before?.[1];
  if (!short || !isShortFormCandidate(short) || inner.split(/\s+/).length < 2) return undefined;
  const long = matchLongForm(short, inner);
  if (!long) return undefined;
  // The whole parenthesis is the long form when its first word starts the match.
  const full = long.length >= inner.length * 0.5 ? inner : long;
  const shortStart = parenStart - (text.slice(0, parenStart).length - text.slice(0, parenStart).trimEnd().length) - short.length;
  const longStart = innerStart + inner.indexOf(full);
  return { short, long: full, shortSpan: { start: shortStart, end: shortStart + short.length }, longSpan: { start: longStart, end: longStart + full.length } };
}
