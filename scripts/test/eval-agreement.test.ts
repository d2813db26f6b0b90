import { describe, expect, it } from "vitest";
import { asSystem, scoreAgainst } from "../eval-agreement";
import type { GoldEntity } from "../eval";

const papers = (entries: [string, GoldEntity[]][]) => new Map(entries);

describe("annotator agreement, scored as the extractor is", () => {
  it("the second annotator's optional items are no output, as a system has none", () => {
    expect(asSystem([{ name: "GRPO", type: "method" }, { name: "policy optimization", type: "method", optional: true }]).map((e) => e.name)).toEqual(["GRPO"]);
  });

  it("counts a type disagreement as a miss and a false positive, and an unmatched item as either", () => {
    const first = papers([["p1", [{ name: "ECI", type: "task", aliases: ["Event Causality Identification"] }, { name: "F1", type: "metric" }, { name: "MEFA", type: "method" }]]]);
    const second = papers([["p1", [{ name: "Event Causality Identification", type: "method" }, { name: "F1", type: "metric" }, { name: "LLMs", type: "model" }]]]);
    const result = scoreAgainst(first, second);
    expect(result.typed).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(result.untyped).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it("scores only the papers both annotated, and the first's optional items excuse the second", () => {
    const first = papers([["p1", [{ name: "RL", type: "method", optional: true }]], ["p2", [{ name: "PPO", type: "method" }]]]);
    const second = papers([["p1", [{ name: "RL", type: "method" }]]]);
    const result = scoreAgainst(first, second);
    expect(result.papers).toBe(1);
    expect(result.typed).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});
