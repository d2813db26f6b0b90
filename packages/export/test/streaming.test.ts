import type { MapDocument } from "@fieldmap/graph";
import { describe, expect, it } from "vitest";
import { CHUNK_SIZE, EXPORT_FORMATS, exportStreams, graphJsonChunks, graphJsonSections, toGraphJson } from "../src";
import { LIST_BATCH_SIZE, sortKeys } from "../src/json";
import { fixtureDoc, HOSTILE_LABEL } from "./fixture";

// Item 8 of issue 10: graph.json of a 1.1M-paper corpus was one string, over V8's limit
// ("Invalid string length"). Outputs are now chunks, streamed to disk; these tests hold the
// bytes to the old one-string writer and the chunks to a size that does not grow with the map.

/** The writer before streaming: the reference the chunks must reproduce byte for byte. */
function oneStringGraphJson(doc: unknown, pretty = true): string {
  return `${JSON.stringify(sortKeys(doc), null, pretty ? 2 : undefined)}\n`;
}

/** The fixture with `papers` papers and `nodes` extra nodes in a ring of links (unique ids, keys and titles). */
function bigDoc(papers: number, nodes = 0): MapDocument {
  const doc = fixtureDoc();
  const [paper] = doc.papers;
  const [node] = doc.graph.nodes;
  const [edge] = doc.graph.edges;
  if (!paper || !node || !edge) throw new Error("fixture without papers, nodes or edges");
  doc.papers = Array.from({ length: papers }, (_, i) => ({ ...paper, id: `p${i}`, title: `${paper.title} ${i}` }));
  for (let i = 0; i < nodes; i++) {
    doc.graph.nodes.push({ key: `n${i}`, attributes: { ...node.attributes, label: `node ${i}` } });
    doc.graph.edges.push({ key: `r${i}`, source: `n${i}`, target: `n${(i + 1) % nodes}`, attributes: { ...edge.attributes } });
  }
  return doc;
}

const joined = (chunks: Iterable<string | Uint8Array>) => [...chunks].map(String).join("");

describe("graph.json as chunks", () => {
  it.each([
    ["fixture, pretty", fixtureDoc(), true],
    ["fixture, compact", fixtureDoc(), false],
    ["500 papers, pretty", bigDoc(500), true],
  ] as const)("json: %s gives the one-string writer's bytes", (_name, doc, pretty) => {
    expect(joined(graphJsonChunks(doc, { pretty }))).toBe(oneStringGraphJson(doc, pretty));
    expect(toGraphJson(doc, { pretty })).toBe(oneStringGraphJson(doc, pretty));
  });

  // Shapes the map document can take at the levels written member by member.
  it.each([
    ["empty lists and objects", { fieldmap: {}, graph: { attributes: {}, nodes: [], edges: [] }, papers: [] }],
    ["undefined members and list items", { b: undefined, a: [1, undefined, null], c: { d: undefined, e: [[]] } }],
    ["line breaks, quotes and unicode in strings", { papers: [{ title: `a\nb "c" \u2028 ${HOSTILE_LABEL}` }], z: ["x\r\ny"] }],
    ["nested lists at every depth", { a: [[1, [2, [3, {}]]], [{ b: [{ c: [] }] }]], d: [[[[]]]] }],
    ["scalars at the top level of sections", { fieldmap: "x", graph: 3, papers: null, e: true }],
    ["unsorted keys at every depth", { z: { y: { x: { w: 1, a: 2 }, b: 3 }, a: 0 }, a: [{ z: 1, a: 2 }] }],
    // Batches are sized from the last one's characters: a long member among short ones, both ways.
    ["members of very different lengths", { papers: [{ t: "x".repeat(3 * LIST_BATCH_SIZE) }, ...Array.from({ length: 300 }, (_, i) => ({ i, b: [i] })), { t: "y".repeat(LIST_BATCH_SIZE) }, 7] }],
    ["lists written member by member inside a list", [[{ b: 1, a: [2] }, [3, [4]]], [], { c: [[5]] }, [null]]],
  ])("json: %s as JSON.stringify writes them", (_name, value) => {
    for (const pretty of [true, false]) expect(joined(graphJsonChunks(value as never, { pretty }))).toBe(oneStringGraphJson(value, pretty));
  });

  // A build writes the papers section while the time analysis runs (apps/cli/src/trends-worker),
  // then the others around it: joined in order, the sections must be the whole file.
  it.each([
    ["fixture, pretty", fixtureDoc(), true],
    ["fixture, compact", fixtureDoc(), false],
    ["500 papers, pretty", bigDoc(500), true],
    ["an empty object", {}, true],
    ["a list at the top", [{ b: 1, a: 2 }], true],
  ] as const)("json sections: %s join to the one-string writer's bytes, one section per top-level key", (_name, doc, pretty) => {
    const sections = graphJsonSections(doc as never, { pretty });
    expect(sections.map((s) => [...s.chunks].join("")).join("")).toBe(oneStringGraphJson(doc, pretty));
    const keys = doc !== null && typeof doc === "object" && !Array.isArray(doc) ? Object.keys(doc).sort() : [];
    expect(sections.map((s) => s.key)).toEqual(keys.length > 0 ? keys : [undefined]);
  });

  it("json sections read the document when written, so a member added after the cut is in the bytes", () => {
    const doc = fixtureDoc();
    const sections = graphJsonSections(doc);
    doc.fieldmap.title = "changed after the cut";
    expect(sections.map((s) => [...s.chunks].join("")).join("")).toBe(oneStringGraphJson(doc));
  });

  it("keeps every chunk small, whatever the number of papers", () => {
    const longestChunk = (doc: MapDocument) => Math.max(0, ...[...graphJsonChunks(doc)].map((c) => c.length));
    const small = longestChunk(bigDoc(1_000));
    const large = longestChunk(bigDoc(20_000));
    // One paper is under 1 KB here: a chunk is CHUNK_SIZE plus at most one batch of a list's
    // members (about LIST_BATCH_SIZE characters, sized from the batch before) and one member more.
    expect(large).toBeLessThan(CHUNK_SIZE + LIST_BATCH_SIZE + 1024);
    expect(large).toBeLessThan(small * 1.1);
    expect(oneStringGraphJson(bigDoc(20_000)).length).toBeGreaterThan(4 * CHUNK_SIZE);
  });
});

describe("exportStreams", () => {
  const STREAMED = ["json", "gexf", "gexf12", "graphml", "csv"];
  const context = { viewerHtml: "<!doctype html><html><head><title>x</title></head><body></body></html>", width: 320, height: 180 };
  // With every option a format reads, so write and stream must agree on each.
  const fullContext = { ...context, papers: true };

  it.each(EXPORT_FORMATS.map((f) => [f.id, f] as const))("%s: the streamed files are write's files, byte for byte", (_id, format) => {
    const doc = bigDoc(50, 40);
    const written = format.write(doc, fullContext);
    const streamed = exportStreams(format, doc, fullContext);
    expect(streamed.map((f) => f.name)).toEqual(written.map((f) => f.name));
    for (const [i, file] of streamed.entries()) {
      const expected = written[i]?.content;
      if (expected instanceof Uint8Array) expect(Buffer.concat([...file.chunks].map((c) => Buffer.from(c)))).toEqual(Buffer.from(expected));
      else expect(joined(file.chunks), file.name).toBe(expected);
    }
  });

  it.each(STREAMED)("%s streams a big map in chunks that do not grow with it", (id) => {
    const format = EXPORT_FORMATS.find((f) => f.id === id)!;
    expect(format.stream, id).toBeDefined();
    const doc = bigDoc(5_000, 5_000);
    for (const file of exportStreams(format, doc, context)) {
      const chunks = [...file.chunks].map(String);
      expect(chunks.length, file.name).toBeGreaterThan(1);
      // graph.json adds a batch of a list's members (about LIST_BATCH_SIZE characters) to a chunk at most.
      const slack = id === "json" ? LIST_BATCH_SIZE + 4096 : 4096;
      expect(Math.max(...chunks.map((c) => c.length)), file.name).toBeLessThan(CHUNK_SIZE + slack);
    }
  });
});
