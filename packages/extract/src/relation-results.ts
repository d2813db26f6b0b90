// Patterns of results sentences: outperforms, evaluated-on, trained-with (measured-by: relation-measures.ts).
// Each reads one clause: cue words (data/lexicon/relations.json), the typed items around
// them and their order.
import type { CueList } from "./relation-cues";
import {
  type Clause,
  type Item,
  type OwnEntity,
  type SentenceView,
  clauseHas,
  cuesInClause,
  listAfter,
  listBefore,
  negatedBetween,
  negatedCue,
  objectAfter,
  ownItem,
  standsForOwn,
  subjectBefore,
} from "./relation-sentence";
import type { EntityType, RelationType } from "./types";

export interface ClauseContext {
  s: SentenceView;
  clause: Clause;
  own: OwnEntity | undefined;
}

export interface Found {
  relation: RelationType;
  head: Item;
  tail: Item;
}

export const ACTORS: readonly EntityType[] = ["method", "model"];

/** Cues of a list inside the clause, as sentence offsets. */
export function cuesIn(c: ClauseContext, list: CueList): [number, number][] {
  return cuesInClause(c.s, c.clause, list);
}

/** Every head with every tail. */
export function pairs(relation: RelationType, heads: Item[], tails: Item[]): Found[] {
  return heads.flatMap((head) => tails.map((tail) => ({ relation, head, tail })));
}

// A clause that opens with a participle, after an adverb that continues the result: "..., while also improving accuracy".
const OPENS_WITH_PARTICIPLE = /^\s*(?:(?:also|further|thereby|simultaneously|consistently)\s+)?\w+ing\b/;

/** The own entity as the unnamed subject of a clause ("..., achieving gains over SFT"): no text to point at. */
export function implicitOwn(c: ClauseContext, types: readonly EntityType[]): Item[] {
  // Background sentences ("LMs perform well on coding benchmarks") speak of others' work.
  // A clause opening with a participle ("..., achieving gains over SFT") continues a result.
  // Not at the sentence's start: "Existing methods focus on ..." opens a sentence about others' work.
  const continues = c.clause.start > 0 && OPENS_WITH_PARTICIPLE.test(c.s.text.slice(c.clause.start, c.clause.end));
  if (!c.own || !types.includes(c.own.type) || !(continues || c.s.clauses.some((clause) => clauseHas(c.s, clause, "experimentCues")))) return [];
  return [ownItem(c.own, 0, 0, "implicit")];
}

/** "X outperforms Y and Z", "gains over SFT, DPO and PPO", "Y is outperformed by X". */
export function findOutperforms(c: ClauseContext): Found[] {
  const found: Found[] = [];
  // What an earlier comparison in the clause beats is no subject: "surpass A and B and outperform C".
  const beaten = new Set<Item>();
  // One array filled by push, not spread (see splitClauses).
  const comparisons: [number, number][] = [];
  for (const cue of cuesIn(c, "outperforms")) comparisons.push(cue);
  for (const comparison of favourableComparisons(c)) comparisons.push(comparison);
  for (const [start, end] of comparisons.sort((a, b) => a[0] - b[0])) {
    if (negatedCue(c.s.text, start)) continue;
    const by = /^\s+by\b/.exec(c.s.text.slice(end));
    if (by) {
      found.push(...pairs("outperforms", objectAfter(c.s, c.clause, end + by[0].length, ACTORS), subjectBefore(c.s, c.clause, start, ACTORS)));
      continue;
    }
    const tails = objectAfter(c.s, c.clause, end, ACTORS, 80);
    if (tails.length === 0) continue;
    let heads = subjectBefore(c.s, c.clause, start, ACTORS, { exclude: beaten, pronoun: true });
    // A participle or a noun cue with no subject in its clause speaks of the paper's own result.
    if (heads.length === 0 && /ing\b|over$|than$|to$/.test(c.s.text.slice(start, end))) heads = implicitOwn(c, ACTORS);
    found.push(...pairs("outperforms", heads, tails));
    for (const tail of tails) beaten.add(tail);
  }
  return found;
}

// "superior performance compared to X", "better results relative to X"; a bare "compared to" says nothing of who wins.
const FAVOURABLE_COMPARISON = /\b(?:superior|better|higher|stronger|improved|greater|significant\s+gains|consistent\s+gains)\b[^,.;()]{0,40}?\b(?:compared\s+(?:to|with)|relative\s+to|versus|vs\.?)(?=\s)/gi;

function favourableComparisons(c: ClauseContext): [number, number][] {
  if (!clauseHas(c.s, c.clause, "comparisons")) return [];
  const text = c.s.text.slice(c.clause.start, c.clause.end);
  const found: [number, number][] = [];
  for (const m of text.matchAll(FAVOURABLE_COMPARISON)) found.push([c.clause.start + m.index, c.clause.start + m.index + m[0].length]);
  return found;
}

// The data a model is trained on is no result's data: "Trained on compressed MATH data, X generalizes ..."
// (but "trained and evaluated on A" is).
const TRAINED_ON = /\b(?:trained|fine-?tuned|finetuned|pre-?trained|post-trained|distilled)\s+(?:(?!(?:evaluated|tested|validated|benchmarked)\b)[\w-]+\s+){0,2}on\s+(?:[\w.-]+\s+){0,4}$/i;

// What introduces the datasets of a result: "on", "across both the", "on benchmarks such as",
// "using two datasets, A and B"; the parts of one: "on the seven core datasets of the BOP
// Benchmark", "on 81 rearrangement tasks from BEHAVIOR-1K"; the items drawn from one: "80.7% of the
// problems from miniF2F and ProofNet".
const DATASET_INTRO = /\b(?:problems|questions|instances|puzzles)\s+(?:drawn\s+)?(?:from|of|in)\s+(?:the\s+)?$|\b(?:on|across|over|against|using)\s+(?:[\w.-]+\s+){0,4}$|\b(?:on|across|over|using)\s+(?:[\w.-]+\s+){0,5}(?:datasets|benchmarks|splits|subsets|tasks|environments|suites|domains)\s+(?:of|from|in)\s+(?:the\s+)?$|\b(?:benchmarks?|datasets?|suites?|tasks?)[^.;]{0,30}(?:such\s+as|including|like|e\.g\.,?|namely|\()\s*$|\b(?:on|across|over|using)\s+(?:[\w.-]+\s+){0,3}(?:benchmarks|datasets|suites)\s*[,:]\s*$/i;

// A dataset named as the evaluation or benchmark a result was got in: "In the challenging AIME2024
// evaluation, X achieves 40% accuracy" ("in" alone introduces too much: "gains in MATH reasoning").
const IN_BEFORE = /\bin\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
const EVALUATION_AFTER = /^\s+(?:evaluations?|benchmarks?|test\s+sets?|test\s+splits?)\b/i;

// A task results were obtained in: "state-of-the-art performance in English-Chinese translation",
// "substantial improvements in fine-grained perception, temporal reasoning, ...".
const TASK_INTRO = /\bin\s+(?:[\w.-]+\s+){0,4}$/i;

/** Items of `types` introduced as where results were obtained ("on GSM8K, MATH and AIME"; a task also "in" it). */
export function resultTargets(c: ClauseContext, types: readonly EntityType[]): Item[] {
  const targets: Item[] = [];
  for (let k = 0; k < c.clause.items.length; k++) {
    const item = c.clause.items[k]!;
    if (!types.includes(item.type) || targets.includes(item)) continue;
    const from = Math.max(c.clause.start, item.start - 60);
    const intro = c.s.text.slice(from, item.start);
    const introduced = DATASET_INTRO.test(intro) || (item.type === "task" && TASK_INTRO.test(intro)) || (item.type === "dataset" && IN_BEFORE.test(intro) && EVALUATION_AFTER.test(c.s.text.slice(item.end, item.end + 24)));
    if (!introduced || /\bon\s+par\b/i.test(intro) || TRAINED_ON.test(intro) || negatedBetween(c.s.text, from, item.start)) continue;
    targets.push(...listAfter(c.s, c.clause, item, types));
  }
  return targets;
}

const COMPARED = /\b(?:compared\s+(?:to|with)|versus|vs\.?|against|relative\s+to)\s/gi;

/**
 * Items a comparison cue comes before in the clause: competitors, not the system under test. The
 * paper's own entity after "compared to ..." is the one compared with them ("Experiments show that,
 * compared to common sparsity methods, STARC reduces latency by 19%").
 */
export function competitors(c: ClauseContext): Set<Item> {
  const cues = cuesIn(c, "outperforms");
  // Pushed, not map()ped and spread (see splitClauses).
  const marks: number[] = [];
  for (const [start] of cues) marks.push(start);
  const comparedAt: number[] = [];
  for (const m of c.s.text.slice(c.clause.start, c.clause.end).matchAll(COMPARED)) comparedAt.push(m.index + c.clause.start);
  return new Set(c.clause.items.filter((i) => marks.some((m) => m < i.start) || (!standsForOwn(i) && comparedAt.some((m) => m < i.start))));
}

function isWe(c: ClauseContext, item: Item): boolean {
  return item.reference === "pronoun" && /^we$/i.test(c.s.text.slice(item.start, item.end));
}

// "behaviours such as self-verification", "in self-correction mode", "for DPO": not what was tested.
const EXAMPLE_OR_MODE = /\b(?:such\s+as|including|like|e\.g\.,?|in|during|under|for|than|over|against|vs\.?|versus)\s+(?:the\s+)?$/i;

function isExampleOrMode(c: ClauseContext, item: Item): boolean {
  const first = listBefore(c.s, c.clause, item, [item.type])[0]!;
  return !item.reference && EXAMPLE_OR_MODE.test(c.s.text.slice(Math.max(c.clause.start, first.start - 24), first.start));
}

/** The systems a results clause reports on: its own entity and models, else every actor, else the paper's own. */
function systemsUnderTest(c: ClauseContext, exclude: Item[]): Item[] {
  const others = competitors(c);
  const actors = c.clause.items.filter((i) => ACTORS.includes(i.type) && !others.has(i) && !exclude.includes(i) && !isWe(c, i) && !isExampleOrMode(c, i));
  const own = actors.filter(standsForOwn);
  if (own.length === 0) return actors.length > 0 ? actors : implicitOwn(c, ACTORS);
  // The base models the own method is applied to are not tested on the data themselves.
  const bases = baseModels(c);
  return [...own, ...actors.filter((i) => i.type === "model" && !own.includes(i) && !bases.has(i))];
}

// "We evaluated PAR on two base models, Gemma2-2B and Llama3-8B, using ...".
const BASE_MODEL_INTRO = /\b(?:base|backbone|foundation|underlying)\s+(?:models?|LLMs?|backbones?)\s*[,:(]?\s*(?:(?:such\s+as|including|like|e\.g\.,?|namely)\s+)?$/i;

function baseModels(c: ClauseContext): Set<Item> {
  const bases = new Set<Item>();
  for (const item of c.clause.items) {
    if (item.type !== "model" || bases.has(item) || !BASE_MODEL_INTRO.test(c.s.text.slice(Math.max(c.clause.start, item.start - 40), item.start))) continue;
    for (const base of listAfter(c.s, c.clause, item, ["model"])) bases.add(base);
  }
  return bases;
}

/** "X achieves 64 DS on A", "Experiments on A and B show that X ...". */
export function findEvaluatedOn(c: ClauseContext): Found[] {
  if (!clauseHas(c.s, c.clause, "results")) return [];
  const datasets = resultTargets(c, ["dataset"]);
  if (datasets.length === 0) return [];
  return pairs("evaluated-on", systemsUnderTest(c, datasets), datasets);
}

const TRAIN_OBJECT = /^\s*(?:models?|checkpoints?|series|base|backbones?|policy|policies)?\s*,?\s*(?:with|on|using|via|through|by)\s+/i;

/** "M trained with X", "fine-tuning M with X on D", "SFT Qwen2.5-7B on D", "X applied to M". */
export function findTrainedWith(c: ClauseContext): Found[] {
  const found: Found[] = [];
  const { s, clause } = c;
  for (const [start, end] of cuesIn(c, "trainedWith")) {
    if (negatedCue(s.text, start)) continue;
    found.push(...pairs("trained-with", subjectBefore(s, clause, start, ["model"]), trainingObjects(c, end)));
  }
  for (const [start, end] of cuesIn(c, "trainVerbs")) {
    if (negatedCue(s.text, start)) continue;
    const models = objectAfter(s, clause, end, ["model"], 40);
    const last = models.at(-1);
    if (!last) continue;
    // The training method may be the cue itself when it is a mention: "Supervised fine-tuning Qwen2.5-VL-7B".
    const cueMethod = clause.items.find((i) => i.type === "method" && i.end === end);
    if (cueMethod) found.push(...pairs("trained-with", models, [cueMethod]));
    const prep = TRAIN_OBJECT.exec(s.text.slice(last.end));
    if (prep) found.push(...pairs("trained-with", models, trainingObjects(c, last.end + prep[0].length)));
  }
  found.push(...findAppliedTo(c), ...findModelsImproved(c), ...findOpeningTraining(c));
  return found;
}

/** "Trained on A and B, X-8K sets a new state of the art": the training opens the clause, the model follows its comma. */
function findOpeningTraining(c: ClauseContext): Found[] {
  const opening = openingCue(c, "trainedWith");
  const objects = opening ? trainingObjects(c, opening[1]) : [];
  const last = objects.at(-1);
  const model = last && subjectAfterComma(c, last, (i) => i.type === "model");
  return model ? pairs("trained-with", [model], objects) : [];
}

/** The cue of `list` that opens the clause ("Built on A, ...", "Trained on A, ..."), if one does. */
export function openingCue(c: ClauseContext, list: CueList): [number, number] | undefined {
  return cuesIn(c, list).find(([start]) => c.s.text.slice(c.clause.start, start).trim() === "");
}

/** The clause's subject after an opening phrase that ends with `last`: the first accepted item at most 30 characters past the comma. */
export function subjectAfterComma(c: ClauseContext, last: Item, accept: (item: Item) => boolean): Item | undefined {
  const comma = c.s.text.indexOf(",", last.end);
  if (comma < 0) return undefined;
  const subject = c.clause.items.find((i) => i.start > comma && accept(i));
  return subject && subject.start - comma <= 30 ? subject : undefined;
}

/** What a model is trained with, and the data it goes on to name: "with GRPO on MetaMathQA". */
function trainingObjects(c: ClauseContext, from: number): Item[] {
  const objects = objectAfter(c.s, c.clause, from, ["method", "dataset"]);
  const last = objects.at(-1);
  const data = last && /^\s+(?:on|using|over)\s+/i.exec(c.s.text.slice(last.end, last.end + 8));
  return data ? [...objects, ...objectAfter(c.s, c.clause, last.end + data[0].length, ["dataset"], 20)] : objects;
}

// Models a result is reported for: "on two base models, A and B", "the accuracy of A", "for B".
const MODEL_INTRO = /\b(?:on|across|of|for|to)\s+(?:[\w.-]+,?\s+){0,4}$|\b(?:such\s+as|including|like|e\.g\.,?)\s*$/i;

/** "Experiments on A and B show that our approach ...", "X boosts the accuracy of A": A trained with the own method. */
function findModelsImproved(c: ClauseContext): Found[] {
  if (!c.own?.trains || !clauseHas(c.s, c.clause, "results")) return [];
  let methods = c.clause.items.filter((i) => i.type === "method" && standsForOwn(i) && !isWe(c, i));
  // "..., while reducing token usage on M": a clause opening with a participle continues the own result.
  if (methods.length === 0 && OPENS_WITH_PARTICIPLE.test(c.s.text.slice(c.clause.start, c.clause.end))) methods = implicitOwn(c, ["method"]);
  if (methods.length === 0) return [];
  const others = competitors(c);
  const models = c.clause.items.filter(
    (i) => i.type === "model" && !i.proposed && !others.has(i) && MODEL_INTRO.test(c.s.text.slice(Math.max(c.clause.start, i.start - 50), i.start)),
  );
  return pairs("trained-with", models.flatMap((m) => listAfter(c.s, c.clause, m, ["model"])), methods);
}

/** "X applied to M1 and M2", "When applied to M, X ...", "It can be integrated into M": M trained with X. */
function findAppliedTo(c: ClauseContext): Found[] {
  const found: Found[] = [];
  for (const [start, end] of cuesIn(c, "applyTo")) {
    if (negatedCue(c.s.text, start)) continue;
    const models = objectAfter(c.s, c.clause, end, ["model"], 40);
    if (models.length === 0) continue;
    let methods = subjectBefore(c.s, c.clause, start, ["method"], { pronoun: true });
    if (methods.length === 0) methods = c.clause.items.filter((i) => i.start > models.at(-1)!.end && i.type === "method" && (i.proposed || i.reference === "phrase")).slice(0, 1);
    found.push(...pairs("trained-with", models, methods));
  }
  // "We apply WebRL to (transform) Llama-3.1 and GLM-4 models".
  for (const [, end] of cuesIn(c, "applyVerbs")) {
    const methods = objectAfter(c.s, c.clause, end, ["method"], 20);
    const to = methods.length > 0 ? /^\s+to\s+/i.exec(c.s.text.slice(methods.at(-1)!.end)) : null;
    if (to) found.push(...pairs("trained-with", objectAfter(c.s, c.clause, methods.at(-1)!.end + to[0].length, ["model"], 30), methods));
  }
  return found;
}

/** Whether the clause speaks of training (so "we use X" on a model is trained-with, not builds-on). */
export function speaksOfTraining(c: ClauseContext): boolean {
  return clauseHas(c.s, c.clause, "trainVerbs") || clauseHas(c.s, c.clause, "trainedWith");
}
