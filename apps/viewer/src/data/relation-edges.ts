import Graph from "graphology";
import type { Attributes, SerializedGraph } from "graphology-types";
import type { EdgeKind } from "../state/state";
import { RELATION_KINDS, isRelationKind, type MapRelation, type RelationKind } from "./relations";

/**
 * Relations drawn on the map: directed edges beside the undirected co-occurrence links, in the
 * same graphology graph (sigma draws one graph). They carry `relation: true`; everything that
 * counts, weighs, ranks or lays out links skips them, so co-occurrence stays what clusters and
 * places the map.
 */

/** One colour per kind, apart from the community palette's pastels and readable on both themes. */
export const RELATION_COLORS: Record<RelationKind, string> = {
  "evaluated-on": "#2563eb",
  "trained-with": "#16a34a",
  "builds-on": "#9333ea",
  outperforms: "#dc2626",
  addresses: "#d97706",
  "measured-by": "#0891b2",
};

export function isRelationEdge(attrs: Attributes): boolean {
  return attrs.relation === true;
}

/**
 * The graph for graph.json's `graph`: as the file says, or mixed when relation edges will join
 * it. graphology imports an edge into a mixed graph as directed unless it says `undirected`,
 * so the file's links are marked undirected first.
 */
export function createMapGraph(serialized: SerializedGraph, withRelations: boolean): Graph {
  const options = serialized.options ?? {};
  const fileType = options.type === "directed" || options.type === "mixed" ? options.type : "undirected";
  const type = withRelations && fileType === "undirected" ? "mixed" : fileType;
  const graph = new Graph({ type, multi: options.multi === true, allowSelfLoops: options.allowSelfLoops === true });
  const edges = type === fileType ? serialized.edges : (serialized.edges ?? []).map((edge) => ({ ...edge, undirected: true }));
  graph.import({ ...serialized, edges, options: { ...options, type } } as SerializedGraph);
  return graph;
}

/** Whether any relation joins two nodes of the map (only those are drawn). */
export function hasDrawableRelations(nodes: ReadonlyArray<{ key: string }>, relations: readonly MapRelation[]): boolean {
  if (relations.length === 0) return false;
  const keys = new Set(nodes.map((n) => String(n.key)));
  return relations.some((r) => keys.has(r.source) && keys.has(r.target));
}

/**
 * Adds one arrow per ordered pair of map nodes that a relation joins; a pair stated with several
 * kinds ("DAPO builds on GRPO" and "DAPO outperforms GRPO") takes the colour of the kind most
 * papers state. Returns the number of arrows added. The graph must be directed or mixed.
 */
export function addRelationEdges(graph: Graph, relations: readonly MapRelation[]): number {
  const byPair = new Map<string, MapRelation[]>();
  for (const relation of relations) {
    if (!graph.hasNode(relation.source) || !graph.hasNode(relation.target)) continue;
    const pair = JSON.stringify([relation.source, relation.target]);
    byPair.set(pair, [...(byPair.get(pair) ?? []), relation]);
  }
  for (const [pair, list] of byPair) {
    list.sort((a, b) => b.papers.length - a.papers.length || RELATION_KINDS.indexOf(a.kind) - RELATION_KINDS.indexOf(b.kind));
    const main = list[0] as MapRelation;
    graph.addDirectedEdgeWithKey(`relation:${pair}`, main.source, main.target, {
      relation: true,
      kind: main.kind,
      kinds: list.map((r) => r.kind),
      papers: main.papers.length,
      color: RELATION_COLORS[main.kind],
    });
  }
  return byPair.size;
}

/**
 * A GEXF or GraphML file written by `fieldmap build` holds the relations as directed edges with
 * a relation `kind` and their papers as `weight`: they become arrows, not co-occurrence links.
 * Returns how many were marked. (Their sentences are only in graph.json.)
 */
export function markRelationEdges(graph: Graph): number {
  let marked = 0;
  graph.forEachDirectedEdge((edge, attrs) => {
    if (!isRelationKind(attrs.kind)) return;
    const papers = Number(attrs.weight);
    graph.mergeEdgeAttributes(edge, { relation: true, papers: Number.isFinite(papers) && papers > 0 ? papers : 1, color: RELATION_COLORS[attrs.kind] });
    marked++;
  });
  return marked;
}

/** The nodes a link of the shown kind joins to `node` (what hovering it highlights). */
export function linkedNodes(graph: Graph, node: string, edgeKind: EdgeKind): Set<string> {
  const linked = new Set<string>();
  graph.forEachEdge(node, (_edge, attrs, source, target) => {
    const relation = isRelationEdge(attrs);
    if (relation ? edgeKind === "cooccurrence" : edgeKind === "relations") return;
    linked.add(source === node ? target : source);
  });
  return linked;
}

/**
 * ForceAtlas2's edge weight: the layout attribute for co-occurrence links, none for relation
 * arrows, so that a re-layout places the map by co-occurrence alone (as the build did).
 */
export function layoutWeightWithoutRelations(attribute: string): (edge: string, attrs: Attributes) => number {
  return (_edge, attrs) => {
    if (isRelationEdge(attrs)) return 0;
    const value = attrs[attribute];
    return typeof value === "number" && Number.isFinite(value) ? value : 1;
  };
}

/** The edge kind the map can draw: co-occurrence when it has no relation arrows at all. */
export function drawableEdgeKind(graph: Graph, wanted: EdgeKind): EdgeKind {
  return wanted === "cooccurrence" || graph.someEdge((_edge, attrs) => isRelationEdge(attrs)) ? wanted : "cooccurrence";
}

/** The number of co-occurrence links (what the links control and the filters count). */
export function cooccurrenceLinkCount(graph: Graph): number {
  return graph.size - graph.filterEdges((_edge, attrs) => isRelationEdge(attrs)).length;
}
