import Graph from "graphology";
import type { Paper } from "@fieldmap/corpus";
import type { Entity } from "@fieldmap/extract";
import { alignCommunities } from "./align";
import { assignCommunities, DEFAULT_COMMUNITY_OPTIONS, detectCommunities } from "./communities";
import { extent } from "./extent";
import { countCooccurrences } from "./cooccurrence";
import { clustersOfPartitions } from "./judged-clusters";
import { canKeepDecisions, genericEntity, keepCommunities, keepGenericDecisions, NEW_ENTITY_PARTITIONS, type GenericDecisions } from "./keep-decisions";
import { foldName } from "./document";
import { layoutGraph } from "./layout";
import { shownAliases } from "./node-aliases";
import { connectedComponents } from "./partition";
import { placeClusterNames, rankEdges } from "./placement";
import { DEFAULT_RELEVANCE_OPTIONS, firstPartitions, medianRelevance, selectGeneric } from "./relevance";
import { seededRng } from "./rng";
import type { CommunityInfo, GenericEntity, NodeAttributes } from "./types";
import type { PreviousMap, UpdateStart } from "./update-start";

export interface BuildGraphOptions {
  /** Keep entities mentioned by at least this many papers; "auto" scales it with the corpus. */
  minCount: number | "auto";
  /** Keep at most this many entities (the most frequent); 0 = no limit. */
  maxNodes: number;
  /** Drop edges with fewer papers in common. */
  minEdgeWeight: number;
  /** Louvain resolution of the top level; "auto" picks the finest reproducible one giving 6-12 clusters (hierarchy.ts). */
  resolution: number | "auto";
  /** Seed of every random step (Louvain order, layout start). */
  seed: number;
  layoutIterations: number;
  /**
   * Link weight clustering and layout use: raw counts ("none", the default: generic entities,
   * which biased raw counts towards hubs, are already off the map) or association strength.
   */
  normalisation: "association" | "none";
  /** Keep generic entities (links spread evenly over the clusters) on the map. */
  keepGeneric: boolean;
}

export const DEFAULT_BUILD_GRAPH_OPTIONS: BuildGraphOptions = {
  minCount: "auto",
  maxNodes: 0,
  minEdgeWeight: 1,
  resolution: "auto",
  seed: 42,
  layoutIterations: 300,
  normalisation: "none",
  keepGeneric: false,
};

export interface GraphBuildResult {
  graph: Graph;
  communities: CommunityInfo[];
  modularity: number;
  /** Top-level resolution used, and the mean ARI of the top level over 10 seeds. */
  resolution: { top: number; sub: number };
  stability: number;
  /** The minimum count applied (chosen from the corpus size when "auto"). */
  minCount: number;
  /** Entities left out by minCount / maxNodes. */
  droppedEntities: number;
  /** Entities kept off the map as generic, least relevant first. */
  generic: GenericEntity[];
  /** The clusters of the first partitions relevance was judged on, for an update of this map (judged-clusters.ts). */
  judged?: Map<string, number[]>;
  /** Entities left off because they are not linked to the map's main part. */
  disconnected: number;
  /** ForceAtlas2 iterations run before the layout converged (or hit the cap). */
  layoutIterations: number;
  /** An update (a previous map given): how many nodes kept their place and how many were new. */
  update?: UpdateStart;
  /** Milliseconds per step of the map (the build summary prints them). */
  timings: Record<string, number>;
}

/**
 * The map once clustered: its nodes, their clusters and what decided them are final; the layout
 * after it moves nodes, the cluster names' places and the edges' ranks only. A build starts its
 * time analysis from here, so that the analysis runs beside the layout.
 */
export type ClusteredMap = Pick<GraphBuildResult, "graph" | "communities" | "resolution" | "stability" | "minCount" | "generic">;

const MIN_SIZE = 3;
const MAX_SIZE = 18;

/**
 * A minimum number of papers per entity that grows with the corpus: 1 for a handful of papers,
 * 2 for a few hundred, and VOSviewer's default of 10 occurrences from about 6,000 papers on.
 */
export function autoMinCount(papers: number): number {
  return Math.max(1, Math.min(10, Math.round(Math.sqrt(papers) / 8)));
}

/**
 * Builds the co-occurrence map: entities are nodes, entities mentioned by the same paper are
 * linked (weight = papers in common); generic entities leave the map; the rest is clustered
 * on two levels and laid out.
 * With `previous` (an update of that map), the layout starts from the previous positions and
 * runs far fewer iterations (layout.ts). When the previous map recorded its decisions and judged
 * most of the entities, generic entities and clusters are kept from it and decided only for the
 * new entities (keep-decisions.ts); else the top-level resolution is the previous one unless
 * given and clusters keep the previous numbers and colours (align.ts). Either way the map keeps
 * its shape, and the result depends on the previous map too.
 */
export function buildGraph(
  papers: readonly Paper[],
  entities: readonly Entity[],
  options: Partial<BuildGraphOptions> = {},
  previous?: PreviousMap,
  /** Called once the map is clustered, before its layout (which changes only positions). */
  onClustered?: (map: ClusteredMap) => void,
): GraphBuildResult {
  const opts = { ...DEFAULT_BUILD_GRAPH_OPTIONS, ...options };
  const timings: Record<string, number> = {};
  const step = <T>(name: string, fn: () => T): T => {
    const start = performance.now();
    const result = fn();
    timings[name] = Math.round(performance.now() - start);
    return result;
  };
  const minCount = opts.minCount === "auto" ? autoMinCount(papers.length) : opts.minCount;
  const selected = selectEntities(entities, minCount, opts.maxNodes);
  const graph = step("cooccurrence", () => cooccurrenceGraph(papers, selected, opts.minEdgeWeight));
  // An update with the previous map's decisions keeps them and judges only new entities (keep-decisions.ts).
  const decided = previous && canKeepDecisions(graph, previous) ? previous : undefined;
  const { generic, judged } = step("relevance", (): GenericDecisions => (opts.keepGeneric ? { generic: [] } : decided ? keepGenericDecisions(graph, decided, opts.seed, FRACTIONAL) : dropGeneric(graph, opts.seed)));
  graph.forEachEdge((edge) => graph.removeEdgeAttribute(edge, FRACTIONAL));
  const disconnected = dropMinorComponents(graph);
  sizeNodes(graph);
  const weightAttribute = opts.normalisation === "association" ? "strength" : "weight";
  const resolution = opts.resolution === "auto" && previous ? previous.resolution : opts.resolution;
  const clustering = step("clusters", () => {
    const kept = decided && keepCommunities(graph, decided, { weightAttribute, labelSize: DEFAULT_COMMUNITY_OPTIONS.labelSize, resolution: typeof resolution === "number" ? resolution : decided.resolution });
    if (kept) return assignCommunities(graph, kept);
    const found = detectCommunities(graph, { resolution, seed: opts.seed, weightAttribute });
    return assignCommunities(graph, previous ? alignCommunities(found, previous.communities) : found);
  });
  onClustered?.({ graph, communities: clustering.communities, resolution: clustering.resolution, stability: clustering.stability, minCount, generic });
  const layout = step("layout", () =>
    layoutGraph(graph, { iterations: opts.layoutIterations, rng: seededRng(opts.seed + 1), weightAttribute, ...(previous ? { previous: previous.positions } : {}) }),
  );
  placeClusterNames(graph, clustering.communities);
  rankEdges(graph);
  return {
    graph,
    communities: clustering.communities,
    modularity: clustering.modularity,
    resolution: clustering.resolution,
    stability: clustering.stability,
    minCount,
    droppedEntities: entities.length - selected.length,
    generic,
    ...(judged ? { judged } : {}),
    disconnected,
    layoutIterations: layout.iterations,
    ...(layout.update ? { update: layout.update } : {}),
    timings,
  };
}

/** Frequent first, name as tie-break so the cut is stable; then sorted by id. */
function selectEntities(entities: readonly Entity[], minCount: number, maxNodes: number): Entity[] {
  const kept = entities
    .filter((e) => e.count >= minCount)
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const selected = maxNodes > 0 ? kept.slice(0, maxNodes) : kept;
  return selected.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function cooccurrenceGraph(papers: readonly Paper[], selected: readonly Entity[], minEdgeWeight: number): Graph {
  const yearOf = new Map(papers.map((p) => [p.id, p.year]));
  const graph = new Graph({ type: "undirected" });
  const nodeNames = new Set(selected.map((entity) => foldName(entity.name)));
  for (const entity of selected) graph.addNode(entity.id, nodeAttributes(entity, yearOf, nodeNames));
  const byPaper = new Map<string, string[]>();
  for (const entity of selected) {
    for (const paperId of entity.papers) {
      const list = byPaper.get(paperId);
      if (list) list.push(entity.id);
      else byPaper.set(paperId, [entity.id]);
    }
  }
  let edgeIndex = 0;
  for (const edge of countCooccurrences(byPaper.values())) {
    if (edge.weight < minEdgeWeight) continue;
    // Explicit keys: graphology's generated ones embed an instance counter, breaking reproducibility.
    graph.addUndirectedEdgeWithKey(`e${edgeIndex++}`, edge.source, edge.target, {
      weight: edge.weight,
      strength: Math.round(edge.strength * 1e4) / 1e4,
      [FRACTIONAL]: edge.fractional,
    });
  }
  return graph;
}

/** Edge attribute holding the fractional count while generic entities are judged; never exported. */
const FRACTIONAL = "fractional";

/**
 * Removes the generic nodes (relevance.ts), judged against an ensemble of first Louvain
 * partitions, and returns them least relevant first. Partitions and spread both use fractional
 * counts: under full counts a broad entity's papers that list many entities of one area (a
 * Transformer paper naming attention, self-attention, ViT, FFN ...) made its links look
 * concentrated there, so a richer lexicon turned broad entities (Transformer, GPT-4o, success
 * rate) from generic into topical hubs; with each paper's weight fixed, a larger vocabulary
 * per paper no longer moves the judgement.
 */
function dropGeneric(graph: Graph, seed: number): GenericDecisions {
  if (graph.size === 0) return { generic: [] };
  const partitions = firstPartitions(graph, seed, DEFAULT_RELEVANCE_OPTIONS.partitions, FRACTIONAL);
  const scores = medianRelevance(graph, partitions, FRACTIONAL);
  const generic = selectGeneric(graph, scores);
  const result = generic.map((node) => {
    const relevance = scores.get(node)!;
    return genericEntity(node, graph.getNodeAttributes(node) as NodeAttributes, Number.isFinite(relevance) ? Math.round(relevance * 1e4) / 1e4 : 0);
  });
  // The first partitions, kept for an update's new entities (keep-decisions.ts); a map too small
  // to judge keeps none.
  const judged = graph.order >= DEFAULT_RELEVANCE_OPTIONS.minNodes ? clustersOfPartitions(partitions.slice(0, NEW_ENTITY_PARTITIONS)) : undefined;
  for (const node of generic) graph.dropNode(node);
  return { generic: result, ...(judged ? { judged } : {}) };
}

/** Below this many nodes a map keeps every island: a reading list of ten papers wants them all. */
const MIN_ORDER_TO_PRUNE = 60;

/**
 * Keeps the main connected part of the map, as VOSviewer shows its largest connected set, plus
 * any other part of at least 5% of the nodes; entities in the small islands cannot be placed
 * among the clusters. Returns how many were dropped.
 */
function dropMinorComponents(graph: Graph): number {
  const order = graph.order;
  if (order < MIN_ORDER_TO_PRUNE) return 0;
  let dropped = 0;
  connectedComponents(graph).forEach((component, i) => {
    if (i === 0 || component.length >= Math.max(3, order * 0.05)) return;
    for (const node of component) graph.dropNode(node);
    dropped += component.length;
  });
  return dropped;
}

/** Area, not radius, follows the count, so a node twice as frequent looks twice as big. */
function sizeNodes(graph: Graph): void {
  let maxCount = 1;
  graph.forEachNode((_node, attrs) => (maxCount = Math.max(maxCount, attrs.count as number)));
  graph.updateEachNodeAttributes((_node, attrs) => ({
    ...attrs,
    size: Math.round((MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt((attrs.count as number) / maxCount)) * 100) / 100,
  }));
}

function nodeAttributes(entity: Entity, yearOf: Map<string, number | undefined>, nodeNames: ReadonlySet<string>): NodeAttributes {
  const years = entity.papers.map((id) => yearOf.get(id)).filter((y): y is number => y !== undefined);
  const attrs: NodeAttributes = {
    label: entity.name,
    type: entity.type,
    count: entity.count,
    community: 0,
    community_label: "",
    subcommunity: 0,
    subcommunity_label: "",
    size: MIN_SIZE,
    color: "#999999",
    x: 0,
    y: 0,
    aliases: shownAliases(entity, nodeNames),
    proposed: entity.proposed,
  };
  if (entity.family) attrs.family = entity.family;
  if (years.length > 0) {
    [attrs.first_year, attrs.last_year] = extent(years);
  }
  return attrs;
}
