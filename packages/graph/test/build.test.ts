import { describe, expect, it } from "vitest";
import type { Entity } from "@fieldmap/extract";
import { buildGraph, toMapDocument } from "../src";
import { entity, mention, paper, twoTopics } from "./fixtures";

describe("buildGraph", () => {
  it("makes one node per entity with the contract attributes", () => {
    const { papers, entities } = twoTopics();
    const { graph } = buildGraph(papers, entities);
    expect(graph.order).toBe(entities.length);
    const grpo = graph.getNodeAttributes("GRPO");
    expect(grpo).toMatchObject({ label: "GRPO", type: "method", count: 6, first_year: 2023, last_year: 2024 });
    for (const key of ["community", "community_label", "size", "color", "x", "y"]) expect(grpo).toHaveProperty(key);
  });

  it("hands the clustered map over once, before its layout: nodes and clusters final, positions not yet", () => {
    const { papers, entities } = twoTopics();
    const seen: Array<{ communities: Map<string, number>; placed: boolean; resolution: number; clusters: number }> = [];
    const result = buildGraph(papers, entities, {}, undefined, (map) => {
      const communities = new Map<string, number>();
      let placed = false;
      map.graph.forEachNode((node, attrs) => {
        communities.set(node, attrs.community as number);
        if (attrs.x !== 0 || attrs.y !== 0) placed = true;
      });
      seen.push({ communities, placed, resolution: map.resolution.top, clusters: map.communities.length });
    });
    expect(seen).toHaveLength(1);
    const [clustered] = seen;
    expect(clustered!.placed).toBe(false);
    result.graph.forEachNode((node, attrs) => expect(clustered!.communities.get(node)).toBe(attrs.community));
    expect(clustered!.communities.size).toBe(result.graph.order);
    expect(clustered!.resolution).toBe(result.resolution.top);
    expect(clustered!.clusters).toBe(result.communities.length);
  });

  it("weights edges by papers in common", () => {
    const { papers, entities } = twoTopics();
    const { graph } = buildGraph(papers, entities);
    expect(graph.getEdgeAttribute(graph.edge("GRPO", "PPO")!, "weight")).toBe(4);
    expect(graph.getEdgeAttribute(graph.edge("GRPO", "diffusion model")!, "weight")).toBe(1);
    expect(graph.hasEdge("PPO", "FID")).toBe(false);
  });

  it("keeps only the weight and strength of a link: the fractional count used to judge generic entities stays inside the build", () => {
    const { papers, entities } = twoTopics();
    for (const keepGeneric of [false, true]) {
      const { graph } = buildGraph(papers, entities, { keepGeneric });
      graph.forEachEdge((_edge, attrs) => expect(Object.keys(attrs).sort()).toEqual(["rank", "strength", "weight"]));
    }
  });

  it("separates planted topics into communities with meaningful labels", () => {
    const { papers, entities } = twoTopics();
    const { graph, communities, modularity } = buildGraph(papers, entities);
    expect(communities.length).toBe(2);
    expect(modularity).toBeGreaterThan(0.2);
    const c = (n: string) => graph.getNodeAttribute(n, "community");
    expect(c("GRPO")).toBe(c("PPO"));
    expect(c("GRPO")).toBe(c("GSM8K"));
    expect(c("FID")).toBe(c("COCO"));
    expect(c("GRPO")).not.toBe(c("FID"));
    const rlLabel = graph.getNodeAttribute("PPO", "community_label") as string;
    expect(rlLabel).toContain("GRPO");
    expect(rlLabel).not.toContain("FID");
  });

  it("gives byte-identical output for the same input and seed, and differs with another seed", () => {
    const { papers, entities } = twoTopics();
    const run = (seed: number) => JSON.stringify(buildGraph(papers, entities, { seed }).graph.export());
    expect(run(1)).toBe(run(1));
    expect(run(1)).not.toBe(run(2));
  });

  it("drops rare entities below minCount and caps at maxNodes by frequency", () => {
    const { papers, entities } = twoTopics();
    expect(buildGraph(papers, entities, { minCount: 5 }).graph.nodes().sort()).toEqual(
      ["COCO", "FID", "GRPO", "PPO", "Qwen2.5-7B", "diffusion model"].sort().filter((n) => n !== "COCO" && n !== "PPO"),
    );
    const capped = buildGraph(papers, entities, { maxNodes: 2 });
    expect(capped.graph.nodes().sort()).toEqual(["GRPO", "diffusion model"]);
    expect(capped.droppedEntities).toBe(entities.length - 2);
  });

  it("sizes nodes by count", () => {
    const { papers, entities } = twoTopics();
    const { graph } = buildGraph(papers, entities);
    expect(graph.getNodeAttribute("GRPO", "size")).toBeGreaterThan(graph.getNodeAttribute("PPO", "size"));
  });

  it("handles an empty corpus", () => {
    const { graph, communities } = buildGraph([], []);
    expect(graph.order).toBe(0);
    expect(communities).toEqual([]);
  });
});

describe("toMapDocument", () => {
  it("keeps papers with the sentence where each entity appears", () => {
    const papers = [paper("p1", 2024), paper("p2")];
    const entities = [
      { ...entity("GRPO", "method", ["p1", "p2"]), aliases: ["Group Relative Policy Optimization"] },
      entity("GSM8K", "dataset", ["p1"]),
    ];
    const sentence = "We train with Group Relative Policy Optimization (GRPO) on GSM8K.";
    const mentions = [
      mention("p1", "Group Relative Policy Optimization", sentence, "GRPO"),
      mention("p1", "GSM8K", sentence),
    ];
    const { graph, communities, modularity } = buildGraph(papers, entities, { minCount: 1 });
    const doc = toMapDocument({ graph, papers, entities, mentions, communities, modularity, title: "t", created: "2026-01-01" });
    const p1 = doc.papers.find((p) => p.id === "p1")!;
    expect(p1.entities).toEqual(["GRPO", "GSM8K"]);
    const ev = p1.evidence.find((e) => e.entity === "GRPO")!;
    expect(ev.sentence.slice(ev.start, ev.end)).toBe("Group Relative Policy Optimization");
    expect(doc.papers.find((p) => p.id === "p2")!.evidence).toEqual([]);
    expect(doc.graph.nodes.map((n) => n.key).sort()).toEqual(["GRPO", "GSM8K"]);
    expect(doc.fieldmap.communities.length).toBeGreaterThan(0);
  });
});

describe("community labels", () => {
  it("name a cluster by its characteristic entities, not by a hub linked everywhere", () => {
    const { papers, entities } = twoTopics();
    // "LLM" is in every paper of both topics: frequent, but says nothing about either cluster.
    const hub = entity("LLM", "method", papers.map((p) => p.id));
    const { graph } = buildGraph(papers, [...entities, hub]);
    const labels = new Set(graph.mapNodes((_, a) => a.community_label as string));
    for (const label of labels) expect(label.split(" · ")[0]).not.toBe("LLM");
  });
});

describe("evidence offsets", () => {
  const sentence = "To make this practical, we propose Fast-GRPO, which reduces the overhead of existing GRPO implementations.";
  const grpo = { ...entity("GRPO", "method", ["p1"]) };

  function evidence(mentionStart: number, abstract: string) {
    const papers = [{ ...paper("p1"), title: "A title", abstract }];
    const m = { ...mention("p1", "GRPO", sentence), start: mentionStart, end: mentionStart + 4 };
    const { graph, communities, modularity } = buildGraph(papers, [grpo], { minCount: 1 });
    const doc = toMapDocument({ graph, papers, entities: [grpo], mentions: [m], communities, modularity, title: "t", created: "2026-01-01" });
    return doc.papers[0]!.evidence[0]!;
  }

  it("evidence: highlights the mention at its own offset, not an earlier substring", () => {
    const abstract = `First sentence. ${sentence}`;
    const start = "A title\n\n".length + abstract.lastIndexOf("GRPO");
    const e = evidence(start, abstract);
    expect(e.start).toBe(sentence.lastIndexOf("GRPO"));
    expect(e.sentence.slice(e.start, e.end)).toBe("GRPO");
  });

  it("evidence: without usable offsets, picks a whole-word occurrence", () => {
    const e = evidence(0, "");
    expect(e.start).toBe(sentence.lastIndexOf("GRPO"));
  });

  // Mention offsets index the title, a blank line and the abstract: the sentence is found at
  // the last place at or before the mention in that text, wherever the same words also stand.
  function evidenceIn(title: string, abstract: string, said: string, start: number) {
    const papers = [{ ...paper("p1"), title, abstract }];
    const m = { ...mention("p1", "GRPO", said), start, end: start + 4 };
    const { graph, communities, modularity } = buildGraph(papers, [grpo], { minCount: 1 });
    const doc = toMapDocument({ graph, papers, entities: [grpo], mentions: [m], communities, modularity, title: "t", created: "2026-01-01" });
    return doc.papers[0]!.evidence[0]!;
  }
  const twice = "GRPO beats PPO, and GRPO scales.";

  it.each([
    ["in the abstract, the same sentence also the title", twice, `Intro. ${twice} Then ${twice}`, `${twice}\n\nIntro. ${twice} Then `.length + twice.lastIndexOf("GRPO")],
    ["in the abstract, the sentence twice before it", "A title", `${twice} ${twice}`, "A title\n\n".length + twice.length + 1 + twice.lastIndexOf("GRPO")],
    ["in the title, the sentence also in the abstract", twice, twice, twice.lastIndexOf("GRPO")],
  ])("evidence: %s: the mention's own place in its sentence", (_name, title, abstract, start) => {
    const e = evidenceIn(title, abstract, twice, start);
    expect(e.start).toBe(twice.lastIndexOf("GRPO"));
  });

  it("evidence: a sentence that runs from the title into the abstract is found across the blank line", () => {
    const said = "On GRPO\n\nand GRPO again.";
    const e = evidenceIn("On GRPO", "and GRPO again.", said, "On GRPO\n\nand ".length);
    expect(e.start).toBe(said.lastIndexOf("GRPO"));
  });
});

describe("evidence from assignments", () => {
  it("evidence: follows the normaliser's assignment, not a name that merely folds alike", () => {
    const papers = [paper("p1")];
    const sense = { ...entity("Guided Reward Proximal Optimization", "method", ["p1"]), aliases: ["GRPO"] };
    const grpo = entity("GRPO", "method", ["p1"]);
    const sentence = "Unlike GRPO, Guided Reward Proximal Optimization shapes rewards.";
    const mentions = [mention("p1", "GRPO", sentence), mention("p1", "Guided Reward Proximal Optimization", sentence, "GRPO")];
    const { graph, communities, modularity } = buildGraph(papers, [grpo, sense], { minCount: 1 });
    const doc = toMapDocument({
      graph, papers, entities: [grpo, sense], mentions, mentionEntities: ["GRPO", "Guided Reward Proximal Optimization"],
      communities, modularity, title: "t", created: "2026-01-01",
    });
    const ev = doc.papers[0]!.evidence.find((e) => e.entity === "Guided Reward Proximal Optimization")!;
    expect(ev.sentence.slice(ev.start, ev.end)).toBe("Guided Reward Proximal Optimization");
  });
});

describe("aliases a node shows", () => {
  const papers = ["p1", "p2", "p3"].map((id) => paper(id));
  const narrower = { ...entity("monocular depth estimation", "task", ["p1", "p2"]), aliases: ["Depth estimation", "MDE", "Monocular Depth Estimation"] };
  const aliasesOf = (entities: Entity[]) => buildGraph(papers, entities, { minCount: 1 }).graph.getNodeAttribute("monocular depth estimation", "aliases");

  it("leave out a head that is a node of its own, which the narrower task's papers shortened it to", () => {
    expect(aliasesOf([narrower, entity("depth estimation", "task", ["p2", "p3"])])).toEqual(["MDE", "Monocular Depth Estimation"]);
  });

  it("keep the head when no node of the map bears it", () => {
    expect(aliasesOf([narrower, entity("stereo matching", "task", ["p2", "p3"])])).toEqual(["Depth estimation", "MDE", "Monocular Depth Estimation"]);
  });

  // Dev corpus: "sparse and noisy rewards", "data and computational heterogeneity", "Llama 3 and 3.1".
  it.each([
    ["reward sparsity", ["sparse", "sparse rewards"], ["sparse rewards"]],
    ["non-IID", ["Data Heterogeneity", "data"], ["Data Heterogeneity"]],
    ["multimodal fusion", ["multi-modal", "multi-modal fusion"], ["multi-modal fusion"]],
    ["Llama-3.1", ["3.1", "Llama 3.1"], ["Llama 3.1"]],
  ])("leave out a lone word of a longer name of %s", (name, aliases, shown) => {
    const node = { ...entity(name, "method", ["p1", "p2"]), aliases };
    expect(buildGraph(papers, [node], { minCount: 1 }).graph.getNodeAttribute(name, "aliases")).toEqual(shown);
  });

  it("keep a lone word that is no word of the node's names: an acronym, a short name", () => {
    const node = { ...entity("reinforcement learning", "method", ["p1", "p2"]), aliases: ["RL", "Reinforcement Learning"] };
    expect(buildGraph(papers, [node], { minCount: 1 }).graph.getNodeAttribute("reinforcement learning", "aliases")).toEqual(["RL", "Reinforcement Learning"]);
    const single = { ...entity("DPO", "method", ["p1", "p2"]), aliases: ["dpo", "Direct Preference Optimization"] };
    expect(buildGraph(papers, [single], { minCount: 1 }).graph.getNodeAttribute("DPO", "aliases")).toEqual(["dpo", "Direct Preference Optimization"]);
    const acronym = { ...entity("text-to-image generation", "task", ["p1", "p2"]), aliases: ["T2I", "T2I generation", "Text-to-Image Generation"] };
    expect(buildGraph(papers, [acronym], { minCount: 1 }).graph.getNodeAttribute("text-to-image generation", "aliases")).toEqual(["T2I", "T2I generation", "Text-to-Image Generation"]);
  });
});
