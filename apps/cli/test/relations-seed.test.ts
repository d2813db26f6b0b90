/**
 * Relations on the real seed map (`fieldmap build data/seeds`, shared with other files):
 * graph.json's contract for the viewer, report.json's figures, and agreement with what
 * `fieldmap extract` prints paper by paper.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MapDocument, MapRelation } from "@fieldmap/graph";
import { beforeAll, describe, expect, it } from "vitest";
import { readGexfElements } from "../../../packages/export/test/gexf-reader";
import { GEXF_13_SCHEMA, validateRelaxNg } from "../../../packages/export/test/helpers";
import { parseTurtle } from "../../../packages/export/test/turtle-reader";
import { cli, tempDir } from "./helpers";
import { sharedMapCopy } from "./shared-maps";

let out: string;
let doc: MapDocument;
let relations: MapRelation[];

beforeAll(async () => {
  out = await sharedMapCopy("seed");
  doc = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as MapDocument;
  relations = doc.relations ?? [];
}, 300_000);

describe("graph.json relations on the seed map", () => {
  it("keeps co-occurrence edges in graph.edges, each marked kind cooccurrence", () => {
    expect(doc.graph.edges.length).toBeGreaterThan(100);
    expect(doc.graph.edges.filter((e) => e.attributes.kind !== "cooccurrence")).toEqual([]);
  });

  it("lists relations whose ends are map nodes or generic entities, keyed kind:source->target", () => {
    expect(relations.length).toBeGreaterThan(20);
    const known = new Set([...doc.graph.nodes.map((n) => n.key), ...(doc.fieldmap.generic ?? []).map((g) => g.id)]);
    for (const r of relations) {
      expect(r.key).toBe(`${r.kind}:${r.source}->${r.target}`);
      expect([known.has(r.source), known.has(r.target)], r.key).toEqual([true, true]);
    }
    // The details panel lists relations to generic entities too (GRPO is generic on this map).
    const generic = new Set((doc.fieldmap.generic ?? []).map((g) => g.id));
    expect(relations.some((r) => generic.has(r.source) || generic.has(r.target))).toBe(true);
  });

  it("orders relations by papers (most first), then key; papers and evidence in paper order, at most 5 sentences", () => {
    const order = new Map(doc.papers.map((p, i) => [p.id, i]));
    for (const [i, r] of relations.entries()) {
      const next = relations[i + 1];
      if (next) expect(r.papers.length > next.papers.length || (r.papers.length === next.papers.length && r.key < next.key), r.key).toBe(true);
      const positions = r.papers.map((p) => order.get(p) ?? -1);
      expect(positions.every((p, j) => p >= 0 && (j === 0 || p > (positions[j - 1] ?? 0))), r.key).toBe(true);
      expect(r.evidence.map((e) => e.paper)).toEqual(r.papers.slice(0, 5));
    }
  });

  it("shows, for GRPO, variants that build on it", () => {
    expect(relations.filter((r) => r.kind === "builds-on" && r.target === "GRPO").length).toBeGreaterThan(0);
  });

  it("report.json counts the relations by kind and the dropped ones; the summary says them", () => {
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as { relations: { total: number; byKind: Record<string, number>; dropped: number } };
    expect(report.relations.total).toBe(relations.length);
    for (const [kind, n] of Object.entries(report.relations.byKind)) expect(n, kind).toBe(relations.filter((r) => r.kind === kind).length);
    // The seed map keeps entities of 2+ papers: relations to one-paper names are dropped.
    expect(report.relations.dropped).toBeGreaterThan(0);
  });
});

describe("relations agree with fieldmap extract", () => {
  it("each relation's papers are the extract lines that state it", async () => {
    const run = await cli("extract", "data/seeds");
    expect(run.code, run.stderr).toBe(0);
    const stating = new Map<string, string[]>();
    for (const line of run.stdout.trim().split("\n")) {
      const paper = JSON.parse(line) as { id: string; key?: string; relations: Array<{ head: string; relation: string; tail: string }> };
      for (const r of paper.relations) {
        const key = `${r.relation}:${r.head}->${r.tail}`;
        stating.set(key, [...(stating.get(key) ?? []), paper.key ?? paper.id]);
      }
    }
    for (const r of relations) expect(r.papers, r.key).toEqual(stating.get(r.key));
    // Every statement whose ends the map keeps is in graph.json.
    const kept = new Set(relations.map((r) => r.key));
    const known = new Set([...doc.graph.nodes.map((n) => n.key), ...(doc.fieldmap.generic ?? []).map((g) => g.id)]);
    const missing = [...stating.keys()].filter((key) => !kept.has(key)).filter((key) => {
      const [, ends = ""] = key.split(/:(.*)/s);
      const [head = "", tail = ""] = ends.split("->");
      return known.has(head) && known.has(tail);
    });
    expect(missing).toEqual([]);
  }, 120_000);
});

describe("relations in the seed map's files", () => {
  const onMap = () => {
    const keys = new Set(doc.graph.nodes.map((n) => n.key));
    return relations.filter((r) => keys.has(r.source) && keys.has(r.target));
  };

  it("graph.gexf validates against the GEXF 1.3 schema with one directed edge per on-map relation", () => {
    const result = validateRelaxNg(GEXF_13_SCHEMA, join(out, "graph.gexf"));
    expect(result.ok, result.output).toBe(true);
    const { edges } = readGexfElements(readFileSync(join(out, "graph.gexf"), "utf8"));
    const directed = edges.filter((e) => e.attributes.type === "directed");
    expect(onMap().length).toBeGreaterThan(0);
    expect(directed.map((e) => [e.attributes.source, e.values.kind, e.attributes.target])).toEqual(onMap().map((r) => [r.source, r.kind, r.target]));
    expect(edges.length - directed.length).toBe(doc.graph.edges.length);
  });

  it("build writes relations.ttl (n3 reads one triple per relation) and triples.csv (one row per relation)", () => {
    const quads = parseTurtle(readFileSync(join(out, "relations.ttl"), "utf8"));
    const statements = quads.filter((q) => q.predicate.value === "urn:fieldmap:vocab#papers");
    expect(statements).toHaveLength(relations.length);
    const rows = readFileSync(join(out, "triples.csv"), "utf8").trim().split("\r\n");
    expect(rows[0]).toBe("head,relation,tail,papers");
    expect(rows).toHaveLength(relations.length + 1);
  });

  it.each([
    ["ttl", "relations.ttl"],
    ["triples", "triples.csv"],
  ])("fieldmap export --format %s writes the bytes the build wrote", async (format, file) => {
    const run = await cli("export", join(out, "graph.json"), "--format", format);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(out, file), "utf8"));
  });

  it("fieldmap export rejects a relation of unknown kind in one line naming the file", async () => {
    const bad = join(tempDir(), "graph.json");
    writeFileSync(bad, JSON.stringify({ ...doc, relations: [{ ...relations[0], kind: "likes" }] }));
    const run = await cli("export", bad, "--format", "ttl");
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/^fieldmap: cannot read .*graph\.json: relations\[0\]: unknown kind "likes"/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("--papers", () => {
  it("fieldmap build --papers puts the papers in graph.gexf as nodes, schema-valid, linked by proposes and mentions", async () => {
    const dir = tempDir();
    const run = await cli("build", "data/seeds", "-o", dir, "--papers", "--only", "gexf");
    expect(run.code, run.stderr).toBe(0);
    // The summary's relations line: the total, by kind, and the dropped ones.
    expect(run.stdout).toMatch(new RegExp(`relations: +${relations.length} \\(\\d+ evaluated-on, .*\\); \\d+ dropped`));
    const result = validateRelaxNg(GEXF_13_SCHEMA, join(dir, "graph.gexf"));
    expect(result.ok, result.output).toBe(true);
    const { nodes, edges } = readGexfElements(readFileSync(join(dir, "graph.gexf"), "utf8"));
    const papers = nodes.filter((n) => n.values.type === "paper");
    const withNodes = doc.papers.filter((p) => p.entities.some((id) => doc.graph.nodes.some((n) => n.key === id)));
    expect(papers.map((n) => [n.attributes.id, n.attributes.label])).toEqual(withNodes.map((p) => [`paper:${p.id}`, p.title]));
    const kinds = new Set(edges.map((e) => e.values.kind));
    expect([kinds.has("proposes"), kinds.has("mentions")]).toEqual([true, true]);
  }, 120_000);

  it("fieldmap export --papers does the same from graph.json", async () => {
    const run = await cli("export", join(out, "graph.json"), "--format", "graphml", "--papers");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("<data key=\"node_type\">paper</data>");
    const plain = await cli("export", join(out, "graph.json"), "--format", "graphml");
    expect(plain.stdout).not.toContain("<data key=\"node_type\">paper</data>");
  });
});
