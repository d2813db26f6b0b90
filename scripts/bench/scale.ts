/**
 * Scale (`pnpm bench scale`, issue 16): `fieldmap build` on the dev corpus
 * (../shared/corpora/arxiv-daily-2025a.jsonl, 7,229 papers) resampled to 100,000 abstracts
 * (`--big`: also 1,000,000) with unique ids and titles, in the OS temp dir (deleted after).
 * Each build runs as a child process under /usr/bin/time -v, whose "Maximum resident set
 * size" is the peak RSS of the build and its worker threads. Reports:
 * - time per stage (report.json timings), wall time, papers/s, peak RSS;
 * - an incremental rebuild with 1% more papers (the store warm) and its ratio to the full build;
 * - extraction of a sample on 2 worker threads vs 1 (no store), in this process;
 * - a BullMQ run with 3 worker processes on 127.0.0.1, one killed mid-run (scale-queue.ts).
 * Targets on 2 cores: 100k <= 5 min and <= 3 GB; +1% rebuild <= 20% of the full build;
 * 2 workers >= 1.7x one. The machine's load average is printed beside the figures.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, readFileSync, rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractOnWorkers } from "../../apps/cli/src/extraction/pool";
import { queueRun } from "./scale-queue";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DEV_CORPUS = path.join(ROOT, "..", "shared", "corpora", "arxiv-daily-2025a.jsonl");
const CLI = path.join(ROOT, "apps", "cli", "bin", "fieldmap.mjs");
const BIG = process.argv.includes("--big");
const SIZES = BIG ? [100_000, 1_000_000] : [100_000];
const WORKER_SAMPLE = Number(process.env.FIELDMAP_BENCH_WORKER_SAMPLE ?? 12_000);

interface DevRecord {
  title: string;
  abstract: string;
  date?: string;
}

const source = readFileSync(DEV_CORPUS, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as DevRecord);

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
}

/** `fieldmap build` in a child process under /usr/bin/time -v. */
async function build(input: string, outDir: string): Promise<BuildRun> {
  const started = performance.now();
  const child = spawn("/usr/bin/time", ["-v", process.execPath, CLI, "build", input, "-o", outDir, "--only", "json,gexf"], {
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
  return { seconds, peakMb: peakKb / 1024, timings: report.timingsMs, extractLine };
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");

function describe(label: string, papers: number, run: BuildRun): void {
  const stages = Object.entries(run.timings)
    .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`)
    .join(", ");
  console.log(`${label}: ${papers.toLocaleString("en-US")} papers in ${run.seconds.toFixed(0)} s (${(papers / run.seconds).toFixed(0)} papers/s), peak RSS ${(run.peakMb / 1024).toFixed(2)} GB, load average ${load()}`);
  console.log(`  stages: ${stages}`);
  console.log(`  ${run.extractLine}`);
}

async function scale(size: number, dir: string): Promise<void> {
  const input = path.join(dir, `corpus-${size}.jsonl`);
  const outDir = path.join(dir, `out-${size}`);
  await writeCorpus(input, size);
  const full = await build(input, outDir);
  describe(`full build (cold store)`, size, full);
  const grown = Math.round(size * 1.01);
  const grownInput = path.join(dir, `corpus-${grown}.jsonl`);
  await writeCorpus(grownInput, grown);
  const incremental = await build(grownInput, outDir);
  describe(`rebuild +1% (warm store)`, grown, incremental);
  const ratio = incremental.seconds / full.seconds;
  console.log(`  incremental / full: ${(ratio * 100).toFixed(0)}% (target <= 20%: ${ratio <= 0.2 ? "met" : "NOT met"})`);
  if (size === 100_000) {
    const met = full.seconds <= 300 && full.peakMb <= 3 * 1024;
    console.log(`  100k target <= 5 min and <= 3 GB: ${met ? "met" : "NOT met"}`);
  }
  rmSync(input, { force: true });
  rmSync(grownInput, { force: true });
}

/**
 * Extraction alone of the same papers on a pool of 1 and of 2 worker threads (so both pay the
 * same start-up: tsx, compromise and the lexicon in each thread, ~2 s of CPU), no store. The
 * steady rate leaves out the time to the first finished shard, start-up included.
 */
async function workerRatio(): Promise<void> {
  const papers = Array.from({ length: WORKER_SAMPLE }, (_, i) => record(i));
  const runs: { wall: number; steady: number }[] = [];
  for (const workers of [1, 2]) {
    const started = performance.now();
    let first: { at: number; done: number } | undefined;
    let done = 0;
    await extractOnWorkers(papers, workers, (n) => {
      done += n;
      first ??= { at: performance.now(), done };
    });
    const end = performance.now();
    runs.push({ wall: (end - started) / 1000, steady: (done - first!.done) / ((end - first!.at) / 1000) });
  }
  const [one, two] = runs as [{ wall: number; steady: number }, { wall: number; steady: number }];
  console.log(
    `extraction of ${WORKER_SAMPLE.toLocaleString("en-US")} papers: 1 worker ${one.wall.toFixed(1)} s, 2 workers ${two.wall.toFixed(1)} s: ` +
      `${(one.wall / two.wall).toFixed(2)}x wall, ${(two.steady / one.steady).toFixed(2)}x steady (${one.steady.toFixed(0)} vs ${two.steady.toFixed(0)} papers/s; target >= 1.7x), load average ${load()}`,
  );
}

const dir = await mkdtemp(path.join(tmpdir(), "fieldmap-bench-scale-"));
try {
  console.log(`dev corpus: ${source.length} papers; load average ${load()}`);
  for (const size of SIZES) await scale(size, dir);
  await workerRatio();
  await queueRun(dir, writeCorpus);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
