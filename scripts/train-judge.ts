// Trains the judge (packages/extract/src/judge.ts) on the gold sets whose errors may be read
// (roles "tuning" and "tuned" in data/gold/sets.json): never on a first-measurement or held-out
// set, whose figures must stay unseen.
//
//   pnpm train-judge          trains on every readable set and writes data/lexicon/judge.json
//   pnpm train-judge --cv     five folds by gold file: the model of four folds judges the fifth,
//                             against the rules alone (the figure to trust; nothing is written)
//   --threshold=0.6 --margin=0.2 ...   other settings (the threshold at which the model drops an
//                             unknown name or long phrase; Infinity: never. judge.ts says why
//                             it drops nothing else)
//
// The training examples are what the rules find, so a change to the rules or the lexicon calls
// for a new model: the test suite checks that the shipped model is the one this script trains.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extract, type ExtractOptions, type JudgeModel } from "../packages/extract/src/index";
import type { Paper } from "../packages/corpus/src/index";
import { readInputs } from "../apps/cli/src/inputs";
import { normalisePapers, paperEntities } from "../apps/cli/src/extract-lines";
import { add, empty, matchKey, prf, scorePaper, type Counts, type GoldEntity } from "./eval";
import { GOLD_DIR, readGoldSets } from "./gold-sets";
import { seededRng } from "../packages/graph/src/rng";

export const JUDGE_CLASSES = ["none", "method", "task", "metric", "dataset", "model", "concept"] as const;
export const JUDGE_FILE = join("data", "lexicon", "judge.json");

export interface TrainSettings {
  epochs: number;
  /** AdaGrad's step. */
  rate: number;
  l2: number;
  /** Features seen in fewer training examples are left out. */
  minCount: number;
  /** Drop an unknown name or long phrase when "none" reaches this; Infinity: never. */
  threshold: number;
  margin: number;
  /** Features whose weights all stay below this are left out of the file (they hardly move a decision). */
  prune: number;
}

// Chosen by the five folds (README): the figures hardly move within a factor of two of each
// (the margin: 0.7965, 0.7963 and 0.7960 typed F1 at 0.1, 0.2 and 0.3). The threshold is the
// twenty-second session's, not tuned since.
export const DEFAULT_TRAIN_SETTINGS: TrainSettings = { epochs: 6, rate: 0.1, l2: 1e-6, minCount: 10, threshold: 0.6, margin: 0.2, prune: 0.05 };

export interface GoldFile {
  file: string;
  papers: Paper[];
  gold: Map<string, GoldEntity[]>;
}

interface Example {
  features: string[];
  label: number;
}

async function loadGoldFile(file: string, root: string): Promise<GoldFile> {
  const path = join(root, GOLD_DIR, file);
  const input = await readInputs([path], { cwd: root });
  const gold = new Map<string, GoldEntity[]>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { id: string; entities: GoldEntity[] };
    gold.set(record.id, record.entities);
  }
  return { file, papers: input.papers, gold };
}

/** The gold sets whose errors may be read, in sets.json's order. */
export async function readableGoldFiles(root = process.cwd()): Promise<GoldFile[]> {
  const sets = readGoldSets(root).filter((set) => set.role === "tuning" || set.role === "tuned");
  return Promise.all(sets.map((set) => loadGoldFile(set.file, root)));
}

/** The class of a name by the paper's gold: a scored entity's type, 0 for none, undefined for an optional one (not learned from). */
function classOf(name: string, gold: GoldEntity[]): number | undefined {
  const key = matchKey(name);
  let optional = false;
  for (const entity of gold) {
    if (![entity.name, ...(entity.aliases ?? [])].some((alias) => matchKey(alias) === key)) continue;
    if (entity.optional) {
      optional = true;
      continue;
    }
    const index = JUDGE_CLASSES.indexOf(entity.type as (typeof JUDGE_CLASSES)[number]);
    return index > 0 ? index : undefined;
  }
  return optional ? undefined : 0;
}

/** A candidate is the gold entity its text or its name matches, as `pnpm eval` matches them. */
function labelOf(surface: string, canonical: string, gold: GoldEntity[]): number | undefined {
  const bySurface = classOf(surface, gold);
  const byName = classOf(canonical, gold);
  if (bySurface) return bySurface;
  if (byName) return byName;
  return bySurface === undefined || byName === undefined ? undefined : 0;
}

/** The rules' candidates in one gold file's papers, labelled by its gold. */
export function fileExamples({ papers, gold }: GoldFile): Example[] {
  const examples: Example[] = [];
  for (const paper of papers) {
    const entities = gold.get(paper.sourceId ?? paper.id) ?? [];
    const judgeObserver = (candidates: readonly { surface: string; canonical: string; features: string[] }[]) => {
      for (const c of candidates) {
        const label = labelOf(c.surface, c.canonical, entities);
        if (label !== undefined) examples.push({ features: c.features, label });
      }
    };
    extract(paper, { judge: null, judgeObserver });
  }
  return examples;
}

/** Multinomial logistic regression by AdaGrad over the shuffled examples, L2-regularised. */
export function train(examples: readonly Example[], settings: TrainSettings = DEFAULT_TRAIN_SETTINGS): JudgeModel {
  const classes = JUDGE_CLASSES.length;
  const counts = new Map<string, number>();
  for (const { features } of examples) for (const f of new Set(features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [feature, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (count >= settings.minCount) index.set(feature, index.size);
  const weights = new Float64Array(index.size * classes);
  const squares = new Float64Array(index.size * classes).fill(1e-8);
  const rows = examples.map((e) => ({ label: e.label, ids: [...new Set(e.features)].flatMap((f) => index.get(f) ?? []) }));
  const order = rows.map((_, i) => i);
  // Seeded (mulberry32): the same examples give the same model on every run.
  const next = seededRng(20261205);
  const p = new Float64Array(classes);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const row = rows[r]!;
      p.fill(0);
      for (const id of row.ids) for (let k = 0; k < classes; k++) p[k]! += weights[id * classes + k]!;
      const top = Math.max(...p);
      let sum = 0;
      for (let k = 0; k < classes; k++) sum += p[k] = Math.exp(p[k]! - top);
      for (const id of row.ids) {
        for (let k = 0; k < classes; k++) {
          const at = id * classes + k;
          const gradient = p[k]! / sum - (k === row.label ? 1 : 0) + settings.l2 * weights[at]!;
          squares[at]! += gradient * gradient;
          weights[at]! -= (settings.rate * gradient) / Math.sqrt(squares[at]!);
        }
      }
    }
  }
  // Two decimals: the file stays small and its bytes the same on every run.
  const out: Record<string, number[]> = {};
  for (const [feature, id] of index) {
    const row = [...weights.subarray(id * classes, (id + 1) * classes)].map((w) => Math.round(w * 100) / 100 + 0);
    if (row.some((w) => Math.abs(w) >= settings.prune)) out[feature] = row;
  }
  const drop = Number.isFinite(settings.threshold) ? { threshold: settings.threshold } : {};
  return { classes: [...JUDGE_CLASSES], weights: out, ...drop, margin: settings.margin };
}

/** Typed and untyped counts with `options` on the gold files, each file normalised on its own as `pnpm eval` does. */
export function evaluate(files: readonly GoldFile[], options: ExtractOptions): { typed: Counts; untyped: Counts } {
  const typed = empty();
  const untyped = empty();
  for (const { papers, gold } of files) {
    const perPaper = papers.map((paper) => extract(paper, options));
    const { ids, types } = normalisePapers(perPaper);
    papers.forEach((paper, i) => {
      const score = scorePaper(gold.get(paper.sourceId ?? paper.id) ?? [], paperEntities(perPaper[i]!, ids[i]!, types));
      add(typed, score.typed);
      add(untyped, score.untyped);
    });
  }
  return { typed, untyped };
}

export function serialiseJudge(model: JudgeModel): string {
  return `${JSON.stringify(model)}\n`;
}

function line(label: string, c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  return `${label.padEnd(30)} P ${precision.toFixed(4)}  R ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

const FOLDS = 5;

function crossValidate(files: readonly GoldFile[], settings: TrainSettings): void {
  const examples = files.map(fileExamples);
  const rules = { typed: empty(), untyped: empty() };
  const judged = { typed: empty(), untyped: empty() };
  for (let fold = 0; fold < FOLDS; fold++) {
    const test = files.filter((_, i) => i % FOLDS === fold);
    const model = train(examples.filter((_, i) => i % FOLDS !== fold).flat(), settings);
    for (const [into, options] of [[rules, { judge: null }], [judged, { judge: model }]] as const) {
      const counts = evaluate(test, options);
      add(into.typed, counts.typed);
      add(into.untyped, counts.untyped);
    }
    console.error(`fold ${fold + 1}/${FOLDS}: judged ${test.length} gold files with a model of ${Object.keys(model.weights).length} features`);
  }
  console.log(`${files.length} gold files, ${FOLDS} folds; each fold judged by a model trained on the other four`);
  console.log(line("rules alone, typed", rules.typed));
  console.log(line("rules and judge, typed", judged.typed));
  console.log(line("rules alone, untyped", rules.untyped));
  console.log(line("rules and judge, untyped", judged.untyped));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const settings = { ...DEFAULT_TRAIN_SETTINGS };
  for (const arg of args) {
    const [name, value] = arg.replace(/^--/, "").split("=");
    if (value === undefined || !name || !(name in settings)) continue;
    settings[name as keyof TrainSettings] = Number(value);
  }
  const files = await readableGoldFiles();
  if (args.includes("--cv")) {
    crossValidate(files, settings);
    return;
  }
  const model = train(files.flatMap(fileExamples), settings);
  writeFileSync(JUDGE_FILE, serialiseJudge(model));
  console.log(`${JUDGE_FILE}: ${Object.keys(model.weights).length} features, trained on ${files.length} gold files`);
}

if (process.argv[1]?.endsWith("train-judge.ts")) await main();
