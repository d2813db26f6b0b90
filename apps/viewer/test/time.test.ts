import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { MapTime } from "@fieldmap/graph";
import { meanYearColors, syncPeriod } from "../src/controllers/time";
import { timeLegendEntries } from "../src/export/time-legend";
import type { ViewerData } from "../src/data/model";
import { THEME_PALETTES } from "../src/data/palette";
import { createHighlightContext, createNodeReducer } from "../src/render/reducers";
import { formatPeriod, parsePeriod } from "../src/state/period-param";
import { DEFAULT_VIEW_STATE, update, type ViewState } from "../src/state/state";
import { paramsToState, stateToParams } from "../src/state/url";
import { colorDomain, countsInPeriods, formatDecimalYear, periodIndices, periodNodeSize, sharesPerPeriod, timeColor, UNDATED_COLOR } from "../src/time/time-scale";

const TIME: MapTime = {
  period: "month",
  periods: ["2025-05", "2025-06", "2025-07", "2025-08"],
  papers: [10, 20, 40, 0],
  undated: 0,
  entities: {
    GRPO: { counts: [0, 2, 8, 0], first: "2025-06-02", last: "2025-07-30", mean: "2025-07-10" },
    PPO: { counts: [5, 1, 0, 0], first: "2025-05-01", last: "2025-06-10", mean: "2025-05-20" },
  },
  communities: [],
  emerging: ["GRPO"],
  fading: ["PPO"],
};

function timedData(): ViewerData {
  const graph = new Graph({ type: "undirected" });
  graph.addNode("GRPO", { label: "GRPO", type: "method", count: 10, color: "#123456", size: 9, x: 0, y: 0, mean_year: 2025.52 });
  graph.addNode("PPO", { label: "PPO", type: "method", count: 6, color: "#123456", size: 7, x: 1, y: 0, mean_year: 2025.38 });
  graph.addNode("BLEU", { label: "BLEU", type: "metric", count: 1, color: "#123456", size: 3, x: 2, y: 0 });
  return { title: "t", graph, communities: [], papers: [], papersByEntity: new Map(), years: null, hasPositions: true, time: TIME };
}

function reduce(state: ViewState) {
  const data = timedData();
  const before = JSON.stringify(data.graph.export());
  const ctx = createHighlightContext();
  ctx.colorMode = state.colorMode;
  ctx.time.colors = meanYearColors(data).colors;
  syncPeriod(state, data, ctx);
  const reducer = createNodeReducer(ctx);
  const nodes = Object.fromEntries(data.graph.mapNodes((key, attrs) => [key, reducer(key, { ...attrs })]));
  expect(JSON.stringify(data.graph.export()), "time: reducers must not touch the graph").toBe(before);
  return nodes;
}

describe("time palette and scales", () => {
  it("time: the earliest and latest mean dates get different colours, the ends of the ramp", () => {
    const early = timeColor(2020, [2020, 2025]);
    const late = timeColor(2025, [2020, 2025]);
    expect(early).not.toBe(late);
    expect(timeColor(2019, [2020, 2025]), "time: clamped below").toBe(early);
    expect(timeColor(2030, [2020, 2025]), "time: clamped above").toBe(late);
    // viridis: the early end is dark (low green), the late end bright.
    const green = (hex: string) => parseInt(hex.slice(3, 5), 16);
    expect(green(late)).toBeGreaterThan(green(early) + 100);
  });

  it("time: the colour domain leaves out a few outlying dates, and undated nodes", () => {
    const years = [2023.9, ...Array.from({ length: 38 }, (_, i) => 2025.3 + i * 0.01), 2025.9, undefined, "x"];
    // 40 dates: the 5% and 95% quantiles are the 3rd and 38th.
    expect(colorDomain(years)).toEqual([expect.closeTo(2025.31, 6), expect.closeTo(2025.66, 6)]);
    expect(colorDomain([2025.5, 2025.5]), "time: one date").toEqual([2025.5, 2025.5]);
    expect(colorDomain([undefined])).toBeNull();
  });

  it.each([
    [2025.0, "month", "Jan 2025"],
    [2025.46, "month", "Jun 2025"],
    [2023.99, "quarter", "Dec 2023"],
    [2023.6, "year", "2024"],
  ] as const)("time: %s in %s periods reads %s", (year, unit, text) => {
    expect(formatDecimalYear(year, unit)).toBe(text);
  });

  it("time: a period range sums each entity's counts and leaves out the absent", () => {
    expect(periodIndices(TIME.periods, { from: "2025-06", to: "2025-07" })).toEqual([1, 2]);
    expect(periodIndices(TIME.periods, { from: "2024-01", to: "2025-07" })).toBeNull();
    expect(countsInPeriods(TIME.entities, [1, 2])).toEqual(new Map([["GRPO", 10], ["PPO", 1]]));
    expect(countsInPeriods(TIME.entities, [0, 0])).toEqual(new Map([["PPO", 5]]));
  });

  it("time: period sizes grow with the count, by area, from the smallest size", () => {
    const sizes = { minSize: 2, maxSize: 12 };
    expect(periodNodeSize(1, 9, sizes)).toBe(2);
    expect(periodNodeSize(9, 9, sizes)).toBe(12);
    expect(periodNodeSize(3, 9, sizes)).toBeCloseTo(2 + 10 * Math.sqrt(2 / 8));
  });

  it("time: shares divide by the period's papers, 0 for an empty period", () => {
    expect(sharesPerPeriod([0, 2, 8, 0], [10, 20, 40, 0])).toEqual([0, 0.1, 0.2, 0]);
  });
});

describe("time in the URL", () => {
  it.each([
    ["2025-06", { from: "2025-06", to: "2025-06" }],
    ["2025-05..2025-07", { from: "2025-05", to: "2025-07" }],
    ["2025-07..2025-05", { from: "2025-05", to: "2025-07" }],
    ["2024-Q1..2025-Q2", { from: "2024-Q1", to: "2025-Q2" }],
    ["2021", { from: "2021", to: "2021" }],
    ["june", null],
    ["2025-06..", null],
    ["2025-05..2025-06..2025-07", null],
  ])("time: period=%s", (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
    if (expected) expect(parsePeriod(formatPeriod(expected))).toEqual(expected);
  });

  it("time: colour mode and period round-trip through the URL", () => {
    const state = update(update(DEFAULT_VIEW_STATE, { type: "setColorMode", mode: "time" }), { type: "setPeriod", period: { from: "2025-05", to: "2025-07" } });
    const params = stateToParams(state, DEFAULT_VIEW_STATE);
    expect(params.get("color")).toBe("time");
    expect(params.get("period")).toBe("2025-05..2025-07");
    expect(params.get("flow"), "time: the flow panel closed writes nothing").toBeNull();
    const open = update(state, { type: "setFlowOpen", open: true });
    expect(stateToParams(open, DEFAULT_VIEW_STATE).get("flow")).toBe("1");
    expect(paramsToState(stateToParams(open, DEFAULT_VIEW_STATE), DEFAULT_VIEW_STATE).flowOpen).toBe(true);
    expect(paramsToState(new URLSearchParams(params.toString()), DEFAULT_VIEW_STATE)).toEqual(state);
  });
});

describe("time in the node reducer", () => {
  it("time: colour mode 'time' colours by mean date, undated nodes grey", () => {
    const nodes = reduce({ ...DEFAULT_VIEW_STATE, colorMode: "time" });
    expect(nodes.GRPO?.color).toBe(timeColor(2025.52, [2025.38, 2025.52]));
    expect(nodes.PPO?.color).toBe(timeColor(2025.38, [2025.38, 2025.52]));
    expect(nodes.GRPO?.color).not.toBe(nodes.PPO?.color);
    expect(nodes.BLEU?.color).toBe(UNDATED_COLOR);
    expect(reduce(DEFAULT_VIEW_STATE).GRPO?.color, "time: other modes keep the node's colour").toBe("#123456");
  });

  it("time: a period dims the entities absent from it and sizes the present by their count there", () => {
    const nodes = reduce({ ...DEFAULT_VIEW_STATE, period: { from: "2025-05", to: "2025-05" } });
    expect(nodes.GRPO).toMatchObject({ dimmed: true, label: "", color: THEME_PALETTES.light.dimmedNode });
    expect(nodes.BLEU?.dimmed).toBe(true);
    expect(nodes.PPO?.dimmed).toBeUndefined();
    const range = reduce({ ...DEFAULT_VIEW_STATE, period: { from: "2025-06", to: "2025-07" } });
    expect(range.GRPO?.dimmed).toBeUndefined();
    expect(Number(range.GRPO?.size)).toBeGreaterThan(Number(range.PPO?.size));
    expect(reduce(DEFAULT_VIEW_STATE).GRPO?.size, "time: no period keeps the map's size").toBe(9);
  });
});

describe("time in the PNG legend", () => {
  it("time: evenly spaced dates of the domain with their ramp colours, open ends, then the undated grey", () => {
    const entries = timeLegendEntries([2025.0, 2025.25, 2025.5, undefined], "month", 3);
    expect(entries).toEqual([
      { color: timeColor(2025.0, [2025.0, 2025.5]), label: "Jan 2025 or earlier" },
      { color: timeColor(2025.25, [2025.0, 2025.5]), label: "Apr 2025" },
      { color: timeColor(2025.5, [2025.0, 2025.5]), label: "Jul 2025 or later" },
      { color: UNDATED_COLOR, label: "no date" },
    ]);
    expect(timeLegendEntries([undefined], "month")).toEqual([{ color: UNDATED_COLOR, label: "no date" }]);
  });
});

