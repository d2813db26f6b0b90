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

/** The typed relations a paper can state (gold/RELATIONS.md defines each with its head and tail types). */
export const RELATION_TYPES = ["evaluated-on", "trained-with", "builds-on", "outperforms", "addresses", "measured-by"] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * Where a relation is stated: the sentence as written and, inside it, the text of each side
 * as [start, end) offsets into `sentence` (so `sentence.slice(...head)` is what the paper
 * wrote: the name, or "our method" when the head was resolved to the paper's own entity).
 */
export interface RelationEvidence {
  sentence: string;
  head: [number, number];
  tail: [number, number];
}

/**
 * One relation one paper states between two of its mentions (extractRelations). `head` and
 * `tail` index the paper's mention list as extract() returned it, so the caller maps them to
 * corpus entities after normalisation (nameRelations).
 */
export interface Relation {
  paperId: string;
  relation: RelationType;
  head: number;
  tail: number;
  evidence: RelationEvidence;
}

/**
 * A relation between corpus entities, by name: an item of a `fieldmap extract` line's
 * "relations" list. One per paper and (head, relation, tail), with the first sentence that
 * states it, so aggregating over papers is a count of lines and a list of evidence.
 */
export interface NamedRelation {
  head: string;
  relation: RelationType;
  tail: string;
  evidence: RelationEvidence;
}
