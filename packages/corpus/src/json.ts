/**
 * JSON and JSON Lines readers. JSONL is also exposed as a push parser
 * (`createJsonlParser`) and an async reader over lines, so a 1 GB file is never held whole.
 */
import { isObject, recordToPaper } from "./fields";
import { parseJsonKeepingBigIntegers } from "./json-text";
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

/** `badLines`: lines the caller could not decode (line -> reason), skipped with that reason. */
export function createJsonlParser(source: string, badLines?: ReadonlyMap<number, string>): JsonlParser {
  const skipped: SkippedRecord[] = [];
  return {
    skipped,
    push(line, lineNumber) {
      const bad = badLines?.get(lineNumber);
      if (bad !== undefined) {
        skipped.push(skip(source, lineNumber, bad));
        return undefined;
      }
      if (line.trim() === "") return undefined;
      let value: unknown;
      try {
        value = parseJsonKeepingBigIntegers(line);
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
export async function readJsonlStream(
  chunks: AsyncIterable<string> | Iterable<string>,
  source: string,
  badLines?: ReadonlyMap<number, string>,
): Promise<ReadResult> {
  const parser = createJsonlParser(source, badLines);
  const papers: Paper[] = [];
  let lineNumber = 0;
  for await (const line of splitLines(chunks)) {
    lineNumber += 1;
    const paper = parser.push(line, lineNumber);
    if (paper) papers.push(paper);
  }
  return requirePapers({ papers, skipped: parser.skipped }, source);
}

/** Keys under which API pages list their records (OpenAlex/S2 results/data, ...). */
export const JSON_RECORD_KEYS = ["results", "data", "papers", "items", "works"] as const;

/** One list of records in a JSON document; `key` names it when it sits under an object key. */
export interface JsonRecordList {
  key?: string;
  records: unknown[];
}

/** Top-level keys besides the record lists that also hold objects: named, not read. */
function ignoredArrays(page: Record<string, unknown>): string[] {
  return Object.entries(page)
    .filter(([key, inner]) => !(JSON_RECORD_KEYS as readonly string[]).includes(key) && Array.isArray(inner) && inner.some(isObject))
    .map(([key, inner]) => `"${key}" (${(inner as unknown[]).length} items)`);
}

/**
 * The record lists of a JSON document: an array, every record list of an API page
 * ({results}, {data}, ... all of them when several), or one object as one record. `ignored`
 * names the page's other arrays of objects, so nothing is dropped without a word.
 */
export function jsonRecords(value: unknown): { lists: JsonRecordList[]; ignored: string[] } {
  if (Array.isArray(value)) return { lists: [{ records: value }], ignored: [] };
  if (!isObject(value)) return { lists: [], ignored: [] };
  const lists = JSON_RECORD_KEYS.filter((key) => Array.isArray(value[key])).map((key) => ({ key, records: value[key] as unknown[] }));
  if (lists.length === 0) return { lists: [{ records: [value] }], ignored: [] };
  return { lists, ignored: ignoredArrays(value) };
}

/** JSON array / API page / single work. Records are numbered from 1 across the document in `skipped`. */
export function readJson(text: string, source: string): ReadResult {
  let value: unknown;
  try {
    value = parseJsonKeepingBigIntegers(text);
  } catch (error) {
    throw new CorpusError(shortReason(error), source);
  }
  const { lists, ignored } = jsonRecords(value);
  if (lists.every((list) => list.records.length === 0)) throw new CorpusError("no records in the JSON document (expected an array of papers)", source);
  const papers: Paper[] = [];
  const skipped: SkippedRecord[] = ignored.map((what) => ({ source, reason: `array ${what} not read: records are read from ${JSON_RECORD_KEYS.join(", ")}` }));
  let number = 0;
  for (const list of lists) {
    // With several lists a reason says which one the record sat in.
    const where = lists.length > 1 ? `"${list.key}": ` : "";
    for (const record of list.records) {
      number += 1;
      const paper = recordToPaper(record, `${source}#${number}`);
      if (typeof paper === "string") skipped.push({ source, record: number, reason: `${where}${paper}` });
      else papers.push(paper);
    }
  }
  return requirePapers({ papers, skipped }, source);
}
