/**
 * The worker side of queue extraction (`fieldmap worker --redis URL`): takes shard jobs from
 * the queue and runs extractShard on them, the function a local worker thread runs, so a
 * shard's result does not depend on where it ran.
 *
 * Stalled jobs (BullMQ): a worker holds a lock on the job it runs and renews it every half
 * `stalledAfterMs`; every `stalledAfterMs` each worker looks for active jobs whose lock has
 * expired (their worker died) and moves them back to the wait list. A killed worker's shard so
 * runs again elsewhere after one to two `stalledAfterMs`. The default, 30 s, is BullMQ's; tests
 * use 2 s. Extraction yields to the event loop every few papers so that a busy worker still
 * renews its lock and is never taken for a dead one.
 */
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { UnrecoverableError, Worker, type Job } from "bullmq";
import { assertRedisReachable, QUEUE_NAME, type ShardJobData, type ShardJobResult } from "./queue-shared";
import { extractShard } from "./shard";
import { extractorVersion } from "./version";

export interface QueueWorkerOptions {
  redisUrl: string;
  /** Jobs this process runs at once (they share its one thread: start a process per core). */
  concurrency: number;
  /** Lock duration and stalled-check interval, in milliseconds. */
  stalledAfterMs: number;
  log: (line: string) => void;
  version?: string;
}

/**
 * Papers extracted between two yields to the event loop (some tens of milliseconds); the extractor
 * reads a slice's papers together (extractMany), the faster the more there are.
 */
const PAPERS_PER_SLICE = 32;

/**
 * Test-only hook (FIELDMAP_TEST_SHARD_DELAY_MS=<ms>): waits this long before each shard, so a
 * test can kill a worker while it holds a shard. Never set outside tests.
 */
async function testShardDelay(): Promise<void> {
  const ms = Number(process.env.FIELDMAP_TEST_SHARD_DELAY_MS);
  if (Number.isFinite(ms) && ms > 0) await new Promise((done) => setTimeout(done, ms));
}

function shardProcessor(version: string, log: (line: string) => void) {
  return async (job: Job<ShardJobData, ShardJobResult>): Promise<ShardJobResult> => {
    const { papers } = job.data;
    if (job.data.version !== version) {
      // Retrying elsewhere would not help if the hosts run different fieldmaps: fail the build now.
      throw new UnrecoverableError(`a worker runs extractor version ${version}, the build ${job.data.version}: run the same fieldmap on every host`);
    }
    log(`worker: shard ${job.id} started (${papers.length} papers)`);
    await testShardDelay();
    const results: ShardJobResult = [];
    for (let start = 0; start < papers.length; start += PAPERS_PER_SLICE) {
      results.push(...extractShard(papers.slice(start, start + PAPERS_PER_SLICE)));
      await yieldToEventLoop();
    }
    log(`worker: shard ${job.id} done`);
    return results;
  };
}

/** Starts a worker; resolves with a function that closes it gracefully (the running shards finish first). */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<() => Promise<void>> {
  await assertRedisReachable("worker", options.redisUrl);
  const version = options.version ?? extractorVersion();
  const worker = new Worker<ShardJobData, ShardJobResult>(QUEUE_NAME, shardProcessor(version, options.log), {
    connection: { url: options.redisUrl, maxRetriesPerRequest: null },
    concurrency: options.concurrency,
    lockDuration: options.stalledAfterMs,
    stalledInterval: options.stalledAfterMs,
    // A shard may lose its worker twice (two hosts going down) before it counts as failed.
    maxStalledCount: 2,
  });
  worker.on("error", (error) => options.log(`worker: ${error.message}`));
  await worker.waitUntilReady();
  return () => worker.close();
}
