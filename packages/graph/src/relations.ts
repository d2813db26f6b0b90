/**
 * Typed relations over the corpus: each paper's (head, relation, tail) statements, by entity id,
 * become one directed item per triple with the papers that state it and a few of their
 * sentences. They sit beside the co-occurrence edges and never cluster or lay out the map.
 */
import { RELATION_TYPES, type NamedRelation, type RelationType } from "@fieldmap/extract/types";
import type { MapRelation } from "./types";

/** One paper's relations, heads and tails named by entity id (nameRelations over the corpus ids). */
export interface PaperRelations {
  paper: string;
  relations: readonly NamedRelation[];
}

export interface AggregateRelationsOptions {
  /** Evidence sentences kept per relation (the first papers'): enough to read, small in graph.json. */
  maxEvidence?: number;
}

export const DEFAULT_AGGREGATE_RELATIONS_OPTIONS: Required<AggregateRelationsOptions> = { maxEvidence: 5 };

export interface AggregatedRelations {
  /** Most papers first, then by key. */
  relations: MapRelation[];
  /** Distinct relations left out because an end is an entity the map does not keep at all. */
  dropped: number;
}

export function relationKey(kind: RelationType, source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}

/**
 * Aggregates the papers' relations (given in paper order). `isKept` says whether an entity id
 * is in the map document (a node or a generic entity); relations touching any other entity
 * (below --min-count, an island) are dropped and counted.
 */
export function aggregateRelations(
  perPaper: readonly PaperRelations[],
  isKept: (entityId: string) => boolean,
  options: AggregateRelationsOptions = {},
): AggregatedRelations {
  const { maxEvidence } = { ...DEFAULT_AGGREGATE_RELATIONS_OPTIONS, ...options };
  const byKey = new Map<string, MapRelation>();
  const dropped = new Set<string>();
  for (const { paper, relations } of perPaper) {
    for (const { head, relation, tail, evidence } of relations) {
      const key = relationKey(relation, head, tail);
      if (!isKept(head) || !isKept(tail)) {
        dropped.add(key);
        continue;
      }
      const item = byKey.get(key) ?? { key, source: head, target: tail, kind: relation, papers: [], evidence: [] };
      byKey.set(key, item);
      // A paper stating the same relation twice counts once, with its first sentence.
      if (item.papers[item.papers.length - 1] === paper) continue;
      item.papers.push(paper);
      if (item.evidence.length < maxEvidence) {
        item.evidence.push({ paper, sentence: evidence.sentence, head: [...evidence.head], tail: [...evidence.tail] });
      }
    }
  }
  const relations = [...byKey.values()].sort((a, b) => b.papers.length - a.papers.length || compare(a.key, b.key));
  return { relations, dropped: dropped.size };
}

/** Items per relation kind, every kind listed (0 when absent), in RELATION_TYPES order. */
export function countRelationsByKind(relations: readonly MapRelation[]): Record<RelationType, number> {
  const counts = Object.fromEntries(RELATION_TYPES.map((kind) => [kind, 0])) as Record<RelationType, number>;
  for (const relation of relations) counts[relation.kind] += 1;
  return counts;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
