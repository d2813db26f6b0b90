// `pnpm eval trends [CORPUS] [--split YYYY-MM] [--verbose]`: the emerging list is a forecast,
// so it is measured as one. The corpus's papers before the split month (default: its last
// month with papers) are written to a temporary file and built with the real CLI and default
// options; the entities of three top-20 lists are then followed into the held-out months:
// report.json's emerging list, the 20 most frequent entities, and the 20 with the largest raw
// count increase (recent periods minus the earlier ones, as trends splits them). An entity is
// a hit when its share of the later papers is at least 1.2x its share of the earlier ones;
// shares come from `fieldmap extract` over the whole corpus, matched by name and alias.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { MapDocument } from "../packages/graph/src/index";
import { buildTimeline, recentWindowStart } from "../packages/trends/src/index";
import { DEV_CORPUS } from "./eval-map";
import { matchKey } from "./eval";

export const TREND_TARGETS = { precision: 0.6, marginOverNaive: 0.2, growth: 1.2, top: 20 };

interface Candidate {
  id: string;
  label: string;
  keys: Set<string>;
}

interface CorpusLine {
  id: string;
  date?: string;
}

async function cli(args: string[]): Promise<string> {
  const { runCli } = await import("../apps/cli/src/run");
  let out = "";
  let err = "";
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: process.cwd() });
  if (code !== 0) throw new Error(`fieldmap ${args[0]} failed (${code}): ${err.trim()}`);
  return out;
}

/** Paper id -> the match keys of its entities' names and mentions, from `fieldmap extract`. */
async function extractedKeys(corpus: string): Promise<Map<string, Set<string>>> {
  const keys = new Map<string, Set<string>>();
  for (const line of (await cli(["extract", corpus])).split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; entities: Array<{ name: string; mentions: string[] }> };
    keys.set(row.id, new Set(row.entities.flatMap((e) => [e.name, ...e.mentions]).map(matchKey)));
  }
  return keys;
}

/** The three lists, from the map built on the earlier months. */
function candidateLists(document: MapDocument, emergingIds: string[]): Record<string, Candidate[]> {
  const nodes = new Map(document.graph.nodes.map((n) => [n.key, n.attributes]));
  const candidate = (id: string): Candidate => {
    const node = nodes.get(id);
    const generic = document.fieldmap.generic?.find((g) => g.id === id);
    const label = node?.label ?? generic?.label ?? id;
    return { id, label, keys: new Set([label, ...(node?.aliases ?? [])].map(matchKey)) };
  };
  const time = document.fieldmap.time!;
  const ids = Object.keys(time.entities).sort();
  const total = (id: string) => time.entities[id]!.counts.reduce((a, b) => a + b, 0);
  const timeline = buildTimeline(document.papers, time.period)!;
  const recent = recentWindowStart(timeline);
  const increase = (id: string) => time.entities[id]!.counts.reduce((sum, n, t) => sum + (t >= recent ? n : -n), 0);
  const top = (score: (id: string) => number) =>
    [...ids].sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1)).slice(0, TREND_TARGETS.top).map(candidate);
  return {
    "emerging (Kleinberg bursts)": emergingIds.slice(0, TREND_TARGETS.top).map(candidate),
    "most frequent": top(total),
    "largest raw count increase": top(increase),
  };
}

function share(candidate: Candidate, papers: readonly string[], keys: Map<string, Set<string>>): number {
  let hits = 0;
  for (const id of papers) {
    const paperKeys = keys.get(id);
    if (paperKeys && [...candidate.keys].some((k) => paperKeys.has(k))) hits++;
  }
  return papers.length === 0 ? 0 : hits / papers.length;
}

export async function evalTrends(args: string[]): Promise<number> {
  const verbose = args.includes("--verbose");
  const splitAt = args.indexOf("--split");
  const corpus = resolve(args.find((a, i) => !a.startsWith("--") && i !== splitAt + 1) ?? DEV_CORPUS);
  const lines = readFileSync(corpus, "utf8").split("\n").filter((l) => l.trim());
  const records = lines.map((l) => JSON.parse(l) as CorpusLine);
  const months = [...new Set(records.flatMap((r) => (r.date ? [r.date.slice(0, 7)] : [])))].sort();
  const split = splitAt >= 0 ? args[splitAt + 1]! : months[months.length - 1]!;
  const earlier = records.filter((r) => r.date !== undefined && r.date.slice(0, 7) < split).map((r) => r.id);
  const later = records.filter((r) => r.date !== undefined && r.date.slice(0, 7) >= split).map((r) => r.id);
  const work = mkdtempSync(join(tmpdir(), "fieldmap-eval-trends-"));
  try {
    const past = join(work, "earlier.jsonl");
    writeFileSync(past, lines.filter((_, i) => records[i]!.date !== undefined && records[i]!.date!.slice(0, 7) < split).map((l) => `${l}\n`).join(""));
    const started = performance.now();
    await cli(["build", past, "-o", join(work, "out"), "--only", "json"]);
    const seconds = (performance.now() - started) / 1000;
    const document = JSON.parse(readFileSync(join(work, "out", "graph.json"), "utf8")) as MapDocument;
    const report = JSON.parse(readFileSync(join(work, "out", "report.json"), "utf8")) as { emerging: Array<{ id: string }> };
    const keys = await extractedKeys(corpus);
    console.log(`built on ${earlier.length} papers before ${split} (${months[0]}..${months[months.indexOf(split) - 1]}, ${seconds.toFixed(1)} s); measured on ${later.length} papers from ${split}`);
    const precisions = new Map<string, number>();
    for (const [name, list] of Object.entries(candidateLists(document, report.emerging.map((e) => e.id)))) {
      const rows = list.map((c) => ({ c, before: share(c, earlier, keys), after: share(c, later, keys) }));
      const hits = rows.filter((r) => r.after >= TREND_TARGETS.growth * r.before && r.after > 0).length;
      const precision = list.length === 0 ? 0 : hits / list.length;
      precisions.set(name, precision);
      console.log(`${name.padEnd(30)} precision@${TREND_TARGETS.top} ${precision.toFixed(2)} (${hits} of ${list.length})`);
      if (verbose) for (const r of rows) console.log(`    ${r.c.label.padEnd(32)} ${(r.before * 100).toFixed(2)}% -> ${(r.after * 100).toFixed(2)}%`);
    }
    const [emerging = 0, ...naive] = [...precisions.values()];
    const met = emerging >= TREND_TARGETS.precision && naive.every((p) => emerging >= p + TREND_TARGETS.marginOverNaive);
    console.log(`target (emerging precision@20 >= 0.6 and >= 0.2 above both naive lists): ${met ? "met" : "NOT met"}`);
    return met ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
