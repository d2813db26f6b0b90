import type Graph from "graphology";
import { communityColor } from "./colors";
import { clusterHierarchy, type HierarchyOptions, DEFAULT_HIERARCHY_OPTIONS } from "./hierarchy";
import { clusterLabel } from "./labels";
import type { CommunityInfo, SubcommunityInfo } from "./types";

export interface CommunityOptions extends HierarchyOptions {
  /** Entities shown in a cluster's label. */
  labelSize: number;
}

export const DEFAULT_COMMUNITY_OPTIONS: CommunityOptions = {
  ...DEFAULT_HIERARCHY_OPTIONS,
  labelSize: 3,
};

export interface CommunityResult {
  /** Node key -> top-level community id; ids are ranks by size (0 = largest). */
  assignment: Map<string, number>;
  /** Node key -> sub-cluster id, unique across the map. */
  subAssignment: Map<string, number>;
  communities: CommunityInfo[];
  /** Modularity of the top-level partition at resolution 1. */
  modularity: number;
  /** Resolutions used for the two levels (chosen or given). */
  resolution: { top: number; sub: number };
  /** Mean adjusted Rand index between the top-level partitions of several seeds (1 = stable). */
  stability: number;
}

/**
 * Two-level clustering (see hierarchy.ts), numbered by size so ids and colours are stable,
 * and named by their most characteristic entities.
 */
export function detectCommunities(graph: Graph, options: Partial<CommunityOptions> = {}): CommunityResult {
  const opts = { ...DEFAULT_COMMUNITY_OPTIONS, ...options };
  const hierarchy = clusterHierarchy(graph, opts);
  const byCount = byCountOf(graph);
  const topGroups = rankGroups(hierarchy.top, byCount);
  const assignment = new Map<string, number>();
  const subAssignment = new Map<string, number>();
  let nextSub = 0;
  const communities = topGroups.map((nodes, id): CommunityInfo => {
    for (const node of nodes) assignment.set(node, id);
    const color = communityColor(id);
    const subGroups = rankGroups(new Map(nodes.map((n) => [n, hierarchy.sub.get(n) ?? 0])), byCount);
    const subcommunities = subGroups.map((subNodes): SubcommunityInfo => {
      const subId = nextSub++;
      for (const node of subNodes) subAssignment.set(node, subId);
      return { ...clusterInfo(graph, subNodes, subId, color, opts), parent: id };
    });
    return { ...clusterInfo(graph, nodes, id, color, opts), subcommunities };
  });
  return {
    assignment,
    subAssignment,
    communities,
    modularity: hierarchy.modularity,
    resolution: hierarchy.resolution,
    stability: hierarchy.stability,
  };
}

/** Runs detectCommunities and writes the community and sub-community attributes onto the nodes. */
detectCommunities.assign = (graph: Graph, options: Partial<CommunityOptions> = {}): CommunityResult => assignCommunities(graph, detectCommunities(graph, options));

/** Writes a clustering's community and sub-community attributes onto the nodes; returns it. */
export function assignCommunities(graph: Graph, result: CommunityResult): CommunityResult {
  for (const [node, id] of result.assignment) {
    const info = result.communities[id]!;
    const subId = result.subAssignment.get(node)!;
    const sub = info.subcommunities.find((s) => s.id === subId)!;
    graph.mergeNodeAttributes(node, {
      community: id,
      community_label: info.label,
      subcommunity: subId,
      subcommunity_label: sub.label,
      color: info.color,
    });
  }
  return result;
}

/** Groups nodes by cluster id: members by count, groups by size then their top member. */
function rankGroups(partition: Map<string, number>, byCount: (a: string, b: string) => number): string[][] {
  const members = new Map<number, string[]>();
  for (const [node, raw] of partition) {
    const list = members.get(raw);
    if (list) list.push(node);
    else members.set(raw, [node]);
  }
  const groups = [...members.values()].map((nodes) => nodes.sort(byCount));
  return groups.sort((a, b) => b.length - a.length || byCount(a[0]!, b[0]!));
}

/** Orders nodes most mentioned first, key as tie-break: a cluster's members as its info lists them. */
export function byCountOf(graph: Graph): (a: string, b: string) => number {
  return (a, b) => (graph.getNodeAttribute(b, "count") as number) - (graph.getNodeAttribute(a, "count") as number) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A cluster's info from its members (sorted by byCountOf): label, colour, size and top entities. */
export function clusterInfo(graph: Graph, nodes: string[], id: number, color: string, opts: Pick<CommunityOptions, "labelSize" | "weightAttribute">) {
  return {
    id,
    label: clusterLabel(graph, nodes, opts.labelSize, opts.weightAttribute),
    color,
    size: nodes.length,
    top: nodes.slice(0, 10),
    x: 0,
    y: 0,
  };
}
