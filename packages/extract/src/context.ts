import type { Lexicon } from "./lexicon";
import { type Span, type Token, maskUrls, spanIndexAt, splitSentences, tokenize } from "./text";
import type { EntityType } from "./types";

/** A span the extractor believes names an entity, before mentions are built. */
export interface Candidate {
  start: number;
  end: number;
  canonical: string;
  type?: EntityType;
  /** Found in the lexicon (a known entity of the field: never the paper's own). */
  known: boolean;
  proposed: boolean;
  /** Which rule found it (for debugging and tests). */
  rule: string;
}

/** What a paper defines itself: short form -> canonical name and type. */
export interface LocalName {
  canonical: string;
  type?: EntityType;
  known: boolean;
}

/** Everything the rules share while reading one paper. */
export interface PaperContext {
  /** The paper text with URLs blanked out (same length as the original). */
  text: string;
  titleEnd: number;
  sentences: Span[];
  tokens: Token[];
  /** Tokens already inside a candidate. */
  claimed: Uint8Array;
  candidates: Candidate[];
  local: Map<string, LocalName>;
  lexicon: Lexicon;
  /** Where the paper names what it introduces (proposed.ts): read by three rules, found once. */
  proposalRanges?: [number, number][];
}

export function createContext(text: string, titleLength: number, lexicon: Lexicon): PaperContext {
  const masked = maskUrls(text);
  const tokens = tokenize(masked);
  return {
    text: masked,
    titleEnd: titleLength,
    sentences: splitSentences(masked),
    tokens,
    claimed: new Uint8Array(tokens.length),
    candidates: [],
    local: new Map(),
    lexicon,
    // Set on first use (proposed.ts), but present from the start: adding it later would give
    // the context a second shape, and every rule that reads the context a deoptimisation.
    proposalRanges: undefined,
  };
}

/** Index of the first token that ends after `offset` (tokens are sorted and disjoint). */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Index of the token that starts at `offset`, or -1 (a binary search, not a scan of every token). */
export function tokenStartingAt(ctx: PaperContext, offset: number): number {
  const i = firstTokenEndingAfter(ctx.tokens, offset);
  return ctx.tokens[i]?.start === offset ? i : -1;
}

/** Token indexes covered by a character span (a binary search, so long texts stay linear). */
export function tokensIn(ctx: PaperContext, span: Span): number[] {
  const indexes: number[] = [];
  for (let i = firstTokenEndingAfter(ctx.tokens, span.start); i < ctx.tokens.length; i++) {
    if (ctx.tokens[i]!.start >= span.end) break;
    indexes.push(i);
  }
  return indexes;
}

/** One past the last token, from `first` on, that ends by the character offset `end`: a span's tokens are [first, result). */
export function tokensEndingBy(ctx: PaperContext, first: number, end: number): number {
  let last = first;
  while (last < ctx.tokens.length && ctx.tokens[last]!.end <= end) last++;
  return last;
}

/** Token i is unclaimed, one space after the token before it, and `word` accepts its text ("Sonnet 3.7", "Dataset 2a"). */
export function isSpacedWord(ctx: PaperContext, i: number, word: (text: string) => boolean): boolean {
  const token = ctx.tokens[i];
  return token !== undefined && i > 0 && !ctx.claimed[i] && word(token.text) && ctx.text.slice(ctx.tokens[i - 1]!.end, token.start) === " ";
}

export function isFree(ctx: PaperContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.claimed[i]) return false;
  return true;
}

/** Records a candidate covering tokens [from, to) and claims them. */
export function claim(ctx: PaperContext, from: number, to: number, candidate: Omit<Candidate, "start" | "end">): void {
  const first = ctx.tokens[from];
  const last = ctx.tokens[to - 1];
  if (!first || !last) return;
  // A name never spans a line break (the title ends with one): "Recognition\n\nFew-shot".
  if (ctx.text.slice(first.start, last.end).includes("\n")) return;
  for (let i = from; i < to; i++) ctx.claimed[i] = 1;
  // Every field written out (no spread): one object shape for every candidate keeps the
  // later passes over them fast.
  const { canonical, type, known, proposed, rule } = candidate;
  ctx.candidates.push({ start: first.start, end: last.end, canonical, type, known, proposed, rule });
}

/**
 * The token right before candidate `c` when no rule took it and one space joins them: the word a
 * rule may take into the name ("3D scene reconstruction", "factual accuracy"); -1 otherwise.
 */
export function freeWordBefore(ctx: PaperContext, c: Candidate): number {
  const i = spanIndexAt(ctx.tokens, c.start) - 1;
  const before = ctx.tokens[i];
  return i >= 0 && before && !ctx.claimed[i] && ctx.text.slice(before.end, c.start) === " " ? i : -1;
}

/** Takes token `i`, right before `c`, into `c`, which is named `canonical`. */
export function takeWordBefore(ctx: PaperContext, c: Candidate, i: number, canonical: string): void {
  ctx.claimed[i] = 1;
  c.start = ctx.tokens[i]!.start;
  c.canonical = canonical;
}

/** A name followed by "-style" or "-like" is a modifier, not a mention: "R1-style models". */
export function isModifierBefore(ctx: PaperContext, next: number): boolean {
  const token = ctx.tokens[next];
  return token !== undefined && ctx.text[token.start - 1] === "-" && /^(?:style|like)$/i.test(token.text);
}

/** Only spaces or hyphens (or a possessive apostrophe) between two tokens: they may form one name. */
export function joinable(ctx: PaperContext, left: number, right: number): boolean {
  const a = ctx.tokens[left];
  const b = ctx.tokens[right];
  if (!a || !b) return false;
  // Character by character rather than a slice and a pattern: the chunker and the lexicon
  // scan ask this for nearly every pair of neighbouring tokens.
  if (b.start - a.end > 2) return false;
  for (let k = a.end; k < b.start; k++) {
    const char = ctx.text[k];
    if (char !== " " && char !== "-" && char !== "'" && char !== "’") return false;
  }
  return true;
}
