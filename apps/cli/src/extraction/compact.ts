/**
 * Compact per-paper extraction results: what crosses a worker boundary, what the incremental
 * store keeps, and what a job queue would carry. A mention becomes a tuple of offsets into the
 * paper text (title, blank line, abstract) instead of an object holding its own copies of the
 * surface and the sentence: a structured clone or a JSON round trip of full Mention objects
 * would copy each sentence once per mention (about 3.5 KB per paper, issue 16). Expanding a
 * tuple slices the paper's one text, so the strings share it.
 *
 * The form carries no paper id: a result depends only on the text, so it is keyed by a hash
 * of the text and reused for any paper with the same title and abstract.
 */
import type { Paper } from "@fieldmap/corpus";
import { paperText } from "@fieldmap/extract/paper-text";
import { ENTITY_TYPES, type Mention } from "@fieldmap/extract/types";
import type { CompactRelations } from "./compact-relations";

/** [start, end, type index, proposed, sentence start, sentence end, canonical (null: the surface)]. */
export type MentionTuple = [number, number, number, 0 | 1, number, number, string | null];

/** A mention whose strings are not slices of the paper text, kept whole so nothing is lost. */
export type VerbatimMention = Omit<Mention, "paperId">;

/** One paper's mentions, in extract()'s order. */
export type CompactMentions = (MentionTuple | VerbatimMention)[];

/**
 * One paper's whole result: its mentions and the relations between them (compact-relations.ts).
 * Both depend only on the text, so the store keys them by its hash.
 */
export interface CompactExtraction {
  mentions: CompactMentions;
  relations: CompactRelations;
}

/** The only fields of a paper extraction reads (extract(), paperText()). */
export type ExtractionText = Pick<Paper, "title" | "abstract">;

/** Where `sentence` sits in `text` at or before `near`, or -1. Equal text is all that matters. */
function locate(text: string, sentence: string, near: number): number {
  const before = text.lastIndexOf(sentence, near);
  return before >= 0 ? before : text.indexOf(sentence);
}

export function compactMentions(text: string, mentions: readonly Mention[]): CompactMentions {
  return mentions.map((mention) => {
    const typeIndex = ENTITY_TYPES.indexOf(mention.type);
    const sentenceStart = locate(text, mention.sentence, mention.start);
    const { paperId: _, ...verbatim } = mention;
    if (typeIndex < 0 || sentenceStart < 0 || text.slice(mention.start, mention.end) !== mention.surface) return verbatim;
    const canonical = mention.canonical === mention.surface ? null : mention.canonical;
    const proposed = mention.proposed ? 1 : 0;
    return [mention.start, mention.end, typeIndex, proposed, sentenceStart, sentenceStart + mention.sentence.length, canonical];
  });
}

/**
 * Slices of the paper text taken from the title or the abstract themselves, so no joined copy
 * of each paper's text (about 1.2 KB a paper) is kept alive by its mentions' strings.
 */
export function textSlicer(paper: Pick<Paper, "title" | "abstract">): (start: number, end: number) => string {
  const abstractStart = paper.title.length + 2;
  let text: string | undefined;
  return (start, end) => {
    if (end <= paper.title.length) return paper.title.slice(start, end);
    if (start >= abstractStart) return paper.abstract.slice(start - abstractStart, end - abstractStart);
    text ??= paperText(paper);
    return text.slice(start, end);
  };
}

/** The Mention objects extract() returned for `paper`, rebuilt from its compact form. */
export function expandMentions(paper: Pick<Paper, "id" | "title" | "abstract">, compact: CompactMentions): Mention[] {
  const slice = textSlicer(paper);
  return compact.map((item) => {
    if (!Array.isArray(item)) return { paperId: paper.id, ...item };
    const [start, end, typeIndex, proposed, sentenceStart, sentenceEnd, canonical] = item;
    const surface = slice(start, end);
    // Same key order as extract()'s own objects, so anything serialised from them is unchanged.
    return {
      paperId: paper.id,
      surface,
      start,
      end,
      sentence: slice(sentenceStart, sentenceEnd),
      type: ENTITY_TYPES[typeIndex] ?? "concept",
      proposed: proposed === 1,
      canonical: canonical ?? surface,
    };
  });
}
