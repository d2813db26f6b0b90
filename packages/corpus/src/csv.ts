/**
 * CSV and TSV with a header row (Scopus, Web of Science, spreadsheets), parsed by
 * csv-parse's WHATWG stream API so a 1 GB file streams record by record. Header names are
 * matched case-insensitively against common synonyms; `columns` overrides them.
 */
import { parse as parseCsv, type CsvError } from "csv-parse/stream";
import { recordToPaper } from "./fields";
import { requirePapers, skip } from "./result";
import { CorpusError, type Paper, type ReadResult, type SkippedRecord } from "./types";

export type CsvField = "id" | "title" | "abstract" | "date" | "year" | "authors" | "doi" | "url" | "arxivId" | "keywords";

/** Header synonyms per field, lower case; the first header that matches wins. */
export const CSV_COLUMN_SYNONYMS: Record<CsvField, string[]> = {
  id: ["id", "paper id", "paperid", "paper_id", "key", "eid", "ut (unique wos id)"],
  title: ["title", "article title", "document title", "paper title", "ti"],
  abstract: ["abstract", "summary", "ab", "description", "text"],
  date: ["date", "publication date", "publication_date", "published", "publishedat", "published at"],
  year: ["year", "publication year", "publication_year", "py", "pubyear"],
  authors: ["authors", "author", "author full names", "author names", "au"],
  doi: ["doi", "di"],
  url: ["url", "link"],
  arxivId: ["arxiv", "arxiv id", "arxivid", "arxiv_id", "eprint"],
  keywords: ["keywords", "author keywords", "tags", "categories", "de", "hints"],
};

export interface CsvOptions {
  delimiter: "," | "\t";
  /** Field -> header name, e.g. { title: "Title", abstract: "Abstract" }. */
  columns?: Record<string, string>;
  /** Lines the caller could not decode, line -> reason (see ReadOptions.badLines). */
  badLines?: ReadonlyMap<number, string>;
}

export const DEFAULT_CSV_OPTIONS: CsvOptions = { delimiter: "," };

type ColumnMap = Partial<Record<CsvField, number>>;

function mapColumns(header: string[], overrides: Record<string, string> | undefined, source: string): ColumnMap {
  const names = header.map((h) => h.replace(/^\uFEFF/, "").trim().toLowerCase());
  const map: ColumnMap = {};
  for (const [field, synonyms] of Object.entries(CSV_COLUMN_SYNONYMS) as [CsvField, string[]][]) {
    const index = names.findIndex((name) => synonyms.includes(name));
    if (index >= 0) map[field] = index;
  }
  for (const [field, column] of Object.entries(overrides ?? {})) {
    if (!(field in CSV_COLUMN_SYNONYMS)) throw new CorpusError(`unknown field '${field}' in columns (expected ${Object.keys(CSV_COLUMN_SYNONYMS).join(", ")})`, source);
    const index = names.indexOf(column.trim().toLowerCase());
    if (index < 0) throw new CorpusError(`no column named '${column}' (columns: ${header.join(", ")})`, source, 1);
    map[field as CsvField] = index;
  }
  // An abstract column alone is enough: each row is titled by its first sentence (fields.ts).
  if (map.title === undefined && map.abstract === undefined) {
    throw new CorpusError(`no title or abstract column (columns: ${header.slice(0, 12).join(", ")}; use --columns title=NAME)`, source, 1);
  }
  return map;
}

function rowToRecord(row: string[], map: ColumnMap): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [field, index] of Object.entries(map)) {
    const value = row[index]?.trim();
    if (value) record[field] = value;
  }
  return record;
}

/** Wraps an async iterable of chunks as a ReadableStream that pulls only when the parser asks. */
function toReadable(chunks: AsyncIterable<string> | Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = (Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]()) as
    AsyncIterator<string> | Iterator<string>;
  const encoder = new TextEncoder(); // csv-parse's stream API takes bytes
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

interface CsvRow {
  record: string[];
  /** lines: where the row ends; empty_lines: blank lines skipped so far. */
  info: { lines: number; empty_lines: number };
}

/** Where the previous row ended, to tell the lines a row spans (a quoted field may hold several). */
interface RowEnd {
  lines: number;
  empty_lines: number;
}

function firstBadLine(badLines: ReadonlyMap<number, string> | undefined, from: number, to: number): number | undefined {
  if (!badLines || badLines.size === 0) return undefined;
  for (let line = from; line <= to; line++) if (badLines.has(line)) return line; // rows come in order: linear overall
  return undefined;
}

function rowResult(row: CsvRow, map: ColumnMap, previous: RowEnd, source: string, badLines: CsvOptions["badLines"]): CsvRowResult {
  const end = row.info.lines;
  const bad = firstBadLine(badLines, previous.lines + 1, end);
  if (bad !== undefined) return { skipped: skip(source, bad, badLines!.get(bad)!) };
  // info.lines is the line where the row ends (a quoted abstract may span several).
  const paper = recordToPaper(rowToRecord(row.record, map), `${source}:${end}`);
  return typeof paper === "string" ? { skipped: skip(source, end, paper) } : { paper };
}

/**
 * A record csv-parse could not parse (in practice a quoted field never closed: a truncated
 * file), skipped with the line it starts on. At the end of the file that is the line after
 * the last row, pushed down by the blank lines skipped since; elsewhere the line of the error.
 */
function brokenRowSkip(error: CsvError, previous: RowEnd, source: string, kind: string): SkippedRecord {
  const end = numberOr(error.lines, undefined);
  if (error.code !== "CSV_QUOTE_NOT_CLOSED") return skip(source, end, `invalid ${kind}: ${parseErrorMessage(error)}`);
  const start = previous.lines + 1 + Math.max(0, numberOr(error.empty_lines, 0) - previous.empty_lines);
  const span = end !== undefined && end > start ? `; lines ${start}-${end} skipped` : "";
  return skip(source, start, `quoted field never closed (truncated file?)${span}`);
}

/** csv-parse errors carry their counters as untyped properties. */
function numberOr<T>(value: unknown, fallback: T): number | T {
  return typeof value === "number" ? value : fallback;
}

function parseErrorMessage(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}

/** One outcome per data row: the paper, or why the row was skipped. */
export type CsvRowResult = { paper: Paper } | { skipped: SkippedRecord };

/**
 * The incremental CSV/TSV parser: yields row by row and keeps nothing, so a caller that
 * does not collect (a counter, a bench, a streaming pipeline) runs in flat memory.
 */
export async function* parseCsvStream(
  chunks: AsyncIterable<string> | Iterable<string>,
  source: string,
  options: Partial<CsvOptions> = {},
): AsyncGenerator<CsvRowResult> {
  const merged = { ...DEFAULT_CSV_OPTIONS, ...options };
  // A record that fails to parse is skipped, not fatal: the rows before and after it are kept.
  const broken: CsvError[] = [];
  const rows = toReadable(chunks).pipeThrough(
    parseCsv({
      delimiter: merged.delimiter, bom: true, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => void (error && broken.push(error)),
    }),
  );
  const kind = merged.delimiter === "\t" ? "TSV" : "CSV";
  let map: ColumnMap | undefined;
  let previous: RowEnd = { lines: 0, empty_lines: 0 };
  for await (const row of rows as unknown as AsyncIterable<CsvRow>) {
    if (map) yield rowResult(row, map, previous, source, merged.badLines);
    else if (broken[0]) break; // the header itself was broken: the next row is no header
    else map = mapColumns(row.record, merged.columns, source);
    previous = row.info;
  }
  if (!map && broken[0]) throw new CorpusError(`invalid ${kind}: ${parseErrorMessage(broken[0])}`, source, numberOr(broken[0].lines, undefined));
  for (const error of broken) yield { skipped: brokenRowSkip(error, previous, source, kind) };
  if (!map) throw new CorpusError("no header row", source);
}

export async function readCsvStream(
  chunks: AsyncIterable<string> | Iterable<string>,
  source: string,
  options: Partial<CsvOptions> = {},
): Promise<ReadResult> {
  const papers: Paper[] = [];
  const skipped: SkippedRecord[] = [];
  for await (const row of parseCsvStream(chunks, source, options)) {
    if ("paper" in row) papers.push(row.paper);
    else skipped.push(row.skipped);
  }
  return requirePapers({ papers, skipped }, source, "rows");
}

/** Whole-text convenience over readCsvStream. */
export function readCsv(text: string, source: string, options: Partial<CsvOptions> = {}): Promise<ReadResult> {
  return readCsvStream([text], source, options);
}
