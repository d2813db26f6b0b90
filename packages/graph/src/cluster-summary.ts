/**
 * What a cluster is about, from graph.json alone: its size, parent or sub-clusters, top entities
 * by type, its most representative papers (with the sentence that names one of its entities) and
 * its years. Read by the viewer's cluster panel and the slide deck; pure, no DOM.
 */
import type { EntityType } from "@fieldmap/extract";
import type { ClusterInfo, CommunityInfo, Evidence, MapDocument, MapPaper, NodeAttributes } from "./types";

/** A cluster of the two-level hierarchy: a top-level community or a sub-cluster (ids unique map-wide). */
export interface ClusterRef {
  level: "community" | "subcommunity";
  id: number;
}

export interface ClusterSummaryOptions {
  /** Entities listed per type. */
  topPerType: number;
  /** Representative papers listed. */
  papers: number;
  /**
   * Share of a paper's on-map entities that must lie in the cluster for the paper to represent it
   * ("mostly in the cluster"): a survey that touches every cluster represents none.
   */
  minShare: number;
}

export const DEFAULT_CLUSTER_SUMMARY_OPTIONS: ClusterSummaryOptions = { topPerType: 5, papers: 5, minShare: 0.5 };

export interface ClusterEntity {
  id: string;
  label: string;
  count: number;
}

export interface ClusterPaper {
  id: string;
  title: string;
  date?: string;
  year?: number;
  url?: string;
  /** The sentence naming the paper's most-mentioned entity of the cluster. */
  evidence?: Evidence;
  /** Entities of the paper in the cluster x their share of the paper's on-map entities. */
  score: number;
}

export interface ClusterYears {
  first: number | null;
  last: number | null;
  /** Papers mentioning the cluster's entities, per year, in year order. */
  byYear: Array<[number, number]>;
}

export interface ClusterSummary extends ClusterRef {
  label: string;
  color: string;
  size: number;
  /** The community that holds a sub-cluster. */
  parent?: { id: number; label: string };
  /** A community's sub-clusters, largest first (empty for a sub-cluster). */
  subclusters: Array<{ id: number; label: string; size: number }>;
  /** Most-mentioned members per entity type; only the types present in the cluster. */
  topByType: Partial<Record<EntityType, ClusterEntity[]>>;
  papers: ClusterPaper[];
  years: ClusterYears;
}

/** Summarises a cluster of `doc`; undefined when the map has no such cluster (e.g. a stale link). */
export function summariseCluster(
  doc: MapDocument,
  focus: ClusterRef,
  options: Partial<ClusterSummaryOptions> = {},
): ClusterSummary | undefined {
  const settings = { ...DEFAULT_CLUSTER_SUMMARY_OPTIONS, ...options };
  const found = findCluster(doc.fieldmap.communities, focus);
  if (!found) return undefined;
  const members = clusterMembers(doc, focus);
  const { cluster, parent } = found;
  return {
    level: focus.level,
    id: focus.id,
    label: cluster.label,
    color: cluster.color,
    size: members.size,
    ...(parent ? { parent: { id: parent.id, label: parent.label } } : {}),
    subclusters: focus.level === "community" ? subclustersOf(cluster as CommunityInfo) : [],
    topByType: topEntitiesByType(members, settings.topPerType),
    papers: representativePapers(doc, members, settings),
    years: clusterYears(doc.papers, members),
  };
}

function findCluster(
  communities: readonly CommunityInfo[],
  focus: ClusterRef,
): { cluster: ClusterInfo; parent?: CommunityInfo } | undefined {
  if (focus.level === "community") {
    const cluster = communities.find((c) => c.id === focus.id);
    return cluster ? { cluster } : undefined;
  }
  for (const parent of communities) {
    const cluster = parent.subcommunities.find((s) => s.id === focus.id);
    if (cluster) return { cluster, parent };
  }
  return undefined;
}

/** The cluster's nodes by key; membership is read from the node attributes, the source of truth. */
export function clusterMembers(doc: MapDocument, focus: ClusterRef): Map<string, NodeAttributes> {
  const members = new Map<string, NodeAttributes>();
  for (const node of doc.graph.nodes) {
    const id = focus.level === "community" ? node.attributes.community : node.attributes.subcommunity;
    if (id === focus.id) members.set(node.key, node.attributes);
  }
  return members;
}

function subclustersOf(community: CommunityInfo): ClusterSummary["subclusters"] {
  return [...community.subcommunities]
    .sort((a, b) => b.size - a.size || a.id - b.id)
    .map((s) => ({ id: s.id, label: s.label, size: s.size }));
}

function byCountThenLabel(a: ClusterEntity, b: ClusterEntity): number {
  return b.count - a.count || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1);
}

function topEntitiesByType(members: Map<string, NodeAttributes>, perType: number): ClusterSummary["topByType"] {
  const byType: Partial<Record<EntityType, ClusterEntity[]>> = {};
  for (const [id, attributes] of members) {
    const list = byType[attributes.type] ?? [];
    list.push({ id, label: attributes.label, count: attributes.count });
    byType[attributes.type] = list;
  }
  for (const type of Object.keys(byType) as EntityType[]) {
    byType[type] = (byType[type] ?? []).sort(byCountThenLabel).slice(0, perType);
  }
  return byType;
}

/**
 * Papers whose on-map entities lie mostly in the cluster, ranked by how many of their entities
 * are in it times that share, so a paper about the cluster beats a paper that only cites one of
 * its entities and a paper with many of its entities beats one with a single entity.
 */
function representativePapers(
  doc: MapDocument,
  members: Map<string, NodeAttributes>,
  settings: ClusterSummaryOptions,
): ClusterPaper[] {
  const onMap = new Set(doc.graph.nodes.map((n) => n.key));
  const ranked: Array<ClusterPaper & { share: number }> = [];
  for (const paper of doc.papers) {
    const mapped = paper.entities.filter((id) => onMap.has(id));
    const inCluster = mapped.filter((id) => members.has(id));
    if (inCluster.length === 0) continue;
    const share = inCluster.length / mapped.length;
    if (share < settings.minShare) continue;
    ranked.push({ ...paperFields(paper), ...evidenceField(paper, inCluster, members), score: inCluster.length * share, share });
  }
  ranked.sort((a, b) => b.score - a.score || b.share - a.share || (b.date ?? "").localeCompare(a.date ?? "") || (a.id < b.id ? -1 : 1));
  return ranked.slice(0, settings.papers).map(({ share: _share, ...paper }) => paper);
}

function paperFields(paper: MapPaper): Omit<ClusterPaper, "score" | "evidence"> {
  const year = paperYear(paper);
  return {
    id: paper.id,
    title: paper.title,
    ...(paper.date ? { date: paper.date } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(paper.url ? { url: paper.url } : {}),
  };
}

/** The evidence of the paper's most-mentioned cluster entity that has one. */
function evidenceField(paper: MapPaper, inCluster: string[], members: Map<string, NodeAttributes>): { evidence?: Evidence } {
  const count = (id: string) => members.get(id)?.count ?? 0;
  const candidates = paper.evidence.filter((e) => inCluster.includes(e.entity) && e.sentence.length > 0);
  candidates.sort((a, b) => count(b.entity) - count(a.entity) || (a.entity < b.entity ? -1 : 1));
  const best = candidates[0];
  return best ? { evidence: best } : {};
}

function paperYear(paper: MapPaper): number | undefined {
  if (paper.year !== undefined) return paper.year;
  const year = Number(paper.date?.slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

function clusterYears(papers: readonly MapPaper[], members: Map<string, NodeAttributes>): ClusterYears {
  const counts = new Map<number, number>();
  for (const paper of papers) {
    const year = paperYear(paper);
    if (year === undefined || !paper.entities.some((id) => members.has(id))) continue;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const byYear = [...counts].sort((a, b) => a[0] - b[0]);
  return { first: byYear[0]?.[0] ?? null, last: byYear[byYear.length - 1]?.[0] ?? null, byYear };
}
