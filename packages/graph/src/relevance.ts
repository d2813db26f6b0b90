import type Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { nodeIndexOf, splitDisconnected, type Partition } from "./partition";
import { seededRng } from "./rng";

export interface RelevanceOptions {
  /**
   * Generic below this divergence (nats) from the map's own spread. VOSviewer instead keeps the
   * 60% most relevant terms whatever they are; a fixed share also cut GRPO and PPO from a corpus
   * about RL for LLMs, where they are the subject, so fieldmap cuts only what spreads evenly.
   */
  maxDivergence: number;
  /** Maps smaller than this keep every entity: a small map has too few clusters to judge spread. */
  minNodes: number;
  /** Raw co-occurrence weight attribute. */
  weightAttribute: string;
  /**
   * First partitions (Louvain runs, seeds seed, seed+1, ...) whose median divergence decides.
   * One run is not enough: Louvain's node order alone moves a node's divergence by 0.07 nats
   * (median standard deviation over 20 seeds, dev corpus), so a third of the entities changed
   * side of the threshold with the seed (108 to 162 generic over 60 seeds), and any change of
   * counts (a merge) reshuffled them. With the median of 10, two disjoint sets of seeds
   * disagree on 22 entities (of 465), not 56. 20 since generic entities are judged on
   * fractional counts (build.ts), whose single runs vary more: with 10, 22% of the seed
   * corpus's entities changed side over 8 seeds (generic-stability.test.ts allows 20%).
   */
  partitions: number;
}

export const DEFAULT_RELEVANCE_OPTIONS: RelevanceOptions = { maxDivergence: 0.25, minNodes: 60, weightAttribute: "weight", partitions: 20 };

/**
 * Relevance of each node, after VOSviewer's term relevance (van Eck & Waltman 2011, "Text mining
 * and visualization using VOSviewer", arXiv:1109.2058): a term whose co-occurrences spread over
 * the clusters like everybody's ("accuracy", "LLM") says nothing about a topic. Score = the
 * Kullback-Leibler divergence between the distribution of the node's link weight over the
 * clusters of a first partition and the distribution of all link weight: 0 = spread like the
 * whole map, higher = concentrated in a few clusters. `nodes`: only those are scored (the
 * background is still the whole map's).
 */
export function scoreRelevance(graph: Graph, partition: Partition, weightAttribute: string, nodes?: readonly string[]): Map<string, number> {
  // An end in no cluster of the partition (an update's new entity, on partitions a build kept:
  // keep-decisions.ts) counts on neither side; a full build's partitions hold every node.
  const background = new Map<number, number>();
  let total = 0;
  graph.forEachEdge((_edge, attrs, source, target) => {
    const sourceCluster = partition.get(source);
    const targetCluster = partition.get(target);
    if (sourceCluster === undefined || targetCluster === undefined) return;
    const w = Number(attrs[weightAttribute] ?? 1);
    background.set(sourceCluster, (background.get(sourceCluster) ?? 0) + w);
    background.set(targetCluster, (background.get(targetCluster) ?? 0) + w);
    total += 2 * w;
  });
  const scores = new Map<string, number>();
  const score = (node: string) => {
    const spread = new Map<number, number>();
    let sum = 0;
    graph.forEachEdge(node, (_edge, attrs, source, target) => {
      const cluster = partition.get(source === node ? target : source);
      if (cluster === undefined) return;
      const w = Number(attrs[weightAttribute] ?? 1);
      spread.set(cluster, (spread.get(cluster) ?? 0) + w);
      sum += w;
    });
    let divergence = 0;
    for (const [cluster, w] of spread) {
      const p = w / sum;
      divergence += p * Math.log(p / ((background.get(cluster) ?? 0) / total));
    }
    scores.set(node, sum > 0 ? divergence : Infinity);
  };
  if (nodes) nodes.forEach(score);
  else graph.forEachNode(score);
  return scores;
}

/**
 * The first partitions relevance is judged on: `count` Louvain runs (resolution 1, seeds
 * `seed`, `seed + 1`, ...), clusters split into connected parts.
 */
export function firstPartitions(graph: Graph, seed: number, count: number, weightAttribute: string): Partition[] {
  const index = nodeIndexOf(graph);
  const partitions: Partition[] = [];
  for (let run = 0; run < Math.max(1, count); run++) {
    const communities = louvain(graph, { getEdgeWeight: weightAttribute, rng: seededRng(seed + run) });
    partitions.push(splitDisconnected(graph, new Map(Object.entries(communities)), index));
  }
  return partitions;
}

/**
 * Relevance of each node against an ensemble of first partitions: the median of
 * `scoreRelevance` over them. The median, not the mean, so the decision is the majority vote of
 * the runs and the threshold keeps the meaning it has for one run: a few runs that happen to
 * give a node's neighbourhood a cluster of its own (divergence is skewed that way) do not keep
 * a node most runs find spread evenly. A node without links keeps Infinity. `nodes`: only
 * those are scored, as an update judges its new entities only.
 */
export function medianRelevance(graph: Graph, partitions: readonly Partition[], weightAttribute: string, nodes?: readonly string[]): Map<string, number> {
  const runs = new Map<string, number[]>();
  for (const partition of partitions) {
    for (const [node, score] of scoreRelevance(graph, partition, weightAttribute, nodes)) {
      const scores = runs.get(node);
      if (scores) scores.push(score);
      else runs.set(node, [score]);
    }
  }
  return new Map([...runs].map(([node, scores]) => [node, median(scores)]));
}

/** medianRelevance over `partitions` first partitions (firstPartitions, seeds `seed`, `seed + 1`, ...). */
export function consensusRelevance(graph: Graph, seed: number, options: Partial<RelevanceOptions> = {}, nodes?: readonly string[]): Map<string, number> {
  const opts = { ...DEFAULT_RELEVANCE_OPTIONS, ...options };
  return medianRelevance(graph, firstPartitions(graph, seed, opts.partitions, opts.weightAttribute), opts.weightAttribute, nodes);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The generic nodes: those whose relevance is below `maxDivergence`, least relevant first.
 * Ties are broken by count (the more frequent is the more generic), then key.
 */
export function selectGeneric(graph: Graph, scores: Map<string, number>, options: Partial<RelevanceOptions> = {}): string[] {
  const opts = { ...DEFAULT_RELEVANCE_OPTIONS, ...options };
  if (graph.order < opts.minNodes) return [];
  const count = (node: string) => graph.getNodeAttribute(node, "count") as number;
  const ranked = graph
    .nodes()
    .sort((a, b) => scores.get(a)! - scores.get(b)! || count(b) - count(a) || (a < b ? -1 : a > b ? 1 : 0));
  return ranked.filter((node) => scores.get(node)! < opts.maxDivergence);
}
