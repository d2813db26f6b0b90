/** One entry point over every reader: `readCorpusText(format, text, source)` and its streaming twin. */
import { readCsvStream, type CsvOptions } from "./csv";
import { readDailyPapers, type DailyPapersOptions } from "./daily-papers";
import type { CorpusFormat } from "./detect";
import { readJson, readJsonl, readJsonlStream } from "./json";
import { readRis } from "./ris";
import type { ReadResult } from "./types";

export interface ReadOptions extends DailyPapersOptions {
  /** Column overrides for CSV/TSV: { title: "Title", abstract: "Abstract" }. */
  columns?: Record<string, string>;
  /**
   * Lines the caller could not decode (line -> reason, e.g. invalid UTF-8), for the streamed
   * formats: a record on such a line is skipped with that reason. The caller may fill the map
   * while the chunks are read: a record is checked once the chunks up to its end were pulled.
   */
  badLines?: ReadonlyMap<number, string>;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {};

function csvOptions(format: CorpusFormat, options: ReadOptions): Partial<CsvOptions> {
  const delimiter = format === "tsv" ? ("\t" as const) : ("," as const);
  return { delimiter, ...(options.columns ? { columns: options.columns } : {}), ...(options.badLines ? { badLines: options.badLines } : {}) };
}

/** Reads a whole file's text with the reader for `format`; throws CorpusError when nothing is usable. */
export async function readCorpusText(format: CorpusFormat, text: string, source: string, options: ReadOptions = {}): Promise<ReadResult> {
  const merged = { ...DEFAULT_READ_OPTIONS, ...options };
  switch (format) {
    case "daily-papers":
      return readDailyPapers(text, source, merged);
    case "jsonl":
      return readJsonl(text, source);
    case "json":
      return readJson(text, source);
    case "csv":
    case "tsv":
      return readCsvStream([text], source, csvOptions(format, merged));
    case "arxiv-atom":
      return (await import("./atom")).readArxivAtom(text, source);
    case "bibtex":
      return (await import("./bibtex")).readBibtex(text, source);
    case "ris":
      return readRis(text, source);
  }
}

/** JSONL, CSV and TSV are parsed chunk by chunk (flat memory); other formats are joined and read whole. */
export async function readCorpusStream(
  format: CorpusFormat,
  chunks: AsyncIterable<string>,
  source: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const merged = { ...DEFAULT_READ_OPTIONS, ...options };
  if (format === "jsonl") return readJsonlStream(chunks, source, merged.badLines);
  if (format === "csv" || format === "tsv") return readCsvStream(chunks, source, csvOptions(format, merged));
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return readCorpusText(format, text, source, merged);
}
