// The gold sets and their roles (data/gold/sets.json, data/gold/README.md): which set is tuned on,
// which was tuned on since it was held out, and which is still at its first measurement — with
// that first figure, so `pnpm eval` can print the current figure next to the recorded one.

import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// "held out": annotated, never run; `pnpm eval --first FILE` measures it once and records the figure.
export type GoldSetRole = "tuning" | "tuned" | "first measurement" | "held out";

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
const ROLES: readonly GoldSetRole[] = ["tuning", "tuned", "first measurement", "held out"];

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
    // A tuned set keeps the figure of its first measurement, which stays the one to report.
    if (role === "first measurement" || (role === "tuned" && set.first !== undefined)) return { file: set.file, role, first: checkFirst(set.file, set.first) };
    return { file: set.file, role };
  });
}

/** The role line `pnpm eval` prints above a set's figures. */
export function describeRole(set: GoldSet, currentTypedF1: number): string {
  if (!set.first) return `role: ${set.role}`;
  const { commit, date, typed } = set.first;
  const now = set.role === "tuned" ? "now (tuned)" : "now";
  return `role: ${set.role}: first measurement typed F1 ${typed.f1.toFixed(3)} at ${commit.slice(0, 7)} (${date}); ${now} ${currentTypedF1.toFixed(3)}`;
}

/**
 * Records the first measurement of a held-out set in sets.json: its role becomes "first
 * measurement" with the figures and the commit they were measured at. Only a "held out" set
 * can be measured first, and only once.
 */
export function recordFirstMeasurement(repoRoot: string, file: string, first: FirstMeasurement): void {
  const sets = readGoldSets(repoRoot);
  const set = sets.find((s) => s.file === file);
  if (!set) fail(`${file} is not listed`);
  if (set.role !== "held out") fail(`${file} is "${set.role}": only a "held out" set gets a first measurement, once`);
  const path = join(repoRoot, GOLD_SETS_FILE);
  const parsed = JSON.parse(readFileSync(path, "utf8")) as { sets: Record<string, unknown>[] };
  const entry = parsed.sets.find((s) => s.file === file)!;
  entry.role = "first measurement";
  entry.first = first;
  writeFileSync(path, `${JSON.stringify(parsed, null, 2)}\n`);
}

/** What git prints for `args`, trimmed. */
export function git(args: string[]): string {
  return execFileSync("git", args, { encoding: "utf8" }).trim();
}

/**
 * The extractor's uncommitted changes (packages/, apps/, data/lexicon/), printed with what to do,
 * or "" when there are none: a first measurement records the commit it measured.
 */
export function uncommittedExtractor(): string {
  const dirty = git(["status", "--porcelain", "--", "packages", "apps", "data/lexicon"]);
  if (dirty !== "") console.error(`the extractor has uncommitted changes; commit them first, so the recorded commit is what was measured:\n${dirty}`);
  return dirty;
}
