import type { Paper } from "@fieldmap/corpus";
import { nameRelations } from "@fieldmap/extract/relations";
import type { Entity, Mention, Relation } from "@fieldmap/extract/types";
import { aggregateRelations, type AggregatedRelations } from "@fieldmap/graph";

export interface CorpusRelationsInput {
  papers: readonly Paper[];
  /** Each paper's mentions as extract() returned them (parallel to `papers`). */
  mentionsByPaper: readonly Mention[][];
  /** Each paper's relations as extractRelations returned them (parallel to `papers`; extraction runs it, on the workers). */
  relationsByPaper: readonly Relation[][];
  /** normaliseCorpus's entity id of every mention, papers' mentions one after another. */
  assignments: readonly (string | undefined)[];
  entities: readonly Entity[];
  /** Whether the map document keeps an entity (a node or a generic entity). */
  isKept: (entityId: string) => boolean;
}

/**
 * The corpus's relations: each paper's, between its own mentions (extraction indexes them), named
 * by the corpus entities normalisation assigned (types re-checked on the corpus types), then
 * aggregated over the papers in their order.
 */
export function corpusRelations(input: CorpusRelationsInput): AggregatedRelations {
  const types = new Map(input.entities.map((e) => [e.id, e.type]));
  let offset = 0;
  const perPaper = input.papers.map((paper, index) => {
    const mentions = input.mentionsByPaper[index] ?? [];
    const first = offset;
    offset += mentions.length;
    const relations = nameRelations(input.relationsByPaper[index] ?? [], (i) => {
      const id = input.assignments[first + i];
      const type = id === undefined ? undefined : types.get(id);
      return id === undefined || type === undefined ? undefined : { name: id, type };
    });
    return { paper: paper.id, relations };
  });
  return aggregateRelations(perPaper, input.isKept);
}
