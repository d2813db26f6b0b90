import type { EntityType, RelationType } from "@fieldmap/extract";

/** Node attributes every export carries (DESIGN.md contract). */
export interface NodeAttributes {
  label: string;
  type: EntityType;
  count: number;
  /** Top-level cluster: the one the map colours (6-12 on a real corpus). */
  community: number;
  community_label: string;
  /** Sub-cluster inside `community`; ids are unique across the map (not per community). */
  subcommunity: number;
  subcommunity_label: string;
  size: number;
  color: string;
  x: number;
  y: number;
  aliases?: string[];
  family?: string;
  first_year?: number;
  last_year?: number;
  /**
   * Mean publication time of the entity's dated papers as a decimal year (2025.42), as
   * VOSviewer's average-publication-year overlay; numeric so Gephi can rank-colour it.
   */
  mean_year?: number;
  proposed?: boolean;
}

export interface EdgeAttributes {
  /**
   * What the edge is: every edge of `graph.edges` is a co-occurrence (the ones that cluster and
   * lay out the map); typed relations live in the document's `relations` list.
   */
  kind?: "cooccurrence";
  /** Papers in common. */
  weight: number;
  /** Association strength (van Eck & Waltman 2009), used for layout and filtering. */
  strength?: number;
  /**
   * 0 = the strongest link of the map (most papers in common, then association strength).
   * Drawings show the links of rank < 1,000 by default, as VOSviewer does.
   */
  rank?: number;
}

export interface ClusterInfo {
  id: number;
  label: string;
  color: string;
  /** Number of entities in the cluster. */
  size: number;
  /** Top entity ids by count. */
  top: string[];
  /** Where the cluster's name is drawn: the mean position of its members (set after layout). */
  x: number;
  y: number;
}

/** A sub-cluster: `parent` is the top-level community that holds it. Its colour is the parent's. */
export interface SubcommunityInfo extends ClusterInfo {
  parent: number;
}

/** A top-level cluster and its sub-clusters (largest first). */
export interface CommunityInfo extends ClusterInfo {
  subcommunities: SubcommunityInfo[];
}

/**
 * An entity left off the map because its links spread evenly over the clusters (low relevance,
 * as in VOSviewer): "accuracy", "LLM". Still searchable: papers[].entities lists it.
 */
export interface GenericEntity {
  id: string;
  label: string;
  type: EntityType;
  count: number;
  /** Relevance (0 = links spread like the whole map's, higher = concentrated in few clusters). */
  relevance: number;
  /** Its other names, as the node's (absent when it has none): a search for "RL" finds reinforcement learning. */
  aliases?: string[];
}

/** Where an entity appears in a paper: the sentence, and the mention's offsets within it. */
export interface Evidence {
  entity: string;
  sentence: string;
  start: number;
  end: number;
}

export interface MapPaper {
  /** Unique in the map; "file#id" when the paper's own id was shared with another paper. */
  id: string;
  /** The id the source gave, when it differs from `id`. */
  source_id?: string;
  title: string;
  date?: string;
  year?: number;
  url?: string;
  /** The arXiv id when the source gave one (the viewer links the arXiv and Hugging Face pages). */
  arxivId?: string;
  /** Entity ids of the paper: on-map nodes and generic entities (fieldmap.generic). */
  entities: string[];
  /** The entity ids among `entities` the paper itself introduces ("we propose X"), when any. */
  proposes?: string[];
  evidence: Evidence[];
}

export interface MapMeta {
  version: 1;
  title: string;
  /** yyyy-mm-dd of the build (SOURCE_DATE_EPOCH when set, so builds are reproducible). */
  created: string;
  communities: CommunityInfo[];
  modularity?: number;
  /** Entities kept off the map as generic (absent when --keep-generic). */
  generic?: GenericEntity[];
  /**
   * By entity id (map nodes, generic entities, and entities left off as islands): its cluster in
   * each of the first partitions relevance was judged on. An update judges its new entities on
   * them (keep-decisions.ts). Absent when nothing was judged (--keep-generic, a small map).
   */
  judged?: Record<string, number[]>;
  options?: Record<string, unknown>;
  /** Time analysis (packages/trends): per-period counts of the entities and clusters. */
  time?: MapTime;
}

/** When an entity or cluster appears: counts aligned with `MapTime.periods`, and its dates. */
export interface TimeProfile {
  counts: number[];
  /** yyyy-mm-dd (or yyyy when only years are known) of the first and last dated paper. */
  first: string;
  last: string;
  /** Mean date of the dated papers, yyyy-mm-dd. */
  mean: string;
  /** Kleinberg bursts as [first period index, last period index, weight]. */
  bursts?: Array<[number, number, number]>;
}

/** graph.json's `fieldmap.time`: arrays aligned with `periods` keep it compact. */
export interface MapTime {
  period: "month" | "quarter" | "year";
  /** Consecutive period labels, first to last: "2025-05", "2025-Q2" or "2025". */
  periods: string[];
  /** Dated papers per period. */
  papers: number[];
  /** Papers left out: no date, or only a year when periods are months or quarters. */
  undated: number;
  /** By entity id: map nodes and generic entities. */
  entities: Record<string, TimeProfile>;
  /** By top-level community id (the index of `communities`). */
  communities: TimeProfile[];
  /** Entity ids called emerging and fading, strongest first (details in report.json). */
  emerging: string[];
  fading: string[];
  /** The map's clusters per time slice, matched between slices (for an alluvial chart). */
  flow?: ClusterFlow;
}

/** One time slice's clusters. */
export interface FlowSlice {
  /** "2025-05", or "2025-06..2025-07" when thin periods were pooled. */
  label: string;
  papers: number;
  clusters: Array<{
    id: number;
    label: string;
    size: number;
    /** The map's top-level community holding most of its members (for colour). */
    community: number;
  }>;
}

/** Members shared by a cluster of one slice (`from`) and one of the next (`to`). */
export interface FlowLink {
  from: number;
  to: number;
  shared: number;
  jaccard: number;
}

export type FlowEventKind = "continue" | "split" | "merge" | "birth" | "death";

export interface FlowEvent {
  kind: FlowEventKind;
  /** Cluster ids in the earlier slice (empty for a birth) and in the later one (empty for a death). */
  from: number[];
  to: number[];
}

/** Slices, the member flows between neighbours, and what happened (report.json cluster_flow). */
export interface ClusterFlow {
  /** Jaccard index at or above which two clusters match. */
  threshold: number;
  slices: FlowSlice[];
  /** Transition i goes from slice i to slice i + 1. */
  transitions: Array<{ links: FlowLink[]; events: FlowEvent[] }>;
}

/**
 * graph.json: the one file the viewer and every exporter read.
 * `graph` is graphology's own serialisation (graph.export()).
 */
export interface MapDocument {
  fieldmap: MapMeta;
  graph: {
    attributes?: Record<string, unknown>;
    options?: { type?: string; multi?: boolean; allowSelfLoops?: boolean };
    nodes: Array<{ key: string; attributes: NodeAttributes }>;
    edges: Array<{ key?: string; source: string; target: string; attributes: EdgeAttributes }>;
  };
  papers: MapPaper[];
  /**
   * Typed, directed relations aggregated over the corpus (most papers first). Ends are on-map
   * nodes or generic entities; absent in maps built before relations existed.
   */
  relations?: MapRelation[];
}

/** One sentence that states a relation, with both sides as [start, end) offsets into it. */
export interface MapRelationEvidence {
  paper: string;
  sentence: string;
  head: [number, number];
  tail: [number, number];
}

/**
 * One (head entity, relation, tail entity) over the corpus: "DAPO builds-on GRPO" with the
 * papers that state it (in paper order) and up to five of their sentences.
 */
export interface MapRelation {
  /** `<kind>:<source>-><target>`. */
  key: string;
  /** Head entity id (a node key or a generic entity id). */
  source: string;
  /** Tail entity id. */
  target: string;
  kind: RelationType;
  papers: string[];
  evidence: MapRelationEvidence[];
}
