import Graph from "graphology";
import type { Attributes } from "graphology-types";
import { describe, expect, it } from "vitest";
import { syncHighlight } from "../src/controllers/highlight";
import { addRelationEdges, RELATION_COLORS } from "../src/data/relation-edges";
import type { EdgeKind } from "../src/state/state";
import { createEdgeReducer, createHighlightContext, createNodeReducer } from "../src/render/reducers";
import { DEFAULT_VIEW_STATE, type ViewState } from "../src/state/state";

/** GRPO–PPO and PPO–GSM8K co-occur; DAPO builds on GRPO (an arrow with no co-occurrence link beside it). */
function makeGraph(): Graph {
  const graph = new Graph({ type: "mixed" });
  for (const key of ["GRPO", "PPO", "GSM8K", "DAPO"]) graph.addNode(key, { label: key, type: "method", count: 3, community: 0, color: "#123456", size: 3, x: 0, y: 0 });
  graph.addUndirectedEdgeWithKey("g-p", "GRPO", "PPO", { weight: 4, rank: 0 });
  graph.addUndirectedEdgeWithKey("p-d", "PPO", "GSM8K", { weight: 2, rank: 1 });
  addRelationEdges(graph, [{ key: "b", source: "DAPO", target: "GRPO", kind: "builds-on", papers: ["p1", "p2"], evidence: [] }]);
  return graph;
}

function reduce(state: ViewState) {
  const graph = makeGraph();
  const ctx = createHighlightContext();
  syncHighlight(state, null, graph, ctx);
  const nodeReducer = createNodeReducer(ctx);
  const edgeReducer = createEdgeReducer(ctx, graph);
  const edges: Attributes[] = graph.mapEdges((key, attrs) => ({ key, ...edgeReducer(key, { ...attrs }) }));
  const drawn = edges.filter((e) => e.hidden !== true);
  const dimmed = graph.filterNodes((key, attrs) => nodeReducer(key, { ...attrs }).dimmed === true);
  return { drawn: drawn.map((e) => `${e.key}:${e.type}`).sort(), arrow: edges.find((e) => e.type === "arrow"), dimmed };
}

const withKind = (edgeKind: EdgeKind, extra: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW_STATE, edgeKind, ...extra });
const ARROW = 'relation:["DAPO","GRPO"]:arrow';

describe("reducers with relation edges", () => {
  it.each<[EdgeKind, string[]]>([
    ["cooccurrence", ["g-p:line", "p-d:line"]],
    ["relations", [ARROW]],
    ["both", ["g-p:line", "p-d:line", ARROW]],
  ])("edges=%s draws %j", (edgeKind, expected) => {
    expect(reduce(withKind(edgeKind)).drawn).toEqual(expected);
  });

  it("an arrow keeps its kind's colour", () => {
    expect(reduce(withKind("both")).arrow).toMatchObject({ type: "arrow", color: RELATION_COLORS["builds-on"] });
  });

  it("hovering a node keeps its arrows and lights the nodes they reach (only when arrows are shown)", () => {
    const shown = reduce(withKind("both", { hovered: "DAPO" }));
    expect(shown.drawn).toEqual([ARROW]);
    expect(shown.dimmed.sort()).toEqual(["GSM8K", "PPO"]);
    const lines = reduce(withKind("cooccurrence", { hovered: "DAPO" }));
    expect(lines.drawn).toEqual([]);
    expect(lines.dimmed.sort()).toEqual(["GRPO", "GSM8K", "PPO"]);
    // A focus the arrow does not touch hides it, as it hides the other nodes' lines.
    expect(reduce(withKind("both", { hovered: "PPO" })).drawn).toEqual(["g-p:line", "p-d:line"]);
  });

  it("hiding an end hides the arrow, not the other links", () => {
    const graph = makeGraph();
    graph.setNodeAttribute("DAPO", "type", "model");
    const ctx = createHighlightContext();
    syncHighlight(withKind("both", { filters: { ...DEFAULT_VIEW_STATE.filters, hiddenTypes: ["model"] } }), null, graph, ctx);
    const reducer = createEdgeReducer(ctx, graph);
    expect(graph.filterEdges((key, attrs) => reducer(key, { ...attrs }).hidden !== true)).toEqual(["g-p", "p-d"]);
  });
});
