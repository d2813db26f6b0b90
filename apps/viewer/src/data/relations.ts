/**
 * Typed relations between entities (graph.json's top-level `relations`), as stated in the
 * papers: "DAPO builds on GRPO", "Qwen2.5-7B is trained with GRPO". The field is optional and
 * comes from a file: every item is checked, and an invalid one is skipped (and counted), never
 * allowed to break the viewer.
 */
export const RELATION_KINDS = ["evaluated-on", "trained-with", "builds-on", "outperforms", "addresses", "measured-by"] as const;

export type RelationKind = (typeof RELATION_KINDS)[number];

/** One sentence stating the relation; `head`/`tail` are [start, end) offsets into it, null when unusable. */
export interface RelationEvidence {
  paper: string;
  sentence: string;
  head: [number, number] | null;
  tail: [number, number] | null;
}

/** A directed relation `source` (head) -> `target` (tail), aggregated over the papers that state it. */
export interface MapRelation {
  key: string;
  source: string;
  target: string;
  kind: RelationKind;
  /** Ids of the papers that state it (its count is their number). */
  papers: string[];
  evidence: RelationEvidence[];
}

export interface ParsedRelations {
  relations: MapRelation[];
  /** Items that were not a valid relation (or repeated a key): left out. */
  skipped: number;
}

export interface RelationParseOptions {
  /** Evidence sentences kept per relation (the contract writes at most 5). */
  maxEvidence: number;
  /** Longer sentences are cut here (their offsets past the cut are dropped). */
  maxSentenceChars: number;
}

export const DEFAULT_RELATION_PARSE_OPTIONS: RelationParseOptions = { maxEvidence: 5, maxSentenceChars: 2_000 };

/** Reads `relations` from a parsed graph.json; anything but a list of valid items gives fewer relations, never an error. */
export function parseRelations(value: unknown, options: RelationParseOptions = DEFAULT_RELATION_PARSE_OPTIONS): ParsedRelations {
  if (value === undefined || value === null) return { relations: [], skipped: 0 };
  if (!Array.isArray(value)) return { relations: [], skipped: 1 };
  const relations: MapRelation[] = [];
  const keys = new Set<string>();
  let skipped = 0;
  for (const item of value) {
    const relation = parseRelation(item, options);
    if (relation === null || keys.has(relation.key)) {
      skipped++;
      continue;
    }
    keys.add(relation.key);
    relations.push(relation);
  }
  return { relations, skipped };
}

function parseRelation(item: unknown, options: RelationParseOptions): MapRelation | null {
  if (!isObject(item)) return null;
  const { source, target, kind } = item;
  if (!isName(source) || !isName(target) || source === target || !isRelationKind(kind)) return null;
  const evidence = (Array.isArray(item.evidence) ? item.evidence : [])
    .map((e) => parseEvidence(e, options.maxSentenceChars))
    .filter((e): e is RelationEvidence => e !== null)
    .slice(0, options.maxEvidence);
  // A relation counts the papers that state it; papers named only by its evidence count too.
  const papers = [...new Set([...(Array.isArray(item.papers) ? item.papers.filter(isName) : []), ...evidence.map((e) => e.paper)])];
  const key = isName(item.key) ? item.key : `${kind}:${source}->${target}`;
  return { key, source, target, kind, papers, evidence };
}

function parseEvidence(value: unknown, maxChars: number): RelationEvidence | null {
  if (!isObject(value) || !isName(value.paper) || typeof value.sentence !== "string" || value.sentence.trim() === "") return null;
  const sentence = value.sentence.slice(0, maxChars);
  return { paper: value.paper, sentence, head: parseSpan(value.head, sentence.length), tail: parseSpan(value.tail, sentence.length) };
}

/** [start, end) inside the sentence, non-empty; anything else is no span (the sentence shows unmarked). */
function parseSpan(value: unknown, length: number): [number, number] | null {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [start, end] = value as unknown[];
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  const s = start as number;
  const e = end as number;
  return s >= 0 && s < e && e <= length ? [s, e] : null;
}

export function isRelationKind(value: unknown): value is RelationKind {
  return typeof value === "string" && (RELATION_KINDS as readonly string[]).includes(value);
}

function isName(value: unknown): value is string {
  return typeof value === "string" && value !== "";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
