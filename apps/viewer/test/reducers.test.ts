import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { THEME_PALETTES, TYPE_COLORS } from "../src/data/palette";
import { createEdgeReducer, createHighlightContext, createNodeReducer } from "../src/render/reducers";
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
  graph.addEdgeWithKey("g-p", "GRPO", "PPO", { weight: 4, rank: 0 });
  graph.addEdgeWithKey("g-d", "GRPO", "GSM8K", { weight: 1, rank: 2 });
  graph.addEdgeWithKey("p-b", "PPO", "BLEU", { weight: 2, rank: 1 });
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
    expect(nodes.GRPO).toMatchObject({ highlighted: true });
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

  it("links: only the strongest maxLinks are drawn, but the focused node shows all of its links", () => {
    const two = reduceAll({ ...DEFAULT_VIEW_STATE, maxLinks: 2 });
    expect(Object.keys(two.edges).filter((k) => !two.edges[k]?.hidden).sort()).toEqual(["g-p", "p-b"]);
    const one = reduceAll({ ...DEFAULT_VIEW_STATE, maxLinks: 1 });
    expect(Object.keys(one.edges).filter((k) => !one.edges[k]?.hidden)).toEqual(["g-p"]);
    const hovered = reduceAll({ ...DEFAULT_VIEW_STATE, maxLinks: 1, hovered: "GRPO" });
    expect(Object.keys(hovered.edges).filter((k) => !hovered.edges[k]?.hidden).sort()).toEqual(["g-d", "g-p"]);
  });

  it("links: an edge without a rank is not drawn when links are limited (ranks are filled on load)", () => {
    const graph = makeGraph();
    graph.removeEdgeAttribute("g-p", "rank");
    const ctx = createHighlightContext();
    syncHighlight(DEFAULT_VIEW_STATE, null, graph, ctx);
    expect(createEdgeReducer(ctx, graph)("g-p", { ...graph.getEdgeAttributes("g-p") }).hidden).toBe(true);
  });
});
