import type Graph from "graphology";
import { addLink, clusterLinks, clusterSizes, type LinkIndex, type Links, type Partition } from "./partition";

export interface MergeOptions {
  /** At most this many clusters remain (the palette's 12 colours at the top level). */
  maxClusters: number;
  /** Clusters with fewer members are merged into a neighbour. */
  minSize: number;
  weightAttribute: string;
}

/**
 * Merges clusters by modularity gain until at most `maxClusters` remain and none is smaller
 * than `minSize`: the smallest offending cluster joins the neighbour whose merge loses the
 * least modularity (Newman 2004, "Fast algorithm for detecting community structure in
 * networks", doi:10.1103/PhysRevE.69.066133: dQ = e_ab/m - d_a*d_b/(2m^2)). Merging only along
 * links keeps every cluster connected. A cluster without links to any other stays as it is.
 */
export function mergeClusters(graph: Graph, partition: Partition, options: MergeOptions, links?: LinkIndex): Partition {
  const result = new Map(partition);
  const { between, degree, total } = clusterLinks(graph, result, options.weightAttribute, links);
  const sizes = clusterSizes(result);
  const merged = new Map<number, number>();
  const find = (id: number): number => (merged.has(id) ? find(merged.get(id)!) : id);
  for (;;) {
    const alive = [...sizes.keys()].filter((id) => !merged.has(id));
    const linked = alive.filter((id) => (between.get(id)?.size ?? 0) > 0);
    const small = linked.filter((id) => sizes.get(id)! < options.minSize);
    const candidates = small.length > 0 ? small : alive.length > options.maxClusters ? linked : [];
    if (candidates.length === 0) break;
    const victim = candidates.sort((a, b) => sizes.get(a)! - sizes.get(b)! || a - b)[0]!;
    const target = bestPartner(victim, between, degree, total);
    if (target === undefined) break;
    mergeInto(victim, target, between, degree, sizes);
    merged.set(victim, target);
  }
  for (const [node, id] of result) result.set(node, find(id));
  return result;
}

function bestPartner(victim: number, between: Links, degree: Map<number, number>, total: number): number | undefined {
  let best: number | undefined;
  let bestGain = -Infinity;
  const dv = degree.get(victim) ?? 0;
  for (const [other, w] of between.get(victim) ?? []) {
    const gain = w / total - (dv * (degree.get(other) ?? 0)) / (2 * total * total);
    if (gain > bestGain || (gain === bestGain && other < best!)) {
      bestGain = gain;
      best = other;
    }
  }
  return best;
}

function mergeInto(victim: number, target: number, between: Links, degree: Map<number, number>, sizes: Map<number, number>): void {
  const row = between.get(victim) ?? new Map<number, number>();
  for (const [other, w] of row) {
    between.get(other)?.delete(victim);
    if (other === target) continue;
    addLink(between, target, other, w);
    addLink(between, other, target, w);
  }
  between.delete(victim);
  degree.set(target, (degree.get(target) ?? 0) + (degree.get(victim) ?? 0));
  sizes.set(target, (sizes.get(target) ?? 0) + (sizes.get(victim) ?? 0));
  sizes.delete(victim);
}
