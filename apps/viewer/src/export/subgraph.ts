import Graph from "graphology";
import type { Attributes } from "graphology-types";

/**
 * A copy of the visible part of the graph (filters applied), with list attributes joined
 * so every format can hold them. The original graph is not touched.
 */
export function visibleSubgraph(graph: Graph, hidden: Set<string>, minEdgeWeight: number): Graph {
  const copy = new Graph({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  graph.forEachNode((node, attrs) => {
    if (!hidden.has(node)) copy.addNode(node, flatten(attrs));
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!copy.hasNode(source) || !copy.hasNode(target)) return;
    if (Number(attrs.weight ?? 1) < minEdgeWeight) return;
    copy.addEdgeWithKey(edge, source, target, flatten(attrs));
  });
  return copy;
}

function flatten(attrs: Attributes): Attributes {
  const out: Attributes = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    out[name] = Array.isArray(value) ? value.join("|") : value;
  }
  return out;
}
