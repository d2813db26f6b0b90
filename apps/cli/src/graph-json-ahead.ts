/**
 * graph.json in two steps, for a build whose time analysis runs on another thread
 * (trends-worker): its `papers` section (most of the file) is written first into a file beside
 * it, while the analysis runs; once the analysis is in the document, graph.json is written
 * section by section with that file's bytes where `papers` goes. The sections joined are the
 * one-step writer's bytes (packages/export, graphJsonSections), so the file is the same.
 * Either step may take each paper's JSON from the previous graph.json (paper-fragments.ts);
 * then the section is held in memory instead, mostly as views of the previous file's bytes.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { MapDocument } from "@fieldmap/graph";
import { graphJsonSections, papersSectionPieces } from "@fieldmap/export";
import { writeChunks } from "./file-writes";
import { joinedPieces, type PaperFragments, type SectionPlace } from "./paper-fragments";

/** Where graph.json's papers section comes from: a file or pieces made ahead, or papers' JSON made now. */
export type PapersSource = { file: string } | { pieces: ReadonlyArray<string | Buffer> } | { fragments: PaperFragments };

/** Where the papers section waits, in the output's staging directory (a dot file, removed once used). */
export function papersAheadPath(outDir: string): string {
  return join(outDir, ".graph.json.papers");
}

/**
 * Makes graph.json's `papers` section of `document` ahead of the rest, each paper's JSON from
 * `fragments` when given: held in memory when papers are copied from a previous graph.json
 * (views of its bytes, already in memory), else written to the file at `path`.
 */
export async function papersAhead(document: MapDocument, path: string, fragments?: PaperFragments): Promise<PapersSource> {
  if (fragments?.copying) return { pieces: [...papersChunks(document, fragments)] };
  const chunks = fragments ? papersChunks(document, fragments) : graphJsonSections(document).find((section) => section.key === "papers")?.chunks;
  await writeChunks(path, chunks ?? [], "graph.json");
  return { file: path };
}

function papersChunks(document: MapDocument, fragments: PaperFragments): Iterable<string | Buffer> {
  return joinedPieces(papersSectionPieces(document, fragments.paperJson));
}

/**
 * graph.json into `path`, its papers section from `papers` (a file is removed once copied);
 * returns where that section sits in the file.
 */
export async function writeGraphJsonWith(document: MapDocument, path: string, papers: PapersSource): Promise<SectionPlace> {
  const place: SectionPlace = { offset: 0, length: 0, hash: "" };
  await writeChunks(path, sectionsWith(document, papers, place), "graph.json");
  if ("file" in papers) await rm(papers.file, { force: true });
  return place;
}

async function* sectionsWith(document: MapDocument, papers: PapersSource, place: SectionPlace): AsyncGenerator<string | Uint8Array> {
  let written = 0;
  const hash = createHash("sha256");
  for (const section of graphJsonSections(document)) {
    const isPapers = section.key === "papers";
    if (isPapers) place.offset = written;
    const chunks: Iterable<string | Uint8Array> | AsyncIterable<Buffer> = !isPapers
      ? section.chunks
      : "file" in papers
        ? (createReadStream(papers.file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>)
        : "pieces" in papers
          ? papers.pieces
          : papersChunks(document, papers.fragments);
    for await (const chunk of chunks) {
      written += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
      if (isPapers) hash.update(chunk);
      yield chunk;
    }
    if (isPapers) Object.assign(place, { length: written - place.offset, hash: hash.digest("base64") });
  }
}
