// The gold sets and their roles (data/gold/sets.json, data/gold/README.md): which set is tuned on,
// which was tuned on since it was held out, and which is still at its first measurement — with
// that first figure, so `pnpm eval` can print the current figure next to the recorded one.

import { readFileSync } from "node:fs";
import { join } from "node:path";

export type GoldSetRole = "tuning" | "tuned" | "first measurement";

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
}

export interface FirstMeasurement {
  commit: string;
  date: string;
  typed: Figures;
  untyped: Figures;
  byType: Record<string, Figures>;
}

export interface GoldSet {
  file: string;
  role: GoldSetRole;
  first?: FirstMeasurement;
}

export const GOLD_DIR = join("data", "gold");
export const GOLD_SETS_FILE = join(GOLD_DIR, "sets.json");
const ROLES: readonly GoldSetRole[] = ["tuning", "tuned", "first measurement"];

function fail(message: string): never {
  throw new Error(`${GOLD_SETS_FILE}: ${message}`);
}

function isFigures(value: unknown): value is Figures {
  if (typeof value !== "object" || value === null) return false;
  const figures = value as Record<string, unknown>;
  return ["precision", "recall", "f1"].every((key) => typeof figures[key] === "number" && (figures[key] as number) >= 0 && (figures[key] as number) <= 1);
}

function checkFirst(file: string, first: unknown): FirstMeasurement {
  const record = (typeof first === "object" && first !== null ? first : fail(`${file}: a first measurement needs "first"`)) as Record<string, unknown>;
  if (typeof record.commit !== "string" || !/^[0-9a-f]{40}$/.test(record.commit)) fail(`${file}: first.commit must be a full commit hash`);
  if (typeof record.date !== "string") fail(`${file}: first.date must be a date`);
  if (!isFigures(record.typed) || !isFigures(record.untyped)) fail(`${file}: first.typed and first.untyped need precision, recall and f1 in [0, 1]`);
  const byType = record.byType;
  if (typeof byType !== "object" || byType === null || !Object.values(byType).every(isFigures)) fail(`${file}: first.byType must map types to figures`);
  return record as unknown as FirstMeasurement;
}

/** Reads and checks data/gold/sets.json under `repoRoot`; throws a one-line error naming the file. */
export function readGoldSets(repoRoot: string): GoldSet[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(repoRoot, GOLD_SETS_FILE), "utf8"));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const sets = (parsed as { sets?: unknown }).sets;
  if (!Array.isArray(sets)) fail(`"sets" must be a list`);
  return sets.map((entry: unknown, index): GoldSet => {
    const set = (entry ?? {}) as Record<string, unknown>;
    if (typeof set.file !== "string" || !set.file.endsWith(".jsonl")) fail(`set ${index + 1}: "file" must name a .jsonl file in ${GOLD_DIR}`);
    if (!ROLES.includes(set.role as GoldSetRole)) fail(`${set.file}: role must be one of ${ROLES.join(", ")}`);
    const role = set.role as GoldSetRole;
    return role === "first measurement" ? { file: set.file, role, first: checkFirst(set.file, set.first) } : { file: set.file, role };
  });
}

/** The role line `pnpm eval` prints above a set's figures. */
export function describeRole(set: GoldSet, currentTypedF1: number): string {
  if (set.role !== "first measurement" || !set.first) return `role: ${set.role}`;
  const { commit, date, typed } = set.first;
  return `role: first measurement: typed F1 ${typed.f1.toFixed(3)} at ${commit.slice(0, 7)} (${date}); now ${currentTypedF1.toFixed(3)}`;
}
