import Graph from "graphology";
import type { Attributes } from "graphology-types";
import { isRelationEdge } from "../data/relation-edges";

/**
 * A copy of the visible part of the graph (filters applied), with list attributes joined
 * so every format can hold them. The original graph is not touched. Relation arrows are left
 * out: a graph the viewer made mixed to draw them is written undirected, as its file was.
 */
export function visibleSubgraph(graph: Graph, hidden: Set<string>, minEdgeWeight: number): Graph {
  const onlyArrowsDirected = graph.type === "mixed" && !graph.someDirectedEdge((_edge, attrs) => !isRelationEdge(attrs));
  const copy = new Graph({ type: onlyArrowsDirected ? "undirected" : graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  graph.forEachNode((node, attrs) => {
    if (!hidden.has(node)) copy.addNode(node, flatten(attrs));
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (isRelationEdge(attrs) || !copy.hasNode(source) || !copy.hasNode(target)) return;
    if (Number(attrs.weight ?? 1) < minEdgeWeight) return;
    if (graph.isDirected(edge)) copy.addDirectedEdgeWithKey(edge, source, target, flatten(attrs));
    else copy.addUndirectedEdgeWithKey(edge, source, target, flatten(attrs));
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
