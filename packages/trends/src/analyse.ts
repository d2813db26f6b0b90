import type { MapDocument, MapMeta, MapPaper, MapTime, NodeAttributes, TimeProfile } from "@fieldmap/graph";
import { DEFAULT_BURST_OPTIONS, type BurstOptions } from "./burst";
import { emergingAndFading, entityTrend, lastFullPeriod, recentWindowStart, type EntitySeries, type EntityTrend, type TrendItem } from "./emerging";
import { clusterFlow, DEFAULT_CLUSTER_FLOW_OPTIONS, type ClusterFlow } from "./flow";
import { emergingPairs, type EmergingPair } from "./pairs";
import type { PeriodUnit } from "./periods";
import { buildTimeline, meanYear, paperStamps, timeProfile, type PaperStamp, type Timeline } from "./timeline";

export interface TrendOptions {
  /** Period unit; "auto" chooses months below about three years of papers, years above. */
  period: PeriodUnit | "auto";
  burst: BurstOptions;
  /** Longest emerging / fading / pairs lists kept. */
  limit: number;
  /** Cluster the map per time slice and match the clusters (costs a Louvain per slice). */
  flow: boolean;
  seed: number;
  /** Top-level resolution for the slices; defaults to the map's own (fieldmap.options.resolution). */
  resolution?: number;
  minSlicePapers: number;
}

export const DEFAULT_TREND_OPTIONS: TrendOptions = {
  period: "auto",
  burst: DEFAULT_BURST_OPTIONS,
  limit: 50,
  flow: true,
  seed: 42,
  minSlicePapers: DEFAULT_CLUSTER_FLOW_OPTIONS.minSlicePapers,
};

export interface TrendResult {
  time: MapTime;
  emerging: TrendItem[];
  fading: TrendItem[];
  emergingPairs: EmergingPair[];
  clusterFlow?: ClusterFlow;
  /** Map node id -> mean publication time as a decimal year. */
  meanYear: Map<string, number>;
}

/**
 * What the time analysis reads of graph.json: a MapDocument is one, and so is the slim copy a
 * build sends to another thread (apps/cli/src/trends-worker), without evidence or links.
 */
export interface TrendInput {
  fieldmap: Pick<MapMeta, "communities" | "generic" | "options">;
  graph: { nodes: ReadonlyArray<{ key: string; attributes: Pick<NodeAttributes, "label" | "type" | "community"> }> };
  papers: ReadonlyArray<Pick<MapPaper, "id" | "date" | "year" | "entities">>;
}

/** The part of `document` the time analysis reads, copied: small enough to send to a worker thread. */
export function trendInputOf(document: TrendInput): TrendInput {
  const { communities, generic, options } = document.fieldmap;
  return {
    fieldmap: { communities, ...(generic ? { generic } : {}), ...(options ? { options } : {}) },
    graph: { nodes: document.graph.nodes.map(({ key, attributes: { label, type, community } }) => ({ key, attributes: { label, type, community } })) },
    papers: document.papers.map(({ id, date, year, entities }) => ({ id, entities, ...(date !== undefined ? { date } : {}), ...(year !== undefined ? { year } : {}) })),
  };
}

interface Universe {
  /** Entity id -> label and type: the map's nodes and its generic entities. */
  entities: Map<string, { label: string; type: string }>;
  paperEntities: Map<string, readonly string[]>;
  papersOf: Map<string, string[]>;
}

function universeOf(document: TrendInput): Universe {
  const entities = new Map<string, { label: string; type: string }>();
  for (const node of document.graph.nodes) entities.set(node.key, { label: node.attributes.label, type: node.attributes.type });
  for (const g of document.fieldmap.generic ?? []) if (!entities.has(g.id)) entities.set(g.id, { label: g.label, type: g.type });
  const paperEntities = new Map<string, readonly string[]>();
  const papersOf = new Map<string, string[]>();
  for (const paper of document.papers) {
    const known = paper.entities.filter((e) => entities.has(e));
    paperEntities.set(paper.id, known);
    for (const e of known) (papersOf.get(e) ?? papersOf.set(e, []).get(e)!).push(paper.id);
  }
  return { entities, paperEntities, papersOf };
}

/**
 * How the field moves: per-period counts of the map's entities and clusters, Kleinberg bursts,
 * emerging and fading entities, new pairs, and clusters matched across time slices. Reads only
 * graph.json's content, so `fieldmap build` and `fieldmap trends` agree. Undefined when no
 * paper is dated.
 */
export function analyseTrends(document: TrendInput, options: Partial<TrendOptions> = {}): TrendResult | undefined {
  const opts = { ...DEFAULT_TREND_OPTIONS, ...options };
  const timeline = buildTimeline(document.papers, opts.period);
  if (!timeline) return undefined;
  const universe = universeOf(document);
  const dateOf = new Map(document.papers.flatMap((p) => (p.date ? [[p.id, p.date.slice(0, 10)] as const] : [])));
  const stamps = paperStamps(timeline, dateOf);
  // 1. Per-entity series, bursts and share growth.
  const recentStart = recentWindowStart(timeline);
  const trends: EntityTrend[] = [];
  const profiles: Record<string, TimeProfile> = {};
  for (const id of [...universe.entities.keys()].sort()) {
    const papers = universe.papersOf.get(id) ?? [];
    const profile = timeProfile(papers, timeline.labels.length, stamps);
    if (!profile) continue;
    const { label, type } = universe.entities.get(id)!;
    const series: EntitySeries = { id, label, type, counts: profile.counts, papers: papers.length };
    const trend = entityTrend(series, timeline, recentStart, opts.burst);
    trends.push(trend);
    if (trend.bursts.length > 0) profile.bursts = trend.bursts.map((b) => [b.start, b.end, b.weight]);
    profiles[id] = profile;
  }
  // 2. Emerging and fading entities, new pairs.
  const { emerging, fading } = emergingAndFading(trends, { recentStart, lastFull: lastFullPeriod(timeline) }, timeline.labels);
  const labelOf = (id: string) => universe.entities.get(id)?.label ?? id;
  const pairs = emergingPairs(universe.paperEntities, timeline, recentStart, labelOf, opts.limit);
  // 3. The map's clusters over time.
  const communities = communityProfiles(document, universe, timeline, stamps);
  const flow = opts.flow ? clusterFlowOf(document, universe, timeline, opts) : undefined;
  const time: MapTime = {
    period: timeline.unit,
    periods: timeline.labels,
    papers: timeline.papers,
    undated: timeline.undated,
    entities: profiles,
    communities,
    emerging: emerging.slice(0, opts.limit).map((e) => e.id),
    fading: fading.slice(0, opts.limit).map((e) => e.id),
    ...(flow ? { flow } : {}),
  };
  return {
    time,
    emerging: emerging.slice(0, opts.limit),
    fading: fading.slice(0, opts.limit),
    emergingPairs: pairs,
    ...(flow ? { clusterFlow: flow } : {}),
    meanYear: nodeMeanYears(document, universe, stamps),
  };
}

function communityProfiles(document: TrendInput, universe: Universe, timeline: Timeline, stamps: ReadonlyMap<string, PaperStamp>): TimeProfile[] {
  const papersOfCommunity = document.fieldmap.communities.map(() => new Set<string>());
  for (const node of document.graph.nodes) {
    const set = papersOfCommunity[node.attributes.community];
    for (const paper of universe.papersOf.get(node.key) ?? []) set?.add(paper);
  }
  const empty = (): TimeProfile => ({ counts: timeline.labels.map(() => 0), first: "", last: "", mean: "" });
  return papersOfCommunity.map((papers) => timeProfile([...papers].sort(), timeline.labels.length, stamps) ?? empty());
}

function clusterFlowOf(document: TrendInput, universe: Universe, timeline: Timeline, opts: TrendOptions): ClusterFlow {
  const mapCommunity = new Map(document.graph.nodes.map((n) => [n.key, n.attributes.community] as const));
  const stored = document.fieldmap.options?.resolution;
  const resolution = opts.resolution ?? (typeof stored === "number" ? stored : 1);
  return clusterFlow(universe.paperEntities, mapCommunity, universe.entities, timeline, { seed: opts.seed, resolution, minSlicePapers: opts.minSlicePapers });
}

function nodeMeanYears(document: TrendInput, universe: Universe, stamps: ReadonlyMap<string, PaperStamp>): Map<string, number> {
  const result = new Map<string, number>();
  for (const node of document.graph.nodes) {
    const mean = meanYear(universe.papersOf.get(node.key) ?? [], stamps);
    if (mean !== undefined) result.set(node.key, mean);
  }
  return result;
}

/** Writes the analysis into graph.json: fieldmap.time and each node's mean_year. */
analyseTrends.assign = (document: MapDocument, options: Partial<TrendOptions> = {}): TrendResult | undefined => {
  const result = analyseTrends(document, options);
  if (result) assignTrends(document, result);
  return result;
};

/** Writes a finished analysis (of this document, maybe made on another thread) into graph.json. */
export function assignTrends(document: MapDocument, result: TrendResult): void {
  document.fieldmap.time = result.time;
  for (const node of document.graph.nodes) {
    const mean = result.meanYear.get(node.key);
    if (mean !== undefined) node.attributes.mean_year = mean;
  }
}
