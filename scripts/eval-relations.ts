// `pnpm eval relations [--errors N]`: runs `fieldmap extract` on the 40 dev papers of the
// relation gold (data/gold/dev.jsonl holds their title and abstract, the same ids), then
// scores the relations with ../shared/tools/score_relations.py (its header states the
// matching rule) and prints precision, recall and F1, overall and per relation.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PAPERS = "data/gold/dev.jsonl";
const GOLD_RELATIONS = "../shared/gold/relations-dev.jsonl";
const GOLD_ENTITIES = "../shared/gold/dev.jsonl";
const SCORER = "../shared/tools/score_relations.py";
// Debian's interpreter, as for the map figures (scripts/eval-map.ts).
const PYTHON = "/usr/bin/python3";

/** The project's relation targets on the dev gold (issue 15). */
export const RELATION_TARGETS = { precision: 0.75, recall: 0.4 };

export interface RelationScores {
  P: number;
  R: number;
  F1: number;
  tp: number;
  fp: number;
  fn: number;
  per_relation: Record<string, { tp: number; fp: number; fn: number }>;
}

async function extractLines(): Promise<string> {
  const { runCli } = await import("../apps/cli/src/run");
  let out = "";
  let err = "";
  const code = await runCli(["extract", PAPERS], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: process.cwd() });
  if (code !== 0) throw new Error(`fieldmap extract failed (${code}): ${err.trim()}`);
  return out;
}

function score(systemPath: string, extra: string[]): string {
  const result = spawnSync(PYTHON, [SCORER, GOLD_RELATIONS, GOLD_ENTITIES, systemPath, ...extra], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${SCORER} failed: ${(result.stderr || result.stdout).trim()}`);
  return result.stdout;
}

/** Extracts and scores; returns the scorer's figures and its text report (with `errors` listed). */
export async function evaluateRelations(errors = 0): Promise<{ scores: RelationScores; report: string }> {
  const dir = mkdtempSync(join(tmpdir(), "fieldmap-relations-"));
  try {
    const systemPath = join(dir, "extract.jsonl");
    writeFileSync(systemPath, await extractLines());
    const scores = JSON.parse(score(systemPath, ["--json"])) as RelationScores;
    return { scores, report: score(systemPath, errors > 0 ? ["--errors", String(errors)] : []) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function evalRelations(args: string[]): Promise<number> {
  const at = args.indexOf("--errors");
  const errors = at >= 0 ? Number(args[at + 1] ?? 50) : 0;
  const { scores, report } = await evaluateRelations(errors);
  console.log(`fieldmap extract on ${PAPERS}, scored by ${SCORER}:`);
  process.stdout.write(report);
  const met = scores.P >= RELATION_TARGETS.precision && scores.R >= RELATION_TARGETS.recall;
  console.log(`targets (P >= ${RELATION_TARGETS.precision}, R >= ${RELATION_TARGETS.recall}): ${met ? "met" : "NOT met"}`);
  return met ? 0 : 1;
}
