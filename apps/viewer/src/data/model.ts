import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { CommunityInfo, GenericEntity, MapDocument, MapPaper, MapTime } from "@fieldmap/graph";
import { completeCommunities, deriveCommunities, ensureEdgeRanks, toNumber } from "./clusters";
import { addRelationEdges, createMapGraph, hasDrawableRelations, markRelationEdges } from "./relation-edges";
import type { MapRelation } from "./relations";

export { deriveCommunities } from "./clusters";

/** Everything the viewer shows, derived once from a loaded file. */
export interface ViewerData {
  title: string;
  graph: Graph;
  communities: CommunityInfo[];
  papers: MapPaper[];
  /** Papers that mention each entity, newest first. */
  papersByEntity: Map<string, MapPaper[]>;
  /** Entities kept off the map as generic (graph.json's fieldmap.generic): searchable, not drawn. */
  generic?: GenericEntity[];
  /** Typed relations (graph.json's `relations`); those between map nodes are also arrows in `graph`. */
  relations?: MapRelation[];
  /** graph.json's fieldmap.time: periods, counts per period, emerging list, cluster flow. */
  time?: MapTime;
  /** Smallest and largest year over nodes, when any node is dated. */
  years: [number, number] | null;
  /** False when the file had no coordinates: the app then starts a worker layout. */
  hasPositions: boolean;
}

export interface DisplaySizeOptions {
  minSize: number;
  maxSize: number;
}

export const DEFAULT_DISPLAY_SIZE_OPTIONS: DisplaySizeOptions = { minSize: 2.5, maxSize: 16 };

/** Builds viewer data from graph.json (a MapDocument) and its validated relations. */
export function fromMapDocument(doc: MapDocument, relations: MapRelation[] = []): ViewerData {
  const graph = createMapGraph(doc.graph as unknown as SerializedGraph, hasDrawableRelations(doc.graph.nodes, relations));
  const papers = doc.papers ?? [];
  const data = finish(graph, doc.fieldmap?.title ?? "fieldmap", doc.fieldmap?.communities ?? [], papers);
  // After finish: relation arrows take no part in link ranks, sizes or cluster placement.
  addRelationEdges(graph, relations);
  return { ...data, relations, time: doc.fieldmap?.time, generic: (doc.fieldmap?.generic ?? []).filter((g) => !graph.hasNode(g.id)) };
}

/** Builds viewer data from a bare graph (GEXF, GraphML, graphology JSON): fills the attributes we need. */
export function fromPlainGraph(graph: Graph, title: string): ViewerData {
  graph.forEachNode((node, attrs) => {
    const label = typeof attrs.label === "string" && attrs.label !== "" ? attrs.label : node;
    const count = toNumber(attrs.count) ?? toNumber(attrs.weight) ?? toNumber(attrs.size) ?? 1;
    const community = toNumber(attrs.community) ?? toNumber(attrs.cluster) ?? toNumber(attrs.modularity_class) ?? 0;
    graph.mergeNodeAttributes(node, {
      label,
      count,
      community,
      // Sub-cluster ids must be unique across the map: a file without them gets one per community.
      subcommunity: toNumber(attrs.subcommunity) ?? community,
      type: typeof attrs.type === "string" ? attrs.type : "concept",
      aliases: parseAliases(attrs.aliases),
    });
  });
  graph.forEachEdge((edge, attrs) => {
    graph.setEdgeAttribute(edge, "weight", toNumber(attrs.weight) ?? 1);
  });
  markRelationEdges(graph);
  return finish(graph, title, [], []);
}

function finish(graph: Graph, title: string, communities: CommunityInfo[], papers: MapPaper[]): ViewerData {
  const papersByEntity = indexPapers(papers);
  fillYears(graph, papersByEntity);
  const hasPositions = assignPositions(graph);
  assignDisplaySizes(graph, DEFAULT_DISPLAY_SIZE_OPTIONS);
  ensureEdgeRanks(graph);
  // Communities are derived after positions exist: their names are drawn at their members' mean.
  const known = communities.length > 0 ? completeCommunities(graph, communities) : deriveCommunities(graph);
  return { title, graph, communities: known, papers, papersByEntity, years: yearExtent(graph), hasPositions };
}

function indexPapers(papers: MapPaper[]): Map<string, MapPaper[]> {
  const byEntity = new Map<string, MapPaper[]>();
  for (const paper of papers) {
    for (const entity of paper.entities ?? []) {
      const list = byEntity.get(entity);
      if (list) list.push(paper);
      else byEntity.set(entity, [paper]);
    }
  }
  for (const list of byEntity.values()) list.sort(newestFirst);
  return byEntity;
}

function newestFirst(a: MapPaper, b: MapPaper): number {
  const da = a.date ?? String(a.year ?? "");
  const db = b.date ?? String(b.year ?? "");
  return da === db ? a.title.localeCompare(b.title) : db.localeCompare(da);
}

/** Nodes without first_year/last_year get them from the papers that mention them. */
function fillYears(graph: Graph, papersByEntity: Map<string, MapPaper[]>): void {
  graph.forEachNode((node, attrs) => {
    if (typeof attrs.first_year === "number") return;
    let first = Infinity;
    let last = -Infinity;
    for (const paper of papersByEntity.get(node) ?? []) {
      const year = paper.year ?? (paper.date ? Number(paper.date.slice(0, 4)) : NaN);
      if (!Number.isFinite(year)) continue;
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
    if (first <= last) graph.mergeNodeAttributes(node, { first_year: first, last_year: last });
  });
}

function yearExtent(graph: Graph): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_node, attrs) => {
    if (typeof attrs.first_year === "number") min = Math.min(min, attrs.first_year);
    if (typeof attrs.last_year === "number") max = Math.max(max, attrs.last_year);
  });
  return min <= max ? [min, max] : null;
}

/** Places nodes without coordinates on a deterministic spiral; returns whether all had coordinates. */
function assignPositions(graph: Graph): boolean {
  let all = true;
  let index = 0;
  graph.forEachNode((node, attrs) => {
    index++;
    if (Number.isFinite(attrs.x) && Number.isFinite(attrs.y)) return;
    all = false;
    const angle = index * 2.399963; // golden angle: an even spread without randomness
    const radius = Math.sqrt(index) * 10;
    graph.mergeNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  return all;
}

/** Sizes by count on a square-root scale, so that area (not radius) follows the count. */
export function assignDisplaySizes(graph: Graph, options: DisplaySizeOptions): void {
  let maxCount = 1;
  graph.forEachNode((_node, attrs) => {
    maxCount = Math.max(maxCount, toNumber(attrs.count) ?? 1);
  });
  const span = options.maxSize - options.minSize;
  graph.forEachNode((node, attrs) => {
    const count = Math.max(1, toNumber(attrs.count) ?? 1);
    graph.setNodeAttribute(node, "size", options.minSize + span * Math.sqrt((count - 1) / Math.max(1, maxCount - 1)));
  });
}

function parseAliases(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string" && value) return value.split(/\s*[|;]\s*/).filter(Boolean);
  return [];
}
