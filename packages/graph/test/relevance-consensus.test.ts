import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { describe, expect, it } from "vitest";
import { seededRng } from "../src";
import { splitDisconnected } from "../src/partition";
import { consensusRelevance, scoreRelevance } from "../src/relevance";
import { plantedCorpus } from "./planted";

/** The planted corpus as a co-occurrence graph (weight = papers in common). */
function plantedGraph(): Graph {
  const corpus = plantedCorpus({ noise: 0.6, generic: 8 });
  const graph = new Graph({ type: "undirected" });
  const byPaper = new Map<string, string[]>();
  for (const entity of corpus.entities) {
    graph.addNode(entity.id);
    for (const paper of entity.papers) byPaper.set(paper, [...(byPaper.get(paper) ?? []), entity.id]);
  }
  for (const ids of byPaper.values()) {
    for (const [i, a] of ids.entries()) {
      for (const b of ids.slice(i + 1)) {
        if (graph.hasEdge(a, b)) graph.updateEdgeAttribute(a, b, "weight", (w) => (w as number) + 1);
        else graph.addEdge(a, b, { weight: 1 });
      }
    }
  }
  return graph;
}

describe("relevance over an ensemble of first partitions", () => {
  const graph = plantedGraph();
  const single = [42, 43, 44, 45, 46].map((seed) =>
    scoreRelevance(graph, splitDisconnected(graph, new Map(Object.entries(louvain(graph, { getEdgeWeight: "weight", rng: seededRng(seed) })))), "weight"),
  );

  // An update judges its new entities only: their scores against the whole map's partitions.
  it("consensus of some nodes: theirs alone, each the whole map's score of it", () => {
    const all = consensusRelevance(graph, 42, { partitions: 5 });
    const some = graph.nodes().filter((_node, i) => i % 7 === 3);
    const scored = consensusRelevance(graph, 42, { partitions: 5 }, some);
    expect([...scored.keys()]).toEqual(some);
    for (const node of some) expect(scored.get(node), node).toBe(all.get(node));
  });

  it("consensus: each node's relevance is the median of its divergence over the runs (a majority vote), not the mean", () => {
    const consensus = consensusRelevance(graph, 42, { partitions: 5 });
    graph.forEachNode((node) => {
      const runs = single.map((scores) => scores.get(node)!).sort((a, b) => a - b);
      expect(consensus.get(node), node).toBeCloseTo(runs[2]!, 12);
    });
  });

  it("consensus: one partition is one run's divergence", () => {
    expect(consensusRelevance(graph, 42, { partitions: 1 })).toEqual(single[0]);
  });
});
