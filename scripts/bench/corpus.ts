/**
 * Corpus reader throughput and memory: writes a large JSONL (~300 MB) and CSV (~100 MB) to
 * the OS temp dir, streams them through the incremental parsers without keeping papers,
 * prints MB/s, records/s and peak RSS/heap, then deletes the files. Flat memory means the
 * peak stays near the baseline however large the file. `FIELDMAP_BENCH_MB=50 pnpm bench corpus`
 * shrinks the run.
 */
import { createReadStream, createWriteStream, rmSync, statSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { createJsonlParser, parseCsvStream, splitLines } from "../../packages/corpus/src/index";

const JSONL_MB = Number(process.env.FIELDMAP_BENCH_MB ?? 300);
const CSV_MB = Math.round(JSONL_MB / 3);
const WORDS = "policy reward model language reasoning preference optimisation agent benchmark dataset transformer attention".split(" ");

function abstractFor(i: number): string {
  const words: string[] = [];
  for (let w = 0; w < 220; w++) words.push(WORDS[(i * 7 + w * 13) % WORDS.length]!);
  return `We propose Method-${i}, trained with GRPO on GSM8K. ${words.join(" ")}.`;
}

async function writeFile(file: string, megabytes: number, header: string, line: (i: number) => string): Promise<number> {
  const out = createWriteStream(file);
  out.write(header);
  let bytes = 0;
  let i = 0;
  while (bytes < megabytes * 1024 * 1024) {
    const text = line(i++);
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return i;
}

/** Samples RSS and heap every 50 ms while `run` works. */
async function measure(label: string, file: string, run: () => Promise<number>): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 50);
  const started = performance.now();
  const records = await run();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  const mb = statSync(file).size / 1024 / 1024;
  const toMb = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log(
    `${label}: ${mb.toFixed(0)} MB, ${records} records in ${seconds.toFixed(1)} s = ${(mb / seconds).toFixed(1)} MB/s, ` +
      `${Math.round(records / seconds)} records/s; peak RSS ${toMb(peakRss)} MB (start ${toMb(base.rss)}), peak heap ${toMb(peakHeap)} MB (start ${toMb(base.heapUsed)})`,
  );
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "fieldmap-bench-"));
  try {
    const jsonl = path.join(dir, "big.jsonl");
    const csv = path.join(dir, "big.csv");
    await writeFile(jsonl, JSONL_MB, "", (i) => `${JSON.stringify({ id: `p${i}`, title: `Paper ${i} on reward models`, abstract: abstractFor(i), year: 2000 + (i % 25) })}\n`);
    await writeFile(csv, CSV_MB, "id,title,abstract,year\n", (i) => `p${i},"Paper ${i}, on rewards","${abstractFor(i)}",${2000 + (i % 25)}\n`);
    await measure("jsonl (createJsonlParser)", jsonl, async () => {
      const parser = createJsonlParser("big.jsonl");
      let count = 0;
      let line = 0;
      for await (const text of splitLines(createReadStream(jsonl, { encoding: "utf8" }))) if (parser.push(text, ++line)) count++;
      return count;
    });
    await measure("csv (parseCsvStream)", csv, async () => {
      let count = 0;
      for await (const row of parseCsvStream(createReadStream(csv, { encoding: "utf8" }), "big.csv")) if ("paper" in row) count++;
      return count;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
