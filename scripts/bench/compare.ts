// Two extractors timed against each other in one process: this tree's and the one of a commit
// (`pnpm bench compare --against=REV`, HEAD when none is given). A timed run here moves by 1.5x
// with the machine's state within minutes, so two runs made one after the other cannot tell a
// change of a few percent, nor say how this code compares with an older one that met a target on
// another machine. Here both read the same resampled seeds in blocks of 256, taking turns and
// swapping who goes first at each block, so a slow spell slows both; the first 1,024 papers are
// not timed (the compiler's warm-up). It prints each one's rate, the ratio of their times, and
// whether they found the same mentions.
//
//   pnpm bench compare --against=dc6f491^   the extractor issue 13 measured at 1,330 abstracts/s
//   --papers=N                              papers per extractor (default 8,000)
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import type { Paper } from "../../packages/corpus/src/index";
import { flagValue, papersFlag } from "./flags";
import { readSeedAbstracts, resampleSeeds } from "./seed-papers";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BLOCK = 256;
const UNTIMED = 1_024;
const DEFAULT_PAPERS = 8_000;

/** What a bundled extractor exports: extractMany from 5e12484 on, extract() in every version. */
interface Extractor {
  extract: (paper: Paper) => unknown[];
  extractMany?: (papers: Paper[]) => unknown[][];
}

function git(...args: string[]): string {
  const run = spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${(run.stderr ?? "").trim().split("\n")[0]}`);
  return run.stdout.trim();
}

/**
 * The extractor's sources at `revision` (its packages and lexicon), unpacked in `dir`. Their
 * packages/extract/node_modules and root node_modules are this tree's: a commit's extractor is
 * built with the libraries installed now.
 */
function checkOut(revision: string, dir: string): void {
  const archive = spawnSync("git", ["archive", "--format=tar", revision, "packages", "data/lexicon"], { cwd: ROOT, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive ${revision}: ${archive.stderr.toString().trim().split("\n")[0]}`);
  mkdirSync(dir, { recursive: true });
  const unpack = spawnSync("tar", ["-x", "-C", dir], { input: archive.stdout });
  if (unpack.status !== 0) throw new Error(`tar: ${unpack.stderr.toString().trim()}`);
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  symlinkSync(join(ROOT, "packages", "extract", "node_modules"), join(dir, "packages", "extract", "node_modules"));
}

/** The extractor under `root`, bundled by esbuild into `outfile` and imported. */
async function bundle(root: string, outfile: string): Promise<Extractor> {
  await build({
    entryPoints: [join(root, "packages", "extract", "src", "index.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "error",
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return (await import(pathToFileURL(outfile).href)) as Extractor;
}

/** The papers' mentions, read as the extractor reads a batch: together when it can. */
function read(extractor: Extractor, papers: Paper[]): unknown[][] {
  return extractor.extractMany ? extractor.extractMany(papers) : papers.map((p) => extractor.extract(p));
}

async function main(): Promise<void> {
  const revision = flagValue("against") ?? "HEAD";
  const papers = papersFlag(DEFAULT_PAPERS, UNTIMED + 1);
  const commit = git("rev-parse", "--verify", "--short", `${revision}^{commit}`);
  const dir = mkdtempSync(join(tmpdir(), "fieldmap-compare-"));
  try {
    checkOut(commit, join(dir, "old"));
    const old = await bundle(join(dir, "old"), join(dir, "old.mjs"));
    const now = await bundle(ROOT, join(dir, "now.mjs"));
    const corpus = resampleSeeds(readSeedAbstracts(), papers);
    const seconds = [0, 0];
    let same = true;
    for (let start = 0, block = 0; start < corpus.length; start += BLOCK, block++) {
      const slice = corpus.slice(start, start + BLOCK);
      const found: string[] = [];
      // Who goes first changes at each block: the second reads with the first's data in cache.
      for (const which of block % 2 === 0 ? [0, 1] : [1, 0]) {
        const began = performance.now();
        const mentions = read(which === 0 ? old : now, slice);
        if (start >= UNTIMED) seconds[which]! += (performance.now() - began) / 1000;
        found[which] = JSON.stringify(mentions);
      }
      same &&= found[0] === found[1];
    }
    const timed = corpus.length - UNTIMED;
    console.log(`resampled seeds: ${papers} papers each, in blocks of ${BLOCK} taking turns; the first ${UNTIMED} not timed`);
    console.log(`${commit} (--against): ${(timed / seconds[0]!).toFixed(0)} abstracts/s${old.extractMany ? "" : " (paper by paper: no extractMany)"}`);
    console.log(`this tree:          ${(timed / seconds[1]!).toFixed(0)} abstracts/s`);
    console.log(`time ratio (this tree / ${commit}): ${(seconds[1]! / seconds[0]!).toFixed(3)}`);
    console.log(`same mentions: ${same ? "yes" : "no"}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench compare: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
