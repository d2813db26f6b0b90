/**
 * What the build (queue.ts) and `fieldmap worker` (queue-worker.ts) agree on: the queue's name,
 * a job's data and result, and how a Redis URL is reached.
 *
 * A job carries the papers' text (title and abstract, ~1.2 KB a paper), not a slice of the
 * input files: a worker on another host then needs no access to the inputs, no copy of the
 * readers' options and no shared file system, and what it extracts is exactly what the build
 * would have extracted locally. Redis holds a shard only while it waits or runs (the build
 * deletes each job once its result is read), so its memory follows the queue, not the corpus.
 */
import { Redis } from "ioredis";
import { UserError } from "../errors";
import type { CompactExtraction, ExtractionText } from "./compact";

export const QUEUE_NAME = "fieldmap-extract";

export interface ShardJobData {
  /** The build's extractor version: a worker running another one refuses the job. */
  version: string;
  papers: ExtractionText[];
}

/** extractShard's results for the job's papers, in their order. */
export type ShardJobResult = CompactExtraction[];

/**
 * Connects to `url` once, failing fast: BullMQ's own clients retry forever, so an unreachable
 * server would leave a build or a worker waiting in silence. Throws a one-line UserError.
 */
export async function assertRedisReachable(command: string, url: string): Promise<void> {
  let client: Redis;
  try {
    client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5_000 });
  } catch (error) {
    throw new UserError(`${command}: --redis expects a URL such as redis://127.0.0.1:6379 (${(error as Error).message})`, 2);
  }
  // The socket's error (ECONNREFUSED, ENOTFOUND) says more than connect()'s "Connection is closed".
  let socketError: Error | undefined;
  client.on("error", (error: Error) => (socketError ??= error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const reason = (socketError ?? (error as Error)).message || "connection failed";
    throw new UserError(`${command}: cannot reach Redis at ${url} (${reason}); start redis-server there or fix --redis`);
  } finally {
    client.disconnect();
  }
}
