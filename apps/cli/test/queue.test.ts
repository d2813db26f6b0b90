/**
 * Issue 16, scale-out: extraction as BullMQ jobs on a Redis this file starts (Debian's
 * redis-server on a free loopback port, nothing saved), processed by `fieldmap worker`
 * processes. A build through the queue must write the same bytes as a local build, even when
 * a worker is killed in the middle of a shard.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertRedisReachable } from "../src/extraction/queue-shared";
import { startQueueWorker } from "../src/extraction/queue-worker";
import { cli, REPO_ROOT, tempDir } from "./helpers";

const SEEDS = "data/seeds";
const OUTPUTS = ["graph.json", "graph.gexf"];
// The build date is in graph.json: pinned so two builds compare byte for byte.
const EPOCH = "1767225600";

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

async function waitUntilReachable(url: string): Promise<void> {
  for (let tries = 0; ; tries++) {
    try {
      return await assertRedisReachable("test", url);
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

interface WorkerProcess {
  child: ChildProcess;
  log: () => string;
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];

/** A `fieldmap worker` process, resolved once it listens on the queue. */
async function startWorker(url: string, env: Record<string, string> = {}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["apps/cli/bin/fieldmap.mjs", "worker", "--redis", url, "--stalled-after", "2"], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.push(child);
  let log = "";
  const exited = new Promise<number | null>((done) => child.on("close", done));
  await new Promise<void>((ready, fail) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("waiting for shards")) ready();
    });
    void exited.then(() => fail(new Error(`worker exited early:\n${log}`)));
  });
  return { child, log: () => log, exited };
}

/** Shard ids a worker's log says it started. */
const started = (log: string) => [...log.matchAll(/shard (\S+) started/g)].map((match) => match[1]!);

let redis: ChildProcess;
let url: string;
let work: string;
let local: string;

beforeAll(async () => {
  process.env.SOURCE_DATE_EPOCH = EPOCH;
  work = tempDir("fieldmap-queue-");
  const port = await freePort();
  url = `redis://127.0.0.1:${port}`;
  redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", work], { stdio: "ignore" });
  children.push(redis);
  await waitUntilReachable(url);
  local = join(work, "local");
  const run = await cli("build", SEEDS, "-o", local, "--no-cache", "--only", "json,gexf");
  expect(run.code, run.stderr).toBe(0);
}, 60_000);

afterAll(() => {
  delete process.env.SOURCE_DATE_EPOCH;
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(work, { recursive: true, force: true });
});

function expectSameMap(dir: string): void {
  for (const file of OUTPUTS) expect(readFileSync(join(dir, file)).equals(readFileSync(join(local, file))), `queue: ${file} differs from the local build`).toBe(true);
}

describe("fieldmap build --redis", () => {
  it("two worker processes share the shards; the map equals a local build byte for byte; Ctrl+C closes a worker cleanly", async () => {
    const workers = await Promise.all([startWorker(url), startWorker(url)]);
    const out = join(work, "two");
    const run = await cli("build", SEEDS, "-o", out, "--no-cache", "--only", "json,gexf", "--redis", url);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/extract: \d+ shards of up to \d+ papers for redis:/);
    expectSameMap(out);
    for (const worker of workers) expect(started(worker.log()).length, "queue: each worker took shards").toBeGreaterThan(0);
    for (const worker of workers) worker.child.kill("SIGINT");
    expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual([0, 0]);
  }, 60_000);

  it("a worker SIGKILLed mid-shard loses nothing: its shard runs on the other worker and the map is unchanged", async () => {
    // FIELDMAP_TEST_SHARD_DELAY_MS (test-only) makes the victim hold each shard 3 s before
    // extracting it, so it is certainly mid-shard when killed; the survivor runs at full speed.
    const [victim, survivor] = await Promise.all([startWorker(url, { FIELDMAP_TEST_SHARD_DELAY_MS: "3000" }), startWorker(url)]);
    const out = join(work, "killed");
    const building = cli("build", SEEDS, "-o", out, "--no-cache", "--only", "json,gexf", "--redis", url);
    const firstShard = new Promise<string>((done) => {
      victim.child.stderr!.on("data", () => {
        const shard = started(victim.log())[0];
        if (shard !== undefined) done(shard);
      });
    });
    const held = await Promise.race([firstShard, building.then(() => undefined)]);
    expect(held, "queue: the victim took a shard before the build ended").toBeDefined();
    victim.child.kill("SIGKILL");
    const run = await building;
    expect(run.code, run.stderr).toBe(0);
    expect(victim.log()).not.toContain(`shard ${held} done`);
    expect(started(survivor.log()), "queue: the killed worker's shard ran again elsewhere").toContain(held);
    expectSameMap(out);
    survivor.child.kill("SIGINT");
    expect(await survivor.exited).toBe(0);
  }, 60_000);

  it("a shard that fails on every attempt fails the build with one line", async () => {
    // A worker of another extractor version refuses every shard (the error skips retries).
    const close = await startQueueWorker({ redisUrl: url, concurrency: 1, stalledAfterMs: 2_000, log: () => {}, version: "another-version" });
    try {
      const run = await cli("build", "data/fixtures/zotero.bib", "-o", join(work, "failed"), "--no-cache", "--redis", url);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^fieldmap: build: shard \d+ of \d+ failed on the workers after up to 3 attempts: a worker runs extractor version another-version, the build \w+: run the same fieldmap on every host\n$/m);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    } finally {
      await close();
    }
  }, 60_000);

  it.each([
    ["build", ["build", SEEDS, "-o", "unused-out", "--no-cache"]],
    ["worker", ["worker"]],
  ])("%s: Redis unreachable gives one line and exit 1", async (command, argv) => {
    const closed = `redis://127.0.0.1:${await freePort()}`;
    const run = await cli(...argv, "--redis", closed);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n").filter((line) => line.startsWith("fieldmap:"))).toEqual([
      `fieldmap: ${command}: cannot reach Redis at ${closed} (connect ECONNREFUSED ${closed.slice("redis://".length)}); start redis-server there or fix --redis`,
    ]);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
