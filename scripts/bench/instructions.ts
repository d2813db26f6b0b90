// Instructions per abstract: what extraction and relations cost, counted rather than timed.
// Timed runs on a shared machine move by 10-30% with its load (the extraction benchmark's
// figures for one extractor ranged over 1.8x across sessions), which hides any change below
// that. Valgrind's cachegrind counts the instructions a run executes, and V8 in --predictable
// mode (no concurrent compiler or collector threads) makes a run's count repeat to about 0.01%
// (the figure per abstract, a difference of two runs, to about 0.1%).
// Two runs, of the first N and the first 2N dev papers (read in place): their difference is what
// papers N+1..2N cost after the first N, start-up cancelling. The compiler warms up for longer
// than one would think: papers 201-400 cost 12.8 M instructions each, papers 1,001-2,000 6.4 M,
// so the default N is 1,000 (three and a half minutes here), the cost a large build pays per
// paper; a smaller N mostly measures the optimising compiler. Any change to the code moves the
// compiler's choices by up to about 2%, so smaller differences between versions say little.
// Instructions say nothing of cache misses: a change that saves memory traffic rather than work
// shows only in timed runs, or with --cache, which has cachegrind simulate the caches too (about
// twice as slow) and prints the first-level data and instruction caches' misses per abstract as
// well. (Cachegrind simulates a first level and a last level only: the second-level cache, where
// reading papers rule by rule keeps each rule's code, is not in its figures.)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { DEV_CORPUS, hasDevCorpus } from "./dev-corpus";
import { papersFlag } from "./flags";

const DEFAULT_PAPERS = 1000;
const here = dirname(fileURLToPath(import.meta.url));

interface Counts {
  instructions: number;
  /** First-level data cache misses (with --cache; 0 without). */
  dataMisses: number;
  /** First-level instruction cache misses (with --cache; 0 without). */
  codeMisses: number;
}

/** What `node --predictable bundle corpus n` executed, from cachegrind's summary. */
function counts(bundle: string, papers: number, cache: boolean): Counts {
  const run = spawnSync(
    "valgrind",
    ["--tool=cachegrind", `--cache-sim=${cache ? "yes" : "no"}`, "--cachegrind-out-file=/dev/null", "--smc-check=all", process.execPath, "--predictable", bundle, DEV_CORPUS, String(papers)],
    { encoding: "utf8" },
  );
  const summary = run.stderr ?? "";
  const refs = /I\s+refs:\s+([\d,]+)/.exec(summary);
  const misses = /D1\s+misses:\s+([\d,]+)/.exec(summary);
  const codeMisses = /I1\s+misses:\s+([\d,]+)/.exec(summary);
  if (run.status !== 0 || !refs || (cache && (!misses || !codeMisses))) throw new Error(`valgrind run of ${papers} papers failed: ${summary.trim().split("\n").at(-1)}`);
  return { instructions: number(refs[1]!), dataMisses: misses ? number(misses[1]!) : 0, codeMisses: codeMisses ? number(codeMisses[1]!) : 0 };
}

/** "1,234,567" -> 1234567. */
function number(grouped: string): number {
  return Number(grouped.replace(/,/g, ""));
}

async function main(): Promise<void> {
  if (spawnSync("valgrind", ["--version"]).error) {
    console.log("skipped: needs valgrind (apt-get install valgrind)");
    return;
  }
  if (!hasDevCorpus()) {
    console.log("skipped: needs the dev corpus (../shared/corpora)");
    return;
  }
  const papers = papersFlag(DEFAULT_PAPERS, 1);
  const dir = mkdtempSync(join(tmpdir(), "fieldmap-instructions-"));
  try {
    // One bundle: tsx would compile the sources at start-up, a cost that varies between runs.
    const bundle = join(dir, "loop.mjs");
    await build({ entryPoints: [join(here, "instruction-loop.mts")], bundle: true, platform: "node", format: "esm", outfile: bundle, logLevel: "error" });
    const cache = process.argv.includes("--cache");
    const warm = counts(bundle, papers, cache);
    const total = counts(bundle, 2 * papers, cache);
    console.log(`first ${papers} papers (start-up and warm-up):  ${(warm.instructions / 1e9).toFixed(3)} G instructions`);
    console.log(`extract + relations:  ${((total.instructions - warm.instructions) / papers / 1e6).toFixed(3)} M instructions per abstract (dev papers ${papers + 1}-${2 * papers})`);
    if (cache) {
      console.log(`                      ${((total.dataMisses - warm.dataMisses) / papers / 1e3).toFixed(1)} k first-level data cache misses per abstract`);
      console.log(`                      ${((total.codeMisses - warm.codeMisses) / papers / 1e3).toFixed(1)} k first-level instruction cache misses per abstract`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench instructions: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
