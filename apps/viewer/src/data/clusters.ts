import type Graph from "graphology";
import { placeClusterNames, rankEdges, type CommunityInfo, type SubcommunityInfo } from "@fieldmap/graph";
import { fallbackCommunityColor } from "./palette";

/**
 * Cluster data for files that do not carry it (GEXF, GraphML, older graph.json): the
 * two-level hierarchy, the name positions, and the link ranks `fieldmap build` writes.
 */

interface Group {
  members: Array<[string, number]>;
  label?: string;
  color?: string;
  parent: number;
}

/** Communities (and their sub-clusters) from node attributes, largest first, labels from their biggest nodes. */
export function deriveCommunities(graph: Graph): CommunityInfo[] {
  const tops = new Map<number, Group>();
  const subs = new Map<number, Group>();
  graph.forEachNode((node, attrs) => {
    const id = toNumber(attrs.community) ?? 0;
    const subId = toNumber(attrs.subcommunity) ?? id;
    const count = toNumber(attrs.count) ?? 1;
    addMember(tops, id, id, node, count, attrs.community_label, attrs.color);
    addMember(subs, subId, id, node, count, attrs.subcommunity_label ?? attrs.community_label, attrs.color);
  });
  const info = (id: number, group: Group) => {
    const top = group.members.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([key]) => key);
    const label = group.label ?? top.slice(0, 2).map((key) => String(graph.getNodeAttribute(key, "label"))).join(" / ");
    return { id, label, color: group.color ?? fallbackCommunityColor(group.parent), size: group.members.length, top, x: NaN, y: NaN };
  };
  const communities: CommunityInfo[] = [...tops.entries()].map(([id, group]) => ({ ...info(id, group), subcommunities: [] }));
  const byId = new Map(communities.map((c) => [c.id, c]));
  for (const [subId, group] of subs) {
    const parent = byId.get(group.parent);
    if (!parent) continue;
    const sub: SubcommunityInfo = { ...info(subId, group), color: parent.color, parent: parent.id };
    parent.subcommunities.push(sub);
  }
  for (const community of communities) community.subcommunities.sort(bySize);
  graph.forEachNode((node, attrs) => {
    if (!attrs.color) graph.setNodeAttribute(node, "color", byId.get(toNumber(attrs.community) ?? 0)?.color);
  });
  placeClusterNames(graph, communities);
  return communities.sort(bySize);
}

function addMember(groups: Map<number, Group>, id: number, parent: number, node: string, count: number, label: unknown, color: unknown): void {
  const group = groups.get(id) ?? { members: [], parent };
  group.members.push([node, count]);
  if (typeof label === "string" && label) group.label = label;
  if (typeof color === "string" && color) group.color ??= color;
  groups.set(id, group);
}

const bySize = (a: { size: number; id: number }, b: { size: number; id: number }) => b.size - a.size || a.id - b.id;

/** Older files may lack sub-clusters or name positions: fill them so the canvas can name every cluster. */
export function completeCommunities(graph: Graph, communities: CommunityInfo[]): CommunityInfo[] {
  const complete = communities.map((c) => ({ ...c, x: toNumber(c.x) ?? NaN, y: toNumber(c.y) ?? NaN, subcommunities: Array.isArray(c.subcommunities) ? c.subcommunities : [] }));
  placeClusterNames(graph, complete, true);
  return complete;
}

/**
 * Gives every link a `rank` (0 = strongest: most papers in common, then association strength,
 * then key) when any lacks one, as `fieldmap build` does, so GEXF and GraphML files opened in
 * the viewer also draw their strongest links first.
 */
export function ensureEdgeRanks(graph: Graph): void {
  let complete = true;
  graph.forEachEdge((_edge, attrs) => {
    // Relation arrows have no rank: they are not links of the budget.
    if (attrs.relation !== true && toNumber(attrs.rank) === undefined) complete = false;
  });
  if (complete) return;
  rankEdges(graph);
}

export function toNumber(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}
