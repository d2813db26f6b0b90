/**
 * An extraction thread started before the inputs are read, when the build's store already
 * holds the results of a large corpus: a rebuild that adds a few papers to it. Reading is the
 * main thread's work while the other core has none, so the thread's start-up (tsx, compromise,
 * the lexicon) costs the build nothing there; the new or changed papers then go to it, however
 * few, while the main thread reads the stored results back (extract-papers.ts). A +1% rebuild of
 * the 100k corpus had extracted its 1,000 new papers on the main thread, cold, after the store:
 * its extract stage took 5.4-6.8 s, and 4.4-5.3 s this way.
 *
 * Without a store there is nothing to overlap (every paper is extracted, on as many threads as
 * the build has, started after reading as before); with one worker, or BullMQ, the build keeps
 * to its own way. And the thread's start-up is not free: it loads its modules beside the main
 * thread's reading (a thread of its own and its loader's), slowing it. A rebuild of the 7,229-paper
 * dev corpus with nothing new took 0.8 s longer to read and look up with it (1.5 against 0.7 s),
 * so a store of a smaller corpus than about 20,000 papers starts none.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import type { ExtractionSettings } from "./extract-papers";
import { createExtractionPool, type ExtractionPool } from "./pool";
import { STORE_FILE } from "./store";

/** About 20,000 papers' results (760 bytes each at 100k papers). */
export const EARLY_MIN_STORE_BYTES = 16 * 1024 * 1024;

export function startEarlyExtraction(settings: ExtractionSettings | undefined, minStoreBytes = EARLY_MIN_STORE_BYTES): EarlyExtraction | undefined {
  if (!settings || settings.workers < 2 || settings.redis !== undefined || settings.cacheDir === undefined) return undefined;
  const size = statSync(join(settings.cacheDir, STORE_FILE), { throwIfNoEntry: false })?.size;
  if (size === undefined || size < minStoreBytes) return undefined;
  // One thread now; the pool grows to `workers` if many papers turn out to be new.
  return new EarlyExtraction(createExtractionPool(settings.workers, 1));
}

/**
 * The early thread, ended once extraction is done without the build waiting for it: a rebuild
 * that finds every paper in the store may be done with it before it has loaded the extractor.
 */
export class EarlyExtraction {
  private stopped: Promise<void> | undefined;

  constructor(readonly pool: ExtractionPool) {}

  /**
   * Ends the thread: at once when it has run a task, so it is up (its heap goes before the
   * build's peak), else in the background once it is up (stopEarlyExtraction).
   */
  release(): void {
    this.stopped ??= (this.pool.completed > 0 ? this.pool.destroy() : stopEarlyExtraction(this.pool)).catch(() => {});
  }

  /** Ends the thread if that has not begun, and waits until it has ended. */
  async close(): Promise<void> {
    this.release();
    await this.stopped;
  }
}

/**
 * Waits for the thread to have loaded the extractor, then ends it. Node 20 aborts the whole
 * process when a thread is terminated while it is still loading its modules, as it would be
 * when a rebuild found every paper in the store before the thread was up.
 */
async function stopEarlyExtraction(pool: ExtractionPool): Promise<void> {
  // An empty shard is answered once the worker's entry has loaded (or has failed to).
  await pool.run([]).catch(() => {});
  await pool.destroy();
}
