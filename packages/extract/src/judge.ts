// The judge: a learned last look at what the rules found and the types they gave (issue 13, kinds 3 and 5). Each rule is
// right most of the time for the field, but which rule, on which shape of name, next to which
// words, types wrongly, and as what, is a pattern over thousands of annotated papers that no one
// rule sees. A linear model learned from the tuning and tuned gold sets (scripts/train-judge.ts)
// reads each candidate as sparse string features (the rule that found it, its type, its shape,
// its head and first words, the words around it, how often the paper says it; never the name
// itself, so no name is learned from a gold paper) and gives each class a probability: "none"
// (no entity) or a type. A candidate whose best type beats its own by the margin is retyped. The
// rules still decide what a candidate is (its span and name).
//
// A model may also drop candidates whose "none" reaches a threshold, and the shipped one (0.6)
// drops only what seldom reaches a map: a candidate the lexicon does not know whose text has a
// capital or a digit (a paper's acronym for a part of its system, a title's capitalised phrase)
// or three words or more (a paper's own description: "inefficient information aggregation").
// Five folds: typed F1 0.7963 retyping alone -> 0.7987 dropping such names -> 0.8000 dropping
// long phrases too, and the dev map's figures within the seeds' spread (NMI 0.267 -> 0.269,
// silhouette 0.335 -> 0.321; the long phrases change no node of it). Shorter lower-case terms
// are never dropped, though dropping them too gains more on the gold sets (0.8036): what
// annotators leave out there (locomotion, state estimation, image inpainting) is what ties papers
// to their field on the map, whose NMI then fell to 0.249 at every seed (README, "Twenty-ninth
// session").

import judgeModel from "../../../data/lexicon/judge.json";
import { type Candidate, type PaperContext, firstTokenEndingAfter } from "./context";
import { isSpaceCode } from "./text";
import type { EntityType } from "./types";

/** A multinomial logistic model over sparse binary features. */
export interface JudgeModel {
  /** Output classes; the first is "none" (no entity), the others entity types. */
  classes: readonly string[];
  /** Feature -> one weight per class. */
  weights: Readonly<Record<string, readonly number[]>>;
  /** Drop an unknown name or long phrase (mayBeDropped) when its probability of "none" reaches this; absent: never drop. */
  threshold?: number;
  /** Retype a candidate when its best type's probability beats its own type's by this. */
  margin: number;
}

/** A candidate as the judge sees it, before it decides (training collects these). */
export interface JudgedCandidate {
  surface: string;
  canonical: string;
  features: string[];
}

export type JudgeObserver = (candidates: readonly JudgedCandidate[]) => void;

/** The model trained on the gold sets, shipped in data/lexicon. */
export function getDefaultJudge(): JudgeModel {
  return judgeModel as JudgeModel;
}

/** Probability of each class (softmax of the summed weights of the features the model knows). */
export function classProbabilities(model: JudgeModel, features: readonly string[]): number[] {
  const scores = model.classes.map(() => 0);
  for (const feature of features) {
    const weights = model.weights[feature];
    if (weights) addWeights(scores, weights);
  }
  return softmax(scores);
}

function addWeights(scores: number[], weights: readonly number[]): void {
  for (let k = 0; k < scores.length; k++) scores[k]! += weights[k]!;
}

function softmax(scores: ArrayLike<number> & Iterable<number>): number[] {
  // Loops rather than spread, map and reduce: it runs once per candidate (the same sums, in the same order).
  let top = -Infinity;
  for (const s of scores) if (s > top) top = s;
  const exps: number[] = [];
  let sum = 0;
  for (const s of scores) {
    const e = Math.exp(s - top);
    exps.push(e);
    sum += e;
  }
  for (let k = 0; k < exps.length; k++) exps[k] = exps[k]! / sum;
  return exps;
}

/**
 * A feature's template, as candidateFeatures emits it: the name the model's file writes it by
 * ("before+type" in "before+type:using|task"), and its index in a compiled judge. A template
 * with a "+" pairs its value with the candidate's type, and is emitted with the same value as its
 * `base` template, the name before the "+" ("before"), just before or some features after it.
 */
interface Template {
  readonly name: string;
  readonly index: number;
  readonly base: number | undefined;
}

function templates<const Names extends readonly string[]>(names: Names): Record<Names[number], Template> {
  const base = (name: string) => (name.includes("+") ? names.indexOf(name.slice(0, name.indexOf("+"))) : undefined);
  return Object.fromEntries(names.map((name, index) => [name, { name, index, base: base(name) }])) as Record<Names[number], Template>;
}

const T = templates(["bias", "rule", "type", "rule+type", "known", "proposed", "shape", "shape+type", "words", "head", "head+type", "before", "before2", "after", "after2", "before+type", "after+type", "repeats", "first", "title", "renamed"] as const);
const TEMPLATE_BY_NAME = new Map<string, Template>(Object.values<Template>(T).map((t) => [t.name, t]));

/**
 * The model's weights by the parts of each feature, so a candidate is scored without building its
 * feature strings (a string built from parts must be flattened and hashed before a lookup): by
 * template index, then the value ("rule" -> "term"), which holds the weights of the value alone and,
 * by type, those of its paired template's feature ("rule+type" -> "term" -> "task"). A paired
 * feature so reuses its base's lookup: each lookup of a word in a large map costs 50-150 ns here,
 * and a paper has some 330 features. Built once per model.
 */
interface CompiledJudge {
  /** By template index: the weights of a template alone ("bias", "title"). */
  bare: (Weights | undefined)[];
  /** By template index (a paired template's base): value -> weights. */
  values: (Map<string, ValueWeights> | undefined)[];
}

interface ValueWeights {
  alone: Weights | undefined;
  /** The paired template's weights by the candidate's type. */
  byType: Map<string, Weights> | undefined;
}

// Typed arrays, so the sums read one kind of array: the JSON's arrays hold small integers or
// doubles, and an array of each kind made the adding loop polymorphic (the same sums).
type Weights = Float64Array;

const compiledJudges = new WeakMap<JudgeModel, CompiledJudge>();

function compiled(model: JudgeModel): CompiledJudge {
  let judge = compiledJudges.get(model);
  if (judge) return judge;
  judge = { bare: [], values: [] };
  const valueWeights = (index: number, value: string): ValueWeights => {
    const values = (judge!.values[index] ??= new Map());
    let entry = values.get(value);
    if (!entry) values.set(value, (entry = { alone: undefined, byType: undefined }));
    return entry;
  };
  for (const [feature, raw] of Object.entries(model.weights)) {
    const weights = Float64Array.from(raw);
    const colon = feature.indexOf(":");
    // A template the extractor no longer emits is never asked for.
    const template = TEMPLATE_BY_NAME.get(colon < 0 ? feature : feature.slice(0, colon));
    if (!template) continue;
    if (colon < 0) {
      judge.bare[template.index] = weights;
      continue;
    }
    const value = feature.slice(colon + 1);
    const bar = value.lastIndexOf("|");
    if (template.base === undefined || bar < 0) {
      valueWeights(template.index, value).alone = weights;
      continue;
    }
    const entry = valueWeights(template.base, value.slice(0, bar));
    (entry.byType ??= new Map()).set(value.slice(bar + 1), weights);
  }
  compiledJudges.set(model, judge);
  return judge;
}

/**
 * Receives a candidate's features one by one, as a template ("bias"), a template and its value
 * ("rule", "term"), or a template, a value and the candidate's type ("rule+type", "term", "task").
 */
type FeatureSink = (template: Template, value?: string, type?: string) => void;

/** A sink that writes each feature as the string the model's file names it by (training reads these). */
function featureStrings(into: string[]): FeatureSink {
  return ({ name }, value, type) => {
    // compiled() reads a feature with a "+" in its template as a value and a type, any other as a
    // value alone: a paired feature named otherwise would be trained on and never scored.
    if ((type !== undefined) !== name.includes("+")) throw new Error(`judge feature ${name}: a template with a type must contain "+", and only such a one`);
    into.push(value === undefined ? name : type === undefined ? `${name}:${value}` : `${name}:${value}|${type}`);
  };
}

/** A sink that adds each known feature's weights to `scores`, in the order the features come (the sums of classProbabilities). */
function featureScores(judge: CompiledJudge, scores: Float64Array): FeatureSink {
  // The last value looked up by template index, and what it found: a paired feature comes with
  // its base's value, and the same words come again for the paper's next candidates.
  const lastValues: (string | undefined)[] = [];
  const lastFound: (ValueWeights | undefined)[] = [];
  return (template, value, type) => {
    let weights: Weights | undefined;
    if (value === undefined) weights = judge.bare[template.index];
    else {
      const index = template.base ?? template.index;
      let found: ValueWeights | undefined;
      if (lastValues[index] === value) found = lastFound[index];
      else {
        found = judge.values[index]?.get(value);
        lastValues[index] = value;
        lastFound[index] = found;
      }
      weights = type === undefined ? found?.alone : found?.byType?.get(type);
    }
    if (weights) for (let k = 0; k < scores.length; k++) scores[k]! += weights[k]!;
  };
}

/** Keeps, drops (unknown names and long phrases only) or retypes every candidate of the paper; `fallback` is the type an untyped candidate will get. */
export function judgeCandidates(ctx: PaperContext, model: JudgeModel | null, fallback: EntityType, observe?: JudgeObserver): void {
  if (!model && !observe) return;
  const repeats = new Map<string, number>();
  for (const c of ctx.candidates) repeats.set(c.canonical, (repeats.get(c.canonical) ?? 0) + 1);
  // The tokens' words in lower case, made once each: neighbouring candidates share them.
  const words: (string | undefined)[] = new Array(ctx.tokens.length);
  if (observe) {
    observe(
      ctx.candidates.map((c) => {
        const features: string[] = [];
        candidateFeatures(ctx, c, repeats.get(c.canonical)!, fallback, featureStrings(features), words);
        return { surface: ctx.text.slice(c.start, c.end), canonical: c.canonical, features };
      }),
    );
  }
  if (!model) return;
  const judge = compiled(model);
  const kept: Candidate[] = [];
  // One sink for the paper, its sums cleared for each candidate.
  const scores = new Float64Array(model.classes.length);
  const sink = featureScores(judge, scores);
  for (const c of ctx.candidates) {
    scores.fill(0);
    candidateFeatures(ctx, c, repeats.get(c.canonical)!, fallback, sink, words);
    const p = softmax(scores);
    if (model.threshold !== undefined && p[0]! >= model.threshold && mayBeDropped(ctx, c)) continue;
    let best = 1;
    for (let k = 2; k < p.length; k++) if (p[k]! > p[best]!) best = k;
    const own = model.classes.indexOf(c.type ?? fallback);
    if (own > 0 && p[best]! - p[own]! >= model.margin) c.type = model.classes[best] as EntityType;
    kept.push(c);
  }
  ctx.candidates = kept;
}

/** A candidate the judge may drop: unknown to the lexicon, and written with a capital or a digit, or in three words or more. */
function mayBeDropped(ctx: PaperContext, c: Candidate): boolean {
  const surface = ctx.text.slice(c.start, c.end);
  return !c.known && (/[\p{Lu}\d]/u.test(surface) || surface.split(/[\s-]+/).length >= 3);
}

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

function candidateFeatures(ctx: PaperContext, c: Candidate, repeats: number, fallback: EntityType, emit: FeatureSink, lowered: (string | undefined)[]): void {
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
