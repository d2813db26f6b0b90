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
import { extractOnPool, extractOnWorkers, type ExtractionPool } from "./pool";
import { startProgress, formatDuration, type ProgressSink } from "./progress";
import { openExtractionStore, type ExtractionStore } from "./store";
import { contentKey, extractorVersion } from "./version";

/** Below this many papers to extract, worker start-up (about a second each: tsx, compromise, lexicon) costs more than it saves. */
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

// Papers a build without worker threads extracts at a time: enough for the extractor's batches,
// few enough that the progress line moves.
const IN_PROCESS_SLICE = 64;

/**
 * Extracts distinct texts, in this thread or on workers, with progress. A pool started before
 * reading (early-thread.ts) takes them even when they are few, on the one thread it has started.
 */
async function extractTexts(texts: ExtractionText[], settings: ExtractionSettings, pool?: ExtractionPool): Promise<{ results: CompactExtraction[]; workers: number }> {
  const useWorkers = settings.workers > 1 && (settings.workersGiven || texts.length >= MIN_PAPERS_FOR_WORKERS);
  if (texts.length === 0) return { results: [], workers: 1 };
  const sink = texts.length >= MIN_PAPERS_FOR_PROGRESS ? settings.sink : undefined;
  const progress = startProgress("extract", texts.length, sink, { unit: "papers" });
  try {
    if (settings.redis !== undefined) {
      // Loaded only here: bullmq and ioredis take a quarter of a second that other builds skip.
      const { extractOnQueue } = await import("./queue");
      const queued = { redisUrl: settings.redis, onProgress: (n: number) => progress.advance(n), note: settings.note, ...(settings.version ? { version: settings.version } : {}) };
      return { results: await extractOnQueue(texts, queued), workers: 1 };
    }
    if (pool && useWorkers) return { results: await extractOnPool(pool, texts, settings.workers, (n) => progress.advance(n)), workers: settings.workers };
    if (pool) {
      // Few papers: one task, so the pool keeps to the thread it has started.
      const results = await pool.run(texts.map(({ title, abstract }) => ({ title, abstract })));
      progress.advance(texts.length);
      return { results, workers: 1 };
    }
    if (useWorkers) return { results: await extractOnWorkers(texts, settings.workers, (n) => progress.advance(n)), workers: settings.workers };
    // Loaded only here: the extractor's compromise and tables take half a second of start-up,
    // which a build whose papers are all stored, or extracted on worker threads, skips.
    const { extractShard } = await import("./shard");
    // A slice at a time, so progress moves; the extractor reads a slice's papers together (extractMany).
    const results: CompactExtraction[] = [];
    for (let start = 0; start < texts.length; start += IN_PROCESS_SLICE) {
      const slice = texts.slice(start, start + IN_PROCESS_SLICE);
      results.push(...extractShard(slice));
      progress.advance(slice.length);
    }
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

/**
 * Each paper's mentions and relations, from the store where it has them; the others are
 * extracted on `pool` when the caller started one (early-thread.ts; the caller destroys it).
 */
export async function extractCorpus(papers: readonly Paper[], settings: ExtractionSettings = DEFAULT_EXTRACTION_SETTINGS, pool?: ExtractionPool): Promise<CorpusExtraction> {
  // Key each paper by its text; papers with the same text are extracted once.
  const keys = papers.map(contentKey);
  const expansion = new PaperOrderExpansion(papers, keys);
  // The stored results are expanded while the pool extracts the others, then those.
  const known = await compactResults(papers, keys, settings, pool, (stored) => expansion.expand(stored));
  expansion.expand(known);
  return expansion.result();
}

/**
 * The compact result of each distinct text: from the store where it has it, else extracted and
 * stored. `whileExtracting` gets the stored results while the others are extracted on the pool.
 */
async function compactResults(
  papers: readonly Paper[],
  keys: readonly string[],
  settings: ExtractionSettings,
  pool: ExtractionPool | undefined,
  whileExtracting: (stored: Map<string, CompactExtraction>) => void,
): Promise<Map<string, CompactExtraction>> {
  const started = performance.now();
  const store = openStore(settings);
  try {
    const known = new Map<string, CompactExtraction>();
    const distinct = [...new Set(keys)];
    const firstPaper = new Map<string, Paper>();
    papers.forEach((paper, i) => firstPaper.has(keys[i]!) || firstPaper.set(keys[i]!, paper));
    const extract = (missing: readonly string[]) => extractTexts(missing.map((key) => firstPaper.get(key)!), settings, pool);
    // 1. The store's results. With a pool, the store first tells which texts it lacks and the
    // pool's thread starts on them while this one reads the stored results; else they follow.
    const early: { missing?: readonly string[]; run?: ReturnType<typeof extract> } = {};
    const startEarly = (missing: readonly string[]) => Object.assign(early, { missing, run: extract(missing) });
    store?.getMany(distinct, pool && startEarly).forEach((result, i) => result && known.set(distinct[i]!, result));
    const missing = early.missing ?? distinct.filter((key) => !known.has(key));
    whileExtracting(known);
    const { results, workers } = await (early.run ?? extract(missing));
    missing.forEach((key, i) => known.set(key, results[i]!));
    const stored = distinct.length - missing.length;
    // 2. Keep the extracted ones.
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
 * in both forms at once (about 1 GB of compact tuples at a million papers, issue 16). Papers
 * are expanded as their results become known: the stored ones first, then the extracted ones.
 */
class PaperOrderExpansion {
  private readonly lastPaper = new Map<string, number>();
  private readonly mentionsByPaper: (Mention[] | undefined)[];
  private readonly relationsByPaper: (Relation[] | undefined)[];

  constructor(
    private readonly papers: readonly Paper[],
    private readonly keys: readonly string[],
  ) {
    keys.forEach((key, i) => this.lastPaper.set(key, i));
    this.mentionsByPaper = new Array<Mention[] | undefined>(papers.length).fill(undefined);
    this.relationsByPaper = new Array<Relation[] | undefined>(papers.length).fill(undefined);
  }

  /** Expands every paper not yet expanded whose result `known` holds. */
  expand(known: Map<string, CompactExtraction>): void {
    this.papers.forEach((paper, i) => {
      const key = this.keys[i]!;
      const compact = known.get(key);
      if (compact === undefined || this.mentionsByPaper[i] !== undefined) return;
      this.mentionsByPaper[i] = expandMentions(paper, compact.mentions);
      this.relationsByPaper[i] = expandRelations(paper, compact.relations);
      if (this.lastPaper.get(key) === i) known.delete(key);
    });
  }

  result(): CorpusExtraction {
    if (this.mentionsByPaper.includes(undefined)) throw new Error("a paper's extraction result is missing");
    return { mentionsByPaper: this.mentionsByPaper as Mention[][], relationsByPaper: this.relationsByPaper as Relation[][] };
  }
}
