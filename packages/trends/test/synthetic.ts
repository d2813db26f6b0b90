import type { MapDocument, MapPaper, NodeAttributes } from "@fieldmap/graph";

/** Which entities a paper of month `m` (0-based) with index `i` in that month mentions. */
export type Mentions = (month: number, i: number) => string[];

/**
 * A graph.json with `perMonth` papers in each of `months` months from January 2025; node
 * `community` from `communities` (default 0). Only what the time analysis reads is filled.
 */
export function syntheticDocument(months: number, perMonth: number, mentions: Mentions, communities: Record<string, number> = {}): MapDocument {
  const papers: MapPaper[] = [];
  for (let m = 0; m < months; m++) {
    for (let i = 0; i < perMonth; i++) {
      const date = `2025-${String(m + 1).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
      papers.push({ id: `p${m}-${i}`, title: `paper ${m} ${i}`, date, entities: mentions(m, i), evidence: [] });
    }
  }
  const ids = [...new Set(papers.flatMap((p) => p.entities))].sort();
  const node = (id: string): { key: string; attributes: NodeAttributes } => ({
    key: id,
    attributes: {
      label: id.toUpperCase(), type: "method", count: papers.filter((p) => p.entities.includes(id)).length,
      community: communities[id] ?? 0, community_label: "", subcommunity: 0, subcommunity_label: "", size: 1, color: "#000", x: 0, y: 0,
    },
  });
  const community = (id: number) => ({ id, label: `c${id}`, color: "#000", size: 1, top: [], x: 0, y: 0, subcommunities: [] });
  return {
    fieldmap: { version: 1, title: "t", created: "2025-01-01", communities: [community(0), community(1)], options: { resolution: 1 } },
    graph: { nodes: ids.map(node), edges: [] },
    papers,
  };
}
