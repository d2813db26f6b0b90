/**
 * What the graph-file writers (GEXF, GraphML, CSV) draw from a map document: its entity nodes
 * and undirected co-occurrence edges, plus two optional layers. Relations become directed
 * edges between on-map nodes (a relation to a generic entity has no node to point at; the
 * triples export keeps those). With `papers`, papers become nodes linked to the entities they
 * propose and mention: the bipartite paper-entity view Gephi users ask for.
 */
import type { EdgeAttributes, MapDocument, MapPaper, NodeAttributes } from "@fieldmap/graph";
import { edgeKey } from "./columns";

/** Entity nodes carry the whole contract; paper nodes only a label, type "paper" and a drawing place. */
export type ExportNodeAttributes = Partial<Omit<NodeAttributes, "label" | "type">> & { label: string; type: string };

/** `kind`: "cooccurrence", a relation type, or for paper links "proposes" / "mentions". */
export type ExportEdgeAttributes = Omit<EdgeAttributes, "kind"> & { kind: string };

export interface ExportNode {
  key: string;
  attributes: ExportNodeAttributes;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  directed: boolean;
  attributes: ExportEdgeAttributes;
}

export interface LayerOptions {
  /** Relation edges between on-map nodes (default true). */
  relations?: boolean;
  /** Paper nodes and their links to the map's entities (default false). */
  papers?: boolean;
}

export const DEFAULT_LAYER_OPTIONS: Required<LayerOptions> = { relations: true, papers: false };

export const PAPER_NODE_TYPE = "paper";
/** Paper nodes are small and grey so the entities stay what the eye reads first. */
const PAPER_NODE_COLOR = "#b0b0b0";
const PAPER_NODE_SIZE = 1;

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** The nodes and edges a graph file holds for these options, in a stable order. */
export function exportGraph(doc: MapDocument, options: LayerOptions = {}): ExportGraph {
  const { relations, papers } = { ...DEFAULT_LAYER_OPTIONS, ...options };
  const ids = new UniqueIds();
  const nodes: ExportNode[] = doc.graph.nodes.map((n) => ({ key: ids.claim(n.key), attributes: n.attributes }));
  const edges: ExportEdge[] = doc.graph.edges.map((e, i) => ({
    id: ids.claimEdge(edgeKey(doc, i)),
    source: e.source,
    target: e.target,
    directed: false,
    attributes: { ...e.attributes, kind: "cooccurrence" },
  }));
  // One by one: spreading a million papers' edges into push() overflows the call stack.
  if (relations) for (const edge of relationEdges(doc, ids)) edges.push(edge);
  if (papers) {
    const layer = paperLayer(doc, ids);
    for (const node of layer.nodes) nodes.push(node);
    for (const edge of layer.edges) edges.push(edge);
  }
  return { nodes, edges };
}

/** Relations whose both ends are on the map, as directed edges weighted by their papers. */
function relationEdges(doc: MapDocument, ids: UniqueIds): ExportEdge[] {
  const onMap = new Set(doc.graph.nodes.map((n) => n.key));
  return (doc.relations ?? []).flatMap((r, i) =>
    onMap.has(r.source) && onMap.has(r.target)
      ? [{ id: ids.claimEdge(`r${i}`), source: r.source, target: r.target, directed: true, attributes: { weight: r.papers.length, kind: r.kind } }]
      : [],
  );
}

/**
 * One node per paper that names an on-map entity, placed at the mean position of those
 * entities, and one undirected link per entity: "proposes" when the paper introduces it,
 * else "mentions". Papers naming only generic entities would be isolated and are left out.
 */
function paperLayer(doc: MapDocument, ids: UniqueIds): ExportGraph {
  const positions = new Map(doc.graph.nodes.map((n) => [n.key, n.attributes]));
  const nodes: ExportNode[] = [];
  const edges: ExportEdge[] = [];
  for (const paper of doc.papers) {
    const linked = paper.entities.filter((id) => positions.has(id));
    if (linked.length === 0) continue;
    const key = ids.claim(`paper:${paper.id}`);
    nodes.push({ key, attributes: paperAttributes(paper, linked.map((id) => positions.get(id)!)) });
    const proposes = new Set(paper.proposes ?? []);
    for (const entity of linked) {
      const kind = proposes.has(entity) ? "proposes" : "mentions";
      edges.push({ id: ids.claimEdge(`${key}:${entity}`), source: key, target: entity, directed: false, attributes: { weight: 1, kind } });
    }
  }
  return { nodes, edges };
}

function paperAttributes(paper: MapPaper, entities: NodeAttributes[]): ExportNodeAttributes {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return {
    label: paper.title,
    type: PAPER_NODE_TYPE,
    size: PAPER_NODE_SIZE,
    color: PAPER_NODE_COLOR,
    x: mean(entities.map((e) => e.x)),
    y: mean(entities.map((e) => e.y)),
    ...(paper.year !== undefined ? { first_year: paper.year, last_year: paper.year } : {}),
  };
}

/**
 * Ids unique within the file: a paper id or relation id never takes an entity's or an
 * existing edge's (a node named "paper:1" stays itself; the paper gets "paper:1~2").
 */
class UniqueIds {
  private readonly nodes = new Set<string>();
  private readonly edges = new Set<string>();

  claim(wanted: string): string {
    return this.unique(wanted, this.nodes);
  }

  claimEdge(wanted: string): string {
    return this.unique(wanted, this.edges);
  }

  private unique(wanted: string, taken: Set<string>): string {
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}~${n}`;
    taken.add(id);
    return id;
  }
}
