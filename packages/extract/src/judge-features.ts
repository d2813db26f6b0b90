// The judge's features of a candidate (judge.ts): templates such as "rule", "head+type" or
// "before", and the values a candidate gives them (the rule that found it, its shape, head, first
// word and neighbours, how often the paper says it), emitted one by one to a sink that either
// writes them as strings (training) or adds their weights (scoring).

import { type Candidate, type PaperContext, firstTokenEndingAfter } from "./context";
import { isSpaceCode } from "./text";
import type { EntityType } from "./types";

/**
 * A feature's template, as candidateFeatures emits it: the name the model's file writes it by
 * ("before+type" in "before+type:using|task"), and its index in a compiled judge. A template
 * with a "+" pairs its value with the candidate's type, and is emitted with the same value as its
 * `base` template, the name before the "+" ("before"), just before or some features after it.
 */
export interface Template {
  readonly name: string;
  readonly index: number;
  readonly base: number | undefined;
}

function templates<const Names extends readonly string[]>(names: Names): Record<Names[number], Template> {
  const base = (name: string) => (name.includes("+") ? names.indexOf(name.slice(0, name.indexOf("+"))) : undefined);
  return Object.fromEntries(names.map((name, index) => [name, { name, index, base: base(name) }])) as Record<Names[number], Template>;
}

const T = templates(["bias", "rule", "type", "rule+type", "known", "proposed", "shape", "shape+type", "words", "head", "head+type", "before", "before2", "after", "after2", "before+type", "after+type", "repeats", "first", "title", "renamed"] as const);
export const TEMPLATE_BY_NAME = new Map<string, Template>(Object.values<Template>(T).map((t) => [t.name, t]));

/**
 * Receives a candidate's features one by one, as a template ("bias"), a template and its value
 * ("rule", "term"), or a template, a value and the candidate's type ("rule+type", "term", "task").
 */
export type FeatureSink = (template: Template, value?: string, type?: string) => void;

/**
 * "GPT-4o" -> "A-0a", "chain of thought" -> "a a a": each run of capitals, small letters, digits
 * or spaces folded to one mark, other characters kept; the first 8 code units. A loop over code
 * points: the four Unicode replaces it stands for cost 3.4% of extraction's instructions while
 * the compiler warms up (papers 201-400), 0.3% after it (papers 1,001-2,000).
 */
function shapeOf(text: string): string {
  let shape = "";
  let previous = "";
  for (const char of text) {
    const mark = markOf(char);
    if (mark === undefined) shape += char;
    else if (mark !== previous) shape += mark;
    previous = mark ?? "";
    if (shape.length >= 8) break;
  }
  return shape.slice(0, 8);
}

const CAPITAL = /^\p{Lu}$/u;
const SMALL = /^\p{Ll}$/u;
const SPACE = /^\s$/;

/** "A", "a", "0" or " " for a capital, a small letter, an ASCII digit or a space; undefined for anything else. */
function markOf(char: string): string | undefined {
  const code = char.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return "A";
    if (code >= 97 && code <= 122) return "a";
    if (code >= 48 && code <= 57) return "0";
    return code === 32 || (code >= 9 && code <= 13) ? " " : undefined;
  }
  return CAPITAL.test(char) ? "A" : SMALL.test(char) ? "a" : SPACE.test(char) ? " " : undefined;
}

export function candidateFeatures(ctx: PaperContext, c: Candidate, repeats: number, fallback: EntityType, emit: FeatureSink, lowered: (string | undefined)[]): void {
  const surface = ctx.text.slice(c.start, c.end);
  const words = spaceSeparated(surface.toLowerCase());
  const from = firstTokenEndingAfter(ctx.tokens, c.start);
  let to = from;
  while (to < ctx.tokens.length && ctx.tokens[to]!.start < c.end) to++;
  // What the rules decided, with "fallback" marking a type no evidence gave.
  const type = c.type ?? fallbackFeature(fallback);
  const shape = shapeOf(surface);
  const before = tokenWord(ctx, from - 1, lowered);
  const after = tokenWord(ctx, to, lowered);
  const head = words.last;
  emit(T.bias);
  emit(T.rule, c.rule);
  emit(T.type, type);
  emit(T["rule+type"], c.rule, type);
  emit(T.known, String(c.known));
  emit(T.proposed, String(c.proposed));
  emit(T.shape, shape);
  emit(T["shape+type"], shape, type);
  emit(T.words, String(Math.min(words.count, 4)));
  emit(T.head, head);
  emit(T["head+type"], head, type);
  emit(T.before, before);
  emit(T.before2, tokenWord(ctx, from - 2, lowered));
  emit(T.after, after);
  emit(T.after2, tokenWord(ctx, to + 1, lowered));
  emit(T["before+type"], before, type);
  emit(T["after+type"], after, type);
  emit(T.repeats, String(Math.min(repeats, 3)));
  if (words.count > 1) emit(T.first, words.first);
  if (c.start < ctx.titleEnd) emit(T.title);
  if (c.canonical !== surface) emit(T.renamed);
}

/**
 * What `text.split(/\s+/)` gives the judge, without the array: how many words, the first and the
 * last (the judge reads every candidate's; a leading or trailing space gives an empty word, as split does).
 */
export function spaceSeparated(text: string): { count: number; first: string; last: string } {
  let count = 1;
  let firstEnd = text.length;
  let lastStart = 0;
  for (let k = 0; k < text.length; k++) {
    if (!isSpaceCode(text.charCodeAt(k))) continue;
    if (count === 1) firstEnd = k;
    count++;
    while (k + 1 < text.length && isSpaceCode(text.charCodeAt(k + 1))) k++;
    lastStart = k + 1;
  }
  return { count, first: text.slice(0, firstEnd), last: text.slice(lastStart) };
}

// Made once per type: a string built for each candidate would be flattened and hashed again at each of its lookups.
const fallbackFeatures = new Map<EntityType, string>();
function fallbackFeature(type: EntityType): string {
  let feature = fallbackFeatures.get(type);
  if (feature === undefined) fallbackFeatures.set(type, (feature = `fallback-${type}`));
  return feature;
}

/** The token's word, lower-cased (kept in `lowered` for the paper's next candidates); "#" past the text's edges. */
function tokenWord(ctx: PaperContext, i: number, lowered: (string | undefined)[]): string {
  const token = ctx.tokens[i];
  if (!token) return "#";
  return (lowered[i] ??= token.text.toLowerCase());
}
