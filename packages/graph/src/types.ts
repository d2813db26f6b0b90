import type { EntityType } from "@fieldmap/extract";

/** Node attributes every export carries (DESIGN.md contract). */
export interface NodeAttributes {
  label: string;
  type: EntityType;
  count: number;
  community: number;
  community_label: string;
  size: number;
  color: string;
  x: number;
  y: number;
  aliases?: string[];
  family?: string;
  first_year?: number;
  last_year?: number;
  proposed?: boolean;
}

export interface EdgeAttributes {
  /** Papers in common. */
  weight: number;
  /** Association strength (van Eck & Waltman 2009), used for layout and filtering. */
  strength?: number;
}

export interface CommunityInfo {
  id: number;
  label: string;
  color: string;
  /** Number of entities in the community. */
  size: number;
  /** Top entity ids by count. */
  top: string[];
}

/** Where an entity appears in a paper: the sentence, and the mention's offsets within it. */
export interface Evidence {
  entity: string;
  sentence: string;
  start: number;
  end: number;
}

export interface MapPaper {
  id: string;
  title: string;
  date?: string;
  year?: number;
  url?: string;
  entities: string[];
  evidence: Evidence[];
}

export interface MapMeta {
  version: 1;
  title: string;
  /** yyyy-mm-dd of the build (SOURCE_DATE_EPOCH when set, so builds are reproducible). */
  created: string;
  communities: CommunityInfo[];
  modularity?: number;
  options?: Record<string, unknown>;
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
}
