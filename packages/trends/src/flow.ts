import Graph from "graphology";
import { countCooccurrences, detectCommunities, type ClusterFlow, type FlowSlice } from "@fieldmap/graph";
import { DEFAULT_MATCH_THRESHOLD, flowEvents, flowLinks } from "./match";
import type { Timeline } from "./timeline";

export type { ClusterFlow, FlowSlice };

export interface ClusterFlowOptions {
  /** Fewer papers than this make a slice too thin to cluster: it is pooled with the next period. */
  minSlicePapers: number;
  threshold: number;
  seed: number;
  /** The map's top-level Louvain resolution, so every slice is cut at the same grain. */
  resolution: number;
}

export const DEFAULT_CLUSTER_FLOW_OPTIONS: ClusterFlowOptions = {
  minSlicePapers: 30,
  threshold: DEFAULT_MATCH_THRESHOLD,
  seed: 42,
  resolution: 1,
};

/** Consecutive non-empty periods pooled until each slice holds minSlicePapers (a thin tail joins the last). */
export function timeSlices(timeline: Timeline, minSlicePapers: number): number[][] {
  const slices: number[][] = [];
  let current: number[] = [];
  let held = 0;
  for (const period of timeline.nonEmpty) {
    current.push(period);
    held += timeline.papers[period]!;
    if (held >= minSlicePapers) {
      slices.push(current);
      current = [];
      held = 0;
    }
  }
  if (current.length > 0) {
    if (slices.length > 0) slices[slices.length - 1]!.push(...current);
    else slices.push(current);
  }
  return slices;
}

/**
 * The map's entities clustered within each slice (links counted from that slice's papers only,
 * same seed and resolution as the map), and clusters matched between consecutive slices.
 */
export function clusterFlow(
  paperEntities: ReadonlyMap<string, readonly string[]>,
  mapCommunity: ReadonlyMap<string, number>,
  /** Label and type of the map's entities: clusters are named from them, as on the map. */
  nodeInfo: ReadonlyMap<string, { label: string; type: string }>,
  timeline: Timeline,
  options: Partial<ClusterFlowOptions> = {},
): ClusterFlow {
  const opts = { ...DEFAULT_CLUSTER_FLOW_OPTIONS, ...options };
  const slices = timeSlices(timeline, opts.minSlicePapers);
  const sliceOf = new Map<number, number>();
  slices.forEach((periods, s) => periods.forEach((p) => sliceOf.set(p, s)));
  const byslice = slices.map(() => [] as string[][]);
  for (const [paperId, entities] of paperEntities) {
    const period = timeline.periodOf.get(paperId);
    const slice = period === undefined ? undefined : sliceOf.get(period);
    if (slice !== undefined) byslice[slice]!.push(entities.filter((e) => mapCommunity.has(e)));
  }
  const clustered = byslice.map((papers) => clusterSlice(papers, mapCommunity, nodeInfo, opts));
  const flowSlices = slices.map((periods, s): FlowSlice => ({
    label: sliceLabel(periods, timeline.labels),
    papers: periods.reduce((sum, p) => sum + timeline.papers[p]!, 0),
    clusters: clustered[s]!.info,
  }));
  const transitions = clustered.slice(1).map((later, i) => {
    const earlier = clustered[i]!.members;
    const links = flowLinks(earlier, later.members);
    return { links, events: flowEvents(earlier, later.members, links, opts.threshold) };
  });
  return { threshold: opts.threshold, slices: flowSlices, transitions };
}

function sliceLabel(periods: readonly number[], labels: readonly string[]): string {
  const first = labels[periods[0]!]!;
  const last = labels[periods[periods.length - 1]!]!;
  return first === last ? first : `${first}..${last}`;
}

interface SliceResult {
  info: FlowSlice["clusters"];
  members: Map<number, Set<string>>;
}

/** One slice's co-occurrence graph of the map's entities, clustered with the map's own function. */
function clusterSlice(
  papers: readonly string[][],
  mapCommunity: ReadonlyMap<string, number>,
  nodeInfo: ReadonlyMap<string, { label: string; type: string }>,
  opts: ClusterFlowOptions,
): SliceResult {
  const graph = new Graph({ type: "undirected" });
  const counts = new Map<string, number>();
  for (const entities of papers) for (const e of new Set(entities)) counts.set(e, (counts.get(e) ?? 0) + 1);
  let edgeIndex = 0;
  for (const edge of countCooccurrences(papers)) {
    for (const node of [edge.source, edge.target]) if (!graph.hasNode(node)) graph.addNode(node, { ...nodeInfo.get(node), count: counts.get(node) ?? 0 });
    graph.addUndirectedEdgeWithKey(`e${edgeIndex++}`, edge.source, edge.target, { weight: edge.weight });
  }
  if (graph.size === 0) return { info: [], members: new Map() };
  // The flow follows top-level clusters only: no sub-clusters (a Louvain per cluster) to compute.
  const result = detectCommunities(graph, { resolution: opts.resolution, seed: opts.seed, weightAttribute: "weight", subClusters: false });
  const members = new Map<number, Set<string>>();
  const info = result.communities.map((c) => {
    const nodes = [...result.assignment].filter(([, id]) => id === c.id).map(([node]) => node);
    members.set(c.id, new Set(nodes));
    return { id: c.id, label: c.label, size: c.size, community: dominantCommunity(nodes, mapCommunity) };
  });
  return { info, members };
}

/** The map community most members belong to (lowest id on a tie). */
function dominantCommunity(nodes: readonly string[], mapCommunity: ReadonlyMap<string, number>): number {
  const tally = new Map<number, number>();
  for (const node of nodes) {
    const c = mapCommunity.get(node);
    if (c !== undefined) tally.set(c, (tally.get(c) ?? 0) + 1);
  }
  let best = -1;
  let bestCount = 0;
  for (const [c, n] of tally) if (n > bestCount || (n === bestCount && c < best)) [best, bestCount] = [c, n];
  return best;
}
