import { describe, expect, it } from "vitest";
import { empty, type Counts, type GoldEvaluation } from "../eval";
import { FIRST_MEASUREMENT_TARGET, firstMeasurements, poolByRole, poolLines, type RolePool } from "../eval-pool";
import type { GoldSet } from "../gold-sets";

function evaluation(papers: number, typed: Counts, task: Counts): GoldEvaluation {
  return { papers, seconds: 0, untyped: typed, typed, byType: new Map([["task", task]]), concepts: empty() };
}

const figures = (f1: number) => ({ precision: f1, recall: f1, f1 });
function measured(file: string, role: GoldSet["role"], f1: number): GoldSet {
  return { file, role, first: { commit: "0".repeat(40), date: "2026-12-07", typed: figures(f1), untyped: figures(f1), byType: {} } };
}

describe("pnpm eval's summary by role", () => {
  it("pools sets of one role by their counts, not by averaging their F1", () => {
    const pools: RolePool[] = [];
    // A small perfect set and a large poor one: a mean of F1s would say 0.75, the pool says what the entities say.
    poolByRole(pools, "first measurement", evaluation(2, { tp: 2, fp: 0, fn: 0 }, { tp: 1, fp: 0, fn: 0 }));
    poolByRole(pools, "first measurement", evaluation(30, { tp: 10, fp: 10, fn: 10 }, { tp: 1, fp: 0, fn: 3 }));
    poolByRole(pools, "tuned", evaluation(15, { tp: 9, fp: 1, fn: 0 }, empty()));
    expect(pools.map((p) => [p.role, p.sets, p.papers, p.counts])).toEqual([
      ["first measurement", 2, 32, { tp: 12, fp: 10, fn: 10 }],
      ["tuned", 1, 15, { tp: 9, fp: 1, fn: 0 }],
    ]);
    const lines = poolLines(pools, undefined);
    expect(lines[1]).toMatch(/^ {2}first measurement +2 sets, 32 papers +P 0\.545 +R 0\.545 +F1 0\.545 +task R 0\.400 +\(now; errors never read\)$/);
    expect(lines[2]).toMatch(/^ {2}tuned +1 set, 15 papers +P 0\.900 +R 1\.000 +F1 0\.947/);
  });

  it("counts the first measurements as taken, those of sets tuned since included, and how many reached the target", () => {
    const sets: GoldSet[] = [{ file: "dev.jsonl", role: "tuning" }, measured("a.jsonl", "tuned", 0.9), measured("b.jsonl", "first measurement", 0.6), { file: "c.jsonl", role: "held out" }, measured("d.jsonl", "first measurement", FIRST_MEASUREMENT_TARGET)];
    expect(firstMeasurements(sets)).toEqual({ sets: 3, mean: (0.9 + 0.6 + 0.88) / 3, min: 0.6, max: 0.9, atTarget: 2 });
    expect(poolLines([], firstMeasurements(sets)).at(-1)).toBe("first measurements as taken: 3 sets, typed F1 mean 0.793 (0.600-0.900); 2 at the target of 0.88");
    expect(firstMeasurements([{ file: "dev.jsonl", role: "tuning" }])).toBeUndefined();
  });
});
