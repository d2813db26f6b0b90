/**
 * Extraction on worker threads. piscina rather than bare node:worker_threads: it is a kept
 * pool (start-up, a task queue, a failed task rejecting its promise, teardown) that would
 * otherwise be hand-written here. Each task is one shard (shard.ts); results come back per
 * shard and are placed by shard index, so the order of papers, and so the output, does not
 * depend on which worker finished first or on the number of workers.
 */
import { Piscina } from "piscina";
import type { CompactExtraction, ExtractionText } from "./compact";

/** The worker entry registers tsx before loading shard.ts (see the file). */
const WORKER_ENTRY = new URL("./worker-entry.mjs", import.meta.url);

/** Enough shards per worker that a slow one does not leave the others idle at the end. */
const SHARDS_PER_WORKER = 8;
/** Small enough to report progress often, large enough that messaging costs little. */
const MAX_SHARD = 250;

export function shardSize(papers: number, workers: number): number {
  return Math.max(1, Math.min(MAX_SHARD, Math.ceil(papers / (workers * SHARDS_PER_WORKER))));
}

export type ExtractionPool = Piscina<ExtractionText[], CompactExtraction[]>;

/**
 * A pool of up to `workers` threads, each loading the extractor as it starts; `startThreads` of
 * them start now, the others when tasks wait for a thread.
 */
export function createExtractionPool(workers: number, startThreads = workers): ExtractionPool {
  return new Piscina<ExtractionText[], CompactExtraction[]>({
    filename: WORKER_ENTRY.href,
    minThreads: startThreads,
    maxThreads: workers,
    // One shard at a time per thread: extraction is CPU-bound.
    concurrentTasksPerWorker: 1,
  });
}

/**
 * Extracts `papers` on `workers` threads; `onProgress(n)` is called as each shard of n papers
 * completes. Results are in the order of `papers`. The pool is always torn down.
 */
export async function extractOnWorkers(
  papers: readonly ExtractionText[],
  workers: number,
  onProgress: (papersDone: number) => void,
): Promise<CompactExtraction[]> {
  const pool = createExtractionPool(workers);
  try {
    return await extractOnPool(pool, papers, workers, onProgress);
  } finally {
    await pool.destroy();
  }
}

/**
 * extractOnWorkers on a pool the caller owns (the scale benchmark times a pool already started,
 * a build may have started one before reading: early-thread.ts).
 */
export async function extractOnPool(
  pool: ExtractionPool,
  papers: readonly ExtractionText[],
  workers: number,
  onProgress: (papersDone: number) => void,
): Promise<CompactExtraction[]> {
  const size = shardSize(papers.length, workers);
  const tasks: Promise<CompactExtraction[]>[] = [];
  for (let start = 0; start < papers.length; start += size) {
    // Only the two fields extraction reads cross the thread boundary.
    const shard = papers.slice(start, start + size).map(({ title, abstract }) => ({ title, abstract }));
    tasks.push(
      pool.run(shard).then((results) => {
        onProgress(shard.length);
        return results;
      }),
    );
  }
  return (await Promise.all(tasks)).flat();
}
