import type Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { EntityType } from "@fieldmap/extract";
import { communityColor } from "./colors";
import { seededRng, type Rng } from "./rng";
import type { CommunityInfo } from "./types";

export interface CommunityOptions {
  /** Louvain resolution: above 1 gives more, smaller communities. */
  resolution: number;
  /** Edge attribute used as weight ("strength" = association strength, "weight" = raw counts). */
  weightAttribute: "strength" | "weight";
  rng: Rng;
  /** Entities shown in a community's label. */
  labelSize: number;
}

export const DEFAULT_COMMUNITY_OPTIONS: CommunityOptions = {
  resolution: 1,
  weightAttribute: "strength",
  rng: seededRng(42),
  labelSize: 3,
};

export interface CommunityResult {
  /** Node key -> community id; ids are ranks by size (0 = largest). */
  assignment: Map<string, number>;
  communities: CommunityInfo[];
  modularity: number;
}

// Metrics and phenomena make poor cluster names ("accuracy" sits in every cluster's core),
// so labels prefer the entities that say what the cluster is about.
const LABEL_TYPE_ORDER: Record<EntityType, number> = {
  method: 0,
  task: 0,
  dataset: 0,
  model: 0,
  concept: 1,
  metric: 2,
};

/**
 * Louvain community detection (Blondel et al. 2008, "Fast unfolding of communities in large
 * networks", doi:10.1088/1742-5468/2008/10/P10008) through graphology, with a seeded RNG,
 * then renumbered by size so ids and colours are stable across runs.
 */
export function detectCommunities(graph: Graph, options: Partial<CommunityOptions> = {}): CommunityResult {
  const opts = { ...DEFAULT_COMMUNITY_OPTIONS, ...options };
  if (graph.order === 0) return { assignment: new Map(), communities: [], modularity: 0 };
  const detailed = louvain.detailed(graph, {
    getEdgeWeight: graph.size > 0 ? opts.weightAttribute : null,
    resolution: opts.resolution,
    rng: opts.rng,
  });
  const members = new Map<number, string[]>();
  for (const node of graph.nodes()) {
    const raw = detailed.communities[node] ?? 0;
    const list = members.get(raw) ?? [];
    list.push(node);
    members.set(raw, list);
  }
  const byCount = (a: string, b: string) =>
    (graph.getNodeAttribute(b, "count") as number) - (graph.getNodeAttribute(a, "count") as number) ||
    (a < b ? -1 : a > b ? 1 : 0);
  const groups = [...members.values()].map((nodes) => nodes.sort(byCount));
  groups.sort((a, b) => b.length - a.length || byCount(a[0]!, b[0]!));

  const assignment = new Map<string, number>();
  const communities = groups.map((nodes, id): CommunityInfo => {
    for (const node of nodes) assignment.set(node, id);
    return {
      id,
      label: communityLabel(graph, nodes, opts.labelSize, opts.weightAttribute),
      color: communityColor(id),
      size: nodes.length,
      top: nodes.slice(0, 10),
    };
  });
  return { assignment, communities, modularity: graph.size > 0 ? detailed.modularity : 0 };
}

/** Runs detectCommunities and writes community, community_label and color onto the nodes. */
detectCommunities.assign = (graph: Graph, options: Partial<CommunityOptions> = {}): CommunityResult => {
  const result = detectCommunities(graph, options);
  for (const [node, id] of result.assignment) {
    const info = result.communities[id]!;
    graph.mergeNodeAttributes(node, { community: id, community_label: info.label, color: info.color });
  }
  return result;
};

/**
 * A community is named by its most characteristic entities: frequent ones whose links stay
 * inside it. Score = count x share of the node's link weight that is internal, so a hub
 * linked everywhere (RL in an RL corpus) names its cluster only when nothing more specific
 * stands out. Metrics and phenomena come after the other types.
 */
function communityLabel(graph: Graph, nodesByCount: string[], size: number, weightAttribute: string): string {
  const members = new Set(nodesByCount);
  const score = new Map<string, number>();
  for (const node of nodesByCount) {
    let inside = 0;
    let total = 0;
    graph.forEachEdge(node, (_edge, attrs, source, target) => {
      const weight = Number(attrs[weightAttribute] ?? 1);
      total += weight;
      if (members.has(source === node ? target : source)) inside += weight;
    });
    const share = total > 0 ? inside / total : 1;
    score.set(node, (graph.getNodeAttribute(node, "count") as number) * share);
  }
  const rank = new Map(nodesByCount.map((node, i) => [node, i]));
  const ranked = [...nodesByCount].sort((a, b) => {
    const ta = LABEL_TYPE_ORDER[graph.getNodeAttribute(a, "type") as EntityType] ?? 1;
    const tb = LABEL_TYPE_ORDER[graph.getNodeAttribute(b, "type") as EntityType] ?? 1;
    return ta - tb || score.get(b)! - score.get(a)! || rank.get(a)! - rank.get(b)!;
  });
  return ranked
    .slice(0, size)
    .map((node) => graph.getNodeAttribute(node, "label") as string)
    .join(" · ");
}
