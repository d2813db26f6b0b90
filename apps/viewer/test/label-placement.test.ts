import Graph from "graphology";
import type Sigma from "sigma";
import { describe, expect, it } from "vitest";
import type { CommunityInfo } from "@fieldmap/graph";
import { syncHighlight } from "../src/controllers/highlight";
import { boxesOverlap } from "../src/render/label-geometry";
import { LabelPlacement } from "../src/render/label-placement";
import { createHighlightContext, createNodeReducer } from "../src/render/reducers";
import { DEFAULT_VIEW_STATE, type ViewState } from "../src/state/state";

/**
 * The placement against a stand-in for sigma whose coordinates are the viewport's (graph x,y =
 * pixels, sizes = radii), with display data from the real node reducer: what is placed and in
 * which order, without a browser.
 */
const FONTS = { family: "sans-serif", nodeWeight: "500", nodePx: 13, communityPx: 18, subcommunityPx: 15 };
const measure = (text: string) => text.length * 7;

function fakeSigma(graph: Graph, reduce: (key: string, data: Record<string, unknown>) => Record<string, unknown>): Sigma {
  const identity = (p: { x: number; y: number }) => ({ x: p.x, y: p.y });
  return {
    getDimensions: () => ({ width: 800, height: 600 }),
    getCamera: () => ({ getState: () => ({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }) }),
    getNodeDisplayData: (key: string) => reduce(key, { ...graph.getNodeAttributes(key) }),
    framedGraphToViewport: identity,
    graphToViewport: identity,
    viewportToGraph: identity,
    scaleSize: (size: number) => size,
    getSetting: () => 13,
  } as unknown as Sigma;
}

function setup(state: Partial<ViewState> = {}) {
  const graph = new Graph({ type: "undirected" });
  // A row of big nodes too close for all their labels, and small ones far apart.
  ["alpha", "beta", "gamma", "delta"].forEach((key, i) => graph.addNode(key, { label: key, size: 12 - i, count: 10 - i, community: 0, subcommunity: 0, x: 100 + i * 30, y: 100 }));
  graph.addNode("tiny", { label: "tiny", size: 3, count: 1, community: 1, subcommunity: 1, x: 500, y: 400 });
  graph.addNode("tiny2", { label: "tiny2", size: 3, count: 1, community: 1, subcommunity: 1, x: 500, y: 500 });
  graph.addEdge("tiny", "alpha");
  const communities: CommunityInfo[] = [];
  const ctx = createHighlightContext();
  syncHighlight({ ...DEFAULT_VIEW_STATE, ...state }, null, graph, ctx);
  const reducer = createNodeReducer(ctx);
  const placement = new LabelPlacement(fakeSigma(graph, reducer), { graph, communities, highlight: ctx, fonts: FONTS, measure });
  return placement.place([], false);
}

const nodeKeys = (labels: ReturnType<typeof setup>) => labels.filter((l) => l.kind === "node").map((l) => (l.kind === "node" ? l.key : ""));

describe("label placement", () => {
  it("placement: biggest node first; a label that would overlap is left out; small nodes get none", () => {
    const labels = setup();
    expect(nodeKeys(labels)[0]).toBe("alpha");
    expect(nodeKeys(labels)).not.toContain("tiny");
    expect(nodeKeys(labels).length).toBeLessThan(4);
    const boxes = labels.map((l) => l.box);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it("placement: hovering a node places its boxed label first and labels its neighbours of any size", () => {
    const labels = setup({ hovered: "alpha" });
    expect(labels[0]).toMatchObject({ kind: "hover", key: "alpha" });
    expect(nodeKeys(labels)).toEqual(["tiny"]);
  });

  it("placement: a focused cluster's members are labelled first, whatever their size", () => {
    const labels = setup({ focus: { level: "community", id: 1 } });
    expect(nodeKeys(labels).slice(0, 2)).toEqual(["tiny", "tiny2"]);
    expect(nodeKeys(labels)).toContain("alpha");
  });
});
