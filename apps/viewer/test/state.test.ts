import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW_STATE, hasActiveFilters, update, type Action, type ViewState } from "../src/state/state";

const base: ViewState = DEFAULT_VIEW_STATE;

describe("view state updates", () => {
  it.each<[string, Action, (s: ViewState) => unknown, unknown]>([
    ["select sets the selection", { type: "select", node: "GRPO" }, (s) => s.selected, "GRPO"],
    ["hover sets the hovered node", { type: "hover", node: "PPO" }, (s) => s.hovered, "PPO"],
    ["colour mode switches", { type: "setColorMode", mode: "type" }, (s) => s.colorMode, "type"],
    ["edge kind switches", { type: "setEdgeKind", edgeKind: "both" }, (s) => s.edgeKind, "both"],
    ["theme switches", { type: "setTheme", theme: "dark" }, (s) => s.theme, "dark"],
    ["toggleType hides a type", { type: "toggleType", entityType: "model" }, (s) => s.filters.hiddenTypes, ["model"]],
    ["toggleCommunity hides a community", { type: "toggleCommunity", community: 3 }, (s) => s.filters.hiddenCommunities, [3]],
    ["showOnly hides all the others", { type: "showOnlyCommunity", community: 2, all: [0, 1, 2, 3] }, (s) => s.filters.hiddenCommunities, [0, 1, 3]],
    ["min count is clamped to 1", { type: "setMinCount", value: -4 }, (s) => s.filters.minCount, 1],
    ["min count is rounded", { type: "setMinCount", value: 3.6 }, (s) => s.filters.minCount, 4],
    ["min edge weight NaN falls back to 1", { type: "setMinEdgeWeight", value: Number.NaN }, (s) => s.filters.minEdgeWeight, 1],
    ["years are ordered", { type: "setYears", years: [2024, 2021] }, (s) => s.filters.years, [2021, 2024]],
    ["camera is stored", { type: "setCamera", camera: { x: 0.4, y: 0.6, ratio: 0.5 } }, (s) => s.camera, { x: 0.4, y: 0.6, ratio: 0.5 }],
  ])("%s", (_name, action, read, expected) => {
    expect(read(update(base, action))).toEqual(expected);
  });

  it("toggling a type twice shows it again", () => {
    const once = update(base, { type: "toggleType", entityType: "model" });
    expect(update(once, { type: "toggleType", entityType: "model" }).filters.hiddenTypes).toEqual([]);
  });

  it("filters combine and clearFilters undoes them all", () => {
    const actions: Action[] = [
      { type: "toggleType", entityType: "dataset" },
      { type: "toggleCommunity", community: 1 },
      { type: "setMinCount", value: 3 },
      { type: "setMinEdgeWeight", value: 2 },
      { type: "setYears", years: [2020, 2022] },
    ];
    const filtered = actions.reduce(update, { ...base, selected: "GRPO" });
    expect(filtered.filters).toEqual({ hiddenTypes: ["dataset"], hiddenCommunities: [1], minCount: 3, minEdgeWeight: 2, years: [2020, 2022] });
    expect(hasActiveFilters(filtered.filters)).toBe(true);
    const cleared = update(filtered, { type: "clearFilters" });
    expect(hasActiveFilters(cleared.filters)).toBe(false);
    expect(cleared.selected).toBe("GRPO");
  });

  it("returns the same object when nothing changes (listeners are not called)", () => {
    const selected = update(base, { type: "select", node: "GRPO" });
    expect(update(selected, { type: "select", node: "GRPO" })).toBe(selected);
    expect(update(base, { type: "hover", node: null })).toBe(base);
  });

  it("never mutates the previous state", () => {
    const frozen = Object.freeze({ ...base, filters: Object.freeze({ ...base.filters, hiddenTypes: Object.freeze([]) as unknown as string[] }) });
    expect(() => update(frozen, { type: "toggleType", entityType: "task" })).not.toThrow();
    expect(frozen.filters.hiddenTypes).toEqual([]);
  });
});
