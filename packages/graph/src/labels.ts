import type Graph from "graphology";
import type { EntityType } from "@fieldmap/extract";

// Metrics and phenomena make poor cluster names ("accuracy" sits in every cluster's core),
// so labels prefer the entities that say what the cluster is about.
const LABEL_TYPE_ORDER: Record<EntityType, number> = {
  method: 0,
  task: 0,
  dataset: 0,
  model: 0,
  concept: 1,
  metric: 2,
};

/**
 * A cluster is named by its most characteristic entities: frequent ones whose links stay
 * inside it. Score = count x share of the node's link weight that is internal, so a hub
 * linked everywhere (RL in an RL corpus) names its cluster only when nothing more specific
 * stands out. Metrics and phenomena come after the other types. `nodesByCount` is sorted
 * by count, most frequent first.
 */
export function clusterLabel(graph: Graph, nodesByCount: readonly string[], size: number, weightAttribute: string): string {
  const members = new Set(nodesByCount);
  const score = new Map<string, number>();
  for (const node of nodesByCount) {
    let inside = 0;
    let total = 0;
    graph.forEachEdge(node, (_edge, attrs, source, target) => {
      const weight = Number(attrs[weightAttribute] ?? 1);
      total += weight;
      if (members.has(source === node ? target : source)) inside += weight;
    });
    const share = total > 0 ? inside / total : 1;
    score.set(node, (graph.getNodeAttribute(node, "count") as number) * share);
  }
  const rank = new Map(nodesByCount.map((node, i) => [node, i]));
  const ranked = [...nodesByCount].sort((a, b) => {
    const ta = LABEL_TYPE_ORDER[graph.getNodeAttribute(a, "type") as EntityType] ?? 1;
    const tb = LABEL_TYPE_ORDER[graph.getNodeAttribute(b, "type") as EntityType] ?? 1;
    return ta - tb || score.get(b)! - score.get(a)! || rank.get(a)! - rank.get(b)!;
  });
  return ranked
    .slice(0, size)
    .map((node) => graph.getNodeAttribute(node, "label") as string)
    .join(" · ");
}
