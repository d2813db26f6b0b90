import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXTRACTION_TARGETS, evaluateGold, matchKey, prf, scoreConcepts, scorePaper } from "../eval";
import { REPO_ROOT } from "../../apps/cli/test/helpers";

describe("eval matching", () => {
  it.each([
    ["Qwen-2.5-7B", "qwen257b"], ["Chain-of-Thoughts", "chainofthought"], ["win_rate", "winrate"], ['"MATH"', "math"], ["LLMs", "llm"], ["AIRL-S", "airls"], ["ViT-S", "vits"],
  ])("matchKey: %s -> %s", (text, key) => expect(matchKey(text)).toBe(key));

  it.each([
    ["match by mention", [{ name: "RL", type: "method", aliases: ["reinforcement learning"] }], [{ name: "Reinforcement", type: "method", mentions: ["reinforcement learning"] }], { tp: 1, fp: 0, fn: 0 }, { tp: 1, fp: 0, fn: 0 }],
    ["wrong type: untyped hit, typed miss", [{ name: "MA", type: "metric" }], [{ name: "MA", type: "method", mentions: ["MA"] }], { tp: 1, fp: 0, fn: 0 }, { tp: 0, fp: 1, fn: 1 }],
    ["optional is ignored", [{ name: "post-training", type: "method", optional: true }], [{ name: "post-training", type: "method", mentions: [] }], { tp: 0, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 0 }],
    ["concept gold is ignored", [{ name: "reward hacking", type: "concept" }], [{ name: "reward hacking", type: "method", mentions: [] }], { tp: 0, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 0 }],
    ["one gold matches one system entity", [{ name: "GRPO", type: "method" }], [{ name: "GRPO", type: "method", mentions: [] }, { name: "grpo", type: "method", mentions: [] }], { tp: 1, fp: 1, fn: 0 }, { tp: 1, fp: 1, fn: 0 }],
    ["miss", [{ name: "DPO", type: "method" }], [], { tp: 0, fp: 0, fn: 1 }, { tp: 0, fp: 0, fn: 1 }],
  ])("scorePaper: %s", (_rule, gold, system, untyped, typed) => {
    const score = scorePaper(gold, system);
    expect(score.untyped).toEqual(untyped);
    expect(score.typed).toEqual(typed);
  });

  it.each([
    ["concept hit", [{ name: "reward hacking", type: "concept" }], [{ name: "reward hacking", type: "concept", mentions: [] }], { tp: 1, fp: 0, fn: 0 }],
    ["concept miss", [{ name: "catastrophic forgetting", type: "concept" }], [], { tp: 0, fp: 0, fn: 1 }],
    ["spurious concept", [], [{ name: "exploration", type: "concept", mentions: [] }], { tp: 0, fp: 1, fn: 0 }],
    ["optional concept is neutral", [{ name: "overthinking", type: "concept", optional: true }], [{ name: "overthinking", type: "concept", mentions: [] }], { tp: 0, fp: 0, fn: 0 }],
    ["a concept that is gold under another type is left to the main score", [{ name: "self-play", type: "method" }], [{ name: "self-play", type: "concept", mentions: [] }], { tp: 0, fp: 0, fn: 0 }],
    ["non-concept system entities are not concepts", [{ name: "reward hacking", type: "concept" }], [{ name: "reward hacking", type: "method", mentions: [] }], { tp: 0, fp: 0, fn: 1 }],
  ])("scoreConcepts: %s", (_rule, gold, system, counts) => {
    expect(scoreConcepts(gold, system)).toEqual(counts);
  });

  it("prf: micro precision, recall, F1", () => {
    expect(prf({ tp: 3, fp: 1, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
  });
});

describe("extraction quality on the dev gold set (the scorer of `pnpm eval`)", () => {
  it("meets the targets: typed F1 >= 0.85 and untyped precision >= 0.85, with recall well above zero", async () => {
    const result = await evaluateGold(join(REPO_ROOT, "data/gold/dev.jsonl"));
    expect(result.papers).toBeGreaterThanOrEqual(40);
    expect(prf(result.typed).f1).toBeGreaterThanOrEqual(EXTRACTION_TARGETS.typedF1);
    expect(prf(result.untyped).precision).toBeGreaterThanOrEqual(EXTRACTION_TARGETS.untypedPrecision);
    expect(prf(result.untyped).recall).toBeGreaterThan(0.5);
  });
});

describe("pnpm eval with no argument", () => {
  it("ends with every measured set pooled under its role, and the first measurements as taken", { timeout: 180_000 }, () => {
    const out = execFileSync(join(REPO_ROOT, "node_modules/.bin/tsx"), ["scripts/eval.ts"], { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
    const sets = (JSON.parse(readFileSync(join(REPO_ROOT, "data/gold/sets.json"), "utf8")) as { sets: { role: string; first?: unknown }[] }).sets;
    const summary = out.slice(out.lastIndexOf("pooled by role"));
    for (const role of ["tuning", "tuned", "first measurement"]) {
      const count = sets.filter((s) => s.role === role).length;
      expect(summary).toMatch(new RegExp(`\\n  ${role} +${count} sets?, \\d+ papers +P 0\\.\\d{3}  R 0\\.\\d{3}  F1 0\\.\\d{3}  task R`));
    }
    expect(summary).toContain(`first measurements as taken: ${sets.filter((s) => s.first).length} sets`);
  });
});
