/**
 * VOSviewer Online JSON (app.vosviewer.com/docs/file-types/json-file-type): items with
 * integer clusters 1..1000, weights and scores; links with strengths; cluster labels.
 * Descriptions may hold HTML in VOSviewer, so we write plain text only, escaped.
 *
 * VOSviewer knows one level of clusters (items' `cluster`, named in `network.clusters`): the
 * top-level communities go there. The sub-cluster travels as the score "Sub-cluster" (its id,
 * which VOSviewer can colour an overlay by) and, named, in the description
 * ("Community › Sub-cluster"), since the format has no second list of cluster names.
 */
import type { MapDocument, NodeAttributes } from "@fieldmap/graph";

export interface VosviewerItem {
  id: string;
  label: string;
  description: string;
  x: number;
  y: number;
  cluster: number;
  weights: Record<string, number>;
  scores?: Record<string, number>;
}

export interface VosviewerJson {
  config: { terminology: Record<string, string> };
  network: {
    items: VosviewerItem[];
    links: Array<{ source_id: string; target_id: string; strength: number }>;
    clusters: Array<{ cluster: number; label: string }>;
  };
}

const MAX_CLUSTER = 1000;

/** The score that carries the sub-cluster id. */
export const SUBCLUSTER_SCORE = "Sub-cluster";

/** VOSviewer clusters start at 1 and stop at 1000; our communities start at 0. */
export function vosviewerCluster(community: number): number {
  return Math.min(MAX_CLUSTER, Math.max(1, Math.round(community) + 1));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** "Community › Sub-cluster", or the community alone when the sub-cluster is the whole of it. */
function clusterPath(n: NodeAttributes): string {
  const sub = n.subcommunity_label;
  return sub && sub !== n.community_label ? `${n.community_label} › ${sub}` : n.community_label;
}

export function vosviewerDocument(doc: MapDocument): VosviewerJson {
  const links = new Map<string, number>();
  const strength = new Map<string, number>();
  for (const e of doc.graph.edges) {
    for (const end of [e.source, e.target]) {
      links.set(end, (links.get(end) ?? 0) + 1);
      strength.set(end, (strength.get(end) ?? 0) + e.attributes.weight);
    }
  }
  const items = doc.graph.nodes.map(({ key, attributes: n }): VosviewerItem => {
    const years = n.first_year !== undefined && n.last_year !== undefined ? ` (${n.first_year}–${n.last_year})` : "";
    const item: VosviewerItem = {
      id: key,
      label: n.label,
      description: escapeHtml(`${n.type} · ${n.count} papers${years} · ${clusterPath(n)}`),
      x: n.x,
      y: n.y,
      cluster: vosviewerCluster(n.community),
      weights: { Links: links.get(key) ?? 0, "Total link strength": strength.get(key) ?? 0, Occurrences: n.count },
    };
    item.scores = { [SUBCLUSTER_SCORE]: n.subcommunity };
    if (n.first_year !== undefined) Object.assign(item.scores, { "First year": n.first_year, "Last year": n.last_year ?? n.first_year });
    return item;
  });
  return {
    config: {
      terminology: {
        item: "Entity",
        items: "Entities",
        link: "Co-occurrence link",
        links: "Co-occurrence links",
        link_strength: "Papers in common",
        total_link_strength: "Total link strength",
      },
    },
    network: {
      items,
      links: doc.graph.edges.map((e) => ({ source_id: e.source, target_id: e.target, strength: e.attributes.weight })),
      clusters: doc.fieldmap.communities.map((c) => ({ cluster: vosviewerCluster(c.id), label: c.label })),
    },
  };
}

/** Serialised VOSviewer Online JSON. */
export function toVosviewerJson(doc: MapDocument): string {
  return `${JSON.stringify(vosviewerDocument(doc), null, 2)}\n`;
}
