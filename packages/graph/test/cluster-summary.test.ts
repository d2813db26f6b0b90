import { describe, expect, it } from "vitest";
import type { EntityType } from "@fieldmap/extract";
import { summariseCluster, type CommunityInfo, type Evidence, type MapDocument, type MapPaper, type NodeAttributes } from "../src";

type NodeSpec = [key: string, type: EntityType, count: number, community: number, subcommunity: number];

/** Two communities: RL reasoning (sub-clusters 10 and 11) and image generation (sub-cluster 20). */
const NODES: NodeSpec[] = [
  // Not in count order, as a map's node order need not be.
  ["DPO", "method", 2, 0, 10],
  ["GRPO", "method", 6, 0, 10],
  ["PPO", "method", 4, 0, 10],
  ["GSM8K", "dataset", 5, 0, 11],
  ["MATH", "dataset", 3, 0, 11],
  ["Qwen2.5-7B", "model", 5, 0, 11],
  ["diffusion model", "method", 6, 1, 20],
  ["FID", "metric", 5, 1, 20],
  ["COCO", "dataset", 4, 1, 20],
];

function node([key, type, count, community, subcommunity]: NodeSpec): { key: string; attributes: NodeAttributes } {
  return {
    key,
    attributes: {
      label: key, type, count, community, community_label: `c${community}`, subcommunity,
      subcommunity_label: `s${subcommunity}`, size: count, color: community === 0 ? RED : BLUE, x: 0, y: 0,
    },
  };
}

function sentenceFor(entity: string): Evidence {
  const sentence = `We study ${entity} here.`;
  return { entity, sentence, start: 9, end: 9 + entity.length };
}

function mapPaper(id: string, entities: string[], time: { year?: number; date?: string }, evidence = entities): MapPaper {
  return { id, title: `Paper ${id}`, ...time, url: `https://example.org/${id}`, entities, evidence: evidence.map(sentenceFor) };
}

const RED = "#e41a1c";
const BLUE = "#377eb8";

function cluster(id: number, label: string, size: number, color: string): Omit<CommunityInfo, "subcommunities"> {
  return { id, label, color, size, top: [], x: 0, y: 0 };
}

function documentFixture(): MapDocument {
  const communities: CommunityInfo[] = [
    {
      ...cluster(0, "RL reasoning", 6, RED),
      subcommunities: [
        { ...cluster(11, "math benchmarks", 3, RED), parent: 0 },
        { ...cluster(10, "policy optimisation", 3, RED), parent: 0 },
      ],
    },
    { ...cluster(1, "image generation", 3, BLUE), subcommunities: [{ ...cluster(20, "diffusion", 3, BLUE), parent: 1 }] },
  ];
  const papers = [
    mapPaper("p1", ["GRPO", "PPO", "GSM8K"], { year: 2023 }),
    mapPaper("p2", ["GRPO", "diffusion model"], { year: 2024 }),
    // No evidence for GRPO in p3: its evidence falls to the next most-mentioned entity, Qwen2.5-7B.
    mapPaper("p3", ["DPO", "FID", "GRPO", "PPO", "Qwen2.5-7B"], { date: "2024-03-01" }, ["DPO", "FID", "PPO", "Qwen2.5-7B"]),
    mapPaper("p4", ["COCO", "FID", "GRPO", "diffusion model"], { year: 2022 }),
    // "accuracy" is a generic entity (off the map): it must not dilute the paper's share.
    mapPaper("p5", ["GSM8K", "MATH", "accuracy"], { year: 2023 }),
    mapPaper("p6", ["COCO"], {}),
  ];
  return {
    fieldmap: {
      version: 1, title: "test", created: "2025-01-01", communities,
      generic: [{ id: "accuracy", label: "accuracy", type: "metric", count: 9, relevance: 0.01 }],
    },
    graph: { nodes: NODES.map(node), edges: [] },
    papers,
  };
}

describe("summariseCluster", () => {
  it("community: label, colour, size from its members, sub-clusters largest first, no parent", () => {
    const summary = summariseCluster(documentFixture(), { level: "community", id: 0 });
    expect(summary).toMatchObject({ level: "community", id: 0, label: "RL reasoning", color: RED, size: 6 });
    expect(summary?.parent).toBeUndefined();
    expect(summary?.subclusters.map((s) => s.id)).toEqual([10, 11]);
    expect(summary?.subclusters.reduce((sum, s) => sum + s.size, 0)).toBe(summary?.size);
  });

  it("sub-cluster: names its parent, has no sub-clusters, counts only its own members", () => {
    const summary = summariseCluster(documentFixture(), { level: "subcommunity", id: 11 });
    expect(summary).toMatchObject({ label: "math benchmarks", size: 3, parent: { id: 0, label: "RL reasoning" }, subclusters: [] });
    expect(Object.keys(summary?.topByType ?? {}).sort()).toEqual(["dataset", "model"]);
  });

  it("top entities per type: most mentioned first, cut at topPerType, only types present", () => {
    const doc = documentFixture();
    const summary = summariseCluster(doc, { level: "community", id: 0 });
    expect(summary?.topByType.method?.map((e) => e.id)).toEqual(["GRPO", "PPO", "DPO"]);
    expect(summary?.topByType.method?.[0]).toEqual({ id: "GRPO", label: "GRPO", count: 6 });
    expect(summary?.topByType.metric).toBeUndefined();
    const cut = summariseCluster(doc, { level: "community", id: 0 }, { topPerType: 2 });
    expect(cut?.topByType.method?.map((e) => e.id)).toEqual(["GRPO", "PPO"]);
  });

  it("papers: those mostly in the cluster, ranked by entities in it times their share", () => {
    const summary = summariseCluster(documentFixture(), { level: "community", id: 0 });
    // p3: 4 of 5 in the cluster (3.2); p1: 3 of 3 (3); p5: 2 of 2 on-map (2); p2: 1 of 2 (0.5);
    // p4 (1 of 4) is mostly about image generation and is left out.
    expect(summary?.papers.map((p) => p.id)).toEqual(["p3", "p1", "p5", "p2"]);
    expect(summary?.papers.map((p) => p.score)).toEqual([expect.closeTo(3.2), 3, 2, 0.5]);
    expect(summary?.papers[0]).toMatchObject({ title: "Paper p3", date: "2024-03-01", year: 2024, url: "https://example.org/p3" });
    expect(summariseCluster(documentFixture(), { level: "community", id: 0 }, { papers: 2 })?.papers).toHaveLength(2);
  });

  it("a paper's evidence is the sentence of its most-mentioned cluster entity that has one", () => {
    const papers = summariseCluster(documentFixture(), { level: "community", id: 0 })?.papers ?? [];
    const byId = new Map(papers.map((p) => [p.id, p]));
    expect(byId.get("p1")?.evidence?.entity).toBe("GRPO");
    expect(byId.get("p3")?.evidence?.entity).toBe("Qwen2.5-7B");
    const evidence = byId.get("p3")?.evidence;
    expect(evidence?.sentence.slice(evidence.start, evidence.end)).toBe("Qwen2.5-7B");
  });

  it("years: papers mentioning the cluster's entities per year, the year read from the date if missing", () => {
    const summary = summariseCluster(documentFixture(), { level: "community", id: 1 });
    expect(summary?.years).toEqual({ first: 2022, last: 2024, byYear: [[2022, 1], [2024, 2]] });
    const sub = summariseCluster(documentFixture(), { level: "subcommunity", id: 11 });
    expect(sub?.years.byYear).toEqual([[2023, 2], [2024, 1]]);
  });

  it.each([
    ["unknown community", { level: "community", id: 7 }],
    ["a sub-cluster id read as a community", { level: "community", id: 10 }],
    ["unknown sub-cluster", { level: "subcommunity", id: 0 }],
  ] as const)("%s: undefined", (_name, focus) => {
    expect(summariseCluster(documentFixture(), focus)).toBeUndefined();
  });
});
