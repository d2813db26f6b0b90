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
import type { Candidate, PaperContext } from "./context";
import { type FeatureSink, TEMPLATE_BY_NAME, candidateFeatures } from "./judge-features";
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
