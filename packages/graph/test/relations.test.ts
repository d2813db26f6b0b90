import type { NamedRelation, RelationType } from "@fieldmap/extract";
import { describe, expect, it } from "vitest";
import { aggregateRelations, countRelationsByKind, type PaperRelations } from "../src";

/** A relation one paper states, its evidence naming both sides in one sentence. */
function stated(head: string, relation: RelationType, tail: string, sentence = `${head} ${relation} ${tail}.`): NamedRelation {
  const h = sentence.indexOf(head);
  const t = sentence.indexOf(tail);
  return { head, relation, tail, evidence: { sentence, head: [h, h + head.length], tail: [t, t + tail.length] } };
}

const keepAll = () => true;

describe("aggregateRelations", () => {
  it("counts: one item per (head, relation, tail) with the papers that state it, in paper order", () => {
    const perPaper: PaperRelations[] = [
      { paper: "p2", relations: [stated("DAPO", "builds-on", "GRPO"), stated("DAPO", "evaluated-on", "AIME 2024")] },
      { paper: "p1", relations: [stated("DAPO", "builds-on", "GRPO")] },
      { paper: "p3", relations: [stated("Dr. GRPO", "builds-on", "GRPO"), stated("DAPO", "builds-on", "GRPO")] },
    ];
    const { relations } = aggregateRelations(perPaper, keepAll);
    const buildsOn = relations.find((r) => r.key === "builds-on:DAPO->GRPO");
    expect(buildsOn).toMatchObject({ source: "DAPO", target: "GRPO", kind: "builds-on", papers: ["p2", "p1", "p3"] });
    expect(buildsOn?.evidence.map((e) => e.paper)).toEqual(["p2", "p1", "p3"]);
    expect(relations).toHaveLength(3);
  });

  it("keeps the evidence sentence and both offsets, so slicing the sentence gives each side", () => {
    const { relations } = aggregateRelations([{ paper: "p1", relations: [stated("Qwen2.5-7B", "trained-with", "GRPO", "We train Qwen2.5-7B with GRPO.")] }], keepAll);
    const [evidence] = relations[0]?.evidence ?? [];
    expect(evidence?.sentence.slice(...(evidence?.head ?? [0, 0]))).toBe("Qwen2.5-7B");
    expect(evidence?.sentence.slice(...(evidence?.tail ?? [0, 0]))).toBe("GRPO");
  });

  it("caps the evidence at five sentences, the first papers' (every paper still counted)", () => {
    const perPaper = Array.from({ length: 8 }, (_, i) => ({ paper: `p${i}`, relations: [stated("X", "outperforms", "PPO", `X beats PPO in study ${i}.`)] }));
    const [only] = aggregateRelations(perPaper, keepAll).relations;
    expect(only?.papers).toHaveLength(8);
    expect(only?.evidence.map((e) => e.paper)).toEqual(["p0", "p1", "p2", "p3", "p4"]);
    expect(aggregateRelations(perPaper, keepAll, { maxEvidence: 2 }).relations[0]?.evidence).toHaveLength(2);
  });

  it("counts a paper once for a relation it states twice", () => {
    const { relations } = aggregateRelations([{ paper: "p1", relations: [stated("A", "builds-on", "B"), stated("A", "builds-on", "B", "A extends B.")] }], keepAll);
    expect(relations[0]?.papers).toEqual(["p1"]);
    expect(relations[0]?.evidence).toHaveLength(1);
  });

  it("orders by papers (most first), then key", () => {
    const perPaper: PaperRelations[] = [
      { paper: "p1", relations: [stated("B", "builds-on", "A"), stated("Z", "outperforms", "PPO"), stated("A", "builds-on", "B")] },
      { paper: "p2", relations: [stated("Z", "outperforms", "PPO")] },
    ];
    expect(aggregateRelations(perPaper, keepAll).relations.map((r) => r.key)).toEqual([
      "outperforms:Z->PPO",
      "builds-on:A->B",
      "builds-on:B->A",
    ]);
  });

  it("keeps relations whose ends are kept off the map (generic), drops and counts those to entities not kept at all", () => {
    const kept = new Set(["GRPO", "DAPO", "LLM"]);
    const perPaper: PaperRelations[] = [
      { paper: "p1", relations: [stated("DAPO", "builds-on", "GRPO"), stated("LLM", "trained-with", "GRPO"), stated("RareMethod", "builds-on", "GRPO")] },
      { paper: "p2", relations: [stated("RareMethod", "builds-on", "GRPO"), stated("DAPO", "outperforms", "rare-baseline")] },
    ];
    const result = aggregateRelations(perPaper, (id) => kept.has(id));
    expect(result.relations.map((r) => r.key).sort()).toEqual(["builds-on:DAPO->GRPO", "trained-with:LLM->GRPO"]);
    // Two distinct relations lost (one stated by two papers): counted once each.
    expect(result.dropped).toBe(2);
  });

  it("counts items by kind, every kind present", () => {
    const { relations } = aggregateRelations(
      [{ paper: "p1", relations: [stated("A", "builds-on", "B"), stated("C", "builds-on", "B"), stated("A", "evaluated-on", "D")] }],
      keepAll,
    );
    expect(countRelationsByKind(relations)).toEqual({
      "evaluated-on": 1, "trained-with": 0, "builds-on": 2, outperforms: 0, addresses: 0, "measured-by": 0,
    });
  });
});
