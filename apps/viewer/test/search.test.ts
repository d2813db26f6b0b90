import { describe, expect, it } from "vitest";
import { buildSearchIndex, searchEntities } from "../src/search/search-index";

const index = buildSearchIndex([
  { key: "GRPO", label: "GRPO", aliases: ["Group Relative Policy Optimization"], count: 40, type: "method" },
  { key: "GRPO-lite", label: "GRPO-lite", aliases: [], count: 2, type: "method" },
  { key: "PPO", label: "PPO", aliases: ["Proximal Policy Optimization"], count: 55, type: "method" },
  { key: "DAPO", label: "DAPO", aliases: [], count: 9, type: "method" },
  { key: "policy gradient", label: "policy gradient", aliases: [], count: 12, type: "concept" },
  { key: "Qwen2.5", label: "Qwen2.5", aliases: ["Qwen 2.5"], count: 30, type: "model" },
  { key: "Zürich", label: "Zürich corpus", aliases: [], count: 1, type: "dataset" },
  { key: "accuracy", label: "accuracy", aliases: [], count: 80, type: "metric", generic: true },
]);

describe("search over labels and aliases", () => {
  it.each([
    ["exact label first, case-insensitive", "grpo", ["GRPO", "GRPO-lite"]],
    ["prefixes before word prefixes, then by count", "gr", ["GRPO", "GRPO-lite", "policy gradient"]],
    ["alias match finds the entity", "proximal", ["PPO"]],
    ["word prefix in an alias", "relative", ["GRPO"]],
    ["substring after word prefix", "po", ["policy gradient", "PPO", "GRPO", "DAPO", "GRPO-lite"]],
    ["accent-insensitive", "zurich", ["Zürich"]],
    ["alias with a space", "qwen 2", ["Qwen2.5"]],
    ["no match", "bert", []],
    ["blank query", "   ", []],
  ])("%s", (_name, query, keys) => {
    expect(searchEntities(index, query).map((h) => h.key)).toEqual(keys);
  });

  it("reports which alias matched", () => {
    const [hit] = searchEntities(index, "group relative");
    expect(hit?.alias).toBe("Group Relative Policy Optimization");
    expect(searchEntities(index, "grpo")[0]?.alias).toBeNull();
  });

  it("finds a generic entity (kept off the map) and marks it generic", () => {
    const [hit] = searchEntities(index, "accur");
    expect(hit).toMatchObject({ key: "accuracy", generic: true });
    expect(searchEntities(index, "grpo")[0]?.generic).toBe(false);
  });

  it("respects the limit", () => {
    expect(searchEntities(index, "o", 2)).toHaveLength(2);
  });
});
