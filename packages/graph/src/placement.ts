import type Graph from "graphology";
import type { CommunityInfo } from "./types";

type Sums = Map<number, { x: number; y: number; n: number }>;

/**
 * Sets where each cluster's and sub-cluster's name is drawn: the mean position of its members.
 * With `onlyMissing`, clusters that already have a finite position keep it (a file that
 * carries its own). Nodes without finite coordinates are skipped.
 */
export function placeClusterNames(graph: Graph, communities: CommunityInfo[], onlyMissing = false): void {
  const sums: Sums = new Map();
  const subSums: Sums = new Map();
  graph.forEachNode((_node, attrs) => {
    const x = Number(attrs.x);
    const y = Number(attrs.y);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    const id = Number(attrs.community ?? 0);
    add(sums, id, x, y);
    add(subSums, Number(attrs.subcommunity ?? id), x, y);
  });
  const place = (cluster: { id: number; x: number; y: number }, byId: Sums) => {
    if (onlyMissing && Number.isFinite(cluster.x) && Number.isFinite(cluster.y)) return;
    const sum = byId.get(cluster.id);
    cluster.x = sum ? Math.round((sum.x / sum.n) * 100) / 100 : 0;
    cluster.y = sum ? Math.round((sum.y / sum.n) * 100) / 100 : 0;
  };
  for (const community of communities) {
    place(community, sums);
    for (const sub of community.subcommunities) place(sub, subSums);
  }
}

function add(sums: Sums, id: number, x: number, y: number): void {
  const sum = sums.get(id) ?? { x: 0, y: 0, n: 0 };
  sum.x += x;
  sum.y += y;
  sum.n++;
  sums.set(id, sum);
}

export interface RankedLink {
  key: string;
  weight: number;
  strength: number;
}

/**
 * Each link's rank, 0 = strongest: most papers in common, then association strength, then key,
 * so drawings can show the strongest 1,000 as VOSviewer does, the same ones on every run.
 */
export function rankLinks(links: readonly RankedLink[]): number[] {
  const order = links.map((_, i) => i);
  const at = (i: number) => links[i]!;
  order.sort((a, b) => at(b).weight - at(a).weight || at(b).strength - at(a).strength || (at(a).key < at(b).key ? -1 : at(a).key > at(b).key ? 1 : 0));
  const ranks = new Array<number>(links.length);
  order.forEach((link, rank) => (ranks[link] = rank));
  return ranks;
}

/** Writes `rank` (see rankLinks) onto every edge of the graph. */
export function rankEdges(graph: Graph): void {
  const links = graph.mapEdges((key, attrs) => ({ key, weight: Number(attrs.weight ?? 1) || 0, strength: Number(attrs.strength ?? 0) || 0 }));
  const ranks = rankLinks(links);
  links.forEach(({ key }, i) => graph.setEdgeAttribute(key, "rank", ranks[i]));
}
