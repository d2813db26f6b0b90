/**
 * The BullMQ run of `pnpm bench scale` (issue 16): a resampled corpus built locally and then
 * through a Redis on 127.0.0.1 with 3 `fieldmap worker` processes, one SIGKILLed once a third
 * of the papers are done. Reports both builds' time and extraction time, which shard the
 * killed worker held and who ran it again, and whether graph.json and graph.gexf are
 * byte-identical to the local build (the target). FIELDMAP_BENCH_QUEUE_RECORDS sets the size
 * (default 20,000).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = path.join(ROOT, "apps", "cli", "bin", "fieldmap.mjs");
const RECORDS = Number(process.env.FIELDMAP_BENCH_QUEUE_RECORDS ?? 20_000);
const ENV = { ...process.env, SOURCE_DATE_EPOCH: "1700000000" };

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

interface Logged {
  child: ChildProcess;
  log: () => string;
}

function run(args: string[], onLog: (log: string) => void = () => {}): Logged {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: ENV, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr!.setEncoding("utf8").on("data", (text: string) => onLog((log += text)));
  return { child, log: () => log };
}

async function build(input: string, out: string, extra: string[], onLog?: (log: string) => void): Promise<{ seconds: number; extractMs: number }> {
  const started = performance.now();
  const child = run(["build", input, "-o", out, "--no-cache", "--only", "json,gexf", ...extra], onLog);
  const [code] = (await once(child.child, "exit")) as [number];
  if (code !== 0) throw new Error(`build exited with ${code}:\n${child.log().slice(-2000)}`);
  const report = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8")) as { timingsMs: Record<string, number> };
  return { seconds: (performance.now() - started) / 1000, extractMs: report.timingsMs.extract ?? NaN };
}

async function startWorker(url: string): Promise<Logged> {
  let ready: () => void = () => {};
  const listening = new Promise<void>((done) => (ready = done));
  const worker = run(["worker", "--redis", url, "--stalled-after", "5"], (log) => log.includes("waiting for shards") && ready());
  await listening;
  return worker;
}

const started = (log: string) => [...log.matchAll(/shard (\S+) started/g)].map((match) => match[1]!);
const same = (a: string, b: string, file: string) => readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file)));

export async function queueRun(dir: string, writeCorpus: (file: string, count: number) => Promise<void>): Promise<void> {
  const input = path.join(dir, `queue-${RECORDS}.jsonl`);
  await writeCorpus(input, RECORDS);
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], { stdio: "ignore" });
  const workers: Logged[] = [];
  try {
    await new Promise((done) => setTimeout(done, 500));
    const local = await build(input, path.join(dir, "queue-local"), []);
    workers.push(...(await Promise.all([0, 1, 2].map(() => startWorker(url)))));
    const victim = workers[0]!;
    let held: string | undefined;
    const queued = await build(input, path.join(dir, "queue-redis"), ["--redis", url], (log) => {
      // Killed once a third of the papers are done, while it holds a shard.
      const percent = Math.max(0, ...[...log.matchAll(/\((\d+)%\)/g)].map((match) => Number(match[1])));
      const shards = started(victim.log());
      const current = shards.at(-1);
      if (held === undefined && percent >= 30 && current !== undefined && !victim.log().includes(`shard ${current} done`)) {
        held = current;
        victim.child.kill("SIGKILL");
      }
    });
    const rerunBy = workers.slice(1).findIndex((worker) => held !== undefined && started(worker.log()).includes(held));
    const identical = ["graph.json", "graph.gexf"].every((file) => same(path.join(dir, "queue-local"), path.join(dir, "queue-redis"), file));
    const papersPerSecond = (seconds: number) => (RECORDS / seconds).toFixed(0);
    console.log(`BullMQ run, ${RECORDS.toLocaleString("en-US")} papers, 3 worker processes on 127.0.0.1, one SIGKILLed at 30%:`);
    console.log(`  local build ${local.seconds.toFixed(0)} s (extract ${(local.extractMs / 1000).toFixed(1)} s, ${papersPerSecond(local.seconds)} papers/s); queue build ${queued.seconds.toFixed(0)} s (extract ${(queued.extractMs / 1000).toFixed(1)} s, ${papersPerSecond(queued.seconds)} papers/s)`);
    console.log(`  killed worker's shard ${held ?? "(none: the run ended first)"} ${rerunBy >= 0 ? `ran again on worker ${rerunBy + 2}` : "was not seen again"}`);
    console.log(`  graph.json and graph.gexf identical to the local build: ${identical ? "yes (target met)" : "NO (target NOT met)"}`);
  } finally {
    // The killed worker has a signalCode, not an exitCode: only live ones are stopped and awaited.
    const alive = workers.filter(({ child }) => child.exitCode === null && child.signalCode === null);
    for (const worker of alive) worker.child.kill("SIGINT");
    await Promise.all(alive.map((worker) => once(worker.child, "exit")));
    redis.kill("SIGTERM");
  }
}
