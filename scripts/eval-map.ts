// `pnpm eval map [CORPUS]`: builds the map of a corpus (default: the dev corpus beside the
// repository) with the real CLI and default options, then prints the project's map-quality
// figures (../shared/tools/map_quality.py) next to the bag-of-words reference
// (../shared/tools/tfidf_kmeans_nmi.py), and whether the targets are met. The corpus's
// reference labels are read by those scripts only; they never reach the builder.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const DEV_CORPUS = "../shared/corpora/arxiv-daily-2025a.jsonl";
const TOOLS = "../shared/tools";
// Debian's interpreter: it sees python3-numpy and python3-scipy.
const PYTHON = "/usr/bin/python3";

export interface MapTargets {
  silhouette: number;
  coloured_share: number;
  generic_top30: number;
  svg_overlaps: number;
}

export const MAP_TARGETS: MapTargets = { silhouette: 0.25, coloured_share: 1, generic_top30: 0.3, svg_overlaps: 0 };

/** map_quality.py --json -> its figures (nodes, silhouette, nmi, ...). */
export function mapQuality(outDir: string, corpus?: string): Record<string, number | null> {
  const args = [join(TOOLS, "map_quality.py"), outDir, ...(corpus ? [corpus] : []), "--json"];
  return JSON.parse(runPython(args)) as Record<string, number | null>;
}

/** The TF-IDF + k-means reference: mean NMI over the script's seeds. */
export function tfidfReference(corpus: string, clusters = 10): number {
  const out = runPython([join(TOOLS, "tfidf_kmeans_nmi.py"), corpus, String(clusters)]);
  const figures = /nmi ([\d. ]+)$/m.exec(out.trim())?.[1]?.trim().split(/\s+/).map(Number) ?? [];
  if (figures.length === 0) throw new Error(`cannot read the TF-IDF reference from: ${out.trim()}`);
  return figures.reduce((a, b) => a + b, 0) / figures.length;
}

function runPython(args: string[]): string {
  const result = spawnSync(PYTHON, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${PYTHON} ${args[0]} failed: ${result.stderr.trim() || result.error?.message}`);
  return result.stdout;
}

/** Which targets a map misses (NMI against the reference when a reference is given). */
export function missedTargets(figures: Record<string, number | null>, reference?: number): string[] {
  const missed: string[] = [];
  const at = (k: string) => figures[k] ?? NaN;
  if (!(at("silhouette") >= MAP_TARGETS.silhouette)) missed.push(`silhouette ${at("silhouette")} < ${MAP_TARGETS.silhouette}`);
  if (!(at("coloured_share") >= MAP_TARGETS.coloured_share)) missed.push(`coloured_share ${at("coloured_share")} < 1`);
  if ("svg_overlaps" in figures && !(at("svg_overlaps") <= MAP_TARGETS.svg_overlaps)) missed.push(`svg_overlaps ${at("svg_overlaps")} > 0`);
  if (reference !== undefined) {
    if (!(at("nmi") >= reference)) missed.push(`nmi ${at("nmi")} < reference ${reference.toFixed(3)}`);
    if (!(at("generic_top30") <= MAP_TARGETS.generic_top30)) missed.push(`generic_top30 ${at("generic_top30")} > ${MAP_TARGETS.generic_top30}`);
  }
  return missed;
}

export async function evalMap(args: string[]): Promise<number> {
  const corpus = resolve(args[0] ?? DEV_CORPUS);
  if (!existsSync(corpus)) throw new Error(`no corpus at ${args[0] ?? DEV_CORPUS}`);
  const out = mkdtempSync(join(tmpdir(), "fieldmap-eval-map-"));
  try {
    const { runCli } = await import("../apps/cli/src/run");
    let err = "";
    const started = performance.now();
    const code = await runCli(["build", corpus, "-o", out, "--only", "json,svg"], { stdout: () => {}, stderr: (t) => (err += t), cwd: process.cwd() });
    if (code !== 0) throw new Error(`fieldmap build failed (${code}): ${err.trim()}`);
    const seconds = (performance.now() - started) / 1000;
    const figures = mapQuality(out, corpus);
    const labelled = figures.nmi !== undefined && figures.nmi !== null;
    const reference = labelled ? tfidfReference(corpus) : undefined;
    console.log(`fieldmap build ${args[0] ?? DEV_CORPUS}: ${seconds.toFixed(1)} s`);
    console.log(Object.entries(figures).map(([k, v]) => `${k} ${v}`).join("  "));
    if (reference !== undefined) console.log(`reference (TF-IDF + k-means, K=10): nmi ${reference.toFixed(3)}`);
    const missed = missedTargets(figures, reference);
    console.log(`targets (silhouette >= 0.25, nmi >= reference, coloured_share 1, generic_top30 <= 0.30, svg_overlaps 0): ${missed.length === 0 ? "met" : `NOT met: ${missed.join("; ")}`}`);
    return missed.length === 0 ? 0 : 1;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
