/**
 * Extraction of a whole corpus, the pipeline's extract stage: results come from the
 * incremental store where it has them, the rest are extracted (on worker threads for large
 * corpora), stored, and rebuilt into Mention and Relation objects in paper order. The same papers give the
 * same mentions whatever the number of workers and whatever the store held.
 */
import { availableParallelism } from "node:os";
import type { Paper } from "@fieldmap/corpus";
import type { Mention, Relation } from "@fieldmap/extract";
import { expandMentions, type CompactExtraction, type ExtractionText } from "./compact";
import { expandRelations } from "./compact-relations";
import { extractOnWorkers } from "./pool";
import { extractOnQueue } from "./queue";
import { startProgress, formatDuration, type ProgressSink } from "./progress";
import { extractShard } from "./shard";
import { openExtractionStore, type ExtractionStore } from "./store";
import { contentKey, extractorVersion } from "./version";

/** Below this many papers to extract, worker start-up (~1-2 s each: tsx, compromise, lexicon) costs more than it saves. */
export const MIN_PAPERS_FOR_WORKERS = 2_000;

/** Extracting fewer papers takes seconds: no progress bar or lines. */
export const MIN_PAPERS_FOR_PROGRESS = 1_000;

export interface ExtractionSettings {
  /** Threads; 1 extracts in this thread. */
  workers: number;
  /** The user chose `workers`: use them even for a small corpus. */
  workersGiven: boolean;
  /** Directory of the incremental store; undefined: no store. */
  cacheDir?: string;
  /** Progress bar or lines; undefined: none. */
  sink?: ProgressSink;
  /** One-line notes (what came from the store, a store that could not be opened). */
  note: (line: string) => void;
  /** Redis URL: extract on `fieldmap worker` processes through BullMQ (queue.ts) instead of here. */
  redis?: string;
  /** Extractor version; defaults to the hash of the lexicon and extractor sources. */
  version?: string;
}

export const DEFAULT_EXTRACTION_SETTINGS: ExtractionSettings = {
  workers: 1,
  workersGiven: false,
  note: () => {},
};

export function defaultWorkerCount(): number {
  return availableParallelism();
}

/** Opens the store, or says why not and goes on without it: a store never stops a build. */
function openStore(settings: ExtractionSettings): ExtractionStore | undefined {
  if (settings.cacheDir === undefined) return undefined;
  try {
    return openExtractionStore(settings.cacheDir, settings.version ?? extractorVersion());
  } catch (error) {
    settings.note(`cannot use the extraction cache ${settings.cacheDir} (${(error as Error).message}); extracting every paper`);
    return undefined;
  }
}

/** Extracts distinct texts, in this thread or on workers, with progress. */
async function extractTexts(texts: ExtractionText[], settings: ExtractionSettings): Promise<{ results: CompactExtraction[]; workers: number }> {
  const useWorkers = settings.workers > 1 && (settings.workersGiven || texts.length >= MIN_PAPERS_FOR_WORKERS);
  const sink = texts.length >= MIN_PAPERS_FOR_PROGRESS ? settings.sink : undefined;
  const progress = startProgress("extract", texts.length, sink, { unit: "papers" });
  try {
    if (settings.redis !== undefined) {
      const queued = { redisUrl: settings.redis, onProgress: (n: number) => progress.advance(n), note: settings.note, ...(settings.version ? { version: settings.version } : {}) };
      return { results: await extractOnQueue(texts, queued), workers: 1 };
    }
    if (useWorkers) return { results: await extractOnWorkers(texts, settings.workers, (n) => progress.advance(n)), workers: settings.workers };
    const results = texts.map((text) => {
      const [result] = extractShard([text]);
      progress.advance(1);
      return result!;
    });
    return { results, workers: 1 };
  } finally {
    progress.stop();
  }
}

/** Each paper's mentions and relations, both in the order of `papers`. */
export interface CorpusExtraction {
  mentionsByPaper: Mention[][];
  /** extractRelations's result for each paper: ends index that paper's own mentions. */
  relationsByPaper: Relation[][];
}

/** Each paper's mentions, in the order of `papers`. */
export async function extractPapers(papers: readonly Paper[], settings: ExtractionSettings = DEFAULT_EXTRACTION_SETTINGS): Promise<Mention[][]> {
  return (await extractCorpus(papers, settings)).mentionsByPaper;
}

/** Each paper's mentions and relations, from the store where it has them. */
export async function extractCorpus(papers: readonly Paper[], settings: ExtractionSettings = DEFAULT_EXTRACTION_SETTINGS): Promise<CorpusExtraction> {
  // Key each paper by its text; papers with the same text are extracted once.
  const keys = papers.map(contentKey);
  const known = await compactResults(papers, keys, settings);
  return expandInPaperOrder(papers, keys, known);
}

/** The compact result of each distinct text: from the store where it has it, else extracted and stored. */
async function compactResults(papers: readonly Paper[], keys: readonly string[], settings: ExtractionSettings): Promise<Map<string, CompactExtraction>> {
  const started = performance.now();
  const store = openStore(settings);
  try {
    // 1. Results the store has.
    const known = new Map<string, CompactExtraction>();
    const distinct = [...new Set(keys)];
    if (store) store.getMany(distinct).forEach((result, i) => result && known.set(distinct[i]!, result));
    const stored = known.size;
    // 2. Extract the others and keep them.
    const missing = distinct.filter((key) => !known.has(key));
    const firstPaper = new Map<string, Paper>();
    papers.forEach((paper, i) => firstPaper.has(keys[i]!) || firstPaper.set(keys[i]!, paper));
    const { results, workers } = await extractTexts(missing.map((key) => firstPaper.get(key)!), settings);
    missing.forEach((key, i) => known.set(key, results[i]!));
    store?.putMany(missing.map((key, i) => [key, results[i]!] as const));
    const seconds = (performance.now() - started) / 1000;
    const where = workers > 1 ? ` on ${workers} workers` : "";
    const from = store ? `, ${stored.toLocaleString("en-US")} read from the cache` : "";
    settings.note(`extract: ${missing.length.toLocaleString("en-US")} papers extracted${where} in ${formatDuration(seconds)}${from}`);
    return known;
  } finally {
    store?.close();
  }
}

/**
 * Mention and Relation objects in paper order, their strings slices of each paper's text. A
 * compact result is let go once its last paper is expanded, so the whole corpus is never held
 * in both forms at once (about 1 GB of compact tuples at a million papers, issue 16).
 */
function expandInPaperOrder(papers: readonly Paper[], keys: readonly string[], known: Map<string, CompactExtraction>): CorpusExtraction {
  const lastPaper = new Map<string, number>();
  keys.forEach((key, i) => lastPaper.set(key, i));
  const mentionsByPaper: Mention[][] = [];
  const relationsByPaper: Relation[][] = [];
  papers.forEach((paper, i) => {
    const key = keys[i]!;
    const compact = known.get(key)!;
    mentionsByPaper.push(expandMentions(paper, compact.mentions));
    relationsByPaper.push(expandRelations(paper, compact.relations));
    if (lastPaper.get(key) === i) known.delete(key);
  });
  return { mentionsByPaper, relationsByPaper };
}
