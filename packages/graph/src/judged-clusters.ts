import type Graph from "graphology";
import { heaviest, type Partition } from "./partition";

/**
 * The clusters of the first partitions a map's generic entities were judged on (relevance.ts),
 * by entity: entity id -> its cluster in each partition. graph.json keeps them (fieldmap.judged)
 * so that an update judges its new entities on them (keep-decisions.ts) instead of running
 * Louvain on the whole map again, a second or so of a 100k-paper update.
 */
export type JudgedClusters = ReadonlyMap<string, readonly number[]>;

/** Each node's cluster in every one of `partitions` (nodes missing from one are left out). */
export function clustersOfPartitions(partitions: readonly Partition[]): Map<string, number[]> {
  const clusters = new Map<string, number[]>();
  const first = partitions[0];
  if (!first) return clusters;
  for (const node of first.keys()) {
    const ids = partitions.map((partition) => partition.get(node));
    if (ids.every((id) => id !== undefined)) clusters.set(node, ids as number[]);
  }
  return clusters;
}

/** How many partitions `clusters` holds: the fewest clusters any entity has (0 when none). */
function partitionCount(clusters: JudgedClusters): number {
  let count = Infinity;
  for (const ids of clusters.values()) count = Math.min(count, ids.length);
  return Number.isFinite(count) ? count : 0;
}

/** The partitions `clusters` holds, one per cluster index. */
export function partitionsOfClusters(clusters: JudgedClusters): Partition[] {
  return Array.from({ length: partitionCount(clusters) }, (_, k) => new Map([...clusters].map(([node, ids]) => [node, ids[k]!] as const)));
}

/**
 * `clusters` for the nodes of `graph`: a node they hold keeps its clusters; a new node joins, in
 * each partition, the cluster holding most of its link weight among the nodes they hold (lowest
 * id on a tie), as keep-decisions.ts places a new node in the map's clusters. A new node linked
 * to none of them is left out, and is judged on the links it has then at the next update.
 */
export function extendClusters(graph: Graph, clusters: JudgedClusters, weightAttribute: string): Map<string, number[]> {
  const extended = new Map<string, number[]>();
  const count = partitionCount(clusters);
  graph.forEachNode((node) => {
    const known = clusters.get(node);
    if (known) {
      extended.set(node, [...known]);
      return;
    }
    const weights = Array.from({ length: count }, () => new Map<number, number>());
    graph.forEachEdge(node, (_edge, attrs, source, target) => {
      const ids = clusters.get(source === node ? target : source);
      if (!ids) return;
      const w = Number(attrs[weightAttribute] ?? 1);
      weights.forEach((byCluster, k) => byCluster.set(ids[k]!, (byCluster.get(ids[k]!) ?? 0) + w));
    });
    if (count === 0 || weights[0]!.size === 0) return;
    // Every partition holds the same neighbours, so none of these maps is empty.
    extended.set(node, weights.map((byCluster) => heaviest(byCluster)!));
  });
  return extended;
}
