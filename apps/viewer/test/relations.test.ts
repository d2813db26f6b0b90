import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { fromPlainGraph } from "../src/data/model";
import { parseMapText } from "../src/data/parse";
import { visibleSubgraph } from "../src/export/subgraph";
import { describeGroup, evidenceSegments, indexRelations, relationGroups } from "../src/data/relation-groups";
import { cooccurrenceLinkCount, isRelationEdge, layoutWeightWithoutRelations, linkedNodes, RELATION_COLORS } from "../src/data/relation-edges";
import { parseRelations, type MapRelation, type RelationKind } from "../src/data/relations";

function relation(source: string, kind: RelationKind, target: string, papers: string[]): MapRelation {
  return { key: `${kind}:${source}->${target}`, source, target, kind, papers, evidence: [] };
}

const GOOD = { key: "builds-on:DAPO->GRPO", source: "DAPO", target: "GRPO", kind: "builds-on", papers: ["p1"], evidence: [{ paper: "p1", sentence: "DAPO builds on GRPO.", head: [0, 4], tail: [15, 19] }] };

describe("relations: parse validation", () => {
  it("keeps a valid relation as it is", () => {
    expect(parseRelations([GOOD])).toEqual({ relations: [GOOD], skipped: 0 });
  });

  it.each<[string, unknown]>([
    ["not an object", "builds-on"],
    ["null item", null],
    ["unknown kind", { ...GOOD, kind: "likes" }],
    ["kind not a string", { ...GOOD, kind: 3 }],
    ["no source", { ...GOOD, source: undefined }],
    ["empty target", { ...GOOD, target: "" }],
    ["source is an object", { ...GOOD, source: { toString: "x" } }],
    ["a self loop", { ...GOOD, target: "DAPO" }],
  ])("skip: %s", (_name, item) => {
    // Its own key, so that it is not skipped as a repeat of GOOD.
    const own = typeof item === "object" && item !== null ? { ...item, key: "another" } : item;
    expect(parseRelations([GOOD, own])).toEqual({ relations: [GOOD], skipped: 1 });
  });

  it("skips a repeated key", () => {
    expect(parseRelations([GOOD, { ...GOOD, papers: ["p2"] }]).skipped).toBe(1);
  });

  it.each<[string, unknown, number]>([
    ["absent", undefined, 0],
    ["null", null, 0],
    ["an object", { a: 1 }, 1],
    ["a string", "relations", 1],
  ])("a relations field that is %s gives none", (_name, value, skipped) => {
    expect(parseRelations(value)).toEqual({ relations: [], skipped });
  });

  it.each<[string, unknown, [number, number] | null]>([
    ["valid", [0, 4], [0, 4]],
    ["past the end", [15, 99], null],
    ["reversed", [4, 0], null],
    ["empty", [3, 3], null],
    ["negative", [-1, 4], null],
    ["fractional", [0.5, 4], null],
    ["strings", ["0", "4"], null],
    ["three numbers", [0, 4, 5], null],
  ])("evidence offsets %s: head span %j", (_name, head, expected) => {
    const [parsed] = parseRelations([{ ...GOOD, evidence: [{ ...GOOD.evidence[0], head }] }]).relations;
    expect(parsed?.evidence[0]?.head).toEqual(expected);
    expect(parsed?.evidence[0]?.sentence).toBe("DAPO builds on GRPO.");
  });

  it("drops evidence without a paper or sentence, keeps at most five, and counts evidence papers", () => {
    const evidence = [{ sentence: "no paper" }, { paper: "p1", sentence: 7 }, ...["a", "b", "c", "d", "e", "f"].map((p) => ({ paper: p, sentence: `said in ${p}` }))];
    const [parsed] = parseRelations([{ ...GOOD, papers: ["p1", 5, "p1"], evidence }]).relations;
    expect(parsed?.evidence.map((e) => e.paper)).toEqual(["a", "b", "c", "d", "e"]);
    expect(parsed?.papers).toEqual(["p1", "a", "b", "c", "d", "e"]);
  });

  it("fuzz: arbitrary JSON never throws, and whatever it keeps is well-formed", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const atoms: unknown[] = [null, 0, -1, 1.5, "", "x", "GRPO", "builds-on", true, [], {}, [0, 1], [1, 0], 1e308];
    const value = (depth: number): unknown => {
      const r = random();
      if (depth > 3 || r < 0.4) return atoms[Math.floor(random() * atoms.length)];
      if (r < 0.55) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      const fields = ["key", "source", "target", "kind", "papers", "evidence", "paper", "sentence", "head", "tail"];
      return Object.fromEntries(fields.filter(() => random() < 0.6).map((f) => [f, f === "kind" && random() < 0.5 ? "outperforms" : value(depth + 1)]));
    };
    for (let i = 0; i < 500; i++) {
      const { relations } = parseRelations(Array.from({ length: 3 }, () => value(0)));
      for (const r of relations) {
        expect(typeof r.source === "string" && typeof r.target === "string" && r.source !== r.target).toBe(true);
        for (const e of r.evidence) if (e.head) expect(e.head[1]).toBeLessThanOrEqual(e.sentence.length);
      }
    }
  });
});

describe("relations: grouping and phrasing", () => {
  const relations = [
    relation("GRPO", "evaluated-on", "MATH-500", ["a", "b", "c"]),
    relation("GRPO", "evaluated-on", "AIME 2024", ["a", "d"]),
    relation("DAPO", "builds-on", "GRPO", ["e"]),
    relation("Dr. GRPO", "builds-on", "GRPO", ["f", "g"]),
    relation("Qwen2.5-7B", "trained-with", "GRPO", ["h"]),
    relation("GRPO", "outperforms", "PPO", ["i"]),
    relation("DAPO", "outperforms", "GRPO", ["j"]),
    relation("PPO", "evaluated-on", "MATH-500", ["k"]),
  ];
  const mine = indexRelations(relations).get("GRPO") ?? [];

  it("indexes each relation under both of its ends", () => {
    expect(mine).toHaveLength(7);
    expect(indexRelations(relations).get("MATH-500")).toHaveLength(2);
  });

  it("phrases each group from the entity's side, both directions, most papers first", () => {
    expect(relationGroups("GRPO", mine).map((g) => describeGroup(g))).toEqual([
      "evaluated on: MATH-500 (3 papers), AIME 2024 (2)",
      "used to train: Qwen2.5-7B (1 paper)",
      "built on by: Dr. GRPO (2 papers), DAPO (1)",
      "outperforms: PPO (1 paper)",
      "outperformed by: DAPO (1 paper)",
    ]);
  });

  it.each<[RelationKind, string, string]>([
    ["evaluated-on", "evaluated on", "evaluates"],
    ["trained-with", "trained with", "used to train"],
    ["builds-on", "builds on", "built on by"],
    ["outperforms", "outperforms", "outperformed by"],
    ["addresses", "addresses", "addressed by"],
    ["measured-by", "measured by", "measures"],
  ])("%s reads '%s' from its head and '%s' from its tail", (kind, out, incoming) => {
    const r = [relation("A", kind, "B", ["p"])];
    expect(relationGroups("A", r)[0]?.phrase).toBe(out);
    expect(relationGroups("B", r)[0]?.phrase).toBe(incoming);
  });

  it("orders ties by the other end's label", () => {
    const r = [relation("X", "addresses", "b-task", ["p"]), relation("X", "addresses", "a-task", ["q"])];
    expect(relationGroups("X", r, (id) => id.toUpperCase())[0]?.items.map((i) => i.other)).toEqual(["a-task", "b-task"]);
  });
});

describe("relations: evidence sentences", () => {
  const S = "DAPO builds on GRPO.";
  const show = (head: [number, number] | null, tail: [number, number] | null) => evidenceSegments(S, head, tail).map((s) => (s.role ? `[${s.role}:${s.text}]` : s.text)).join("");
  it.each<[string, [number, number] | null, [number, number] | null, string]>([
    ["head before tail", [0, 4], [15, 19], "[head:DAPO] builds on [tail:GRPO]."],
    ["tail before head (passive voice)", [15, 19], [0, 4], "[tail:DAPO] builds on [head:GRPO]."],
    ["no tail span", [0, 4], null, "[head:DAPO] builds on GRPO."],
    ["no spans", null, null, S],
    ["overlapping spans: the head wins", [0, 10], [5, 19], "[head:DAPO build]s on GRPO."],
    ["spans at both ends of the text", [0, 4], [15, 20], "[head:DAPO] builds on [tail:GRPO.]"],
  ])("%s", (_name, head, tail, expected) => {
    expect(show(head, tail)).toBe(expected);
  });
});

describe("relations: graph.json to the viewer's graph", () => {
  const doc = (relations: unknown) =>
    JSON.stringify({
      fieldmap: { version: 1, title: "t", communities: [], generic: [{ id: "GRPO", label: "GRPO", type: "method", count: 9 }] },
      graph: {
        options: { type: "undirected", multi: false, allowSelfLoops: false },
        nodes: ["DAPO", "PPO", "MATH-500"].map((key, i) => ({ key, attributes: { label: key, type: "method", count: 3, x: i, y: i, community: 0 } })),
        edges: [{ source: "DAPO", target: "PPO", attributes: { weight: 2, rank: 0, kind: "cooccurrence" } }, { source: "PPO", target: "MATH-500", attributes: { weight: 1, rank: 1 } }],
      },
      papers: [],
      relations,
    });

  it("adds one arrow per ordered pair of map nodes, coloured by the kind most papers state; generic ends are listed, not drawn", () => {
    const data = parseMapText(
      doc([
        relation("DAPO", "builds-on", "PPO", ["a"]),
        relation("DAPO", "outperforms", "PPO", ["a", "b"]),
        relation("PPO", "evaluated-on", "MATH-500", ["c"]),
        relation("DAPO", "evaluated-on", "MATH-500", ["c"]),
        relation("DAPO", "builds-on", "GRPO", ["d"]),
        { source: "PPO", kind: "nonsense", target: "DAPO" },
      ]),
      "graph.json",
    );
    const { graph } = data;
    expect(data.relations).toHaveLength(5);
    const arrows = graph.filterEdges((_e, a) => isRelationEdge(a));
    expect(arrows.map((e) => [graph.source(e), graph.target(e), graph.isDirected(e), graph.getEdgeAttribute(e, "color")])).toEqual([
      ["DAPO", "PPO", true, RELATION_COLORS.outperforms],
      ["PPO", "MATH-500", true, RELATION_COLORS["evaluated-on"]],
      ["DAPO", "MATH-500", true, RELATION_COLORS["evaluated-on"]],
    ]);
    expect(cooccurrenceLinkCount(graph)).toBe(2);
    expect(graph.filterEdges((_e, a) => !isRelationEdge(a)).every((e) => graph.isUndirected(e))).toBe(true);
    // DAPO and MATH-500 share a relation but no co-occurrence link: hovering highlights what is drawn.
    expect([...linkedNodes(graph, "MATH-500", "cooccurrence")]).toEqual(["PPO"]);
    expect([...linkedNodes(graph, "MATH-500", "relations")].sort()).toEqual(["DAPO", "PPO"]);
  });

  it("the visible-subgraph GEXF export keeps the co-occurrence map as the file typed it, without arrows", () => {
    const data = parseMapText(doc([relation("PPO", "evaluated-on", "MATH-500", ["c"]), relation("DAPO", "evaluated-on", "MATH-500", ["c"])]), "graph.json");
    expect(data.graph.type).toBe("mixed");
    const sub = visibleSubgraph(data.graph, new Set(), 1);
    expect(sub.type).toBe("undirected");
    expect(sub.mapEdges((_e, _a, s, t) => `${s}-${t}`).sort()).toEqual(["DAPO-PPO", "PPO-MATH-500"]);
  });

  it.each<[string, Record<string, unknown>, number]>([
    ["a relation arrow has no pull", { relation: true, strength: 3 }, 0],
    ["a link pulls by its layout attribute", { strength: 2.5, weight: 4 }, 2.5],
    ["a link without it pulls by 1", { weight: 4 }, 1],
  ])("layout weight: %s", (_name, attrs, expected) => {
    expect(layoutWeightWithoutRelations("strength")("e", attrs)).toBe(expected);
  });

  it("a GEXF or GraphML graph's directed edges of a relation kind become arrows, keeping the links' ranks", () => {
    const graph = new Graph({ type: "mixed" });
    for (const key of ["DAPO", "PPO", "MATH-500"]) graph.addNode(key, { label: key, x: 0, y: 0 });
    graph.addUndirectedEdgeWithKey("l1", "DAPO", "PPO", { weight: 1, rank: 0, kind: "cooccurrence" });
    graph.addUndirectedEdgeWithKey("l2", "PPO", "MATH-500", { weight: 5, rank: 1, kind: "cooccurrence" });
    graph.addDirectedEdgeWithKey("r0", "PPO", "MATH-500", { weight: 3, kind: "evaluated-on" });
    graph.addDirectedEdgeWithKey("d0", "DAPO", "MATH-500", { weight: 2, rank: 2, kind: "cites" });
    const data = fromPlainGraph(graph, "graph.gexf");
    expect(data.graph.filterEdges((_e, a) => isRelationEdge(a))).toEqual(["r0"]);
    expect(data.graph.getEdgeAttributes("r0")).toMatchObject({ papers: 3, color: RELATION_COLORS["evaluated-on"] });
    expect(data.graph.getEdgeAttribute("l1", "rank")).toBe(0);
    expect(cooccurrenceLinkCount(data.graph)).toBe(3);
  });

  it("a hostile relations field loads the map without relations", () => {
    for (const value of [42, "x", { length: 3 }, [null, [], "y"]]) {
      const data = parseMapText(doc(value), "graph.json");
      expect(data.graph.order).toBe(3);
      expect(data.relations).toEqual([]);
      expect(data.graph.type).toBe("undirected");
    }
  });
});
