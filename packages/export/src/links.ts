/**
 * Which links a static drawing shows. A real map has tens of thousands of links; drawn all
 * at once they grey the page out. Like VOSviewer, drawings keep the strongest 1,000 (edge
 * attribute `rank` < 1,000, 0 = strongest) unless asked for more.
 */
import { rankLinks, type MapDocument } from "@fieldmap/graph";

/** Links drawn by default (VOSviewer draws its 1,000 strongest). 0 means all of them. */
export const DEFAULT_MAX_LINKS = 1000;

type MapEdge = MapDocument["graph"]["edges"][number];

/**
 * Each edge's rank: its own `rank` when every edge has one (set by the build), otherwise the
 * build's order recomputed: most papers in common, then association strength, then key.
 */
export function linkRanks(doc: MapDocument): number[] {
  const edges = doc.graph.edges;
  if (edges.every((e) => Number.isFinite(e.attributes.rank))) return edges.map((e) => e.attributes.rank as number);
  return rankLinks(edges.map((e, i) => ({ key: e.key ?? `e${i}`, weight: e.attributes.weight ?? 0, strength: e.attributes.strength ?? 0 })));
}

/** The links to draw, weakest first so the strongest are painted on top. `maxLinks` 0 keeps all. */
export function strongestLinks(doc: MapDocument, maxLinks: number = DEFAULT_MAX_LINKS): MapEdge[] {
  const ranks = linkRanks(doc);
  const limit = maxLinks > 0 ? maxLinks : Infinity;
  const kept = doc.graph.edges.map((edge, i) => ({ edge, rank: ranks[i] ?? i })).filter(({ rank }) => rank < limit);
  return kept.sort((a, b) => b.rank - a.rank).map(({ edge }) => edge);
}
