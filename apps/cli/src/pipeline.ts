import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { normaliseCorpus } from "@fieldmap/extract/normalise";
import { parseThesaurus } from "@fieldmap/extract/thesaurus";
import type { Entity, Mention, MergeRecord } from "@fieldmap/extract/types";
import { buildGraph, DEFAULT_BUILD_GRAPH_OPTIONS, paperEntities, toMapDocument, type BuildGraphOptions, type ClusteredMap, type GraphBuildResult, type MapDocument, type PaperEntities, type PreviousMap } from "@fieldmap/graph";
import { assignTrends, type PeriodUnit, type TrendOptions, type TrendResult } from "@fieldmap/trends";
import { collectGarbage } from "./collect-garbage";
import { UserError } from "./errors";
import { startEarlyExtraction, type EarlyExtraction } from "./extraction/early-thread";
import { extractCorpus, type ExtractionSettings } from "./extraction/extract-papers";
import { heapAdvice } from "./heap-advice";
import { describeInputs, readInputs, type InputResult } from "./inputs";
import { corpusRelations } from "./paper-relations";
import { startTrends, startTrendsThread, trendInputOfMap, trendsBeside, TRENDS_WORKER_MIN_PAPERS, type TrendsTaskResult, type TrendsThread } from "./trends-worker";

export interface PipelineOptions {
  cwd: string;
  format?: string;
  columns?: Record<string, string>;
  thesaurus?: string;
  graph: Partial<BuildGraphOptions>;
  /** Time unit of the trend analysis (default auto). */
  period?: PeriodUnit | "auto";
  title: string;
  created: string;
  /** Progress lines go here (stderr), so stdout stays clean for data. */
  progress: (line: string) => void;
  /** Workers, incremental store and progress of extraction (default: this thread, no store). */
  extraction?: ExtractionSettings;
  /** `build --update`: the map this build updates (its positions and resolution are reused). */
  previous?: PreviousMap;
  /**
   * Main-thread work to do while the time analysis runs on its own thread (build: graph.json's
   * per-paper part, which the analysis does not change). Called with the document before the
   * analysis is written into it, and only when the analysis is on another thread.
   */
  whileTrends?: (document: MapDocument) => Promise<void>;
}

export interface PipelineResult {
  input: InputResult;
  /** Mentions extracted (the Mention objects themselves are released once the document is built). */
  mentionCount: number;
  entities: Entity[];
  merges: MergeRecord[];
  graph: GraphBuildResult;
  document: MapDocument;
  /** Distinct relations left out because an end is not kept on the map or among the generic entities. */
  relationsDropped: number;
  /** Time analysis, when papers are dated (also written into the document). */
  trends?: TrendResult;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  /** True when options.whileTrends ran (beside the time analysis, on another thread). */
  whileTrendsDone: boolean;
}

/** Reads the user's thesaurus file; its parse errors carry the file name and line. */
export async function loadThesaurus(path: string | undefined, cwd: string) {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), "utf8");
  } catch {
    throw new UserError(`cannot read thesaurus ${path}: no such file`);
  }
  return parseThesaurus(text, path);
}

async function timed<T>(timings: Record<string, number>, stage: string, fn: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await fn();
  timings[stage] = Math.round(performance.now() - start);
  return result;
}

/** inputs -> papers -> mentions -> entities -> graph -> graph.json document. */
export async function runPipeline(paths: string[], options: PipelineOptions): Promise<PipelineResult> {
  const thesaurus = await loadThesaurus(options.thesaurus, options.cwd);
  // A rebuild's extraction thread starts up while this thread reads (early-thread.ts).
  const early = startEarlyExtraction(options.extraction);
  try {
    return await runStages(paths, options, thesaurus, early);
  } finally {
    await early?.close();
  }
}

async function runStages(
  paths: string[],
  options: PipelineOptions,
  thesaurus: Awaited<ReturnType<typeof loadThesaurus>>,
  early: EarlyExtraction | undefined,
): Promise<PipelineResult> {
  const timings: Record<string, number> = {};
  const input = await timed(timings, "read", () => readInputs(paths, { cwd: options.cwd, format: options.format, columns: options.columns }));
  options.progress(describeInputs(input));
  const advice = heapAdvice(input.papers.length);
  if (advice) options.progress(advice);
  // The time analysis's thread starts now, so its start-up overlaps the map's steps.
  const thread = trendsOnWorker(input.papers.length, options.extraction) ? startTrendsThread() : undefined;
  let built: Awaited<ReturnType<typeof mapFromPapers>>;
  try {
    built = await mapFromPapers(input, thesaurus, options, timings, { trends: thread, early });
  } catch (error) {
    await thread?.destroy();
    throw error;
  }
  const { trendsStarted, trendOptions, ...map } = built;
  const trends = await trendsBeside(
    map.document,
    trendOptions,
    trendsStarted,
    options.whileTrends && (() => options.whileTrends!(map.document)),
  );
  Object.assign(timings, trends.timings);
  if (trends.result) assignTrends(map.document, trends.result);
  return { input, ...map, timings, whileTrendsDone: trends.besideRan, ...(trends.result ? { trends: trends.result } : {}) };
}

/**
 * The time analysis gets its own thread when a second core is given to the build (`--workers`
 * of 2 or more, the default on a machine of two cores) and the corpus is big enough to repay the
 * thread's start-up (or `--workers` was given, as for extraction).
 */
function trendsOnWorker(papers: number, extraction: ExtractionSettings | undefined): boolean {
  if (!extraction || extraction.workers < 2) return false;
  return papers >= TRENDS_WORKER_MIN_PAPERS || extraction.workersGiven;
}

/** The pipeline's result so far, with the time analysis's options and, when it runs on its thread, its run. */
type MapFromPapers = Omit<PipelineResult, "input" | "timings" | "trends" | "whileTrendsDone"> & {
  trendOptions: Partial<TrendOptions>;
  trendsStarted?: Promise<TrendsTaskResult>;
};

/**
 * Extraction to the graph.json document. The per-mention objects (about 1.7 KB a paper, the
 * largest per-paper data of a build) live only inside this function: once the document holds
 * each paper's evidence they are garbage, before the time analysis and the writing (issue 16).
 */
async function mapFromPapers(
  input: InputResult,
  thesaurus: Awaited<ReturnType<typeof loadThesaurus>>,
  options: PipelineOptions,
  timings: Record<string, number>,
  threads: { trends: TrendsThread | undefined; early: EarlyExtraction | undefined },
): Promise<MapFromPapers> {
  const { progress } = options;
  const thread = threads.trends;
  const { mentionsByPaper, relationsByPaper } = await timed(timings, "extract", async () => {
    try {
      return await extractCorpus(input.papers, options.extraction, threads.early?.pool);
    } finally {
      threads.early?.release();
    }
  });
  // A loop, not flat(): 280-340 ms against 40 for a million mentions in 100,000 lists.
  const mentions: Mention[] = [];
  for (const paper of mentionsByPaper) for (const mention of paper) mentions.push(mention);
  const keepNames = options.previous ? previousNames(options.previous) : undefined;
  const { entities, merges, assignments } = await timed(timings, "normalise", () =>
    normaliseCorpus(mentions, { ...(thesaurus ? { thesaurus } : {}), ...(keepNames ? { keepNames } : {}) }),
  );
  progress(`extracted ${mentions.length} mentions of ${entities.length} entities`);
  // Once the map is clustered, each paper's map entities are found (the document's first step)
  // and the time analysis starts on its thread from them, beside the layout and all that follows.
  let byPaper: PaperEntities | undefined;
  let trendsStarted: Promise<TrendsTaskResult> | undefined;
  const trendOptionsOf = (map: Pick<ClusteredMap, "resolution">): Partial<TrendOptions> => ({
    period: options.period ?? "auto",
    seed: options.graph.seed ?? DEFAULT_BUILD_GRAPH_OPTIONS.seed,
    resolution: map.resolution.top,
  });
  const onClustered = (map: ClusteredMap) => {
    byPaper = paperEntities({ graph: map.graph, papers: input.papers, entities, mentions, mentionEntities: assignments, generic: map.generic });
    if (thread) {
      const meta = { communities: map.communities, ...(map.generic.length > 0 ? { generic: [...map.generic] } : {}), options: mapOptionsOf(options.graph, map) };
      trendsStarted = startTrends(thread, trendInputOfMap({ graph: map.graph, meta, papers: input.papers, entities: byPaper }), trendOptionsOf(map));
    }
    // The steps' garbage goes before the document, long-lived, is made (collect-garbage.ts).
    collectGarbage();
  };
  const graph = await timed(timings, "graph", () => buildGraph(input.papers, entities, options.graph, options.previous, onClustered));
  // The map's own steps, so the summary shows what each costs (relevance, clusters, layout).
  for (const [step, ms] of Object.entries(graph.timings)) timings[`graph.${step}`] = ms;
  progress(`built a map of ${graph.graph.order} nodes, ${graph.graph.size} edges, ${graph.communities.length} communities`);
  const mapOptions = mapOptionsOf(options.graph, graph);
  const trendOptions = trendOptionsOf(graph);
  const genericIds = new Set(graph.generic.map((g) => g.id));
  const relations = await timed(timings, "relations", () =>
    corpusRelations({ papers: input.papers, mentionsByPaper, relationsByPaper, assignments, entities, isKept: (id) => graph.graph.hasNode(id) || genericIds.has(id) }),
  );
  const documentStart = performance.now();
  const document = toMapDocument({
    graph: graph.graph,
    papers: input.papers,
    entities,
    mentions,
    mentionEntities: assignments,
    communities: graph.communities,
    modularity: graph.modularity,
    generic: graph.generic,
    ...(graph.judged ? { judged: graph.judged } : {}),
    title: options.title,
    created: options.created,
    options: mapOptions,
    relations: relations.relations,
    paperEntities: byPaper!,
  });
  timings.document = Math.round(performance.now() - documentStart);
  return { mentionCount: mentions.length, entities, merges, graph, document, relationsDropped: relations.dropped, trendOptions, ...(trendsStarted ? { trendsStarted } : {}) };
}

/** graph.json's `fieldmap.options`: the options asked for, with what the map decided for them. */
function mapOptionsOf(asked: Partial<BuildGraphOptions>, map: Pick<ClusteredMap, "minCount" | "resolution" | "stability">) {
  return { ...asked, minCount: map.minCount, resolution: map.resolution.top, stability: map.stability };
}

/** The build date: SOURCE_DATE_EPOCH when set (reproducible builds convention), else today. */
export function buildDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return date.toISOString().slice(0, 10);
}

/** The names of the previous map's entities, on it or generic: an update keeps them (normalise.ts's keepNames). */
function previousNames(previous: PreviousMap): Set<string> {
  const names = new Set(previous.positions.keys());
  for (const entity of previous.decisions?.generic ?? []) names.add(entity.id);
  return names;
}
