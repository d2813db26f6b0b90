// `pnpm eval [gold.jsonl]`: runs `fieldmap extract` on every gold set of data/gold/sets.json (or the
// one given) and prints micro precision, recall and F1 (untyped, typed, per type) with each set's
// role, then the figures pooled by role (scripts/eval-pool.ts). Pass --verbose to list misses, false
// positives and type errors (never for a set at its first measurement).
// `pnpm eval map [CORPUS]` measures the map instead (scripts/eval-map.ts), `pnpm eval relations`
// the typed relations (scripts/eval-relations.ts), `pnpm eval merges` the seed build's merges
// against data/gold/merges.csv (scripts/eval-merges.ts).

import { join, resolve } from "node:path";
import { GOLD_DIR, describeRole, readGoldSets } from "./gold-sets";
import { firstMeasurements, poolByRole, poolLines, type RolePool } from "./eval-pool";

// Scoring of extracted entities against the gold set (data/gold/GUIDELINES.md).
// A system entity matches a gold entity when its name or one of its mentions equals the
// gold name or an alias after matchKey(); each gold entity matches at most one system
// entity; optional gold items and concepts count neither for nor against.

export interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
  proposed?: boolean;
  optional?: boolean;
}

export interface SystemEntity {
  name: string;
  type: string;
  mentions: string[];
  proposed?: boolean;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PaperScore {
  untyped: Counts;
  typed: Counts;
  byType: Map<string, Counts>;
  /** Gold entities missed (for error analysis). */
  missed: GoldEntity[];
  /** System entities that matched nothing scored. */
  spurious: SystemEntity[];
  /** Matched with the wrong type: [system, gold]. */
  mistyped: [SystemEntity, GoldEntity][];
}

/**
 * Case-folded, without spaces, hyphens, underscores, dots and quotes, and a trailing plural s. A
 * capital S after a hyphen is a variant's letter, not a plural: "AIRL-S" is not AIRL, "ViT-S" not ViT.
 */
export function matchKey(text: string): string {
  const key = text.toLowerCase().replace(/[\s\-_.'"’‘“”`]+/g, "");
  if (/-S$/.test(text.trim())) return key;
  return key.length > 1 && key.endsWith("s") ? key.slice(0, -1) : key;
}

export const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function keysOf(names: string[]): Set<string> {
  return new Set(names.map(matchKey));
}

function isScored(gold: GoldEntity): boolean {
  return !gold.optional && gold.type !== "concept";
}

/** Greedy one-to-one matching, system entities in order, gold entities in order. */
export function scorePaper(gold: GoldEntity[], system: SystemEntity[]): PaperScore {
  const score: PaperScore = { untyped: empty(), typed: empty(), byType: new Map(), missed: [], spurious: [], mistyped: [] };
  const goldKeys = gold.map((g) => keysOf([g.name, ...(g.aliases ?? [])]));
  const used = new Set<number>();
  const bump = (type: string, field: keyof Counts) => {
    const counts = score.byType.get(type) ?? empty();
    counts[field]++;
    score.byType.set(type, counts);
  };
  const systemScored = system.filter((s) => s.type !== "concept");
  const matchOf = (s: SystemEntity, sameType: boolean) => {
    const keys = keysOf([s.name, ...s.mentions]);
    return gold.findIndex((g, i) => !used.has(i) && (!sameType || g.type === s.type) && [...goldKeys[i]!].some((k) => keys.has(k)));
  };
  for (const s of systemScored) {
    const index = matchOf(s, true) >= 0 ? matchOf(s, true) : matchOf(s, false);
    const g = index >= 0 ? gold[index] : undefined;
    if (index >= 0) used.add(index);
    if (!g) {
      score.untyped.fp++;
      score.typed.fp++;
      bump(s.type, "fp");
      score.spurious.push(s);
    } else if (isScored(g)) {
      score.untyped.tp++;
      if (g.type === s.type) {
        score.typed.tp++;
        bump(g.type, "tp");
      } else {
        score.typed.fp++;
        score.typed.fn++;
        bump(s.type, "fp");
        bump(g.type, "fn");
        score.mistyped.push([s, g]);
      }
    }
  }
  gold.forEach((g, i) => {
    if (used.has(i) || !isScored(g)) return;
    score.untyped.fn++;
    score.typed.fn++;
    bump(g.type, "fn");
    score.missed.push(g);
  });
  return score;
}

/**
 * Concepts are scored apart: the system's concepts against the gold concepts. A system concept
 * that names an optional concept or a gold entity of another type counts neither way (the
 * main score already judges the latter).
 */
export function scoreConcepts(gold: GoldEntity[], system: SystemEntity[]): Counts {
  const counts = empty();
  const goldKeys = gold.map((g) => keysOf([g.name, ...(g.aliases ?? [])]));
  const used = new Set<number>();
  for (const s of system.filter((e) => e.type === "concept")) {
    const keys = keysOf([s.name, ...s.mentions]);
    const hit = (i: number, concept: boolean) => !used.has(i) && (gold[i]!.type === "concept") === concept && [...goldKeys[i]!].some((k) => keys.has(k));
    const index = gold.findIndex((_, i) => hit(i, true));
    if (index >= 0) {
      used.add(index);
      if (!gold[index]!.optional) counts.tp++;
    } else if (!gold.some((_, i) => hit(i, false))) counts.fp++;
  }
  gold.forEach((g, i) => {
    if (g.type === "concept" && !g.optional && !used.has(i)) counts.fn++;
  });
  return counts;
}

export function add(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

/** Adds one paper's score to running micro counts: untyped, typed and per type. */
export function addScore(into: { untyped: Counts; typed: Counts; byType: Map<string, Counts> }, score: PaperScore): void {
  add(into.untyped, score.untyped);
  add(into.typed, score.typed);
  for (const [type, counts] of score.byType) {
    const total = into.byType.get(type) ?? empty();
    add(total, counts);
    into.byType.set(type, total);
  }
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

// ---- command line: `pnpm eval [--verbose] [gold.jsonl]` ----

interface GoldRecord {
  id: string;
  entities: GoldEntity[];
}

async function runExtract(goldPath: string): Promise<Map<string, SystemEntity[]>> {
  const { runCli } = await import("../apps/cli/src/run");
  let out = "";
  let err = "";
  const code = await runCli(["extract", goldPath], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: process.cwd() });
  if (code !== 0) throw new Error(`fieldmap extract failed (${code}): ${err.trim()}`);
  const result = new Map<string, SystemEntity[]>();
  for (const line of out.split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; entities: SystemEntity[] };
    result.set(row.id, row.entities);
  }
  return result;
}

export function format(label: string, c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  const pct = (x: number) => x.toFixed(3);
  return `${label.padEnd(10)} P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

/** Micro counts of one run over a gold file: what `pnpm eval` prints and the test suite's floor checks. */
export interface GoldEvaluation {
  papers: number;
  seconds: number;
  untyped: Counts;
  typed: Counts;
  byType: Map<string, Counts>;
  concepts: Counts;
}

/** Runs `fieldmap extract` on `goldPath` and scores it; `onPaper` sees each paper's score (--verbose). */
export async function evaluateGold(goldPath: string, onPaper?: (id: string, score: PaperScore) => void): Promise<GoldEvaluation> {
  const { readFileSync } = await import("node:fs");
  const gold = readFileSync(goldPath, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldRecord);
  const started = performance.now();
  const system = await runExtract(goldPath);
  const seconds = (performance.now() - started) / 1000;
  const result: GoldEvaluation = { papers: gold.length, seconds, untyped: empty(), typed: empty(), byType: new Map(), concepts: empty() };
  for (const record of gold) {
    add(result.concepts, scoreConcepts(record.entities, system.get(record.id) ?? []));
    const score = scorePaper(record.entities, system.get(record.id) ?? []);
    addScore(result, score);
    onPaper?.(record.id, score);
  }
  return result;
}

/** The project's extraction targets on the dev gold set (README): typed F1, untyped precision, task recall. */
export const EXTRACTION_TARGETS = { typedF1: 0.93, untypedPrecision: 0.85, taskRecall: 0.85 };

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "map") {
    const { evalMap } = await import("./eval-map");
    process.exitCode = await evalMap(args.slice(1));
    return;
  }
  if (args[0] === "trends") {
    const { evalTrends } = await import("./eval-trends");
    process.exitCode = await evalTrends(args.slice(1));
    return;
  }
  if (args[0] === "merges") {
    const { evalMerges } = await import("./eval-merges");
    process.exitCode = await evalMerges(args.slice(1));
    return;
  }
  if (args[0] === "agreement") {
    const { evalAgreement } = await import("./eval-agreement");
    process.exitCode = await evalAgreement(args.slice(1));
    return;
  }
  if (args[0] === "relations") {
    const { evalRelations } = await import("./eval-relations");
    process.exitCode = await evalRelations(args.slice(1));
    return;
  }
  const verbose = args.includes("--verbose");
  const goldPath = args.find((a) => !a.startsWith("--"));
  const sets = readGoldSets(process.cwd());
  if (args.includes("--first")) {
    const { measureFirst } = await import("./eval-first");
    process.exitCode = await measureFirst(goldPath, sets);
    return;
  }
  // No argument: every gold set with its role, dev first (data/gold/sets.json).
  const targets = goldPath ? [{ path: goldPath, set: sets.find((s) => resolve(GOLD_DIR, s.file) === resolve(goldPath)) }] : sets.map((set) => ({ path: join(GOLD_DIR, set.file), set }));
  const pools: RolePool[] = [];
  for (const { path, set } of targets) {
    if (set?.role === "held out" && !goldPath) {
      console.log(`${path}: held out, not measured yet (\`pnpm eval --first ${path}\` measures it once and records the figure)\n`);
      continue;
    }
    // A first-measurement set's errors stay unread while the extractor changes (data/gold/README.md).
    const listErrors = verbose && set?.role !== "first measurement" && set?.role !== "held out";
    const result = await evaluateGold(path, listErrors ? printErrors : undefined);
    console.log(`fieldmap extract on ${path}: ${result.papers} papers in ${result.seconds.toFixed(2)} s`);
    if (set) console.log(describeRole(set, prf(result.typed).f1));
    if (verbose && !listErrors) console.log("errors not listed: a first-measurement set is not read while changing the extractor");
    printFigures(result);
    if (!set || set.role === "tuning") printTargets(result);
    console.log("");
    if (set && !goldPath) poolByRole(pools, set.role, result);
  }
  if (!goldPath) for (const line of poolLines(pools, firstMeasurements(sets))) console.log(line);
}

export function printFigures(result: GoldEvaluation): void {
  console.log(format("untyped", result.untyped));
  console.log(format("typed", result.typed));
  for (const type of ["method", "model", "dataset", "task", "metric"]) console.log(format(`  ${type}`, result.byType.get(type) ?? empty()));
  console.log(format("concept", result.concepts) + "   (scored apart)");
}

/** The targets are judged on the tuning set (README); held-out sets show their figures only. */
function printTargets(result: GoldEvaluation): void {
  const taskRecall = prf(result.byType.get("task") ?? empty()).recall;
  const ok = prf(result.typed).f1 >= EXTRACTION_TARGETS.typedF1 && prf(result.untyped).precision >= EXTRACTION_TARGETS.untypedPrecision && taskRecall >= EXTRACTION_TARGETS.taskRecall;
  const { typedF1, untypedPrecision, taskRecall: taskTarget } = EXTRACTION_TARGETS;
  console.log(`targets (typed F1 >= ${typedF1}, untyped P >= ${untypedPrecision}, task R >= ${taskTarget}): ${ok ? "met" : "NOT met"}`);
}

function printErrors(id: string, score: PaperScore): void {
  for (const g of score.missed) console.log(`${id} MISS ${g.type} ${g.name}`);
  for (const s of score.spurious) console.log(`${id} FP   ${s.type} ${s.name} [${s.mentions.join(" | ")}]`);
  for (const [s, g] of score.mistyped) console.log(`${id} TYPE ${s.name}: ${s.type} should be ${g.type}`);
}

const invokedPath = process.argv[1] ?? "";
if (import.meta.url.endsWith(invokedPath.replace(/\\/g, "/").split("/").slice(-2).join("/")) && invokedPath.endsWith("eval.ts")) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
