import type Graph from "graphology";
import { describe, expect, it } from "vitest";
import { buildGraph, NEW_ENTITY_PARTITIONS, type GraphBuildResult, type PreviousMap } from "../src";
import { plantedCorpus } from "./planted";

// An update that keeps the previous map's decisions (keep-decisions.ts): the planted corpus's map
// built without a few entities (one of them generic, spread over every topic), then updated with
// all of them, the previous map's generic list, sub-clusters and stability given.
const corpus = plantedCorpus();
const added = new Set(["t0s0e5", "t2s1e4", "t5s2e3", "generic3"]);
const before = buildGraph(corpus.papers, corpus.entities.filter((e) => !added.has(e.id)), { minCount: 2 });

function attributeOf(graph: Graph, name: string): Map<string, number> {
  return new Map(graph.mapNodes((node, a) => [node, a[name] as number] as const));
}

function previousOf(result: GraphBuildResult): PreviousMap {
  return {
    positions: new Map(result.graph.mapNodes((node, a) => [node, [a.x as number, a.y as number]] as const)),
    resolution: result.resolution.top,
    communities: attributeOf(result.graph, "community"),
    decisions: { subcommunities: attributeOf(result.graph, "subcommunity"), generic: result.generic, stability: result.stability, ...(result.judged ? { judged: result.judged } : {}) },
  };
}

const previous = previousOf(before);
const updated = buildGraph(corpus.papers, corpus.entities, { minCount: 2 }, previous);

describe("update keeping the previous map's decisions", () => {
  it("keep: every node of the previous map keeps its cluster and sub-cluster", () => {
    const kept = updated.graph.filterNodes((node) => previous.communities.has(node));
    expect(kept.length).toBe(before.graph.order);
    for (const node of kept) {
      expect(updated.graph.getNodeAttribute(node, "community"), node).toBe(previous.communities.get(node));
      expect(updated.graph.getNodeAttribute(node, "subcommunity"), node).toBe(previous.decisions!.subcommunities.get(node));
    }
    expect(updated.communities.map((c) => c.label)).toEqual(before.communities.map((c) => c.label));
  });

  it("keep: a new entity joins the cluster holding most of its link weight to the previous map's nodes", () => {
    const fresh = updated.graph.filterNodes((node) => !previous.communities.has(node));
    expect(fresh.length).toBeGreaterThan(0);
    for (const node of fresh) {
      const weight = new Map<number, number>();
      updated.graph.forEachEdge(node, (_edge, attrs, source, target) => {
        const cluster = previous.communities.get(source === node ? target : source);
        if (cluster !== undefined) weight.set(cluster, (weight.get(cluster) ?? 0) + (attrs.weight as number));
      });
      const strongest = [...weight].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
      expect(updated.graph.getNodeAttribute(node, "community"), node).toBe(strongest);
      const sub = updated.graph.getNodeAttribute(node, "subcommunity") as number;
      expect(updated.communities[strongest]!.subcommunities.map((s) => s.id), `${node}'s sub-cluster is inside its cluster`).toContain(sub);
    }
  });

  it("keep: the previous generic entities stay generic with the relevance they had; no previous node leaves the map", () => {
    expect(before.generic.length).toBeGreaterThan(0);
    const now = new Map(updated.generic.map((g) => [g.id, g.relevance]));
    for (const g of before.generic) expect(now.get(g.id), g.id).toBe(g.relevance);
    for (const node of previous.communities.keys()) expect(updated.graph.hasNode(node), node).toBe(true);
    const relevance = updated.generic.map((g) => g.relevance);
    expect(relevance, "least relevant first").toEqual([...relevance].sort((a, b) => a - b));
  });

  it("keep: a new entity is judged: one spread over every topic is generic, one of a topic is on the map", () => {
    expect(updated.generic.map((g) => g.id)).toContain("generic3");
    expect(updated.graph.hasNode("t2s1e4")).toBe(true);
  });

  it("keep: a build keeps the first partitions it judged on, for every entity it judged; an update extends them to its new entities", () => {
    const judgedBefore = [...before.graph.nodes(), ...before.generic.map((g) => g.id)];
    expect(before.judged).toBeDefined();
    for (const id of judgedBefore) expect(before.judged!.get(id), id).toHaveLength(NEW_ENTITY_PARTITIONS);
    for (const [id, clusters] of before.judged!) expect(updated.judged!.get(id), id).toEqual(clusters);
    for (const id of ["t0s0e5", "t2s1e4", "generic3"]) expect(updated.judged!.get(id), id).toHaveLength(NEW_ENTITY_PARTITIONS);
  });

  it("keep: new entities are judged on the previous map's kept partitions, not on partitions of the new map", () => {
    // Kept partitions of one cluster each: every link then spreads like the whole map's, so every
    // new entity is generic, the topical t2s1e4 too (on the map when judged on the real ones).
    const oneCluster = new Map([...before.judged!].map(([id, clusters]) => [id, clusters.map(() => 0)]));
    const result = buildGraph(corpus.papers, corpus.entities, { minCount: 2 }, { ...previous, decisions: { ...previous.decisions!, judged: oneCluster } });
    expect(result.generic.map((g) => g.id)).toEqual(expect.arrayContaining(["t0s0e5", "t2s1e4", "generic3"]));
    expect(result.graph.hasNode("t2s1e4")).toBe(false);
  });

  it("keep: a previous map without kept partitions (an older build's) judges its new entities on partitions of the new map, and keeps those", () => {
    const { judged: _, ...older } = previous.decisions!;
    const result = buildGraph(corpus.papers, corpus.entities, { minCount: 2 }, { ...previous, decisions: older });
    expect(result.generic.map((g) => g.id)).toContain("generic3");
    expect(result.graph.hasNode("t2s1e4")).toBe(true);
    for (const id of [...result.graph.nodes(), ...result.generic.map((g) => g.id)]) expect(result.judged!.get(id), id).toHaveLength(NEW_ENTITY_PARTITIONS);
  });

  it("keep: the previous stability is carried over and the resolution kept", () => {
    const decisions = { ...previous.decisions!, stability: 0.1234 };
    const result = buildGraph(corpus.papers, corpus.entities, { minCount: 2 }, { ...previous, decisions });
    expect(result.stability).toBe(0.1234);
    expect(result.resolution.top).toBe(previous.resolution);
  });

  it("keep: cluster and sub-cluster ids are made consecutive, in the previous order, when some are gone", () => {
    // Previous ids spread out (0, 2, 4, ...), as if the clusters between had lost all their nodes.
    const communities = new Map([...previous.communities].map(([node, id]) => [node, id * 2]));
    const subcommunities = new Map([...previous.decisions!.subcommunities].map(([node, id]) => [node, id * 3 + 1]));
    const result = buildGraph(corpus.papers, corpus.entities, { minCount: 2 }, { ...previous, communities, decisions: { ...previous.decisions!, subcommunities } });
    expect(result.communities.map((c) => c.id)).toEqual(before.communities.map((_, i) => i));
    const subIds = result.communities.flatMap((c) => c.subcommunities.map((s) => s.id));
    expect(subIds).toEqual(subIds.map((_, i) => i));
    for (const node of previous.communities.keys()) expect(result.graph.getNodeAttribute(node, "community")).toBe(previous.communities.get(node));
  });

  it("keep: a previous map that judged under 90% of the entities decides nothing: clustering is run again", () => {
    const few = new Map([...previous.communities].slice(0, Math.floor(previous.communities.size * 0.8)));
    const decisions = { ...previous.decisions!, generic: [], stability: -1 };
    const result = buildGraph(corpus.papers, corpus.entities, { minCount: 2 }, { ...previous, communities: few, decisions });
    expect(result.stability).not.toBe(-1);
  });

  it("keep: the same previous map and inputs give the same map", () => {
    const again = buildGraph(corpus.papers, corpus.entities, { minCount: 2 }, previousOf(before));
    expect(again.graph.export()).toEqual(updated.graph.export());
    expect(again.generic).toEqual(updated.generic);
    expect(again.communities).toEqual(updated.communities);
  });
});
