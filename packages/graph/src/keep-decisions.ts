import type Graph from "graphology";
import { communityColor } from "./colors";
import { byCountOf, clusterInfo, type CommunityResult } from "./communities";
import { DEFAULT_HIERARCHY_OPTIONS } from "./hierarchy";
import { heaviest, modularity, type Partition } from "./partition";
import { clustersOfPartitions, extendClusters, partitionsOfClusters } from "./judged-clusters";
import { DEFAULT_RELEVANCE_OPTIONS, firstPartitions, medianRelevance } from "./relevance";
import type { CommunityInfo, GenericEntity, NodeAttributes } from "./types";
import type { PreviousMap } from "./update-start";

/**
 * An update's decisions about the map's entities (fieldmap build --update), kept from the
 * previous map: which entities are generic, and each node's cluster and sub-cluster. A fresh
 * build judges every entity's relevance on 10 Louvain partitions and clusters the whole map on
 * 10 seeds (about 10 s of a 100k-paper rebuild); an update keeps what the previous map decided
 * for the entities it had judged and decides only for the new ones. An approximation, like the
 * kept positions: a fresh build of the same inputs may judge a few entities otherwise. So it is
 * done for small updates only: a previous map that judged under 90% of the candidate entities
 * decides nothing, and all are judged afresh (a map of 130 papers updated to 194 gets 20 new
 * nodes; relevance and clusters are properties of the whole map, and kept they held 25 more
 * hubs on it than a fresh judgment, which pulled the layout apart).
 */

/**
 * New entities are judged on the median of this many first partitions (a fresh build's first
 * seeds) rather than twenty: there are few of them. A fresh build keeps its first this many in
 * graph.json for its updates, and an update extends them to its new entities.
 */
export const NEW_ENTITY_PARTITIONS = 3;

/** Share of the candidate entities the previous map must have judged for its decisions to be kept. */
export const MIN_JUDGED_SHARE = 0.9;

/** True when the previous map has decisions and judged at least MIN_JUDGED_SHARE of `graph`'s entities. */
export function canKeepDecisions(graph: Graph, previous: PreviousMap): boolean {
  const decisions = previous.decisions;
  if (!decisions) return false;
  const generic = new Set(decisions.generic.map((g) => g.id));
  const judged = graph.filterNodes((node) => previous.communities.has(node) || generic.has(node)).length;
  return judged >= MIN_JUDGED_SHARE * graph.order;
}

/** What an update decided about relevance: its generic entities, and the clusters it judged on, for the next update. */
export interface GenericDecisions {
  generic: GenericEntity[];
  judged?: Map<string, number[]>;
}

/**
 * The generic entities of an update (previous.decisions given), least relevant first, removed from `graph`: the previous
 * map's generic entities (with the relevance they had), and the new entities (on neither the
 * previous map nor its generic list) whose relevance is below the threshold. Entities of the
 * previous map stay on it. New entities are judged on the first partitions the previous map
 * kept (judged-clusters.ts), extended to the new entities for the next update; a previous map
 * without them has NEW_ENTITY_PARTITIONS first partitions of this map made for its new entities.
 */
export function keepGenericDecisions(graph: Graph, previous: PreviousMap, seed: number, weightAttribute = "weight"): GenericDecisions {
  const decisions = previous.decisions!;
  if (graph.size === 0 || graph.order < DEFAULT_RELEVANCE_OPTIONS.minNodes) return { generic: [] };
  const relevance = new Map<string, number>();
  for (const g of decisions.generic) if (graph.hasNode(g.id)) relevance.set(g.id, g.relevance);
  const unjudged = graph.filterNodes((node) => !relevance.has(node) && !previous.communities.has(node));
  let judged: Map<string, number[]> | undefined;
  let partitions: Partition[] | undefined;
  if (decisions.judged && decisions.judged.size > 0) {
    judged = extendClusters(graph, decisions.judged, weightAttribute);
    partitions = partitionsOfClusters(decisions.judged);
  } else if (unjudged.length > 0) {
    partitions = firstPartitions(graph, seed, NEW_ENTITY_PARTITIONS, weightAttribute);
    judged = clustersOfPartitions(partitions);
  }
  if (unjudged.length > 0 && partitions) {
    // Judged on the link weight a fresh build judges on (build.ts: fractional counts).
    const scores = medianRelevance(graph, partitions, weightAttribute, unjudged);
    for (const node of unjudged) {
      const score = scores.get(node)!;
      if (score < DEFAULT_RELEVANCE_OPTIONS.maxDivergence) relevance.set(node, Number.isFinite(score) ? Math.round(score * 1e4) / 1e4 : 0);
    }
  }
  const count = (node: string) => graph.getNodeAttribute(node, "count") as number;
  const generic = [...relevance.keys()].sort((a, b) => relevance.get(a)! - relevance.get(b)! || count(b) - count(a) || (a < b ? -1 : a > b ? 1 : 0));
  const result = generic.map((node) => genericEntity(node, graph.getNodeAttributes(node) as NodeAttributes, relevance.get(node)!));
  for (const node of generic) graph.dropNode(node);
  return { generic: result, ...(judged ? { judged } : {}) };
}

interface Cluster {
  top: number;
  sub: number;
}

/**
 * The clusters of an update: each node of the previous map keeps its cluster and sub-cluster;
 * each new node joins the cluster, then the sub-cluster in it, that holds most of its link
 * weight among the nodes already placed (passes until every node reachable is placed; a new
 * node linked to none joins the largest cluster). Ids are then made consecutive in the previous
 * order, so kept clusters keep their numbers and colours. Stability is the previous map's.
 */
export function keepCommunities(
  graph: Graph,
  previous: PreviousMap,
  options: { weightAttribute: "strength" | "weight"; labelSize: number; resolution: number },
): CommunityResult | undefined {
  const decisions = previous.decisions;
  if (!decisions) return undefined;
  const placed = new Map<string, Cluster>();
  graph.forEachNode((node) => {
    const top = previous.communities.get(node);
    const sub = decisions.subcommunities.get(node);
    if (top !== undefined && sub !== undefined) placed.set(node, { top, sub });
  });
  if (placed.size === 0) return undefined;
  placeNewNodes(graph, placed, options.weightAttribute);
  return describeClusters(graph, renumbered(placed), options, decisions.stability);
}

function placeNewNodes(graph: Graph, placed: Map<string, Cluster>, weightAttribute: string): void {
  let pending = graph.filterNodes((node) => !placed.has(node));
  while (pending.length > 0) {
    // Each pass decides from the clusters placed before it, so the order of nodes within a pass does not matter.
    const decided = pending.map((node) => [node, strongestCluster(graph, node, placed, weightAttribute)] as const);
    const found = decided.filter(([, cluster]) => cluster !== undefined);
    if (found.length === 0) {
      const largest = largestCluster(placed);
      for (const node of pending) placed.set(node, largest);
      return;
    }
    for (const [node, cluster] of found) placed.set(node, cluster!);
    pending = decided.filter(([, cluster]) => cluster === undefined).map(([node]) => node);
  }
}

/** The cluster, then the sub-cluster within it, holding most of the node's link weight to placed nodes (lowest id on a tie). */
function strongestCluster(graph: Graph, node: string, placed: ReadonlyMap<string, Cluster>, weightAttribute: string): Cluster | undefined {
  const tops = new Map<number, number>();
  const subs = new Map<string, number>();
  graph.forEachEdge(node, (_edge, attrs, source, target) => {
    const cluster = placed.get(source === node ? target : source);
    if (!cluster) return;
    const w = Number(attrs[weightAttribute] ?? 1);
    tops.set(cluster.top, (tops.get(cluster.top) ?? 0) + w);
    const key = `${cluster.top}:${cluster.sub}`;
    subs.set(key, (subs.get(key) ?? 0) + w);
  });
  const top = heaviest(tops);
  if (top === undefined) return undefined;
  const inside = new Map([...subs].filter(([key]) => key.startsWith(`${top}:`)).map(([key, w]) => [Number(key.slice(key.indexOf(":") + 1)), w] as const));
  return { top, sub: heaviest(inside)! };
}

function largestCluster(placed: ReadonlyMap<string, Cluster>): Cluster {
  const sizes = new Map<number, number>();
  for (const { top } of placed.values()) sizes.set(top, (sizes.get(top) ?? 0) + 1);
  const top = heaviest(sizes)!;
  const subs = new Map<number, number>();
  for (const cluster of placed.values()) if (cluster.top === top) subs.set(cluster.sub, (subs.get(cluster.sub) ?? 0) + 1);
  return { top, sub: heaviest(subs)! };
}

/** Consecutive ids (a cluster whose nodes all left the map leaves no gap), in the previous order; sub-clusters by cluster, then previous id. */
function renumbered(placed: ReadonlyMap<string, Cluster>): Map<string, Cluster> {
  const tops = [...new Set([...placed.values()].map((c) => c.top))].sort((a, b) => a - b);
  const topId = new Map(tops.map((top, i) => [top, i]));
  const subs = [...new Map([...placed.values()].map((c) => [`${c.top}:${c.sub}`, c] as const)).values()].sort((a, b) => a.top - b.top || a.sub - b.sub);
  const subId = new Map(subs.map((c, i) => [`${c.top}:${c.sub}`, i]));
  return new Map([...placed].map(([node, c]) => [node, { top: topId.get(c.top)!, sub: subId.get(`${c.top}:${c.sub}`)! }]));
}

function describeClusters(
  graph: Graph,
  placed: ReadonlyMap<string, Cluster>,
  options: { weightAttribute: "strength" | "weight"; labelSize: number; resolution: number },
  stability: number,
): CommunityResult {
  const byCount = byCountOf(graph);
  const assignment: Partition = new Map();
  const subAssignment: Partition = new Map();
  const members = new Map<number, Map<number, string[]>>();
  graph.forEachNode((node) => {
    const { top, sub } = placed.get(node)!;
    assignment.set(node, top);
    subAssignment.set(node, sub);
    const subs = members.get(top) ?? members.set(top, new Map()).get(top)!;
    (subs.get(sub) ?? subs.set(sub, []).get(sub)!).push(node);
  });
  const communities = [...members.keys()].sort((a, b) => a - b).map((id): CommunityInfo => {
    const color = communityColor(id);
    const subs = members.get(id)!;
    const subcommunities = [...subs.keys()].sort((a, b) => a - b).map((subId) => ({ ...clusterInfo(graph, subs.get(subId)!.sort(byCount), subId, color, options), parent: id }));
    return { ...clusterInfo(graph, [...subs.values()].flat().sort(byCount), id, color, options), subcommunities };
  });
  return {
    assignment,
    subAssignment,
    communities,
    modularity: graph.size > 0 ? modularity(graph, assignment, options.weightAttribute) : 0,
    resolution: { top: options.resolution, sub: DEFAULT_HIERARCHY_OPTIONS.subResolution },
    stability,
  };
}

/** What graph.json records of an entity left off the map as generic: its node's attributes, aliases too (search finds RL), and its relevance. */
export function genericEntity(node: string, attrs: NodeAttributes, relevance: number): GenericEntity {
  return { id: node, label: attrs.label, type: attrs.type, count: attrs.count, relevance, ...(attrs.aliases && attrs.aliases.length > 0 ? { aliases: attrs.aliases } : {}) };
}
