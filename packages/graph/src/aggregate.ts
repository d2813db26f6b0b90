import Graph from "graphology";
import { clusterLinks, type Partition } from "./partition";

/**
 * The graph of clusters: one node per cluster of `partition`, edges summing the raw weights of
 * the links between clusters, then normalised by association strength so that big clusters do
 * not absorb everything at the next level. Node attribute `members` = cluster size.
 */
export function aggregateClusters(graph: Graph, partition: Partition, rawWeightAttribute: string): Graph {
  const clusterGraph = new Graph({ type: "undirected" });
  for (const id of partition.values()) {
    const key = String(id);
    if (!clusterGraph.hasNode(key)) clusterGraph.addNode(key, { members: 0 });
    clusterGraph.updateNodeAttribute(key, "members", (n: number) => n + 1);
  }
  const { between, degree, total } = clusterLinks(graph, partition, rawWeightAttribute);
  const pairs: Array<[string, number, number, number]> = [];
  for (const [a, row] of between) {
    for (const [b, w] of row) if (a < b) pairs.push([`${a}:${b}`, a, b, w]);
  }
  for (const [key, a, b, w] of pairs.sort(([x], [y]) => (x < y ? -1 : 1))) {
    const strength = (2 * total * w) / ((degree.get(a) ?? 0) * (degree.get(b) ?? 0));
    clusterGraph.addUndirectedEdgeWithKey(key, String(a), String(b), { weight: w, strength });
  }
  return clusterGraph;
}
