/**
 * VOSviewer Online JSON (app.vosviewer.com/docs/file-types/json-file-type): items with
 * clusters, weights and scores; links with strengths; cluster labels and colours.
 *
 * VOSviewer knows one level of clusters (items' `cluster`, named in `network.clusters`): the
 * top-level communities go there. The sub-cluster travels as the score "Sub-cluster" (its id,
 * which VOSviewer can colour an overlay by) and, named, in the description
 * ("Community › Sub-cluster"), since the format has no second list of cluster names.
 *
 * What VOSviewer Online (1.2.3) does with a file, and what this writer does about it:
 * - it turns every id that looks like a number ("1e3", "007", "1.50") into one, and keys
 *   links by joining two ids with "-": items get the ids 1..N, the names go in `label`;
 * - it parses labels as HTML (label drawing takes the first parsed node) and sanitises
 *   descriptions as HTML: both are HTML-escaped text;
 * - it reads `{name}` in a description's text as a template placeholder, and blanks the text
 *   when the item has no such field; its HTML sanitiser decodes entities first, so `&#123;`
 *   would not help: each brace goes in an element of its own, `<span>{</span>`, where no
 *   placeholder can span it;
 * - it refuses clusters outside 1..1000 and colours clusters past its 18 colours grey:
 *   communities are numbered 1..K and every one is listed with our colour in
 *   `config.color_schemes.cluster_colors`; past 1000 (never on a real map) items carry no
 *   cluster rather than a wrong one;
 * - it draws only the 1,000 strongest links by default: `max_n_links` is the number written.
 */
import type { MapDocument, NodeAttributes } from "@fieldmap/graph";

export interface VosviewerItem {
  /** 1..N, in graph.json's node order. */
  id: number;
  /** HTML-escaped. */
  label: string;
  /** HTML: escaped text, braces wrapped (see above). */
  description: string;
  x: number;
  y: number;
  /** 1..K, or null past VOSviewer's 1000 clusters. */
  cluster: number | null;
  weights: Record<string, number>;
  scores?: Record<string, number>;
}

export interface VosviewerLink {
  source_id: number;
  target_id: number;
  strength: number;
}

export interface VosviewerJson {
  config: {
    terminology: Record<string, string>;
    color_schemes: { cluster_colors: Array<{ cluster: number; color: string }> };
    parameters: { max_n_links: number };
  };
  network: {
    items: VosviewerItem[];
    links: VosviewerLink[];
    clusters: Array<{ cluster: number; label: string }>;
  };
}

/** VOSviewer Online refuses a cluster number above this. */
export const VOSVIEWER_MAX_CLUSTER = 1000;

/** The score that carries the sub-cluster id. */
export const SUBCLUSTER_SCORE = "Sub-cluster";

const HTML_SPECIALS = /[&<>"']/g;
const HTML_REFERENCES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML: `& < > " '` become references. */
export function escapeVosviewerLabel(text: string): string {
  return text.replace(HTML_SPECIALS, (c) => HTML_REFERENCES[c] ?? c);
}

/** Text as description HTML: escaped, and each brace alone in a span so it is never a placeholder. */
export function escapeVosviewerDescription(text: string): string {
  return escapeVosviewerLabel(text).replace(/[{}]/g, (brace) => `<span>${brace}</span>`);
}

/**
 * Community id -> VOSviewer cluster 1..K, in community id order (ids rank the communities,
 * largest first), over the listed communities and any that only nodes name.
 */
export function vosviewerClusters(doc: MapDocument): Map<number, number> {
  const ids = new Set<number>(doc.fieldmap.communities.map((c) => c.id));
  for (const node of doc.graph.nodes) ids.add(node.attributes.community);
  const sorted = [...ids].sort((a, b) => a - b);
  return new Map(sorted.map((id, index) => [id, index + 1]));
}

/** "Community › Sub-cluster", or the community alone when the sub-cluster is the whole of it. */
function clusterPath(n: NodeAttributes): string {
  const sub = n.subcommunity_label;
  return sub && sub !== n.community_label ? `${n.community_label} › ${sub}` : n.community_label;
}

function itemDescription(n: NodeAttributes): string {
  const years = n.first_year !== undefined && n.last_year !== undefined ? ` (${n.first_year}–${n.last_year})` : "";
  return escapeVosviewerDescription(`${n.type} · ${n.count} papers${years} · ${clusterPath(n)}`);
}

/** Links and total link strength per node key. */
function linkTotals(doc: MapDocument): { links: Map<string, number>; strength: Map<string, number> } {
  const links = new Map<string, number>();
  const strength = new Map<string, number>();
  for (const e of doc.graph.edges) {
    for (const end of [e.source, e.target]) {
      links.set(end, (links.get(end) ?? 0) + 1);
      strength.set(end, (strength.get(end) ?? 0) + e.attributes.weight);
    }
  }
  return { links, strength };
}

function vosviewerItems(doc: MapDocument, clusters: Map<number, number>): VosviewerItem[] {
  const { links, strength } = linkTotals(doc);
  return doc.graph.nodes.map(({ key, attributes: n }, index): VosviewerItem => {
    const cluster = clusters.get(n.community) ?? null;
    const item: VosviewerItem = {
      id: index + 1,
      label: escapeVosviewerLabel(n.label),
      description: itemDescription(n),
      x: n.x,
      y: n.y,
      cluster: cluster !== null && cluster <= VOSVIEWER_MAX_CLUSTER ? cluster : null,
      weights: { Links: links.get(key) ?? 0, "Total link strength": strength.get(key) ?? 0, Occurrences: n.count },
    };
    item.scores = { [SUBCLUSTER_SCORE]: n.subcommunity };
    if (n.first_year !== undefined) Object.assign(item.scores, { "First year": n.first_year, "Last year": n.last_year ?? n.first_year });
    return item;
  });
}

/** Links between items by their integer ids; a link to a node not on the map is left out. */
function vosviewerLinks(doc: MapDocument): VosviewerLink[] {
  const ids = new Map(doc.graph.nodes.map((node, index) => [node.key, index + 1]));
  const links: VosviewerLink[] = [];
  for (const e of doc.graph.edges) {
    const source = ids.get(e.source);
    const target = ids.get(e.target);
    if (source !== undefined && target !== undefined) links.push({ source_id: source, target_id: target, strength: e.attributes.weight });
  }
  return links;
}

/** Every cluster's label and colour, from the community list or, failing that, a member node. */
function clusterTable(doc: MapDocument, clusters: Map<number, number>): Array<{ cluster: number; label: string; color: string }> {
  const info = new Map(doc.fieldmap.communities.map((c) => [c.id, { label: c.label, color: c.color }]));
  for (const { attributes: n } of doc.graph.nodes) {
    if (!info.has(n.community)) info.set(n.community, { label: n.community_label, color: n.color });
  }
  const rows: Array<{ cluster: number; label: string; color: string }> = [];
  for (const [id, cluster] of clusters) {
    const c = info.get(id);
    if (c && cluster <= VOSVIEWER_MAX_CLUSTER) rows.push({ cluster, label: c.label, color: c.color });
  }
  return rows;
}

export function vosviewerDocument(doc: MapDocument): VosviewerJson {
  const clusters = vosviewerClusters(doc);
  const table = clusterTable(doc, clusters);
  const links = vosviewerLinks(doc);
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
      color_schemes: { cluster_colors: table.map(({ cluster, color }) => ({ cluster, color })) },
      parameters: { max_n_links: links.length },
    },
    network: {
      items: vosviewerItems(doc, clusters),
      links,
      // Cluster labels are drawn as plain text (canvas fillText), so they stay as they are.
      clusters: table.map(({ cluster, label }) => ({ cluster, label })),
    },
  };
}

/** Serialised VOSviewer Online JSON. */
export function toVosviewerJson(doc: MapDocument): string {
  return `${JSON.stringify(vosviewerDocument(doc), null, 2)}\n`;
}
