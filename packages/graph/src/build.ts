import Graph from "graphology";
import type { Paper } from "@fieldmap/corpus";
import type { Entity } from "@fieldmap/extract";
import { detectCommunities } from "./communities";
import { countCooccurrences } from "./cooccurrence";
import { layoutGraph } from "./layout";
import { seededRng } from "./rng";
import { placeClusterNames, rankEdges } from "./placement";
import type { CommunityInfo, NodeAttributes } from "./types";

export interface BuildGraphOptions {
  /** Keep entities mentioned by at least this many papers. */
  minCount: number;
  /** Keep at most this many entities (the most frequent); 0 = no limit. */
  maxNodes: number;
  /** Drop edges with fewer papers in common. */
  minEdgeWeight: number;
  /** Louvain resolution of the top level; "auto" picks the most stable one giving 6-12 clusters. */
  resolution: number | "auto";
  /** Seed of every random step (Louvain order, layout start). */
  seed: number;
  layoutIterations: number;
  /** Similarity used for clustering and layout. */
  normalisation: "association" | "none";
}

export const DEFAULT_BUILD_GRAPH_OPTIONS: BuildGraphOptions = {
  minCount: 2,
  maxNodes: 0,
  minEdgeWeight: 1,
  resolution: "auto",
  seed: 42,
  layoutIterations: 300,
  normalisation: "association",
};

export interface GraphBuildResult {
  graph: Graph;
  communities: CommunityInfo[];
  modularity: number;
  /** Entities left out by minCount / maxNodes. */
  droppedEntities: number;
}

const MIN_SIZE = 3;
const MAX_SIZE = 18;

/**
 * Builds the co-occurrence map: entities are nodes, entities mentioned by the same paper are
 * linked (weight = papers in common), then clustered and laid out.
 */
export function buildGraph(
  papers: readonly Paper[],
  entities: readonly Entity[],
  options: Partial<BuildGraphOptions> = {},
): GraphBuildResult {
  const opts = { ...DEFAULT_BUILD_GRAPH_OPTIONS, ...options };
  // 1. Select entities: frequent first, name as tie-break so the cut is stable.
  const kept = entities
    .filter((e) => e.count >= opts.minCount)
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const selected = opts.maxNodes > 0 ? kept.slice(0, opts.maxNodes) : kept;
  selected.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // 2. Nodes, with the years of the papers behind them.
  const yearOf = new Map(papers.map((p) => [p.id, p.year]));
  const maxCount = Math.max(1, ...selected.map((e) => e.count));
  const graph = new Graph({ type: "undirected" });
  for (const entity of selected) graph.addNode(entity.id, nodeAttributes(entity, maxCount, yearOf));

  // 3. Edges from shared papers.
  const byPaper = new Map<string, string[]>();
  for (const entity of selected) {
    for (const paperId of entity.papers) {
      const list = byPaper.get(paperId) ?? [];
      list.push(entity.id);
      byPaper.set(paperId, list);
    }
  }
  let edgeIndex = 0;
  for (const edge of countCooccurrences(byPaper.values())) {
    if (edge.weight < opts.minEdgeWeight) continue;
    // Explicit keys: graphology's generated ones embed an instance counter, breaking reproducibility.
    graph.addUndirectedEdgeWithKey(`e${edgeIndex++}`, edge.source, edge.target, {
      weight: edge.weight,
      strength: Math.round(edge.strength * 1e4) / 1e4,
    });
  }

  // 4. Communities, then layout seeded by them.
  const weightAttribute = opts.normalisation === "association" ? "strength" : "weight";
  const { communities, modularity } = detectCommunities.assign(graph, {
    resolution: opts.resolution,
    seed: opts.seed,
    weightAttribute,
  });
  layoutGraph(graph, { iterations: opts.layoutIterations, rng: seededRng(opts.seed + 1), weightAttribute });
  placeClusterNames(graph, communities);
  rankEdges(graph);
  return { graph, communities, modularity, droppedEntities: entities.length - selected.length };
}

function nodeAttributes(entity: Entity, maxCount: number, yearOf: Map<string, number | undefined>): NodeAttributes {
  const years = entity.papers.map((id) => yearOf.get(id)).filter((y): y is number => y !== undefined);
  const attrs: NodeAttributes = {
    label: entity.name,
    type: entity.type,
    count: entity.count,
    community: 0,
    community_label: "",
    subcommunity: 0,
    subcommunity_label: "",
    // Area, not radius, follows the count, so a node twice as frequent looks twice as big.
    size: Math.round((MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(entity.count / maxCount)) * 100) / 100,
    color: "#999999",
    x: 0,
    y: 0,
    aliases: [...entity.aliases],
    proposed: entity.proposed,
  };
  if (entity.family) attrs.family = entity.family;
  if (years.length > 0) {
    attrs.first_year = Math.min(...years);
    attrs.last_year = Math.max(...years);
  }
  return attrs;
}
