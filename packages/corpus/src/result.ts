import { CorpusError, type ReadResult, type SkippedRecord } from "./types";

/**
 * Every reader ends here: a file that yields no paper at all is an error (the user gave us
 * the wrong file), while a file with some bad records is read and the bad ones reported.
 */
export function requirePapers(result: ReadResult, source: string, what = "papers"): ReadResult {
  if (result.papers.length > 0) return result;
  const first = result.skipped[0];
  if (first === undefined) throw new CorpusError(`no ${what} found`, source);
  const more = result.skipped.length > 1 ? ` (and ${result.skipped.length - 1} more skipped records)` : "";
  throw new CorpusError(`no usable ${what}: ${first.reason}${more}`, source, first.line);
}

export function skip(source: string, line: number | undefined, reason: string): SkippedRecord {
  return line === undefined ? { source, reason } : { source, line, reason };
}
