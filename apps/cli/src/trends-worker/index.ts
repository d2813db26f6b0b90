/**
 * The time analysis beside the rest of the build, on a second thread (issue 16). Once the map is
 * built, the main thread still has graph.json's document to make and its per-paper part to
 * write (most of the file, several seconds at 100k papers), while the second core waits. The
 * analysis needs neither: it reads each paper's map entities and date and the map's nodes and
 * clusters. So it starts on a thread of its own as soon as the map is clustered (beside the
 * layout too, which moves nodes only), on a slim copy of what it reads
 * (no evidence, no links: a few MB to copy against a 280 MB file; its entity ids packed as indices,
 * packed-input.ts), and its result is written
 * into the document when the papers are out; graph.json's other parts, which it adds to, follow.
 * Same pure function on the same input: the bytes are the same on either thread (the tests
 * compare them). At 100k papers this takes about 5 s of CPU off the main thread for no more CPU
 * in all. graph.gexf written on a thread too (the map without its papers copied over) was tried
 * and left out: 0-3 s off the main thread, 200-300 MB more peak memory, and graph.json's
 * writing slowed beside it.
 */
import type Graph from "graphology";
import { Piscina } from "piscina";
import type { Paper } from "@fieldmap/corpus";
import type { MapDocument, NodeAttributes, PaperEntities } from "@fieldmap/graph";
import { analyseTrends, type TrendInput, type TrendOptions, type TrendResult } from "@fieldmap/trends";
import { packTrendInput } from "./packed-input";
import type { TrendsTask, TrendsTaskResult } from "./task";

export type { TrendsTaskResult } from "./task";

const WORKER_ENTRY = new URL("./entry.mjs", import.meta.url);

/**
 * Below this many papers the analysis takes well under a second, less than a thread's start-up
 * (tsx, graphology and the trends code loaded anew), so it stays on the main thread.
 */
export const TRENDS_WORKER_MIN_PAPERS = 2_000;

export type TrendsThread = Piscina<TrendsTask, TrendsTaskResult>;

/** A thread for the analysis, started early so its start-up overlaps the map's steps. */
export function startTrendsThread(): TrendsThread {
  return new Piscina<TrendsTask, TrendsTaskResult>({ filename: WORKER_ENTRY.href, minThreads: 1, maxThreads: 1 });
}

/** The parts of the map graph.json's document is made of, as far as the analysis reads them. */
export interface MapParts {
  graph: Graph;
  /** The document's `fieldmap` members the analysis reads (communities, generic, options). */
  meta: TrendInput["fieldmap"];
  papers: readonly Paper[];
  entities: PaperEntities;
}

/**
 * What trendInputOf(document) gives for the document these parts make, before it is made: the
 * nodes in the graph's order, each paper's map entities in reading order, its date and year as
 * the document keeps them.
 */
export function trendInputOfMap({ graph, meta, papers, entities }: MapParts): TrendInput {
  const nodes: Array<TrendInput["graph"]["nodes"][number]> = [];
  graph.forEachNode((key, attributes) => {
    const { label, type, community } = attributes as NodeAttributes;
    nodes.push({ key, attributes: { label, type, community } });
  });
  return {
    fieldmap: meta,
    graph: { nodes },
    papers: papers.map((paper, i) => ({
      id: paper.id,
      entities: entities.entities[i]!.map((e) => e.id),
      ...(paper.date ? { date: paper.date } : {}),
      ...(paper.year !== undefined ? { year: paper.year } : {}),
    })),
  };
}

/** Starts the analysis of `input` on `thread`, which is destroyed once it is done, whatever happens. */
export function startTrends(thread: TrendsThread, input: TrendInput, options: Partial<TrendOptions>): Promise<TrendsTaskResult> {
  const started = thread.run({ input: packTrendInput(input), options }).finally(() => thread.destroy());
  // A build that fails before it awaits the analysis leaves this rejection unread: it is not an error of its own.
  started.catch(() => undefined);
  return started;
}

export interface TrendsBeside {
  result: TrendResult | undefined;
  /** True when `beside` ran (only with an analysis on the thread). */
  besideRan: boolean;
  /** write.ahead (beside: graph.json's papers, graph.gexf's edges), trends (this thread), trends.thread (the other), trends.waited (for it), in ms. */
  timings: Record<string, number>;
}

/**
 * The time analysis of `document`: the one started on the thread (`started`), awaited after
 * `beside` runs, or else run here. Not yet written into the document (assignTrends does that).
 */
export async function trendsBeside(
  document: MapDocument,
  options: Partial<TrendOptions>,
  started: Promise<TrendsTaskResult> | undefined,
  beside?: () => Promise<void>,
): Promise<TrendsBeside> {
  // One stopwatch, restarted at each step: ms since the step began.
  let clock = performance.now();
  const lap = () => {
    const ms = Math.round(performance.now() - clock);
    clock = performance.now();
    return ms;
  };
  if (!started) {
    const result = analyseTrends(document, options);
    return { result, besideRan: false, timings: { trends: lap() } };
  }
  const timings: Record<string, number> = {};
  if (beside) {
    await beside();
    timings["write.ahead"] = lap();
  }
  const done = await started;
  timings["trends.waited"] = lap();
  timings["trends.thread"] = done.ms;
  return { result: done.result, besideRan: beside !== undefined, timings };
}
