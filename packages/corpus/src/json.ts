/**
 * JSON and JSON Lines readers. JSONL is also exposed as a push parser
 * (`createJsonlParser`) and an async reader over lines, so a 1 GB file is never held whole.
 */
import { isObject, recordToPaper } from "./fields";
import { splitLines } from "./lines";
import { requirePapers, skip } from "./result";
import { CorpusError, type Paper, type ReadResult, type SkippedRecord } from "./types";

export interface JsonlParser {
  /** Feeds one line (1-based line number); returns the paper it held, if any. */
  push(line: string, lineNumber: number): Paper | undefined;
  /** Records the caller could not use so far. */
  readonly skipped: SkippedRecord[];
}

function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `invalid JSON (${message.split("\n")[0]!.slice(0, 120)})`;
}

export function createJsonlParser(source: string): JsonlParser {
  const skipped: SkippedRecord[] = [];
  return {
    skipped,
    push(line, lineNumber) {
      if (line.trim() === "") return undefined;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        skipped.push(skip(source, lineNumber, shortReason(error)));
        return undefined;
      }
      const paper = recordToPaper(value, `${source}:${lineNumber}`);
      if (typeof paper === "string") {
        skipped.push(skip(source, lineNumber, paper));
        return undefined;
      }
      return paper;
    },
  };
}

/** Whole-text JSONL reader (small files and tests); the CLI streams with createJsonlParser. */
export function readJsonl(text: string, source: string): ReadResult {
  const parser = createJsonlParser(source);
  const papers: Paper[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const paper = parser.push(line, index + 1);
    if (paper) papers.push(paper);
  });
  return requirePapers({ papers, skipped: parser.skipped }, source);
}

/** Reads JSONL from a stream of text chunks (a file stream, a test array), one line at a time. */
export async function readJsonlStream(chunks: AsyncIterable<string> | Iterable<string>, source: string): Promise<ReadResult> {
  const parser = createJsonlParser(source);
  const papers: Paper[] = [];
  let lineNumber = 0;
  for await (const line of splitLines(chunks)) {
    lineNumber += 1;
    const paper = parser.push(line, lineNumber);
    if (paper) papers.push(paper);
  }
  return requirePapers({ papers, skipped: parser.skipped }, source);
}

/** The records of a JSON document: an array, an API page ({results}, {data}, {papers}), or one object. */
export function jsonRecords(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isObject(value)) {
    for (const key of ["results", "data", "papers", "items", "works"]) {
      const inner = value[key];
      if (Array.isArray(inner)) return inner;
    }
    return [value];
  }
  return [];
}

/** JSON array / API page / single work. Records are numbered from 1 in `skipped`. */
export function readJson(text: string, source: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CorpusError(shortReason(error), source);
  }
  const records = jsonRecords(value);
  if (records.length === 0) throw new CorpusError("no records in the JSON document (expected an array of papers)", source);
  const papers: Paper[] = [];
  const skipped: SkippedRecord[] = [];
  records.forEach((record, index) => {
    const paper = recordToPaper(record, `${source}#${index + 1}`);
    if (typeof paper === "string") skipped.push({ source, record: index + 1, reason: paper });
    else papers.push(paper);
  });
  return requirePapers({ papers, skipped }, source);
}
