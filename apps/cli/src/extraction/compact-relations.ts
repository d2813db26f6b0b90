/**
 * Compact per-paper relations, beside the compact mentions (compact.ts): what a worker returns
 * and the incremental store keeps, so a rebuild reads each paper's relations instead of running
 * extractRelations again on the main thread (15-17 s of a 100k-paper build, issue 16). A
 * relation's ends are indexes into the paper's own mention list, as extractRelations gives
 * them, and its evidence sentence is a pair of offsets into the paper text (title, blank line,
 * abstract), so no sentence is copied into the store or across a thread boundary.
 */
import type { Paper } from "@fieldmap/corpus";
import { RELATION_TYPES, type Relation } from "@fieldmap/extract/types";
import { textSlicer } from "./compact";

/**
 * [relation type index, head mention index, tail mention index, sentence start, sentence end,
 * head start, head end, tail start, tail end]; the last four are offsets into the sentence.
 */
export type RelationTuple = [number, number, number, number, number, number, number, number, number];

/** A relation whose sentence is not a slice of the paper text, kept whole so nothing is lost. */
export type VerbatimRelation = Omit<Relation, "paperId">;

/** One paper's relations, in extractRelations's order. */
export type CompactRelations = (RelationTuple | VerbatimRelation)[];

export function compactRelations(text: string, relations: readonly Relation[]): CompactRelations {
  return relations.map((relation) => {
    const { paperId: _, ...verbatim } = relation;
    const typeIndex = RELATION_TYPES.indexOf(relation.relation);
    const { sentence, head, tail } = relation.evidence;
    // Any occurrence of the sentence will do: equal text is all that matters.
    const sentenceStart = text.indexOf(sentence);
    if (typeIndex < 0 || sentenceStart < 0) return verbatim;
    return [typeIndex, relation.head, relation.tail, sentenceStart, sentenceStart + sentence.length, head[0], head[1], tail[0], tail[1]];
  });
}

/** The Relation objects extractRelations returned for `paper`, rebuilt from their compact form. */
export function expandRelations(paper: Pick<Paper, "id" | "title" | "abstract">, compact: CompactRelations): Relation[] {
  const slice = textSlicer(paper);
  return compact.map((item) => {
    if (!Array.isArray(item)) return { paperId: paper.id, ...item };
    const [typeIndex, head, tail, sentenceStart, sentenceEnd, headStart, headEnd, tailStart, tailEnd] = item;
    const relation = RELATION_TYPES[typeIndex] ?? RELATION_TYPES[0];
    // Same key order as extractRelations's own objects, so anything serialised from them is unchanged.
    const evidence = { sentence: slice(sentenceStart, sentenceEnd), head: [headStart, headEnd] as [number, number], tail: [tailStart, tailEnd] as [number, number] };
    return { paperId: paper.id, relation, head, tail, evidence };
  });
}
