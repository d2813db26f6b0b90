import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW_STATE, type ViewState } from "../src/state/state";
import { paramsToState, stateToParams } from "../src/state/url";

const defaults = DEFAULT_VIEW_STATE;

describe("URL mirror of the view state", () => {
  it("the default state writes no parameters", () => {
    expect(stateToParams(defaults, defaults).toString()).toBe("");
  });

  it("round-trips a full state", () => {
    const state: ViewState = {
      ...defaults,
      selected: "Group Relative Policy Optimization (GRPO)",
      colorMode: "type",
      theme: "dark",
      filters: { hiddenTypes: ["dataset", "metric"], hiddenCommunities: [2, 5], minCount: 3, minEdgeWeight: 2, years: [2021, 2024] },
      camera: { x: 0.51234, y: 0.25, ratio: 0.125 },
      embed: true,
      focus: { level: "subcommunity", id: 17 },
    };
    const params = stateToParams(state, defaults);
    const back = paramsToState(new URLSearchParams(params.toString()), defaults);
    expect(back).toEqual({ ...state, camera: { x: 0.5123, y: 0.25, ratio: 0.125 } });
  });

  it.each([
    ["community", { level: "community", id: 3 }, "c3"],
    ["sub-cluster", { level: "subcommunity", id: 17 }, "s17"],
  ] as const)("writes a focused %s as cluster=%s and reads it back", (_name, focus, text) => {
    const params = stateToParams({ ...defaults, focus }, defaults);
    expect(params.get("cluster")).toBe(text);
    expect(paramsToState(params, defaults).focus).toEqual(focus);
  });

  it.each([
    ["5,000 links", 5000, "5000"],
    ["every link", Number.MAX_SAFE_INTEGER, "all"],
    ["no link", 0, "0"],
  ])("links: %s is written as links=%s and read back", (_name, maxLinks, text) => {
    const params = stateToParams({ ...defaults, maxLinks }, defaults);
    expect(params.get("links")).toBe(text);
    expect(paramsToState(params, defaults).maxLinks).toBe(maxLinks);
  });

  it.each(["", "many", "-3", "2.5"])("links: a bad value (%j) keeps the default 1,000", (text) => {
    expect(paramsToState(new URLSearchParams({ links: text }), defaults).maxLinks).toBe(defaults.maxLinks);
  });

  it.each([
    ["relations only", "relations", "relations"],
    ["both kinds", "both", "both"],
  ] as const)("edges: %s is written as edges=%s and read back", (_name, edgeKind, text) => {
    const params = stateToParams({ ...defaults, edgeKind }, defaults);
    expect(params.get("edges")).toBe(text);
    expect(paramsToState(params, defaults).edgeKind).toBe(edgeKind);
  });

  it.each(["", "arrows", "RELATIONS"])("edges: a bad value (%j) keeps co-occurrence links", (text) => {
    expect(paramsToState(new URLSearchParams({ edges: text }), defaults).edgeKind).toBe("cooccurrence");
  });

  it("keeps parameters it does not own, such as file", () => {
    const params = stateToParams({ ...defaults, selected: "PPO" }, defaults, new URLSearchParams("file=maps/a.gexf&node=old"));
    expect(params.get("file")).toBe("maps/a.gexf");
    expect(params.get("node")).toBe("PPO");
  });

  it.each([
    ["bad camera", "cam=1,2", (s: ViewState) => s.camera, null],
    ["negative zoom", "cam=0.5,0.5,-1", (s: ViewState) => s.camera, null],
    ["bad colour mode", "color=rainbow", (s: ViewState) => s.colorMode, "community"],
    ["bad min count", "min-count=abc", (s: ViewState) => s.filters.minCount, 1],
    ["zero min weight", "min-weight=0", (s: ViewState) => s.filters.minEdgeWeight, 1],
    ["bad years", "years=20-2024", (s: ViewState) => s.filters.years, null],
    ["reversed years", "years=2024-2020", (s: ViewState) => s.filters.years, [2020, 2024]],
    ["non-numeric communities are dropped", "hide-communities=1,x,3", (s: ViewState) => s.filters.hiddenCommunities, [1, 3]],
    ["empty node", "node=", (s: ViewState) => s.selected, null],
    ["unknown cluster level", "cluster=x3", (s: ViewState) => s.focus, null],
    ["cluster without an id", "cluster=c", (s: ViewState) => s.focus, null],
    ["negative cluster id", "cluster=s-2", (s: ViewState) => s.focus, null],
  ])("ignores or repairs %s", (_name, query, read, expected) => {
    expect(read(paramsToState(new URLSearchParams(query), defaults))).toEqual(expected);
  });
});
