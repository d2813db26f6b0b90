// Abbreviation definitions, after Schwartz & Hearst (2003), "A simple algorithm for
// identifying abbreviation definitions in biomedical text", Pacific Symposium on
// Biocomputing 8:451-462. Both orders are found: "long form (SF)" and "SF (long form)". Whether
// the words spell the letters is long-form-spelling.ts's question, with its extension for ML
// names: a digit 2 or 4 in the short form may stand for "to" / "for" (V2A = Video-to-Audio,
// DT4IER), and a digit after a capital may count that capital's words (S4 = Structured State
// Space Sequence model, M3PO = Massively Multi-task Model-based PO); a 2 stays "to" (S2S, T2I).

import { type Span, isSpaceCode } from "./text";
import { isDigit } from "./word-scan";
import { counted, matchLongForm } from "./long-form-spelling";

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
