/**
 * graph.json in two steps, for a build whose time analysis runs on another thread
 * (trends-worker): its `papers` section (most of the file) is written first into a file beside
 * it, while the analysis runs; once the analysis is in the document, graph.json is written
 * section by section with that file's bytes where `papers` goes. The sections joined are the
 * one-step writer's bytes (packages/export, graphJsonSections), so the file is the same.
 */
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { MapDocument } from "@fieldmap/graph";
import { graphJsonSections } from "@fieldmap/export";
import { writeChunks } from "./file-writes";

/** Where the papers section waits, in the output's staging directory (a dot file, removed once used). */
export function papersAheadPath(outDir: string): string {
  return join(outDir, ".graph.json.papers");
}

/** Writes graph.json's `papers` section of `document` to `path`. */
export async function writePapersAhead(document: MapDocument, path: string): Promise<void> {
  const papers = graphJsonSections(document).find((section) => section.key === "papers");
  await writeChunks(path, papers?.chunks ?? [], "graph.json");
}

/** graph.json into `path`, its papers section copied from `papersFile` (then removed). */
export async function writeGraphJsonAround(document: MapDocument, path: string, papersFile: string): Promise<void> {
  await writeChunks(path, sectionsAround(document, papersFile), "graph.json");
  await rm(papersFile, { force: true });
}

async function* sectionsAround(document: MapDocument, papersFile: string): AsyncGenerator<string | Uint8Array> {
  for (const section of graphJsonSections(document)) {
    if (section.key === "papers") yield* createReadStream(papersFile, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
    else yield* section.chunks;
  }
}
