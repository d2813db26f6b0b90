/**
 * The time analysis beside the rest of the build, on a second thread (issue 16). After the map
 * is built, the main thread has graph.json's per-paper part to write (most of the file, several
 * seconds at 100k papers) and the time analysis to run, one after the other, while the second
 * core waits. The analysis's largest part, the cluster flow (a Louvain per time slice), needs
 * neither: it reads each paper's entities and date and the map's nodes. So it runs on a thread
 * of its own on a slim copy of the document (no evidence, no links: a few MB to copy against a
 * 280 MB file), while the main thread writes the papers and then runs the rest of the analysis;
 * graph.json's other parts, which the analysis adds to, follow. Same pure functions on the same
 * input: the bytes are the same on either thread (the tests compare them). At 100k papers this
 * takes about 7 s of CPU off the main thread for no more CPU in all. graph.gexf written here
 * too (the map without its papers copied over) was tried and left out: 0-3 s off the main
 * thread, 200-300 MB more peak memory, and graph.json's writing slowed beside it.
 */
import { Piscina } from "piscina";
import type { MapDocument } from "@fieldmap/graph";
import { analyseTrends, trendInputOf, withFlow, type TrendOptions, type TrendResult } from "@fieldmap/trends";
import type { FlowTask, FlowTaskResult } from "./task";

const WORKER_ENTRY = new URL("./entry.mjs", import.meta.url);

/**
 * Below this many papers the flow takes well under a second, less than a thread's start-up
 * (tsx, graphology and the trends code loaded anew), so it stays on the main thread.
 */
export const TRENDS_WORKER_MIN_PAPERS = 2_000;

export type FlowThread = Piscina<FlowTask, FlowTaskResult>;

/** A thread for the flow, started early so its start-up overlaps the map's steps. */
export function startFlowThread(): FlowThread {
  return new Piscina<FlowTask, FlowTaskResult>({ filename: WORKER_ENTRY.href, minThreads: 1, maxThreads: 1 });
}

export interface TrendsBeside {
  result: TrendResult | undefined;
  /** True when `beside` ran (only with a thread). */
  besideRan: boolean;
  /** write.papers (beside), trends (this thread), trends.flow (the other), trends.waited (for it), in ms. */
  timings: Record<string, number>;
}

/**
 * The time analysis of `document`; with `thread`, its flow runs there while this thread runs
 * `beside` and then the rest. Not yet written into the document (assignTrends does that). The
 * thread is destroyed once done, whatever happens.
 */
export async function analyseTrendsBeside(
  document: MapDocument,
  options: Partial<TrendOptions>,
  thread: FlowThread | undefined,
  beside?: () => Promise<void>,
): Promise<TrendsBeside> {
  const timings: Record<string, number> = {};
  // One stopwatch, restarted at each step: ms since the step began.
  let started = performance.now();
  const lap = () => {
    const ms = Math.round(performance.now() - started);
    started = performance.now();
    return ms;
  };
  if (!thread) {
    const result = analyseTrends(document, options);
    return { result, besideRan: false, timings: { trends: lap() } };
  }
  const flow = thread.run({ input: trendInputOf(document), options }).finally(() => thread.destroy());
  try {
    if (beside) {
      await beside();
      timings["write.papers"] = lap();
    }
    const rest = analyseTrends(document, { ...options, flow: false });
    timings.trends = lap();
    const done = await flow;
    timings["trends.waited"] = lap();
    timings["trends.flow"] = done.ms;
    return { result: rest && withFlow(rest, done.flow), besideRan: beside !== undefined, timings };
  } finally {
    // A failure here leaves the flow running: its rejection is ours to swallow, the thread is destroyed.
    flow.catch(() => undefined);
  }
}
