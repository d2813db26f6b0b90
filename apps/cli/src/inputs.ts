/**
 * The CLI's input stage: paths -> deduped Paper[]. All file I/O for the corpus lives here;
 * parsing is the pure readers of @fieldmap/corpus. JSONL/CSV/TSV are streamed chunk by chunk
 * (memory stays flat on a 1 GB file); the other formats are small and read whole.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import {
  CorpusError,
  dedupePapers,
  limitTexts,
  MAX_ABSTRACT_CHARS,
  uniqueIds,
  detectFormat,
  headIsConclusive,
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
import { decodeHead, decodeUtf16, decodeUtf8, looksBinary, sniffEncoding, type TextEncoding } from "./decode";
import { UserError } from "./errors";
import { expandPaths, fileSystemError, type InputFile } from "./input-files";

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
  /** Papers (after dedupe) whose record had no title: titled by their abstract's first sentence. */
  titledFromAbstract: number;
  /** The files read, relative to cwd. */
  files: string[];
  /** Papers whose id another paper also had (ids are unique only per source): keyed by file and id. */
  renamedIds: number;
  /** Papers whose title or abstract was longer than the limits and was cut (text-limits.ts). */
  truncated: number;
}

/** Bytes first looked at for format detection; more (up to MAX_HEAD_BYTES) when they do not tell. */
const HEAD_BYTES = 64 * 1024;
const MAX_HEAD_BYTES = 64 * 1024 * 1024;
const INVALID_UTF8 = "invalid UTF-8 (save the file as UTF-8)";

async function readHead(file: string, size: number): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = new Uint8Array(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

interface Head {
  text: string;
  encoding: TextEncoding;
  binary: boolean;
}

/**
 * The file's first bytes as text. An XML file may open with a comment longer than the first
 * read (a licence, a generator's notes), a JSON Lines file with a record longer than it: then
 * the head grows, fourfold each time, until it tells the format or the file ends.
 */
async function readHeadText(file: string): Promise<Head> {
  for (let size = HEAD_BYTES; ; size *= 4) {
    const bytes = await readHead(file, size);
    const encoding = sniffEncoding(bytes);
    const head = { text: decodeHead(bytes, encoding), encoding, binary: looksBinary(bytes, encoding) };
    if (bytes.length < size || size >= MAX_HEAD_BYTES || head.binary || headIsConclusive(head.text)) return head;
  }
}

/** The file's text, chunk by chunk, in its encoding; `onInvalidLine` hears of each line of invalid UTF-8. */
function decodedChunks(file: InputFile, encoding: TextEncoding, onInvalidLine: (line: number) => void): AsyncGenerator<string> {
  const bytes = createReadStream(file.absolute) as AsyncIterable<Uint8Array>;
  return encoding === "utf-8" ? decodeUtf8(bytes, onInvalidLine) : decodeUtf16(bytes, encoding);
}

function chooseFormat(file: InputFile, headText: string, forced: CorpusFormat | undefined): CorpusFormat | undefined {
  const format = forced ?? detectFormat(file.display, headText);
  if (format === undefined && file.explicit) {
    throw new UserError(`cannot read ${file.display}: unknown format (use --format ${CORPUS_FORMATS.join("|")})`);
  }
  return format;
}

const BINARY =
  "binary file, not a corpus (expected text: JSONL, JSON, CSV, BibTeX, RIS, arXiv Atom or a Daily Papers page; UTF-8, or UTF-16 with its byte-order mark)";

/**
 * Parses the file with the reader for `format`. JSONL/CSV/TSV stream, and a line of invalid
 * UTF-8 among them is skipped and counted (badLines); the other formats are read whole and
 * such a line stops the file with its line number.
 */
async function parseFile(file: InputFile, format: CorpusFormat, encoding: TextEncoding, options: InputOptions): Promise<ReadResult> {
  const readOptions = options.columns ? { columns: options.columns } : {};
  if (isLineStreamFormat(format)) {
    const badLines = new Map<number, string>();
    const chunks = decodedChunks(file, encoding, (line) => badLines.set(line, INVALID_UTF8));
    return await readCorpusStream(format, chunks, file.display, { ...readOptions, badLines });
  }
  let text = "";
  const chunks = decodedChunks(file, encoding, (line) => {
    throw new UserError(`cannot read ${file.display} line ${line}: ${INVALID_UTF8}`);
  });
  for await (const chunk of chunks) text += chunk;
  return await readCorpusText(format, text, file.display, readOptions);
}

/** Reads one file, or returns undefined for a non-corpus file met while walking a directory. */
async function readFile(file: InputFile, options: InputOptions, forced: CorpusFormat | undefined): Promise<ReadResult | undefined> {
  try {
    const head = await readHeadText(file.absolute);
    if (head.binary) {
      if (!file.explicit) return undefined;
      throw new UserError(`cannot read ${file.display}: ${BINARY}`);
    }
    if (head.text.trim() === "") {
      if (!file.explicit && (forced ?? detectFormat(file.display, "")) === undefined) return undefined;
      throw new UserError(`cannot read ${file.display}: empty file`);
    }
    const format = chooseFormat(file, head.text, forced);
    if (format === undefined) return undefined;
    return await parseFile(file, format, head.encoding, options);
  } catch (error) {
    if (error instanceof CorpusError) throw new UserError(`cannot read ${error.message}`);
    throw fileSystemError(file.display, error); // permission denied, I/O error: one line, no stack
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
  const { files: candidates, skipped: unreadable } = await expandPaths(paths, options.cwd);
  const all: Paper[] = [];
  const skipped: SkippedRecord[] = unreadable;
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
  const { papers: deduped, duplicates } = dedupePapers(all);
  const keyed = uniqueIds(deduped);
  const { papers, truncated } = limitTexts(keyed.papers);
  const titleOnly = papers.filter((paper) => paper.abstract === "").length;
  const titledFromAbstract = papers.filter((paper) => paper.title_source === "abstract").length;
  return { papers, records: all.length, duplicates: duplicates.length, skipped, titleOnly, titledFromAbstract, files, renamedIds: keyed.renamed, truncated };
}

/** One line for progress output: "read 207 records from 3 files: 194 papers (13 duplicates merged, ...)". */
export function describeInputs(result: InputResult): string {
  const files = result.files.length === 1 ? "1 file" : `${result.files.length} files`;
  const notes = [`${result.duplicates} duplicates merged`, `${result.skipped.length} skipped`, `${result.titleOnly} title-only`];
  if (result.titledFromAbstract > 0) notes.push(`${result.titledFromAbstract} titled from the abstract`);
  if (result.renamedIds > 0) notes.push(`${result.renamedIds} shared ids keyed by file`);
  if (result.truncated > 0) notes.push(`${result.truncated} over ${MAX_ABSTRACT_CHARS.toLocaleString("en")} characters cut`);
  return `read ${result.records} records from ${files}: ${result.papers.length} papers (${notes.join(", ")})`;
}
