import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { clustersOfPartitions, extendClusters, partitionsOfClusters } from "../src";

function graphOf(edges: Array<[string, string, number]>): Graph {
  const graph = new Graph({ type: "undirected" });
  for (const [source, target, weight] of edges) {
    graph.mergeNode(source);
    graph.mergeNode(target);
    graph.addUndirectedEdge(source, target, { weight });
  }
  return graph;
}

describe("the clusters relevance was judged on, kept for updates", () => {
  it("clusters by entity, and back to partitions; an entity missing from one partition is left out", () => {
    const partitions = [
      new Map([["a", 0], ["b", 1], ["c", 1]]),
      new Map([["a", 5], ["b", 5], ["c", 7]]),
      new Map([["a", 2], ["b", 3]]),
    ];
    const clusters = clustersOfPartitions(partitions);
    expect([...clusters]).toEqual([["a", [0, 5, 2]], ["b", [1, 5, 3]]]);
    expect(partitionsOfClusters(clusters)).toEqual([new Map([["a", 0], ["b", 1]]), new Map([["a", 5], ["b", 5]]), new Map([["a", 2], ["b", 3]])]);
    expect(partitionsOfClusters(new Map())).toEqual([]);
  });

  it("extended: a known entity keeps its clusters; a new one takes, in each partition, the cluster of most link weight (lowest on a tie); one linked to none is left out", () => {
    const known = new Map([["a", [0, 4]], ["b", [1, 4]], ["c", [1, 6]], ["gone", [9, 9]]]);
    const graph = graphOf([
      ["a", "b", 1],
      ["new", "a", 3],
      ["new", "b", 2],
      ["new", "c", 2],
      ["tie", "a", 1],
      ["tie", "b", 1],
      ["island", "other", 1],
    ]);
    const extended = extendClusters(graph, known, "weight");
    expect(extended.get("a")).toEqual([0, 4]);
    // Cluster 1 holds b and c (4) against a's 3; in the second partition 4 holds a and b (5) against c's 2.
    expect(extended.get("new")).toEqual([1, 4]);
    expect(extended.get("tie")).toEqual([0, 4]);
    expect(extended.has("island")).toBe(false);
    expect(extended.has("other")).toBe(false);
    expect(extended.has("gone"), "only the graph's entities").toBe(false);
  });
});
