/**
 * The CLI's input stage: paths -> deduped Paper[]. All file I/O for the corpus lives here;
 * parsing is the pure readers of @fieldmap/corpus. JSONL/CSV/TSV are streamed chunk by chunk
 * (memory stays flat on a 1 GB file); the other formats are small and read whole.
 */
import { createReadStream } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import {
  CorpusError,
  dedupePapers,
  detectFormat,
  isCorpusFormat,
  isLineStreamFormat,
  readCorpusStream,
  readCorpusText,
  CORPUS_FORMATS,
  type CorpusFormat,
  type Paper,
  type ReadResult,
  type SkippedRecord,
} from "@fieldmap/corpus";
import { UserError } from "./errors";

export interface InputOptions {
  cwd: string;
  /** Forces one reader for every file (see CORPUS_FORMATS); detected per file otherwise. */
  format?: string;
  /** CSV/TSV column overrides: { title: "Title", abstract: "Abstract" }. */
  columns?: Record<string, string>;
}

export interface InputResult {
  /** Deduped, in the order first seen (files sorted, records in file order). */
  papers: Paper[];
  /** Records read before dedupe. */
  records: number;
  duplicates: number;
  skipped: SkippedRecord[];
  /** Papers (after dedupe) with no abstract. */
  titleOnly: number;
  /** The files read, relative to cwd. */
  files: string[];
}

/** Bytes looked at for format detection and the binary check. */
const HEAD_BYTES = 64 * 1024;
const BINARY_PROBE_BYTES = 8 * 1024;
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git"]);

interface InputFile {
  absolute: string;
  display: string;
  /** Named on the command line (so an unknown format is an error, not ignored). */
  explicit: boolean;
}

function displayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative === "" || relative.startsWith("..") ? absolute : relative;
  return shown.split(path.sep).join("/");
}

async function walk(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || SKIPPED_DIRECTORIES.has(entry.name)) continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

async function expandPaths(paths: string[], cwd: string): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new UserError(`cannot read ${given}: no such file or directory`);
    if (info.isDirectory()) {
      files.push(...(await walk(absolute)).map((file) => ({ absolute: file, display: displayPath(cwd, file), explicit: false })));
    } else {
      files.push({ absolute, display: displayPath(cwd, absolute), explicit: true });
    }
  }
  return files;
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function isBinary(head: Uint8Array): boolean {
  return head.subarray(0, BINARY_PROBE_BYTES).includes(0);
}

/** UTF-8 sequence length announced by a lead byte (1 for ASCII and stray bytes). */
function sequenceLength(byte: number): number {
  return byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
}

/** Steps back from the byte where decoding failed to the lead byte of its unfinished sequence. */
function sequenceStart(bytes: Uint8Array, failed: number): number {
  for (let back = 1; back <= 3 && failed - back >= 0; back++) {
    const byte = bytes[failed - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    return sequenceLength(byte) > back ? failed - back : failed;
  }
  return failed;
}

/** Byte offset of the first invalid UTF-8 sequence, found by bisecting TextDecoder's fatal mode. */
export function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
  const fails = (end: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  if (!fails(bytes.length)) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      return undefined;
    } catch {
      return sequenceStart(bytes, bytes.length); // a sequence cut off by the end of the file
    }
  }
  let [low, high] = [0, bytes.length]; // invariant: fails(high), !fails(low)
  while (low + 1 < high) {
    const middle = (low + high) >> 1;
    if (fails(middle)) high = middle;
    else low = middle;
  }
  return sequenceStart(bytes, high - 1);
}

/** Length of the prefix ending on a UTF-8 character boundary, so each piece decodes on its own. */
function completePrefix(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    return sequenceLength(byte) > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

function utf8Error(display: string, offset: number): UserError {
  return new UserError(`cannot read ${display}: invalid UTF-8 at byte ${offset} (save the file as UTF-8)`);
}

function decodePiece(bytes: Uint8Array, display: string, offset: number, first: boolean): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: !first }).decode(bytes);
  } catch {
    throw utf8Error(display, offset + (invalidUtf8Offset(bytes) ?? 0));
  }
}

/** The file as decoded text chunks; invalid UTF-8 is reported with its absolute byte offset. */
async function* decodedChunks(file: InputFile): AsyncGenerator<string> {
  let carry = new Uint8Array(0);
  let offset = 0;
  for await (const raw of createReadStream(file.absolute)) {
    const chunk = raw as Buffer;
    const bytes = new Uint8Array(carry.length + chunk.length);
    bytes.set(carry);
    bytes.set(chunk, carry.length);
    const cut = completePrefix(bytes);
    yield decodePiece(bytes.subarray(0, cut), file.display, offset, offset === 0);
    offset += cut;
    carry = bytes.slice(cut);
  }
  if (carry.length > 0) throw utf8Error(file.display, offset);
}

function chooseFormat(file: InputFile, headText: string, forced: CorpusFormat | undefined): CorpusFormat | undefined {
  const format = forced ?? detectFormat(file.display, headText);
  if (format === undefined && file.explicit) {
    throw new UserError(`cannot read ${file.display}: unknown format (use --format ${CORPUS_FORMATS.join("|")})`);
  }
  return format;
}

/** Reads one file, or returns undefined for a non-corpus file met while walking a directory. */
async function readFile(file: InputFile, options: InputOptions, forced: CorpusFormat | undefined): Promise<ReadResult | undefined> {
  const head = await readHead(file.absolute);
  if (isBinary(head)) {
    if (!file.explicit) return undefined;
    throw new UserError(`cannot read ${file.display}: binary file, not a corpus (expected text: JSONL, JSON, CSV, BibTeX, RIS, arXiv Atom or a Daily Papers page)`);
  }
  const headText = new TextDecoder("utf-8").decode(head.subarray(0, completePrefix(head)));
  if (headText.trim() === "") {
    if (!file.explicit && (forced ?? detectFormat(file.display, "")) === undefined) return undefined;
    throw new UserError(`cannot read ${file.display}: empty file`);
  }
  const format = chooseFormat(file, headText, forced);
  if (format === undefined) return undefined;
  const readOptions = options.columns ? { columns: options.columns } : {};
  try {
    if (isLineStreamFormat(format)) return await readCorpusStream(format, decodedChunks(file), file.display, readOptions);
    let text = "";
    for await (const chunk of decodedChunks(file)) text += chunk;
    return await readCorpusText(format, text, file.display, readOptions);
  } catch (error) {
    if (error instanceof CorpusError) throw new UserError(`cannot read ${error.message}`);
    throw error;
  }
}

/**
 * A file the user named must read cleanly; a file met while walking a directory (a stray
 * report.json, an export in another shape) is skipped and reported instead of stopping the run.
 */
async function readOrSkip(file: InputFile, options: InputOptions, forced: CorpusFormat | undefined): Promise<ReadResult | undefined> {
  try {
    return await readFile(file, options, forced);
  } catch (error) {
    if (file.explicit || !(error instanceof UserError)) throw error;
    // Messages read "cannot read <file>[ line N]: <reason>"; keep the line and the reason.
    const rest = error.message.startsWith(`cannot read ${file.display}`) ? error.message.slice(`cannot read ${file.display}`.length) : `: ${error.message}`;
    const parts = /^(?: line (\d+))?: (.*)$/s.exec(rest);
    const line = parts?.[1];
    const reason = parts?.[2] ?? error.message;
    return { papers: [], skipped: [{ source: file.display, ...(line ? { line: Number(line) } : {}), reason: `file not read: ${reason}` }] };
  }
}

function forcedFormat(format: string | undefined): CorpusFormat | undefined {
  if (format === undefined) return undefined;
  if (!isCorpusFormat(format)) throw new UserError(`unknown format '${format}' (expected one of: ${CORPUS_FORMATS.join(", ")})`);
  return format;
}

export async function readInputs(paths: string[], options: InputOptions): Promise<InputResult> {
  if (paths.length === 0) throw new UserError("no input files given");
  const forced = forcedFormat(options.format);
  const candidates = await expandPaths(paths, options.cwd);
  const all: Paper[] = [];
  const skipped: SkippedRecord[] = [];
  const files: string[] = [];
  for (const file of candidates) {
    const result = await readOrSkip(file, options, forced);
    if (!result) continue;
    files.push(file.display);
    // Item by item: spreading a file's records into push() overflows the stack past ~120k.
    for (const paper of result.papers) all.push(paper);
    for (const skip of result.skipped) skipped.push(skip);
  }
  if (files.length === 0) throw new UserError(`cannot read ${paths.join(", ")}: no corpus files found (${CORPUS_FORMATS.join(", ")})`);
  if (all.length === 0) throw new UserError(`cannot read ${files.join(", ")}: no usable papers`);
  const { papers, duplicates } = dedupePapers(all);
  const titleOnly = papers.filter((paper) => paper.abstract === "").length;
  return { papers, records: all.length, duplicates: duplicates.length, skipped, titleOnly, files };
}

/** One line for progress output: "read 207 records from 3 files: 194 papers (13 duplicates merged, ...)". */
export function describeInputs(result: InputResult): string {
  const files = result.files.length === 1 ? "1 file" : `${result.files.length} files`;
  const notes = [`${result.duplicates} duplicates merged`, `${result.skipped.length} skipped`, `${result.titleOnly} title-only`];
  return `read ${result.records} records from ${files}: ${result.papers.length} papers (${notes.join(", ")})`;
}
