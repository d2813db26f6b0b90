import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { THEME_PALETTES, TYPE_COLORS } from "../src/data/palette";
import { createEdgeReducer, createHighlightContext, createNodeReducer, pickLandmarks } from "../src/render/reducers";
import { syncHighlight } from "../src/controllers/highlight";
import { DEFAULT_VIEW_STATE, type ViewState } from "../src/state/state";

function makeGraph(): Graph {
  const graph = new Graph({ type: "undirected" });
  const node = (key: string, type: string, count: number) =>
    graph.addNode(key, { label: key, type, count, community: 0, color: "#123456", size: 3, x: 0, y: 0 });
  node("GRPO", "method", 10);
  node("PPO", "method", 8);
  node("GSM8K", "dataset", 5);
  node("BLEU", "metric", 1);
  graph.addEdgeWithKey("g-p", "GRPO", "PPO", { weight: 4 });
  graph.addEdgeWithKey("g-d", "GRPO", "GSM8K", { weight: 1 });
  graph.addEdgeWithKey("p-b", "PPO", "BLEU", { weight: 2 });
  return graph;
}

function reduceAll(state: ViewState) {
  const graph = makeGraph();
  const before = JSON.stringify(graph.export());
  const ctx = createHighlightContext();
  syncHighlight(state, null, graph, ctx);
  const nodeReducer = createNodeReducer(ctx);
  const edgeReducer = createEdgeReducer(ctx, graph);
  const nodes = Object.fromEntries(graph.mapNodes((key, attrs) => [key, nodeReducer(key, { ...attrs })]));
  const edges = Object.fromEntries(graph.mapEdges((key, attrs) => [key, edgeReducer(key, { ...attrs })]));
  expect(JSON.stringify(graph.export()), "reducers must not touch the graph").toBe(before);
  return { nodes, edges };
}

describe("landmarks", () => {
  it("landmarks: the most-mentioned entities keep their label until something is focused", () => {
    const graph = makeGraph();
    const ctx = createHighlightContext();
    ctx.landmarks = pickLandmarks(graph, 2);
    expect([...ctx.landmarks].sort()).toEqual(["GRPO", "PPO"]);
    syncHighlight(DEFAULT_VIEW_STATE, null, graph, ctx);
    const reduce = createNodeReducer(ctx);
    expect(reduce("GRPO", { ...graph.getNodeAttributes("GRPO") }).forceLabel).toBe(true);
    expect(reduce("GSM8K", { ...graph.getNodeAttributes("GSM8K") }).forceLabel).toBeUndefined();
    syncHighlight({ ...DEFAULT_VIEW_STATE, hovered: "GSM8K" }, DEFAULT_VIEW_STATE, graph, ctx);
    expect(reduce("PPO", { ...graph.getNodeAttributes("PPO") }).forceLabel).toBeUndefined();
  });
});

describe("landmark spacing", () => {
  it("landmarks: a label that would print over a more-mentioned landmark's label is left to sigma's grid", () => {
    const graph = new Graph({ type: "undirected" });
    graph.addNode("RL", { label: "RL", count: 150, x: 0, y: 0 });
    graph.addNode("mathematical reasoning", { label: "mathematical reasoning", count: 30, x: 1, y: 0.5 });
    graph.addNode("GRPO", { label: "GRPO", count: 28, x: 2, y: 0 });
    graph.addNode("RLHF", { label: "RLHF", count: 20, x: 0, y: 300 });
    graph.addNode("far", { label: "far", count: 1, x: 600, y: 600 });
    expect([...pickLandmarks(graph, 3)]).toEqual(["RL", "RLHF", "far"]);
  });
});

describe("reducers", () => {
  it("with nothing focused, nodes keep their colours and sigma gets its program types", () => {
    const { nodes, edges } = reduceAll(DEFAULT_VIEW_STATE);
    expect(nodes.GRPO).toMatchObject({ color: "#123456", type: "circle", entityType: "method" });
    expect(Object.values(nodes).some((n) => n.dimmed || n.hidden)).toBe(false);
    expect(edges["g-p"]?.type).toBe("line");
    expect(edges["g-p"]?.hidden).toBeUndefined();
  });

  it("hover dims exactly the non-neighbours and hides edges not touching the hovered node", () => {
    const { nodes, edges } = reduceAll({ ...DEFAULT_VIEW_STATE, hovered: "GRPO" });
    expect(Object.keys(nodes).filter((k) => nodes[k]?.dimmed)).toEqual(["BLEU"]);
    expect(nodes.BLEU).toMatchObject({ color: THEME_PALETTES.light.dimmedNode, label: "" });
    expect(nodes.GRPO).toMatchObject({ highlighted: true, forceLabel: true });
    expect(edges["p-b"]?.hidden).toBe(true);
    expect(edges["g-p"]?.color).toBe(THEME_PALETTES.light.edgeFocus);
  });

  it("hover wins over selection, and a hidden node cannot be the focus", () => {
    const hovered = reduceAll({ ...DEFAULT_VIEW_STATE, selected: "BLEU", hovered: "GSM8K" });
    expect(hovered.nodes.PPO?.dimmed).toBe(true);
    const hiddenFocus = reduceAll({ ...DEFAULT_VIEW_STATE, hovered: "GSM8K", filters: { ...DEFAULT_VIEW_STATE.filters, hiddenTypes: ["dataset"] } });
    expect(hiddenFocus.nodes.GSM8K?.hidden).toBe(true);
    expect(Object.values(hiddenFocus.nodes).some((n) => n.dimmed)).toBe(false);
  });

  it("filters hide nodes, their edges and light edges; colour by type uses the type palette", () => {
    const { nodes, edges } = reduceAll({
      ...DEFAULT_VIEW_STATE,
      colorMode: "type",
      filters: { ...DEFAULT_VIEW_STATE.filters, minCount: 2, minEdgeWeight: 2 },
    });
    expect(nodes.BLEU?.hidden).toBe(true);
    expect(edges["p-b"]?.hidden).toBe(true);
    expect(edges["g-d"]?.hidden).toBe(true);
    expect(edges["g-p"]?.hidden).toBeUndefined();
    expect(nodes.GSM8K?.color).toBe(TYPE_COLORS.dataset);
  });
});
