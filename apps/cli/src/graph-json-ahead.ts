/**
 * graph.json in two steps, for a build whose time analysis runs on another thread
 * (trends-worker): its `papers` section (most of the file) and the sections after it
 * (`relations`), which the analysis does not change, are written first into a file beside it
 * while the analysis runs; once the analysis is in the document, graph.json is written section
 * by section up to `papers`, then that file's bytes. The sections joined are the one-step
 * writer's bytes (packages/export, graphJsonSections), so the file is the same.
 */
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { MapDocument } from "@fieldmap/graph";
import { graphJsonSections, type GraphJsonSection } from "@fieldmap/export";
import { writeChunks } from "./file-writes";

/** Where the sections written ahead wait, in the output's staging directory (a dot file, removed once used). */
export function papersAheadPath(outDir: string): string {
  return join(outDir, ".graph.json.papers");
}

/** graph.json's sections of `document`, cut where `papers` begins: the time analysis adds to the first part only. */
function splitAtPapers(document: MapDocument): { before: GraphJsonSection[]; ahead: GraphJsonSection[] } {
  const sections = graphJsonSections(document);
  const at = sections.findIndex((section) => section.key === "papers");
  return at < 0 ? { before: sections, ahead: [] } : { before: sections.slice(0, at), ahead: sections.slice(at) };
}

/** Writes graph.json's `papers` section of `document`, and the sections after it, to `path`. */
export async function writePapersAhead(document: MapDocument, path: string): Promise<void> {
  await writeChunks(path, chunksOf(splitAtPapers(document).ahead), "graph.json");
}

/** graph.json into `path`, its sections from `papers` on copied from `papersFile` (then removed). */
export async function writeGraphJsonAround(document: MapDocument, path: string, papersFile: string): Promise<void> {
  await writeChunks(path, sectionsAround(document, papersFile), "graph.json");
  await rm(papersFile, { force: true });
}

function* chunksOf(sections: readonly GraphJsonSection[]): Generator<string> {
  for (const section of sections) yield* section.chunks;
}

async function* sectionsAround(document: MapDocument, papersFile: string): AsyncGenerator<string | Uint8Array> {
  const { before, ahead } = splitAtPapers(document);
  yield* chunksOf(before);
  if (ahead.length > 0) yield* createReadStream(papersFile, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
}
