/**
 * The dev corpus (../shared/corpora/arxiv-daily-2025a.jsonl, 7,229 real arXiv papers), read in
 * place: the benchmarks resample it to build big corpora, or extract it as it is.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DEV_CORPUS = path.join(ROOT, "..", "shared", "corpora", "arxiv-daily-2025a.jsonl");

export interface DevRecord {
  title: string;
  abstract: string;
  date?: string;
}

export function hasDevCorpus(): boolean {
  return existsSync(DEV_CORPUS);
}

/** Its records in file order. */
export function readDevRecords(): DevRecord[] {
  return readCorpusRecords(DEV_CORPUS);
}

/** The records of a JSONL corpus at `file`, in file order (a bundled benchmark is given the path, as DEV_CORPUS is found from this file's place). */
export function readCorpusRecords(file: string): DevRecord[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as DevRecord);
}
