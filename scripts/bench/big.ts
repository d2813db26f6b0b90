/**
 * A big build end to end (`pnpm bench big`): resamples the dev corpus
 * (../shared/corpora/arxiv-daily-2025a.jsonl, 7,229 papers) into a JSONL of 200,000 records
 * with unique ids and titles (so none is merged as a duplicate) in the OS temp dir, runs
 * `fieldmap build` on it in this process, and prints the wall time, the build's own summary,
 * the size of graph.json and the peak RSS (process.resourceUsage().maxRSS). The files are
 * deleted afterwards. `FIELDMAP_BENCH_RECORDS=50000 pnpm bench big` changes the size.
 */
import { once } from "node:events";
import { createWriteStream, rmSync, statSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../apps/cli/src/run";
import { readDevRecords } from "./dev-corpus";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const RECORDS = Number(process.env.FIELDMAP_BENCH_RECORDS ?? 200_000);

/** Writes `count` records cycling over the dev corpus; copy k of a paper gets "(copy k)" in its title. */
async function writeResampled(file: string, count: number): Promise<void> {
  const source = readDevRecords();
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const paper = source[i % source.length]!;
    const copy = Math.floor(i / source.length);
    const title = copy === 0 ? paper.title : `${paper.title} (copy ${copy})`;
    // Ids that are not arXiv ids, so copies are not folded into one paper by arXiv id.
    const line = `${JSON.stringify({ id: `big-${i}`, title, abstract: paper.abstract, date: paper.date })}\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "fieldmap-bench-big-"));
  const input = path.join(dir, "big.jsonl");
  const outDir = path.join(dir, "out");
  try {
    await writeResampled(input, RECORDS);
    console.log(`input: ${RECORDS} records, ${(statSync(input).size / 1024 / 1024).toFixed(0)} MB`);
    const started = performance.now();
    const code = await runCli(["build", input, "-o", outDir], {
      stdout: (text) => process.stdout.write(text),
      stderr: () => undefined,
      cwd: ROOT,
    });
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`build exited with ${code}`);
    const graphMb = statSync(path.join(outDir, "graph.json")).size / 1024 / 1024;
    const peakMb = process.resourceUsage().maxRSS / 1024;
    console.log(`big build: ${RECORDS} records in ${seconds.toFixed(0)} s; graph.json ${graphMb.toFixed(0)} MB; peak RSS ${peakMb.toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
