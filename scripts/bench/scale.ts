/**
 * Scale (`pnpm bench scale`, issue 16): `fieldmap build` on the dev corpus
 * (../shared/corpora/arxiv-daily-2025a.jsonl, 7,229 papers) resampled to 100,000 abstracts
 * (`--big`: also 1,000,000) with unique ids and titles, in the OS temp dir (deleted after).
 * Each build runs as a child process under /usr/bin/time -v, whose "Maximum resident set
 * size" is the peak RSS of the build and its worker threads. Reports:
 * - time per stage (report.json timings), wall time, papers/s, peak RSS;
 * - an incremental rebuild with 1% more papers (the store warm) and its ratio to the full build,
 *   then the same rebuild with `--update` (the previous map's layout and decisions reused) from
 *   copies of the full build's output and store, so all rebuilds start from the same state (the
 *   update three times at 100k, one before the plain rebuild and two after, and its median);
 * - extraction of a sample on 2 worker threads vs 1 (warm pools, no store), in this process,
 *   with the CPU the process obtained, since a loaded machine caps the ratio;
 * - a BullMQ run with 3 worker processes on 127.0.0.1, one killed mid-run (scale-queue.ts).
 * Targets on 2 cores: 100k <= 5 min and <= 3 GB; +1% rebuild <= 20% of the full build;
 * 2 workers >= 1.7x one. The machine's load average is printed beside the figures.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, createWriteStream, readFileSync, rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ExtractionText } from "../../apps/cli/src/extraction/compact";
import { createExtractionPool, extractOnPool, type ExtractionPool } from "../../apps/cli/src/extraction/pool";
import { defaultCacheDir } from "../../apps/cli/src/extraction/settings";
import { CLI, CLI_FLAGS } from "../cli-flags";
import { queueRun } from "./scale-queue";
import { readDevRecords } from "./dev-corpus";
import { splitThreadCpu, threadCpuSeconds, type ThreadCpuSplit } from "./thread-cpu";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIG = process.argv.includes("--big");
const SIZES = BIG ? [100_000, 1_000_000] : [100_000];
// `--ratio-only`: only the 2-worker vs 1-worker extraction ratio (about four minutes, not fifteen).
const RATIO_ONLY = process.argv.includes("--ratio-only");
// `--only-100k`: only the 100k full build and its two +1% rebuilds (about 5 minutes, not 15).
const ONLY_100K = process.argv.includes("--only-100k");
// 100,000 papers, the size of the benchmark's corpus: each worker of a 2-worker pool extracts
// 50,000, as in the 100k build. The per-isolate warm-up (V8 compiling the extractor anew in each
// worker, about 3 CPU-seconds) is paid once per worker whatever the corpus, so a smaller sample
// weighs it more than a build of this size does: at 48,000 papers the ratio was 1.53-1.61x, at
// 12,000 the warm-up is most of a worker's run. FIELDMAP_BENCH_WORKER_SAMPLE=48000 gives the shorter run.
const WORKER_SAMPLE = Number(process.env.FIELDMAP_BENCH_WORKER_SAMPLE ?? 100_000);

const source = readDevRecords();

/** Record i of the resampled corpus: copy k of a dev paper carries "(copy k)" in its title. */
function record(i: number): { id: string; title: string; abstract: string; date?: string } {
  const paper = source[i % source.length]!;
  const copy = Math.floor(i / source.length);
  const title = copy === 0 ? paper.title : `${paper.title} (copy ${copy})`;
  // Ids that are not arXiv ids, so copies are not folded into one paper.
  return { id: `scale-${i}`, title, abstract: paper.abstract, ...(paper.date ? { date: paper.date } : {}) };
}

async function writeCorpus(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) if (!out.write(`${JSON.stringify(record(i))}\n`)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}

interface BuildRun {
  seconds: number;
  peakMb: number;
  timings: Record<string, number>;
  extractLine: string;
  /** CPU seconds of the build's main thread (main-thread-cpu.mjs) and of the whole process (time -v). */
  cpu: { main: number; process: number };
}

/** `fieldmap build` in a child process under /usr/bin/time -v. */
// A million papers need a heap above V8's default (about 4 GB here; the build's heap note says
// so): the 1M build gets 11 GB, under the 12 GB target, and smaller builds keep the default.
const BIG_HEAP = ["--max-old-space-size=11264"];
const MAIN_THREAD_CPU = ["--import", pathToFileURL(path.join(ROOT, "scripts", "bench", "main-thread-cpu.mjs")).href];

async function build(input: string, outDir: string, papers: number, extra: string[] = []): Promise<BuildRun> {
  const started = performance.now();
  const heap = papers >= 500_000 ? BIG_HEAP : [];
  const child = spawn("/usr/bin/time", ["-v", process.execPath, ...CLI_FLAGS, ...heap, ...MAIN_THREAD_CPU, CLI, "build", input, "-o", outDir, "--only", "json,gexf", ...extra], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, SOURCE_DATE_EPOCH: "1700000000" },
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (text: string) => {
    stderr += text;
    // Progress lines pass through, so a long run shows where it is.
    for (const line of text.split("\n")) if (line.startsWith("extract")) console.log(`  ${line}`);
  });
  const [code] = (await once(child, "exit")) as [number];
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`build exited with ${code}:\n${stderr.slice(-2000)}`);
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
  const report = JSON.parse(readFileSync(path.join(outDir, "report.json"), "utf8")) as { timingsMs: Record<string, number> };
  const extractLine = stderr.split("\n").find((line) => line.startsWith("extract: ") && line.includes("extracted")) ?? "";
  const figure = (pattern: RegExp) => Number(pattern.exec(stderr)?.[1] ?? NaN);
  const cpu = {
    main: figure(/bench: main-thread CPU ([\d.]+) s/),
    process: figure(/User time \(seconds\): ([\d.]+)/) + figure(/System time \(seconds\): ([\d.]+)/),
  };
  return { seconds, peakMb: peakKb / 1024, timings: report.timingsMs, extractLine, cpu };
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");

function describe(label: string, papers: number, run: BuildRun): void {
  const stages = Object.entries(run.timings)
    .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`)
    .join(", ");
  console.log(`${label}: ${papers.toLocaleString("en-US")} papers in ${run.seconds.toFixed(0)} s (${(papers / run.seconds).toFixed(0)} papers/s), peak RSS ${(run.peakMb / 1024).toFixed(2)} GB, load average ${load()}`);
  console.log(`  CPU: main thread ${run.cpu.main.toFixed(1)} s, whole process ${run.cpu.process.toFixed(1)} s (less moved by the load than the wall time)`);
  console.log(`  stages: ${stages}`);
  console.log(`  ${run.extractLine}`);
}

async function scale(size: number, dir: string): Promise<void> {
  const input = path.join(dir, `corpus-${size}.jsonl`);
  const outDir = path.join(dir, `out-${size}`);
  await writeCorpus(input, size);
  const full = await build(input, outDir, size);
  describe(`full build (cold store)`, size, full);
  const grown = Math.round(size * 1.01);
  const grownInput = path.join(dir, `corpus-${grown}.jsonl`);
  await writeCorpus(grownInput, grown);
  // Each --update rebuild gets copies of the full build's output and store: the same start.
  const updateDirs = Array.from({ length: updateRuns(size) }, (_, k) => path.join(dir, `out-${size}-update${k > 0 ? `-${k + 1}` : ""}`));
  for (const updateDir of [...updateDirs, ...(KEEP ? [path.join(dir, `out-${size}-full`)] : [])]) {
    cpSync(outDir, updateDir, { recursive: true });
    cpSync(defaultCacheDir(outDir), defaultCacheDir(updateDir), { recursive: true });
  }
  // One update before the plain rebuild, the others after it, so they meet different spells of a shared machine.
  const updates: BuildRun[] = [];
  const update = async () => {
    const k = updates.length;
    const run = await build(grownInput, updateDirs[k]!, grown, ["--update"]);
    updates.push(run);
    describe(`rebuild +1% --update (warm store, previous map reused; run ${k + 1} of ${updateDirs.length})`, grown, run);
  };
  await update();
  const incremental = await build(grownInput, outDir, grown);
  describe(`rebuild +1% (warm store)`, grown, incremental);
  while (updates.length < updateDirs.length) await update();
  const ratio = (seconds: number) => seconds / full.seconds;
  const verdict = (r: number) => `target <= 20%: ${r <= 0.2 ? "met" : "NOT met"}`;
  console.log(`  incremental / full: ${(ratio(incremental.seconds) * 100).toFixed(0)}% (${verdict(ratio(incremental.seconds))})`);
  const updateSeconds = updates.map((run) => run.seconds);
  const median = [...updateSeconds].sort((a, b) => a - b)[Math.floor(updateSeconds.length / 2)]!;
  const each = updateSeconds.map((seconds) => `${seconds.toFixed(0)} s (${(ratio(seconds) * 100).toFixed(0)}%)`).join(", ");
  console.log(`  --update / full: ${(ratio(median) * 100).toFixed(0)}%, the median of ${updates.length} (${each}) (${verdict(ratio(median))})`);
  if (size === 100_000) {
    const met = full.seconds <= 300 && full.peakMb <= 3 * 1024;
    console.log(`  100k target <= 5 min and <= 3 GB: ${met ? "met" : "NOT met"}`);
  }
  if (!KEEP) {
    rmSync(input, { force: true });
    rmSync(grownInput, { force: true });
  }
}

/**
 * The --update rebuild is timed three times at 100k (once at a million, where one takes minutes):
 * on this shared two-core machine the same 30-s update took 25 to 36 s from one minute to the
 * next, so one run says more about the machine than about the update. The median is the figure.
 */
function updateRuns(size: number): number {
  return size >= 500_000 ? 1 : 3;
}

interface PoolRun {
  workers: number;
  startup: number;
  wall: number;
  /** CPU seconds of this process (all threads) while the sample was extracted. */
  cpu: number;
  /** The same by kind of thread (Linux; all zero elsewhere). */
  threads: ThreadCpuSplit;
}

/** Starts a pool and waits until every thread has loaded the extractor (one one-paper task each). */
async function warmPool(workers: number, paper: ExtractionText): Promise<ExtractionPool> {
  const pool = createExtractionPool(workers);
  // piscina marks its first threads ready at once and gives each one task at a time, so
  // `workers` tasks started together land one per thread.
  await Promise.all(Array.from({ length: workers }, () => pool.run([paper])));
  return pool;
}

async function timePool(workers: number, papers: readonly ExtractionText[]): Promise<PoolRun> {
  const existing = new Set(threadCpuSeconds().keys());
  const started = performance.now();
  const pool = await warmPool(workers, papers[0]!);
  const ready = performance.now();
  const cpuBefore = process.cpuUsage();
  const threadsBefore = threadCpuSeconds();
  let threadsAfter = threadsBefore;
  try {
    await extractOnPool(pool, papers, workers, () => {});
    // Before the pool goes: its threads' times go with them.
    threadsAfter = threadCpuSeconds();
  } finally {
    await pool.destroy();
  }
  const cpu = process.cpuUsage(cpuBefore);
  const threads = splitThreadCpu(threadsBefore, threadsAfter, existing);
  return { workers, startup: (ready - started) / 1000, wall: (performance.now() - ready) / 1000, cpu: (cpu.user + cpu.system) / 1e6, threads };
}

/** Cores obtained by kind of thread: "main 0.01, workers 1.00, V8 background 0.19". */
function coresByThread(run: PoolRun): string {
  const { main, workers, background } = run.threads;
  return `main ${(main / run.wall).toFixed(2)}, workers ${(workers / run.wall).toFixed(2)}, V8 background ${(background / run.wall).toFixed(2)}`;
}

/**
 * Extraction alone of the same papers on a pool of 1 and of 2 worker threads, no store. What
 * used to be measured here (a cold pool, wall time from its creation) mixed in each thread's
 * start-up (tsx, compromise and the lexicon: ~2-3 s of CPU, paid in parallel by 2 threads only
 * when 2 cores are free) and, above all, how much CPU the machine gave this process: on a
 * 2-core machine shared with other jobs, a second thread finds no free core and the ratio says
 * nothing about the pool. So each pool is warmed before the clock starts, the runs alternate
 * (1, 2, 1, 2) so a change of load hits both, the best of each is kept, and the CPU the process
 * obtained (CPU seconds / wall seconds, in cores) is printed beside each rate: a 2-thread run
 * that obtained under 1.7 cores cannot show a 1.7x ratio, whatever the pool does.
 */
async function workerRatio(): Promise<void> {
  const papers = Array.from({ length: WORKER_SAMPLE }, (_, i) => record(i));
  const runs: PoolRun[] = [];
  for (const workers of [1, 2, 1, 2]) {
    const run = await timePool(workers, papers);
    runs.push(run);
    console.log(
      `  ${workers} worker(s): start-up ${run.startup.toFixed(1)} s, then ${(WORKER_SAMPLE / run.wall).toFixed(0)} papers/s ` +
        `(${run.wall.toFixed(1)} s, ${(run.cpu / run.wall).toFixed(2)} cores obtained: ${coresByThread(run)}), load average ${load()}`,
    );
  }
  const best = (workers: number) => runs.filter((r) => r.workers === workers).sort((a, b) => a.wall - b.wall)[0]!;
  const [one, two] = [best(1), best(2)];
  const ratio = one.wall / two.wall;
  // Papers per CPU-second: equal for 1 and 2 threads when the threads do not slow each other.
  const perCpu = (r: PoolRun) => WORKER_SAMPLE / r.cpu;
  console.log(
    `extraction of ${WORKER_SAMPLE.toLocaleString("en-US")} papers on a warm pool: 2 workers ${ratio.toFixed(2)}x one ` +
      `(${(WORKER_SAMPLE / one.wall).toFixed(0)} vs ${(WORKER_SAMPLE / two.wall).toFixed(0)} papers/s; target >= 1.7x: ${ratio >= 1.7 ? "met" : "NOT met"}); ` +
      `cores obtained ${(one.cpu / one.wall).toFixed(2)} and ${(two.cpu / two.wall).toFixed(2)}; ` +
      `papers per CPU-second ${perCpu(one).toFixed(0)} and ${perCpu(two).toFixed(0)}; load average ${load()}`,
  );
  // What the same threads would do with two free cores: a projection, printed as one, for when
  // the machine is too loaded for the measured ratio to say anything.
  console.log(`  projected on 2 free cores (2 x papers per CPU-second of 2 threads / those of 1): ${((2 * perCpu(two)) / perCpu(one)).toFixed(2)}x`);
}

// FIELDMAP_BENCH_KEEP=DIR: build in DIR and keep it (corpora, outputs, stores), so the +1%
// rebuild can be run again from the same saved state while working on it.
const KEEP = process.env.FIELDMAP_BENCH_KEEP;
const dir = KEEP ?? (await mkdtemp(path.join(tmpdir(), "fieldmap-bench-scale-")));
try {
  console.log(`dev corpus: ${source.length} papers; load average ${load()}`);
  if (!RATIO_ONLY) for (const size of ONLY_100K ? [100_000] : SIZES) await scale(size, dir);
  if (!ONLY_100K) await workerRatio();
  if (!RATIO_ONLY && !ONLY_100K) await queueRun(dir, writeCorpus);
} finally {
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}
