// The graph.json contract the viewer reads: co-occurrence edges marked by kind, typed relations
// in a top-level list, and the entities each paper proposes.
import { describe, expect, it } from "vitest";
import { buildGraph, toMapDocument, type MapRelation } from "../src";
import { entity, mention, paper } from "./fixtures";

function seedDocument(relations?: MapRelation[]) {
  const papers = [paper("p1", 2024), paper("p2", 2024)];
  const entities = [entity("DAPO", "method", ["p1", "p2"]), entity("GRPO", "method", ["p1", "p2"]), entity("AIME 2024", "dataset", ["p1"])];
  const sentence = "We propose DAPO, which builds on GRPO, and evaluate on AIME 2024.";
  const mentions = [
    { ...mention("p1", "DAPO", sentence), proposed: true },
    mention("p1", "GRPO", sentence),
    mention("p1", "AIME 2024", sentence),
    mention("p2", "DAPO", sentence),
    mention("p2", "GRPO", sentence),
  ];
  const { graph, communities, modularity } = buildGraph(papers, entities, { minCount: 1 });
  return toMapDocument({
    graph, papers, entities, mentions, mentionEntities: ["DAPO", "GRPO", "AIME 2024", "DAPO", "GRPO"],
    communities, modularity, title: "t", created: "2026-01-01", ...(relations ? { relations } : {}),
  });
}

const buildsOn: MapRelation = {
  key: "builds-on:DAPO->GRPO", source: "DAPO", target: "GRPO", kind: "builds-on", papers: ["p1"],
  evidence: [{ paper: "p1", sentence: "DAPO builds on GRPO.", head: [0, 4], tail: [15, 19] }],
};

describe("graph.json relations contract", () => {
  it("marks every co-occurrence edge kind: cooccurrence", () => {
    const doc = seedDocument();
    expect(doc.graph.edges.length).toBeGreaterThan(0);
    for (const edge of doc.graph.edges) expect(edge.attributes.kind).toBe("cooccurrence");
  });

  it("lists the relations top-level, apart from graph.edges", () => {
    const doc = seedDocument([buildsOn]);
    expect(doc.relations).toEqual([buildsOn]);
    expect(doc.graph.edges.every((e) => e.attributes.kind === "cooccurrence")).toBe(true);
  });

  it("writes an empty relations list when there are none, so readers need no special case", () => {
    expect(seedDocument([]).relations).toEqual([]);
  });

  it("lists the entities a paper proposes, and none for a paper that proposes nothing", () => {
    const doc = seedDocument();
    expect(doc.papers.find((p) => p.id === "p1")?.proposes).toEqual(["DAPO"]);
    expect(doc.papers.find((p) => p.id === "p2")?.proposes).toBeUndefined();
  });
});
