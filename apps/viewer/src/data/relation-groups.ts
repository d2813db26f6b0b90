import { RELATION_KINDS, type MapRelation, type RelationKind } from "./relations";

/**
 * An entity's relations as a reader says them: grouped by kind and direction, each group
 * phrased from the entity's side ("evaluated on: MATH-500 (12 papers)", "built on by: DAPO").
 * Pure: the details panel renders what this returns.
 */
export type RelationDirection = "out" | "in";

/** How each kind reads from its head (out) and from its tail (in). */
export const RELATION_PHRASES: Record<RelationKind, Record<RelationDirection, string>> = {
  "evaluated-on": { out: "evaluated on", in: "evaluates" },
  "trained-with": { out: "trained with", in: "used to train" },
  "builds-on": { out: "builds on", in: "built on by" },
  outperforms: { out: "outperforms", in: "outperformed by" },
  addresses: { out: "addresses", in: "addressed by" },
  "measured-by": { out: "measured by", in: "measures" },
};

export interface RelationItem {
  relation: MapRelation;
  /** The entity at the other end. */
  other: string;
  /** Papers stating it. */
  count: number;
}

export interface RelationGroup {
  kind: RelationKind;
  direction: RelationDirection;
  phrase: string;
  /** Most papers first. */
  items: RelationItem[];
}

/** Relations by entity, both ends: built once per map. */
export function indexRelations(relations: readonly MapRelation[]): Map<string, MapRelation[]> {
  const byEntity = new Map<string, MapRelation[]>();
  const add = (entity: string, relation: MapRelation) => {
    const list = byEntity.get(entity);
    if (list) list.push(relation);
    else byEntity.set(entity, [relation]);
  };
  for (const relation of relations) {
    add(relation.source, relation);
    add(relation.target, relation);
  }
  return byEntity;
}

/**
 * The groups of `entity`'s relations, in the kinds' fixed order (outgoing before incoming), so
 * the panel reads the same for every entity; items by papers, then by the other end's label.
 */
export function relationGroups(entity: string, relations: readonly MapRelation[], labelOf: (id: string) => string = (id) => id): RelationGroup[] {
  const groups: RelationGroup[] = [];
  for (const kind of RELATION_KINDS) {
    for (const direction of ["out", "in"] as const) {
      const items = relations
        .filter((r) => r.kind === kind && (direction === "out" ? r.source === entity : r.target === entity))
        .map((relation) => ({ relation, other: direction === "out" ? relation.target : relation.source, count: relation.papers.length }))
        .sort((a, b) => b.count - a.count || labelOf(a.other).localeCompare(labelOf(b.other)));
      if (items.length > 0) groups.push({ kind, direction, phrase: RELATION_PHRASES[kind][direction], items });
    }
  }
  return groups;
}

/** "12 papers", "1 paper": the count after an item; the first item of a group names the unit. */
export function paperCount(count: number, withUnit: boolean): string {
  return withUnit ? `${count} ${count === 1 ? "paper" : "papers"}` : String(count);
}

/** One line for a group: "evaluated on: MATH-500 (12 papers), AIME 2024 (9)". */
export function describeGroup(group: RelationGroup, labelOf: (id: string) => string = (id) => id): string {
  const items = group.items.map((item, i) => `${labelOf(item.other)} (${paperCount(item.count, i === 0)})`);
  return `${group.phrase}: ${items.join(", ")}`;
}

export interface SentenceSegment {
  text: string;
  /** The relation's head or tail mention, or plain text. */
  role: "head" | "tail" | null;
}

/**
 * The sentence cut into plain text and its head and tail mentions, in reading order. A span
 * that is missing, or overlaps the other, is left unmarked (the head wins an overlap).
 */
export function evidenceSegments(sentence: string, head: [number, number] | null, tail: [number, number] | null): SentenceSegment[] {
  const spans: Array<{ role: "head" | "tail"; start: number; end: number }> = [];
  if (head) spans.push({ role: "head", start: head[0], end: head[1] });
  if (tail && !(head && tail[0] < head[1] && head[0] < tail[1])) spans.push({ role: "tail", start: tail[0], end: tail[1] });
  spans.sort((a, b) => a.start - b.start);
  const segments: SentenceSegment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) segments.push({ text: sentence.slice(at, span.start), role: null });
    segments.push({ text: sentence.slice(span.start, span.end), role: span.role });
    at = span.end;
  }
  if (at < sentence.length) segments.push({ text: sentence.slice(at), role: null });
  return segments;
}
