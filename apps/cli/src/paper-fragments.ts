/**
 * Per-paper state carried from one build to the next (issue 16): each paper's JSON in
 * graph.json is most of the file (250 of 296 MB at 100k papers) and most of the cost of
 * writing it, and an update of 1% changes few of them. Every build that has a store records,
 * beside the store, a fingerprint of each paper's value (a hash of its compact JSON) and where
 * graph.json's papers section sits; `build --update` copies the previous graph.json's bytes for
 * every paper whose fingerprint it finds there, and stringifies only the others.
 *
 * Exact by construction: two papers with the same compact JSON are the same value, so the
 * writer (packages/export json.ts: sorted keys, two-space indent) gives them the same bytes.
 * The record names the papers section it describes by place and hash, checked before any byte is
 * copied, so a graph.json copied elsewhere with its store is still used and one changed since,
 * or a store shared by several outputs (--cache), is not; bump FRAGMENTS_FORMAT whenever
 * json.ts changes how a paper is written.
 */
import { createHash } from "node:crypto";
import { open, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { MemberJson } from "@fieldmap/export";
import { writeFileAtomically } from "./file-writes";

const FRAGMENTS_FORMAT = 1;

/** The record beside the store: which graph.json, where its papers are, and each one's fingerprint in file order. */
interface FragmentRecord {
  format: number;
  /** Byte range of graph.json's papers section (from the comma before `"papers"`), and its SHA-256 (base64). */
  papersOffset: number;
  papersLength: number;
  papersHash: string;
  fingerprints: string[];
}

/** Where graph.json's papers section was written: its first byte, its length and the SHA-256 of its bytes (base64). */
export interface SectionPlace {
  offset: number;
  length: number;
  hash: string;
}

/** The previous graph.json's papers, each by fingerprint, as byte ranges of one buffer. */
export interface PreviousFragments {
  bytes: Buffer;
  byFingerprint: Map<string, readonly [number, number]>;
}

/** The record's file in the store directory. */
export function fragmentRecordPath(cacheDir: string): string {
  return join(cacheDir, "graph-papers.json");
}

/** A paper's fingerprint: equal for equal values (as JSON), whatever the build. */
export function paperFingerprint(paper: unknown): string {
  return createHash("sha256").update(JSON.stringify(paper)).digest("base64").slice(0, 22);
}

/**
 * A pretty-printed graph.json's papers, found in its papers section: each paper starts at a
 * line `    {` and ends at a line `    }`; its own members are indented further, and strings
 * hold no raw line break, so these lines are nothing else.
 */
export function paperRanges(section: Buffer): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  for (let at = section.indexOf("\n    {"); at >= 0; at = section.indexOf("\n    {", at)) {
    const end = section.indexOf("\n    }", at);
    if (end < 0) break;
    ranges.push([at + 5, end + 6]);
    at = end + 6;
  }
  return ranges;
}

/**
 * The previous build's papers, when its record describes the graph.json at `graphJson`;
 * undefined (everything is stringified) when there is no record, another file, or any doubt.
 */
export async function readPreviousFragments(graphJson: string, recordPath: string): Promise<PreviousFragments | undefined> {
  const record = await readRecord(recordPath);
  if (!record) return undefined;
  const file = await stat(graphJson).catch(() => undefined);
  if (!file || record.papersOffset + record.papersLength > file.size) return undefined;
  const bytes = Buffer.alloc(record.papersLength);
  const handle = await open(graphJson, "r");
  try {
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, record.papersOffset);
    if (bytesRead !== bytes.length || createHash("sha256").update(bytes).digest("base64") !== record.papersHash) return undefined;
  } finally {
    await handle.close();
  }
  const ranges = paperRanges(bytes);
  if (ranges.length !== record.fingerprints.length) return undefined;
  const byFingerprint = new Map<string, readonly [number, number]>();
  record.fingerprints.forEach((fingerprint, i) => byFingerprint.set(fingerprint, ranges[i]!));
  return { bytes, byFingerprint };
}

async function readRecord(path: string): Promise<FragmentRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(path, "utf8")) as Partial<FragmentRecord>;
    const numbers = [record.papersOffset, record.papersLength].every((n) => typeof n === "number");
    if (record.format !== FRAGMENTS_FORMAT || !numbers || typeof record.papersHash !== "string" || !Array.isArray(record.fingerprints)) return undefined;
    return record as FragmentRecord;
  } catch {
    return undefined;
  }
}

/**
 * Each paper's JSON for the papers section's writer (papersSectionPieces): the previous
 * graph.json's bytes when it holds the same paper, else stringified. Records every paper's
 * fingerprint in order, for the next build's record.
 */
export class PaperFragments {
  readonly fingerprints: string[] = [];
  /** Papers whose bytes came from the previous graph.json. */
  reused = 0;

  constructor(private previous?: PreviousFragments) {}

  /** True when papers may be copied from a previous graph.json. */
  get copying(): boolean {
    return this.previous !== undefined;
  }

  readonly paperJson: MemberJson<Buffer> = (paper, json) => {
    const fingerprint = paperFingerprint(paper);
    this.fingerprints.push(fingerprint);
    const range = this.previous?.byFingerprint.get(fingerprint);
    if (range === undefined) return json();
    this.reused++;
    return this.previous!.bytes.subarray(range[0], range[1]);
  };
}

/** Records the papers of the graph.json just put in place, for the next build. */
export async function writeFragmentRecord(recordPath: string, place: SectionPlace, fingerprints: readonly string[]): Promise<void> {
  const record: FragmentRecord = { format: FRAGMENTS_FORMAT, papersOffset: place.offset, papersLength: place.length, papersHash: place.hash, fingerprints: [...fingerprints] };
  await writeFileAtomically(recordPath, [JSON.stringify(record)], recordPath);
}

/**
 * The papers section's pieces with each run of papers copied one after another from the
 * previous graph.json as one view of its bytes (the separator between two papers is there too),
 * and the strings between runs joined into pieces of about 64 KB: a few thousand pieces at 100k
 * papers, most of them views of the previous bytes rather than copies, cheap to hold until
 * graph.json is written and to write.
 */
export function* joinedPieces(pieces: Iterable<string | Buffer>, size = 1 << 16): Generator<string | Buffer> {
  let run: Buffer | undefined;
  let text = "";
  for (const piece of pieces) {
    if (typeof piece === "string") {
      text += piece;
      if (run === undefined && text.length >= size) {
        yield text;
        text = "";
      }
      continue;
    }
    if (run !== undefined && follows(run, text, piece)) {
      run = Buffer.from(run.buffer, run.byteOffset, piece.byteOffset + piece.length - run.byteOffset);
    } else {
      if (run !== undefined) yield run;
      if (text !== "") yield text;
      run = piece;
    }
    text = "";
  }
  if (run !== undefined) yield run;
  if (text !== "") yield text;
}

/** True when `next` is in the same bytes as `run`, right after it and `between`. */
function follows(run: Buffer, between: string, next: Buffer): boolean {
  if (next.buffer !== run.buffer) return false;
  const gap = Buffer.from(between);
  const at = run.byteOffset + run.length;
  return next.byteOffset === at + gap.length && Buffer.from(run.buffer, at, gap.length).equals(gap);
}
