/** One entry point over every whole-text reader: `readCorpusText(format, text, source)`. */
import { readDailyPapers, type DailyPapersOptions } from "./daily-papers";
import type { CorpusFormat } from "./detect";
import { readJson, readJsonl, readJsonlStream } from "./json";
import { CorpusError, type ReadResult } from "./types";

export interface ReadOptions extends DailyPapersOptions {
  /** Column overrides for CSV/TSV: { title: "Title", abstract: "Abstract" }. */
  columns?: Record<string, string>;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {};

export function readCorpusText(format: CorpusFormat, text: string, source: string, options: ReadOptions = {}): ReadResult {
  const merged = { ...DEFAULT_READ_OPTIONS, ...options };
  switch (format) {
    case "daily-papers":
      return readDailyPapers(text, source, merged);
    case "jsonl":
      return readJsonl(text, source);
    case "json":
      return readJson(text, source);
    default:
      throw new CorpusError(`the ${format} reader is not available yet`, source);
  }
}

/** Stream entry point for the formats read chunk by chunk (JSONL, CSV, TSV); others are joined and read whole. */
export async function readCorpusStream(
  format: CorpusFormat,
  chunks: AsyncIterable<string>,
  source: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  if (format === "jsonl") return readJsonlStream(chunks, source);
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return readCorpusText(format, text, source, options);
}
