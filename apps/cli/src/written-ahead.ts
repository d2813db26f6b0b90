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

/** What was written ahead, where, and what comes before it in its output. */
export interface WrittenAhead {
  /** graph.json's sections from `papers` on. */
  json?: string;
  /** graph.gexf's edges, and the GEXF up to them (made from the same export of the map). */
  gexf?: { path: string; before: Iterable<string> };
}

/** Writes graph.json's late sections and, when `gexf`, graph.gexf's edges, as dot files in the staging directory `dir`. */
export async function writeAhead(document: MapDocument, dir: string, gexf: { papers: boolean } | undefined): Promise<WrittenAhead> {
  const json = join(dir, ".graph.json.papers");
  await writeChunks(json, chunksOf(splitAtPapers(document).ahead), "graph.json");
  if (!gexf) return { json };
  const sections = gexfSections(document, gexf);
  const path = join(dir, ".graph.gexf.edges");
  await writeChunks(path, sections.edges, "graph.gexf");
  return { json, gexf: { path, before: sections.nodes } };
}

/** graph.json's sections of `document`, cut where `papers` begins: the time analysis adds to the first part only. */
function splitAtPapers(document: MapDocument): { before: GraphJsonSection[]; ahead: GraphJsonSection[] } {
  const sections = graphJsonSections(document);
  const at = sections.findIndex((section) => section.key === "papers");
  return at < 0 ? { before: sections, ahead: [] } : { before: sections.slice(0, at), ahead: sections.slice(at) };
}

/** graph.json into `path`, its sections from `papers` on copied from the file written ahead. */
export async function writeGraphJsonAround(document: MapDocument, path: string, aheadFile: string): Promise<void> {
  await writeAround(path, chunksOf(splitAtPapers(document).before), aheadFile, "graph.json");
}

/** `before`, then the bytes of `aheadFile` (removed once copied), into `path`. */
export async function writeAround(path: string, before: Iterable<string>, aheadFile: string, shownAs: string): Promise<void> {
  await writeChunks(path, around(before, aheadFile), shownAs);
  await rm(aheadFile, { force: true });
}

function* chunksOf(sections: readonly GraphJsonSection[]): Generator<string> {
  for (const section of sections) yield* section.chunks;
}

async function* around(before: Iterable<string>, aheadFile: string): AsyncGenerator<string | Uint8Array> {
  yield* before;
  yield* createReadStream(aheadFile, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
}
