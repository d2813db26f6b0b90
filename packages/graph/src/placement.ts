import type Graph from "graphology";
import type { ClusterInfo, CommunityInfo } from "./types";

/** Sets each cluster's and sub-cluster's name position to the mean position of its members. */
export function placeClusterNames(graph: Graph, communities: CommunityInfo[]): void {
  const sums = new Map<ClusterInfo, { x: number; y: number; n: number }>();
  const top = new Map(communities.map((c) => [c.id, c]));
  const subs = new Map(communities.flatMap((c) => c.subcommunities.map((s) => [s.id, s] as const)));
  graph.forEachNode((_node, attrs) => {
    for (const info of [top.get(attrs.community as number), subs.get(attrs.subcommunity as number)]) {
      if (!info) continue;
      const sum = sums.get(info) ?? { x: 0, y: 0, n: 0 };
      sum.x += attrs.x as number;
      sum.y += attrs.y as number;
      sum.n++;
      sums.set(info, sum);
    }
  });
  for (const [info, sum] of sums) {
    info.x = Math.round((sum.x / sum.n) * 100) / 100;
    info.y = Math.round((sum.y / sum.n) * 100) / 100;
  }
}

/**
 * Ranks links from strongest (0): most papers in common, then association strength, then key,
 * so drawings can show the strongest 1,000 as VOSviewer does, the same ones on every run.
 */
export function rankEdges(graph: Graph): void {
  const edges = graph.mapEdges((edge, attrs) => ({ edge, weight: attrs.weight as number, strength: (attrs.strength as number) ?? 0 }));
  edges.sort((a, b) => b.weight - a.weight || b.strength - a.strength || (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
  edges.forEach(({ edge }, rank) => graph.setEdgeAttribute(edge, "rank", rank));
}
