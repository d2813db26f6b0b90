/**
 * Extraction as jobs on BullMQ over Redis (`fieldmap build --redis URL`): the build cuts the
 * papers into shards, enqueues one job per shard, and `fieldmap worker` processes on any host
 * run each with extractShard, the function a local worker thread runs. Results are placed by
 * shard index, so the papers' order, and so the map, is that of a local build whichever worker
 * finished first, or how often a shard was retried.
 *
 * A worker killed mid-shard loses nothing: it stops renewing the job's lock, another worker's
 * stalled-job check moves the job back to the wait list (queue-worker.ts), and it runs again.
 * A shard that fails ATTEMPTS times (an error, not a stall) fails the build with one line.
 */
import { randomUUID } from "node:crypto";
import { Queue, QueueEvents, type Job } from "bullmq";
import { UserError } from "../errors";
import type { CompactExtraction, ExtractionText } from "./compact";
import { assertRedisReachable, QUEUE_NAME, type ShardJobData, type ShardJobResult } from "./queue-shared";
import { extractorVersion } from "./version";

/** Tries of a shard whose processing threw, before the build gives up. */
export const ATTEMPTS = 3;
/** Small enough that a killed worker costs little and progress moves often; large enough that Redis round trips cost little. */
const MAX_SHARD = 250;
/** Enough shards that a handful of workers share the corpus evenly. */
const MIN_SHARDS = 64;
/** Shards waiting or running at once: 256 of 250 papers is ~100 MB of text in Redis at most. */
const MAX_QUEUED_SHARDS = 256;

export function queueShardSize(papers: number): number {
  return Math.max(1, Math.min(MAX_SHARD, Math.ceil(papers / MIN_SHARDS)));
}

export interface QueueExtractionOptions {
  redisUrl: string;
  onProgress: (papersDone: number) => void;
  note: (line: string) => void;
  version?: string;
}

/** Reads a job's result whether the event delivered it parsed or as JSON text. */
function asResult(value: unknown): ShardJobResult {
  return (typeof value === "string" ? JSON.parse(value) : value) as ShardJobResult;
}

/** Waits for one shard, deletes its job, returns its result; a permanent failure is one line. */
async function awaitShard(job: Job<ShardJobData>, events: QueueEvents, index: number, shards: number): Promise<ShardJobResult> {
  try {
    const result = asResult(await job.waitUntilFinished(events));
    await job.remove().catch(() => {}); // already gone is fine: the result is what matters
    return result;
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0];
    throw new UserError(`build: shard ${index + 1} of ${shards} failed on the workers after up to ${ATTEMPTS} attempts: ${reason}`);
  }
}

/** The shards of `papers`: only the two fields extraction reads go on the queue. */
function cutShards(papers: readonly ExtractionText[]): ExtractionText[][] {
  const size = queueShardSize(papers.length);
  const shards: ExtractionText[][] = [];
  for (let start = 0; start < papers.length; start += size) shards.push(papers.slice(start, start + size).map(({ title, abstract }) => ({ title, abstract })));
  return shards;
}

/** Extracts `papers` on whatever `fieldmap worker` processes listen on the Redis at `redisUrl`. */
export async function extractOnQueue(papers: readonly ExtractionText[], options: QueueExtractionOptions): Promise<CompactExtraction[]> {
  // Everything came from the incremental store: nothing to queue, no Redis needed.
  if (papers.length === 0) return [];
  await assertRedisReachable("build", options.redisUrl);
  const connection = { url: options.redisUrl };
  const queue = new Queue<ShardJobData, ShardJobResult>(QUEUE_NAME, { connection });
  const events = new QueueEvents(QUEUE_NAME, { connection });
  // Each shard's waitUntilFinished listens for the queue closing: one listener per shard is expected.
  queue.setMaxListeners(0);
  const jobs: Job<ShardJobData>[] = [];
  let stopped = false;
  try {
    await events.waitUntilReady();
    const shards = cutShards(papers);
    const version = options.version ?? extractorVersion();
    // Ids name this build, so two builds can share the queue.
    const run = randomUUID();
    options.note(`extract: ${shards.length} shards of up to ${shards[0]?.length ?? 0} papers for ${options.redisUrl}; waiting for fieldmap worker processes`);
    // 1. At most MAX_QUEUED_SHARDS shards in Redis at once (each lane adds its next shard when
    // one finishes), so Redis holds a window of the corpus, not all of it.
    // 2. Results by shard index, whatever order they finish in.
    const results: ShardJobResult[] = new Array<ShardJobResult>(shards.length);
    let next = 0;
    const lane = async () => {
      while (!stopped && next < shards.length) {
        const index = next++;
        const opts = { jobId: `${run}-${index}`, attempts: ATTEMPTS, backoff: { type: "fixed", delay: 1_000 } };
        const job = await queue.add("shard", { version, papers: shards[index]! }, opts);
        jobs.push(job);
        results[index] = await awaitShard(job, events, index, shards.length);
        options.onProgress(results[index].length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(MAX_QUEUED_SHARDS, shards.length) }, lane));
    return results.flat();
  } finally {
    stopped = true;
    // A failed or interrupted build leaves no work behind (a job a worker holds cannot be removed; it is left to finish).
    await Promise.all(jobs.map((job) => queue.remove(job.id!).catch(() => 0)));
    await events.close();
    await queue.close();
  }
}
