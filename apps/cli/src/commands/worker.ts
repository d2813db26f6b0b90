import type { Command, Io } from "../command";
import { UsageError } from "../errors";
import { parseCommandArgs, parseNumberOption } from "../options";
// The queue's modules load bullmq and ioredis (a quarter of a second), so every command but this
// one, and this one's help, goes without them: they are imported when a worker starts.
const DEFAULT_STALLED_AFTER_MS = 30_000;

const HELP = `fieldmap worker --redis URL [options]

Extracts shards of papers for builds run with \`fieldmap build ... --redis URL\`, on this host,
until Ctrl+C (or SIGTERM), which lets the running shard finish first. Start one worker per core
on as many hosts as you like; all must run the same fieldmap (a shard from a build of another
extractor version fails that build with one line).

Options:
  --redis URL           Redis the builds queue on, e.g. redis://10.0.0.5:6379 (required)
  --concurrency N       shards this process runs at once (default 1; they share one thread, so
                        more processes, not more concurrency, use more cores)
  --stalled-after S     seconds after which the shard of a worker that died is run again by
                        another worker (lock duration and stalled check, default ${DEFAULT_STALLED_AFTER_MS / 1000})
  -h, --help            show this help`;

const WORKER_OPTIONS = {
  redis: { type: "string" },
  concurrency: { type: "string" },
  "stalled-after": { type: "string" },
} as const;

/** Resolves on the first SIGINT or SIGTERM. */
function interrupted(): Promise<string> {
  return new Promise((done) => {
    const stop = (signal: string) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      done(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

async function runWorker(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("worker", argv, WORKER_OPTIONS);
  if (positionals.length > 0) throw new UsageError(`worker: takes no inputs (got '${positionals[0]}'); the build sends the papers`);
  if (values.redis === undefined) throw new UsageError("worker: give --redis URL, e.g. --redis redis://127.0.0.1:6379");
  const concurrency = parseNumberOption("worker", "concurrency", values.concurrency, 1, { integer: true, min: 1, max: 64 });
  const stalledAfter = parseNumberOption("worker", "stalled-after", values["stalled-after"], DEFAULT_STALLED_AFTER_MS / 1000, { min: 1, max: 3600 });
  const { startQueueWorker } = await import("../extraction/queue-worker");
  const close = await startQueueWorker({
    redisUrl: values.redis,
    concurrency,
    stalledAfterMs: Math.round(stalledAfter * 1000),
    log: (line) => io.stderr(`${line}\n`),
  });
  io.stderr(`worker: waiting for shards on ${values.redis} (Ctrl+C to stop)\n`);
  const signal = await interrupted();
  io.stderr(`worker: ${signal}, finishing the running shard\n`);
  await close();
  return 0;
}

export const workerCommand: Command = {
  name: "worker",
  summary: "extract shards of papers queued on Redis by builds run with --redis",
  help: HELP,
  run: runWorker,
};
