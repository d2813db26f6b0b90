export const ENTITY_TYPES = ["method", "model", "dataset", "task", "metric", "concept"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One occurrence of an entity in one paper's text (title + "\n\n" + abstract). */
export interface Mention {
  paperId: string;
  /** The text exactly as written. */
  surface: string;
  /** Character offsets into the paper text (title, blank line, abstract). */
  start: number;
  end: number;
  /** The sentence containing the mention, as written. */
  sentence: string;
  type: EntityType;
  /** True when the paper itself introduces the entity. */
  proposed: boolean;
  /** Canonical name the extractor proposes for this mention (acronym, lexicon name...). */
  canonical: string;
}

/** A corpus-level entity after normalisation: one node of the map. */
export interface Entity {
  /** Stable key: the canonical name. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Model family for sized checkpoints (Qwen2.5-7B -> Qwen2.5). */
  family?: string;
  /** Ids of the papers that mention it, sorted. */
  papers: string[];
  /** Number of papers mentioning it (= papers.length). */
  count: number;
  proposed: boolean;
}

/** One merge decision, written to merges.csv so a user can review and override it. */
export interface MergeRecord {
  from: string;
  to: string;
  reason: string;
  /** Set when the decision holds in one paper only (an acronym used in another sense there). */
  paper?: string;
}
