// The summary `pnpm eval` ends with: the gold sets' figures pooled by role (micro-averaged, so a
// set weighs by its entities), and the first measurements as they were taken. Two hundred sets
// printed one by one say little at a glance; the figures the README quotes are these.

import { add, empty, prf, type Counts, type GoldEvaluation } from "./eval";
import type { GoldSet, GoldSetRole } from "./gold-sets";

/** The first-measurement target of issue 13: typed F1 on each new held-out set at its first measurement. */
export const FIRST_MEASUREMENT_TARGET = 0.88;

export interface RolePool {
  role: string;
  sets: number;
  papers: number;
  counts: Counts;
  /** The task type's counts, for the entities (relations have none). */
  task?: Counts;
}

/** Adds one set's counts into the pool of its role (pools kept in the order roles first appear). */
export function poolCounts(pools: RolePool[], role: string, papers: number, counts: Counts, task?: Counts): void {
  let pool = pools.find((p) => p.role === role);
  if (!pool) pools.push((pool = { role, sets: 0, papers: 0, counts: empty() }));
  pool.sets++;
  pool.papers += papers;
  add(pool.counts, counts);
  if (task) add((pool.task ??= empty()), task);
}

/** One entity gold set's typed figures into its role's pool. */
export function poolByRole(pools: RolePool[], role: GoldSetRole, result: GoldEvaluation): void {
  poolCounts(pools, role, result.papers, result.typed, result.byType.get("task") ?? empty());
}

export interface FirstMeasurements {
  sets: number;
  mean: number;
  min: number;
  max: number;
  /** How many reached FIRST_MEASUREMENT_TARGET. */
  atTarget: number;
}

/** Every recorded first measurement's typed F1, as taken (sets tuned since keep theirs); undefined when none is recorded. */
export function firstMeasurements(sets: readonly GoldSet[]): FirstMeasurements | undefined {
  const figures = sets.flatMap((set) => (set.first ? [set.first.typed.f1] : []));
  if (figures.length === 0) return undefined;
  return {
    sets: figures.length,
    mean: figures.reduce((sum, f) => sum + f, 0) / figures.length,
    min: Math.min(...figures),
    max: Math.max(...figures),
    atTarget: figures.filter((f) => f >= FIRST_MEASUREMENT_TARGET).length,
  };
}

const ROLE_NOTES: Record<string, string> = {
  tuning: "the targets",
  tuned: "errors read: says little about unseen papers",
  "first measurement": "now; errors never read",
};

/** The summary's lines; `what` says what was counted ("typed" entities, "relations"). */
export function poolLines(pools: readonly RolePool[], first: FirstMeasurements | undefined, what = "typed"): string[] {
  const lines = [`pooled by role (micro, ${what}):`];
  for (const pool of pools) {
    const { precision, recall, f1 } = prf(pool.counts);
    const count = `${pool.sets} ${pool.sets === 1 ? "set" : "sets"}, ${pool.papers} papers`;
    const task = pool.task ? `  task R ${prf(pool.task).recall.toFixed(3)}` : "";
    const note = ROLE_NOTES[pool.role];
    lines.push(`  ${pool.role.padEnd(18)} ${count.padEnd(22)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}${task}${note ? `   (${note})` : ""}`);
  }
  if (first) {
    lines.push(
      `first measurements as taken: ${first.sets} sets, typed F1 mean ${first.mean.toFixed(3)} (${first.min.toFixed(3)}-${first.max.toFixed(3)}); ` +
        `${first.atTarget} at the target of ${FIRST_MEASUREMENT_TARGET}`,
    );
  }
  return lines;
}
