import type Graph from "graphology";
import type { JudgedClusters } from "./judged-clusters";
import type { Rng } from "./rng";
import type { GenericEntity } from "./types";

/**
 * What an update build (`fieldmap build --update`) takes from the map it replaces: where each
 * node was and in which cluster, and the top-level resolution the previous build chose, so it
 * is not searched again.
 */
export interface PreviousMap {
  /** Node id -> [x, y] in the previous map. */
  positions: ReadonlyMap<string, readonly [number, number]>;
  /** The previous map's top-level Louvain resolution. */
  resolution: number;
  /** Node id -> its top-level cluster in the previous map (an update keeps the cluster numbers, hence colours). */
  communities: ReadonlyMap<string, number>;
  /**
   * The previous map's decisions, when graph.json holds them: an update then keeps them for the
   * entities they judged and decides only for the new ones (keep-decisions.ts), instead of
   * judging relevance and clustering the whole map again. Without them, both are recomputed.
   */
  decisions?: PreviousDecisions;
}

/** What the previous build decided about its entities, as graph.json records it. */
export interface PreviousDecisions {
  /** Node id -> its sub-cluster in the previous map. */
  subcommunities: ReadonlyMap<string, number>;
  /** The entities it kept off the map as generic, with their relevance then. */
  generic: readonly GenericEntity[];
  /** Its stability (mean ARI over 10 seeds), carried over since an update does not re-run the seeds. */
  stability: number;
  /** The clusters of the first partitions it judged relevance on (absent in maps of older builds). */
  judged?: JudgedClusters;
}

/** How an update placed the map's nodes before ForceAtlas2 refined them. */
export interface UpdateStart {
  /** Nodes that start where they were in the previous map. */
  kept: number;
  /** Nodes new to the map, placed among their neighbours (or their cluster). */
  placed: number;
}

/** A new node lands this far (a share of the map's spread) from its neighbours' mean, so two never coincide. */
const JITTER = 0.005;

/**
 * Start positions of an update: every node of the previous map where it was, every new node
 * at the weighted mean of its neighbours on the previous map (or, with none, the centre of its
 * cluster's members there, or of the whole map), plus a small seeded jitter. Nodes are visited
 * in graph order, so the same graph, previous map and RNG give the same start.
 */
export function placeFromPrevious(graph: Graph, previous: PreviousMap["positions"], rng: Rng, weightAttribute: string): UpdateStart {
  const placed = new Set<string>();
  graph.forEachNode((node) => {
    const position = previous.get(node);
    if (!position) return;
    graph.mergeNodeAttributes(node, { x: position[0], y: position[1] });
    placed.add(node);
  });
  const centres = clusterCentres(graph, placed);
  const jitter = JITTER * spreadOf(graph, placed);
  graph.forEachNode((node, attrs) => {
    if (placed.has(node)) return;
    // Only the previous map's nodes guide a new one, so where it lands does not depend on the
    // order new nodes are visited in.
    const [x, y] = neighbourMean(graph, node, placed, weightAttribute) ?? centres.get(attrs.community as number) ?? centres.get(-1)!;
    const angle = 2 * Math.PI * rng();
    const r = jitter * (0.5 + rng());
    graph.mergeNodeAttributes(node, { x: x + r * Math.cos(angle), y: y + r * Math.sin(angle) });
  });
  return { kept: placed.size, placed: graph.order - placed.size };
}

/** Weighted mean position of the node's neighbours on the previous map; undefined when it has none. */
function neighbourMean(graph: Graph, node: string, placed: ReadonlySet<string>, weightAttribute: string): [number, number] | undefined {
  let x = 0;
  let y = 0;
  let total = 0;
  graph.forEachNeighbor(node, (neighbour, attrs) => {
    if (!placed.has(neighbour)) return;
    const w = Number(graph.getEdgeAttribute(graph.edge(node, neighbour)!, weightAttribute) ?? 1) || 1;
    x += w * (attrs.x as number);
    y += w * (attrs.y as number);
    total += w;
  });
  return total > 0 ? [x / total, y / total] : undefined;
}

/** Mean position of the placed members of each top-level cluster; key -1 is the whole map's. */
function clusterCentres(graph: Graph, placed: ReadonlySet<string>): Map<number, [number, number]> {
  const sums = new Map<number, [number, number, number]>([[-1, [0, 0, 0]]]);
  for (const node of placed) {
    const attrs = graph.getNodeAttributes(node);
    for (const id of [attrs.community as number, -1]) {
      const sum = sums.get(id) ?? [0, 0, 0];
      sums.set(id, [sum[0] + (attrs.x as number), sum[1] + (attrs.y as number), sum[2] + 1]);
    }
  }
  return new Map([...sums].map(([id, [x, y, n]]) => [id, n > 0 ? [x / n, y / n] : [0, 0]]));
}

/** Root mean square distance of the placed nodes to their centroid (1 when there are none). */
function spreadOf(graph: Graph, placed: ReadonlySet<string>): number {
  if (placed.size === 0) return 1;
  let sx = 0;
  let sy = 0;
  for (const node of placed) {
    sx += graph.getNodeAttribute(node, "x") as number;
    sy += graph.getNodeAttribute(node, "y") as number;
  }
  const [cx, cy] = [sx / placed.size, sy / placed.size];
  let sum = 0;
  for (const node of placed) sum += ((graph.getNodeAttribute(node, "x") as number) - cx) ** 2 + ((graph.getNodeAttribute(node, "y") as number) - cy) ** 2;
  return Math.sqrt(sum / placed.size) || 1;
}
