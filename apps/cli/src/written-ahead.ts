/**
 * Parts of graph.json and graph.gexf written while the time analysis runs on its own thread
 * (trends-worker), for a build whose main thread would otherwise wait for it. The analysis adds
 * to graph.json's `fieldmap` and `graph` sections and to the nodes of graph.gexf, never to
 * graph.json's `papers` and `relations` (most of the file) or to the edges of graph.gexf (two
 * thirds of it): those are written first into files beside the outputs. Once the analysis is in
 * the document, each output is written up to that part, then the file's bytes follow. The parts
 * joined are the one-step writers' bytes (packages/export: graphJsonSections, gexfSections),
 * so the files are the same.
 */
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { MapDocument } from "@fieldmap/graph";
import { gexfSections, graphJsonSections, type GraphJsonSection } from "@fieldmap/export";
import { writeChunks } from "./file-writes";

/** A part of an output written ahead: the file it waits in, and what comes before it in the output. */
export interface PartAhead {
  path: string;
  /** Made with the part, read when written: it takes the time analysis in by then. */
  before: Iterable<string>;
}

/** What was written ahead: graph.json's sections from `papers` on, graph.gexf's edges. */
export interface WrittenAhead {
  json?: PartAhead;
  gexf?: PartAhead;
}

/** Writes graph.json's late sections and, when `gexf`, graph.gexf's edges, as dot files in the staging directory `dir`. */
export async function writeAhead(document: MapDocument, dir: string, gexf: { papers: boolean } | undefined): Promise<WrittenAhead> {
  const { before, ahead } = splitAtPapers(document);
  const json = { path: join(dir, ".graph.json.papers"), before: chunksOf(before) };
  await writeChunks(json.path, chunksOf(ahead), "graph.json");
  if (!gexf) return { json };
  const sections = gexfSections(document, gexf);
  const edges = { path: join(dir, ".graph.gexf.edges"), before: sections.nodes };
  await writeChunks(edges.path, sections.edges, "graph.gexf");
  return { json, gexf: edges };
}

/** graph.json's sections of `document`, cut where `papers` begins: the time analysis adds to the first part only. */
function splitAtPapers(document: MapDocument): { before: GraphJsonSection[]; ahead: GraphJsonSection[] } {
  const sections = graphJsonSections(document);
  const at = sections.findIndex((section) => section.key === "papers");
  return at < 0 ? { before: sections, ahead: [] } : { before: sections.slice(0, at), ahead: sections.slice(at) };
}

/** The output `name` into `path`: the part's `before`, then the bytes of its file (removed once copied). */
export async function writeAround(path: string, part: PartAhead, name: string): Promise<void> {
  await writeChunks(path, around(part), name);
  await rm(part.path, { force: true });
}

function* chunksOf(sections: readonly GraphJsonSection[]): Generator<string> {
  for (const section of sections) yield* section.chunks;
}

async function* around(part: PartAhead): AsyncGenerator<string | Uint8Array> {
  yield* part.before;
  yield* createReadStream(part.path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
}
