import { describe, expect, it } from "vitest";
import { autoMinCount, buildGraph } from "../src";
import { entity, paper } from "./fixtures";
import { furtherLayoutMove, ownCentreDistanceRatio } from "./layout-measures";
import { plantedCorpus, silhouette } from "./planted";

describe("generic entities (relevance)", () => {
  const corpus = plantedCorpus();
  const built = buildGraph(corpus.papers, corpus.entities, { minCount: 2 });

  it("takes the entities every topic uses off the map and lists them, least relevant first", () => {
    const generic = built.generic.map((g) => g.id);
    for (const id of corpus.generic) {
      expect(built.graph.hasNode(id), id).toBe(false);
      expect(generic, id).toContain(id);
    }
    const relevance = built.generic.map((g) => g.relevance);
    expect(relevance).toEqual([...relevance].sort((a, b) => a - b));
  });

  it("keeps the topics' own entities on the map", () => {
    const topical = corpus.entities.filter((e) => corpus.topicOf.has(e.id) && e.count >= 2);
    const kept = topical.filter((e) => built.graph.hasNode(e.id));
    expect(kept.length / topical.length).toBeGreaterThan(0.95);
  });

  it("keeps them all with keepGeneric", () => {
    const all = buildGraph(corpus.papers, corpus.entities, { minCount: 2, keepGeneric: true });
    expect(all.generic).toEqual([]);
    for (const id of corpus.generic) expect(all.graph.hasNode(id), id).toBe(true);
  });
});

describe("layout", () => {
  const corpus = plantedCorpus();
  const { graph } = buildGraph(corpus.papers, corpus.entities, { minCount: 2 });
  const points = graph.mapNodes((_n, a) => ({ x: a.x as number, y: a.y as number, label: a.community as number }));

  it("gives finite, spread positions", () => {
    for (const p of points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    const xs = points.map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(10);
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(points.length);
  });

  it("has converged: more ForceAtlas2 iterations with the map's settings barely move it", () => {
    expect(furtherLayoutMove(graph, "weight")).toBeLessThan(0.02);
  });

  it("sets the clusters apart on the page (silhouette >= 0.25 against the communities)", () => {
    expect(silhouette(points)).toBeGreaterThanOrEqual(0.25);
  });

  it("places nodes nearer their own community's centre than other communities' on average", () => {
    expect(ownCentreDistanceRatio(points)).toBeLessThan(0.6);
  });
});

describe("small maps", () => {
  it("keep every entity of a handful of papers, linked or not", () => {
    const papers = ["a", "b", "c"].map((id) => paper(id));
    const entities = [entity("GRPO", "method", ["a"]), entity("PPO", "method", ["a"]), entity("DPO", "method", ["b"]), entity("GSM8K", "dataset", ["c"])];
    const built = buildGraph(papers, entities, { minCount: 1 });
    expect(built.graph.order).toBe(4);
    expect(built.disconnected).toBe(0);
    expect(built.generic).toEqual([]);
  });
});

describe("links and sizes", () => {
  const corpus = plantedCorpus();
  const { graph } = buildGraph(corpus.papers, corpus.entities, { minCount: 2 });

  it("ranks links from the strongest (0), one rank each, by papers in common", () => {
    const ranked = graph.mapEdges((_e, a) => ({ rank: a.rank as number, weight: a.weight as number })).sort((a, b) => a.rank - b.rank);
    expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i));
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.weight).toBeLessThanOrEqual(ranked[i - 1]!.weight);
  });

  it.each([
    [9, 1],
    [194, 2],
    [1_000, 4],
    [7_229, 10],
    [1_000_000, 10],
  ])("min count for %i papers is %i", (papers, expected) => {
    expect(autoMinCount(papers)).toBe(expected);
  });
});
