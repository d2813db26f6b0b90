/**
 * Relations on the real seed map (`fieldmap build data/seeds`, shared with other files):
 * graph.json's contract for the viewer, report.json's figures, and agreement with what
 * `fieldmap extract` prints paper by paper.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { MapDocument, MapRelation } from "@fieldmap/graph";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "./helpers";
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
