import { describe, expect, it } from "vitest";
import type { TrendInput } from "@fieldmap/trends";
import { packTrendInput, unpackTrendInput } from "../src/trends-worker/packed-input";

// The time analysis's input crosses to its thread packed (entity ids as indices); unpacked on the
// other side it must be the input that was packed: the same papers, each with the same entity
// list in the same order, a date and a year only where the paper had them, keys in the same order.
const input: TrendInput = {
  fieldmap: { communities: [{ id: 0, label: "a", size: 2 }] as unknown as TrendInput["fieldmap"]["communities"] },
  graph: {
    nodes: [
      { key: "method:grpo", attributes: { label: "GRPO", type: "method", community: 0 } },
      { key: "dataset:gsm8k", attributes: { label: "GSM8K", type: "dataset", community: 0 } },
    ],
  },
  papers: [
    { id: "p1", entities: ["method:grpo", "dataset:gsm8k"], date: "2025-05-01", year: 2025 },
    { id: "p2", entities: [] },
    { id: "p3", entities: ["dataset:gsm8k", "method:grpo", "generic:llm"], year: 2024 },
    { id: "p4", entities: ["dataset:gsm8k"], date: "2025-06" },
  ],
};

describe("the time analysis's input packed for its thread", () => {
  it("unpacks, after a structured clone, to the input that was packed, keys in the same order", () => {
    const unpacked = unpackTrendInput(structuredClone(packTrendInput(input)));
    expect(unpacked).toEqual(input);
    expect(unpacked.papers.map((paper) => Object.keys(paper))).toEqual(input.papers.map((paper) => Object.keys(paper)));
  });

  it("sends each distinct entity id once, the papers' lists as indices", () => {
    const packed = packTrendInput(input);
    expect(packed.papers.entityIds).toEqual(["method:grpo", "dataset:gsm8k", "generic:llm"]);
    expect([...packed.papers.entities]).toEqual([0, 1, 1, 0, 2, 1]);
    expect([...packed.papers.offsets]).toEqual([0, 2, 2, 5, 6]);
  });
});
