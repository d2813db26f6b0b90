// `pnpm eval relations [--errors N] [--first FILE]`: runs `fieldmap extract` on the papers of
// each relation gold set in data/gold/relation-sets.json (the 40 dev papers, and sets annotated
// since by ../shared/gold/RELATIONS.md on papers whose entities are annotated), then scores the
// relations with ../shared/tools/score_relations.py (its header states the matching rule) and
// prints precision, recall and F1, overall and per relation, for each set with its role. As for
// the entities, a held-out set is measured once (`--first`, at a commit with no uncommitted
// change to the extractor), and errors are listed only for the sets tuned on.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { git, uncommittedExtractor } from "./gold-sets";
import { poolCounts, poolLines, type RolePool } from "./eval-pool";

const SETS_FILE = "data/gold/relation-sets.json";
const SCORER = "../shared/tools/score_relations.py";
// Debian's interpreter, as for the map figures (scripts/eval-map.ts).
const PYTHON = "/usr/bin/python3";

/** The project's relation targets on the dev gold (issue 15). */
export const RELATION_TARGETS = { precision: 0.75, recall: 0.4 };

export interface RelationScores {
  /** The papers the relation gold holds. */
  docs: number;
  P: number;
  R: number;
  F1: number;
  tp: number;
  fp: number;
  fn: number;
  per_relation: Record<string, { tp: number; fp: number; fn: number }>;
}

interface FirstMeasurement {
  P: number;
  R: number;
  F1: number;
  commit: string;
  date: string;
}

interface RelationSet {
  /** The relation gold (RELATIONS.md's format). */
  relations: string;
  /** The entity gold of the same papers (names and aliases the scorer matches by). */
  entities: string;
  /** The papers' title and abstract, as `fieldmap extract` reads them. */
  papers: string;
  /** "tuning" (the targets'), "held out" (not measured yet), "first measurement" or "tuned". */
  role: string;
  description?: string;
  first?: FirstMeasurement;
}

function readSets(): { description: string; sets: RelationSet[] } {
  return JSON.parse(readFileSync(SETS_FILE, "utf8")) as { description: string; sets: RelationSet[] };
}

async function extractLines(papers: string): Promise<string> {
  const { runCli } = await import("../apps/cli/src/run");
  let out = "";
  let err = "";
  const code = await runCli(["extract", papers], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: process.cwd() });
  if (code !== 0) throw new Error(`fieldmap extract failed (${code}): ${err.trim()}`);
  return out;
}

function score(set: RelationSet, systemPath: string, extra: string[]): string {
  const result = spawnSync(PYTHON, [SCORER, set.relations, set.entities, systemPath, ...extra], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${SCORER} failed: ${(result.stderr || result.stdout).trim()}`);
  return result.stdout;
}

/** Extracts and scores one set; returns the scorer's figures and its text report (with `errors` listed). */
export async function evaluateRelations(set: RelationSet, errors = 0): Promise<{ scores: RelationScores; report: string }> {
  const dir = mkdtempSync(join(tmpdir(), "fieldmap-relations-"));
  try {
    const systemPath = join(dir, "extract.jsonl");
    writeFileSync(systemPath, await extractLines(set.papers));
    const scores = JSON.parse(score(set, systemPath, ["--json"])) as RelationScores;
    return { scores, report: score(set, systemPath, errors > 0 ? ["--errors", String(errors)] : []) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Errors are read only on the sets tuned on: a held-out set's would shape the next change. */
const mayListErrors = (set: RelationSet) => set.role === "tuning" || set.role === "tuned";

function roleLine(set: RelationSet): string {
  const first = set.first ? `; first measurement P ${set.first.P.toFixed(3)} R ${set.first.R.toFixed(3)} F1 ${set.first.F1.toFixed(3)} at ${set.first.commit.slice(0, 7)} (${set.first.date})` : "";
  return `role: ${set.role}${first}`;
}

/** The one measurement of a held-out set, recorded in relation-sets.json with the commit measured. */
async function measureFirst(file: string | undefined): Promise<number> {
  const all = readSets();
  const set = all.sets.find((s) => s.relations === file);
  if (!set || set.role !== "held out") {
    console.error(`pnpm eval relations --first needs a "held out" set of ${SETS_FILE} (its "relations" path)`);
    return 2;
  }
  if (uncommittedExtractor() !== "") return 2;
  const { scores, report } = await evaluateRelations(set);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  set.first = { P: r(scores.P), R: r(scores.R), F1: r(scores.F1), commit: git(["rev-parse", "HEAD"]), date: new Date().toISOString().slice(0, 10) };
  set.role = "first measurement";
  writeFileSync(SETS_FILE, `${JSON.stringify(all, null, 2)}\n`);
  console.log(`first measurement of ${set.relations} at ${set.first.commit.slice(0, 7)}:`);
  process.stdout.write(report);
  return 0;
}

export async function evalRelations(args: string[]): Promise<number> {
  const firstAt = args.indexOf("--first");
  if (firstAt >= 0) return measureFirst(args[firstAt + 1]);
  const at = args.indexOf("--errors");
  const errors = at >= 0 ? Number(args[at + 1] ?? 50) : 0;
  let met = true;
  const pools: RolePool[] = [];
  for (const set of readSets().sets) {
    // A held-out set not yet measured is left for its first measurement.
    if (set.role === "held out") continue;
    const { scores, report } = await evaluateRelations(set, mayListErrors(set) ? errors : 0);
    console.log(`\nfieldmap extract on ${set.papers}, scored by ${SCORER} against ${set.relations}:`);
    console.log(roleLine(set));
    process.stdout.write(report);
    poolCounts(pools, set.role, scores.docs, scores);
    if (set.role !== "tuning") continue;
    met = scores.P >= RELATION_TARGETS.precision && scores.R >= RELATION_TARGETS.recall;
    console.log(`targets (P >= ${RELATION_TARGETS.precision}, R >= ${RELATION_TARGETS.recall}): ${met ? "met" : "NOT met"}`);
  }
  console.log("");
  for (const line of poolLines(pools, undefined, "relations")) console.log(line);
  return met ? 0 : 1;
}
