// splitDisconnected walks arrays from a NodeIndex, and clusterLinks sums arrays from a LinkIndex,
// made once per graph for its many Louvain runs; what they return must not change: the same
// components, numbered and entered in the Map in the order of the graph walk it always made
// (later steps iterate the partition, so the order is part of the result), and the same sums,
// added in the same order, so the same floating-point figures.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { mergeClusters } from "../src/merge";
import { clusterLinks, linkIndexOf, nodeIndexOf, splitDisconnected, type Partition } from "../src/partition";
import { seededRng } from "../src/rng";

/** The walk over the graph itself, as it was written before the index. */
function splitOverGraph(graph: Graph, partition: Partition): Partition {
  const result: Partition = new Map();
  let next = 0;
  for (const start of graph.nodes()) {
    if (result.has(start) || !partition.has(start)) continue;
    const cluster = partition.get(start);
    const id = next++;
    const stack = [start];
    result.set(start, id);
    while (stack.length > 0) {
      graph.forEachNeighbor(stack.pop()!, (neighbour) => {
        if (!result.has(neighbour) && partition.get(neighbour) === cluster) {
          result.set(neighbour, id);
          stack.push(neighbour);
        }
      });
    }
  }
  return result;
}

/** A sparse random graph whose nodes were added in a shuffled order, and a random partition of most of them. */
function randomCase(seed: number): { graph: Graph; partition: Partition } {
  const rng = seededRng(seed);
  const graph = new Graph({ type: "undirected" });
  const order = 20 + Math.floor(rng() * 60);
  const names = Array.from({ length: order }, (_, i) => `n${i}`);
  for (let i = order - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [names[i], names[j]] = [names[j]!, names[i]!];
  }
  for (const name of names) graph.addNode(name);
  for (let e = 0; e < order * 1.5; e++) {
    const a = names[Math.floor(rng() * order)]!;
    const b = names[Math.floor(rng() * order)]!;
    // Weights with long fractions, so a sum in another order would differ in its last bits.
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b, { weight: rng() * 3, other: 1 + rng() });
  }
  const partition: Partition = new Map();
  for (const name of [...names].reverse()) if (rng() < 0.9) partition.set(name, Math.floor(rng() * 4) * 7);
  return { graph, partition };
}

describe("splitDisconnected", () => {
  it("gives the graph walk's partition, entry for entry and in its order, with or without a shared index", () => {
    let split = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const { graph, partition } = randomCase(seed);
      const expected = [...splitOverGraph(graph, partition)];
      expect([...splitDisconnected(graph, partition)], `seed ${seed}`).toEqual(expected);
      expect([...splitDisconnected(graph, partition, nodeIndexOf(graph))], `seed ${seed}, index`).toEqual(expected);
      if (new Set(expected.map(([, id]) => id)).size > new Set(partition.values()).size) split++;
    }
    expect(split, "most cases have a cluster in several pieces").toBeGreaterThan(30);
  });

  it("one index serves many partitions of one graph", () => {
    const { graph } = randomCase(7);
    const index = nodeIndexOf(graph);
    for (let seed = 1; seed <= 10; seed++) {
      const { partition } = randomCase(7 + 100 * seed);
      const own = new Map([...partition].filter(([node]) => graph.hasNode(node)));
      expect([...splitDisconnected(graph, own, index)]).toEqual([...splitOverGraph(graph, own)]);
    }
  });
});

describe("clusterLinks", () => {
  it("sums the same links in the same order, with or without the graph's LinkIndex, and merging gives the same clusters", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { graph, partition } = randomCase(seed);
      const index = linkIndexOf(graph, "weight");
      const entries = (links: ReturnType<typeof clusterLinks>) => JSON.stringify([[...links.between].map(([a, row]) => [a, [...row]]), [...links.degree], [...links.internal], links.total]);
      expect(entries(clusterLinks(graph, partition, "weight", index)), `seed ${seed}`).toBe(entries(clusterLinks(graph, partition, "weight")));
      // An index of another attribute is not used for this one.
      expect(entries(clusterLinks(graph, partition, "other", index)), `seed ${seed}, other`).toBe(entries(clusterLinks(graph, partition, "other")));
      const options = { maxClusters: 3, minSize: 4, weightAttribute: "weight" };
      expect([...mergeClusters(graph, partition, options, index)], `seed ${seed}, merged`).toEqual([...mergeClusters(graph, partition, options)]);
    }
  });
});
