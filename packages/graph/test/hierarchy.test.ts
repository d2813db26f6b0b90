import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../src";
import { type ResolutionRuns, chooseResolution, clusterHierarchy, representative } from "../src/hierarchy";
import { connectedComponents, splitDisconnected, type Partition } from "../src/partition";
import { mergeClusters } from "../src/merge";
import { adjustedRandIndex, pairwiseAri } from "../src/stability";
import { plantedCorpus } from "./planted";

/** Is every cluster of the partition connected within itself? */
function allConnected(graph: Graph, partition: Partition): boolean {
  const ids = new Set(partition.values());
  for (const id of ids) {
    const inside = graph.copy();
    inside.forEachNode((node) => {
      if (partition.get(node) !== id) inside.dropNode(node);
    });
    if (connectedComponents(inside).length !== 1) return false;
  }
  return true;
}

describe("cluster hierarchy on a planted corpus (8 topics of 3 sub-topics)", () => {
  const corpus = plantedCorpus();
  const built = buildGraph(corpus.papers, corpus.entities, { minCount: 2 });
  const { graph } = built;
  const top: Partition = new Map(graph.mapNodes((node, a) => [node, a.community as number] as const));
  const sub: Partition = new Map(graph.mapNodes((node, a) => [node, a.subcommunity as number] as const));

  it("finds the planted topics at the top level, 6-12 clusters that all get a palette colour", () => {
    const planted = new Map([...top.keys()].map((node) => [node, corpus.topicOf.get(node)!]));
    expect(new Set(top.values()).size).toBeGreaterThanOrEqual(6);
    expect(new Set(top.values()).size).toBeLessThanOrEqual(12);
    expect(adjustedRandIndex(top, planted)).toBeGreaterThan(0.8);
    expect(built.communities.every((c) => !/9aa0a6/i.test(c.color))).toBe(true);
  });

  it("nests sub-clusters inside top-level clusters, with map-wide unique ids and sizes that add up", () => {
    const parentOf = new Map<number, number>();
    for (const [node, s] of sub) {
      const parent = parentOf.get(s) ?? top.get(node)!;
      expect(parent).toBe(top.get(node));
      parentOf.set(s, parent);
    }
    for (const community of built.communities) {
      expect(community.subcommunities.reduce((n, s) => n + s.size, 0)).toBe(community.size);
      for (const s of community.subcommunities) expect(s.parent).toBe(community.id);
    }
    expect(new Set(sub.values()).size).toBeGreaterThan(new Set(top.values()).size);
  });

  it("keeps every cluster connected at both levels", () => {
    expect(allConnected(graph, top)).toBe(true);
    expect(allConnected(graph, sub)).toBe(true);
  });

  it("names clusters and sub-clusters and places their names at their members' mean position", () => {
    for (const community of built.communities) {
      expect(community.label).not.toBe("");
      const members = graph.filterNodes((_n, a) => a.community === community.id);
      const mean = members.reduce((s, n) => s + (graph.getNodeAttribute(n, "x") as number), 0) / members.length;
      expect(community.x).toBeCloseTo(mean, 1);
      for (const s of community.subcommunities) expect(s.label).not.toBe("");
    }
  });

  it("reports a stable choice: mean ARI over 10 seeds near 1 on clear structure", () => {
    expect(built.stability).toBeGreaterThan(0.8);
    expect(built.stability).toBeLessThanOrEqual(1);
  });

  it("honours a given resolution instead of choosing one", () => {
    const fixed = clusterHierarchy(graph, { resolution: 0.2 });
    expect(fixed.resolution.top).toBe(0.2);
    const auto = clusterHierarchy(graph);
    expect(built.resolution.top).toBe(auto.resolution.top);
  });
});

describe("connected clusters and merging", () => {
  // Two triangles with no link between them, put in one cluster.
  const graph = new Graph({ type: "undirected" });
  for (const n of ["a", "b", "c", "d", "e", "f"]) graph.addNode(n);
  for (const [s, t] of [["a", "b"], ["b", "c"], ["a", "c"], ["d", "e"], ["e", "f"], ["d", "f"]] as const) graph.addEdge(s, t, { weight: 1 });

  it("splits a cluster whose members are not linked into its connected parts", () => {
    const split = splitDisconnected(graph, new Map(graph.nodes().map((n) => [n, 0])));
    expect(split.get("a")).toBe(split.get("c"));
    expect(split.get("d")).toBe(split.get("f"));
    expect(split.get("a")).not.toBe(split.get("d"));
  });

  it("merges the smallest clusters along links until at most maxClusters remain", () => {
    graph.addEdge("c", "d", { weight: 1 });
    const singletons: Partition = new Map(graph.nodes().map((n, i) => [n, i]));
    const merged = mergeClusters(graph, singletons, { maxClusters: 2, minSize: 1, weightAttribute: "weight" });
    expect(new Set(merged.values()).size).toBe(2);
    expect(merged.get("a")).toBe(merged.get("b"));
    expect(merged.get("e")).toBe(merged.get("f"));
    expect(allConnected(graph, merged)).toBe(true);
  });
});

describe("adjustedRandIndex", () => {
  const a: Partition = new Map([["1", 0], ["2", 0], ["3", 1], ["4", 1], ["5", 2], ["6", 2]]);
  it.each([
    ["identical partitions", a, 1],
    ["the same partition under other ids", new Map([["1", 7], ["2", 7], ["3", 3], ["4", 3], ["5", 9], ["6", 9]]), 1],
  ])("ARI: %s", (_name, b, expected) => {
    expect(adjustedRandIndex(a, b as Partition)).toBeCloseTo(expected, 6);
  });
  it("is below 0.1 for a partition that cuts across", () => {
    const across: Partition = new Map([["1", 0], ["2", 1], ["3", 2], ["4", 0], ["5", 1], ["6", 2]]);
    expect(adjustedRandIndex(a, across)).toBeLessThan(0.1);
  });
});

describe("the representative top-level partition", () => {
  // One seed's partition at the chosen resolution may have a cluster fewer than the others and
  // still agree most with them: the map shows a partition whose count is in range when one is.
  const partition = (groups: string[][]): Partition => new Map(groups.flatMap((group, id) => group.map((node) => [node, id] as const)));
  const five = partition([["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"], ["i", "j", "k", "l"]]);
  const sixByHalves = partition([["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"], ["i", "j"], ["k", "l"]]);
  const sixCrossed = partition([["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"], ["i", "k"], ["j", "l"]]);
  const partitions = [five, sixByHalves, sixCrossed];
  const aris = pairwiseAri(partitions);

  it("is the medoid by adjusted Rand index when counts do not matter", () => {
    expect(representative({ partitions, aris }, { minClusters: 1, maxClusters: 12 })).toBe(five);
  });

  it("is taken among the partitions with 6-12 clusters when any has that many", () => {
    const chosen = representative({ partitions, aris }, { minClusters: 6, maxClusters: 12 });
    expect(new Set(chosen.values()).size).toBe(6);
  });

  it("falls back to the medoid when none is in range", () => {
    expect(representative({ partitions, aris }, { minClusters: 7, maxClusters: 12 })).toBe(five);
  });
});

describe("choosing the top level's resolution", () => {
  const opts = { minClusters: 6, maxClusters: 12, reproducible: 0.8 };
  const runs = (rows: [number, number, number][]): ResolutionRuns[] =>
    rows.map(([resolution, clusters, stability]) => ({ resolution, clusters, stability, partitions: [], aris: [] }));

  it("takes the finest resolution whose seeds agree, not the most stable one", () => {
    // The dev corpus under one seed: 6 clusters at ARI 0.96, 12 at 0.86.
    const chosen = chooseResolution(runs([[0.75, 5, 0.95], [1, 6, 0.96], [1.25, 7, 0.87], [2, 12, 0.86], [3, 12, 0.85]]), opts);
    expect(chosen.resolution).toBe(2);
  });

  it("passes over a finer resolution whose seeds disagree, and one out of range however stable", () => {
    expect(chooseResolution(runs([[0.5, 3, 0.99], [1, 6, 0.9], [1.5, 9, 0.84], [2.5, 12, 0.7]]), opts).resolution).toBe(1.5);
  });

  it("falls back on the most stable resolution in range when none is reproducible, then on the count nearest the range", () => {
    expect(chooseResolution(runs([[1, 6, 0.7], [2, 12, 0.75], [0.5, 3, 0.95]]), opts).resolution).toBe(2);
    expect(chooseResolution(runs([[0.5, 3, 0.95], [0.75, 4, 0.6]]), opts).resolution).toBe(0.75);
  });
});
