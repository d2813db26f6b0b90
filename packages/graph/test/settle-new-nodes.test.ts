import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAP_LAYOUT_SETTINGS, forceAtlas2SettingsFor } from "../src/layout-settings";
import { seededRng } from "../src/rng";
import { MAX_FREE_PAIRS, settleFreeNodes } from "../src/settle-new-nodes";

/** Two groups of 40 pinned nodes far apart, each a clique; three new nodes linked into group A, one into B. */
function mapWithNewNodes(): { graph: Graph; fresh: string[] } {
  const graph = new Graph({ type: "undirected" });
  const rng = seededRng(3);
  for (const [group, cx] of [["a", -500], ["b", 500]] as const) {
    for (let i = 0; i < 40; i++) graph.addNode(`${group}${i}`, { x: cx + 80 * (rng() - 0.5), y: 80 * (rng() - 0.5) });
    for (let i = 0; i < 40; i++) for (let j = i + 1; j < 40; j++) if (rng() < 0.3) graph.addEdge(`${group}${i}`, `${group}${j}`, { weight: 1 + Math.floor(3 * rng()) });
  }
  const fresh = ["newA1", "newA2", "newA3", "newB"];
  for (const node of fresh) graph.addNode(node, { x: 30 * (rng() - 0.5), y: 30 * (rng() - 0.5) });
  for (const [node, group] of [["newA1", "a"], ["newA2", "a"], ["newA3", "a"], ["newB", "b"]] as const) {
    for (let i = 0; i < 6; i++) graph.addEdge(node, `${group}${i * 5}`, { weight: 2 });
  }
  graph.addEdge("newA1", "newA2", { weight: 1 });
  return { graph, fresh };
}

const positions = (graph: Graph) => new Map(graph.mapNodes((node, a) => [node, [a.x as number, a.y as number]] as const));

describe("settleFreeNodes: ForceAtlas2 moving only an update's new nodes", () => {
  // The map's settings; exact repulsion on both sides (the map is under the Barnes-Hut size).
  const settings = forceAtlas2SettingsFor(mapWithNewNodes().graph, DEFAULT_MAP_LAYOUT_SETTINGS);

  it("moves the new nodes as graphology's ForceAtlas2 with the others fixed does", () => {
    const ours = mapWithNewNodes();
    const theirs = mapWithNewNodes();
    const isFixed = (node: string) => !ours.fresh.includes(node);
    expect(settleFreeNodes(ours.graph, isFixed, 25, settings, "weight")).toBe(true);
    theirs.graph.forEachNode((node) => theirs.graph.setNodeAttribute(node, "fixed", isFixed(node)));
    forceAtlas2.assign(theirs.graph, { iterations: 25, getEdgeWeight: "weight", settings });
    const a = positions(ours.graph);
    const b = positions(theirs.graph);
    const start = positions(mapWithNewNodes().graph);
    for (const node of ours.fresh) {
      const moved = Math.hypot(b.get(node)![0] - start.get(node)![0], b.get(node)![1] - start.get(node)![1]);
      expect(moved).toBeGreaterThan(100);
      // graphology computes in 32-bit floats, this in 64-bit: the same path within a small share of the move.
      expect(Math.hypot(a.get(node)![0] - b.get(node)![0], a.get(node)![1] - b.get(node)![1])).toBeLessThan(0.01 * moved);
    }
  });

  it("never moves a fixed node, and takes each new node to the group it links to", () => {
    const { graph, fresh } = mapWithNewNodes();
    const before = positions(graph);
    settleFreeNodes(graph, (node) => !fresh.includes(node), 50, settings, "weight");
    const after = positions(graph);
    for (const [node, xy] of before) if (!fresh.includes(node)) expect(after.get(node)).toEqual(xy);
    // Started between the groups (x near 0), each new node is pulled towards its own group at x = -500 or 500.
    for (const node of ["newA1", "newA2", "newA3"]) expect(after.get(node)![0]).toBeLessThan(-100);
    expect(after.get("newB")![0]).toBeGreaterThan(100);
  });

  it("declines (nothing moved) when the free nodes are too many for exact sums", () => {
    const big = new Graph({ type: "undirected" });
    for (let i = 0; i < 1_500; i++) big.addNode(`n${i}`, { x: i, y: (i * 7) % 13 });
    expect(big.order * big.order).toBeGreaterThan(MAX_FREE_PAIRS);
    const before = positions(big);
    expect(settleFreeNodes(big, () => false, 5, settings, "weight")).toBeUndefined();
    expect(positions(big)).toEqual(before);
  });
});
