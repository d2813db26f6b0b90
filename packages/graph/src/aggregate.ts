import Graph from "graphology";
import type { Partition } from "./partition";

/**
 * The graph of clusters: one node per cluster of `partition`, edges summing the raw weights of
 * the links between clusters, then normalised by association strength so that big clusters do
 * not absorb everything at the next level. Node attribute `members` = cluster size.
 */
export function aggregateClusters(graph: Graph, partition: Partition, rawWeightAttribute: string): Graph {
  const clusterGraph = new Graph({ type: "undirected" });
  for (const id of partition.values()) {
    const key = String(id);
    if (!clusterGraph.hasNode(key)) clusterGraph.addNode(key, { members: 0, degree: 0 });
    clusterGraph.updateNodeAttribute(key, "members", (n: number) => n + 1);
  }
  const between = new Map<string, number>();
  let total = 0;
  graph.forEachEdge((_edge, attrs, source, target) => {
    const a = partition.get(source);
    const b = partition.get(target);
    if (a === undefined || b === undefined) return;
    const w = Number(attrs[rawWeightAttribute] ?? 1);
    total += w;
    clusterGraph.updateNodeAttribute(String(a), "degree", (d: number) => d + w);
    clusterGraph.updateNodeAttribute(String(b), "degree", (d: number) => d + w);
    if (a === b) return;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    between.set(key, (between.get(key) ?? 0) + w);
  });
  for (const [key, w] of [...between].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const [a, b] = key.split(":") as [string, string];
    const da = clusterGraph.getNodeAttribute(a, "degree") as number;
    const db = clusterGraph.getNodeAttribute(b, "degree") as number;
    clusterGraph.addUndirectedEdgeWithKey(key, a, b, { weight: w, strength: (2 * total * w) / (da * db) });
  }
  return clusterGraph;
}
