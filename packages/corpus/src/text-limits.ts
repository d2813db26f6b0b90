/**
 * Bounds on one record's text. An abstract is a few thousand characters; a record far longer
 * is a full text or a broken export, and extraction time and memory grow with it. The cut
 * falls at a sentence end (or a space) before the limit, and the CLI counts the papers cut.
 */
import type { Paper } from "./types";

export const MAX_ABSTRACT_CHARS = 100_000;
export const MAX_TITLE_CHARS = 1_000;

/** `text` cut to at most `limit` characters, at the last sentence end or space before it. */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit);
  const sentenceEnd = Math.max(head.lastIndexOf(". "), head.lastIndexOf(".\n"));
  if (sentenceEnd > limit / 2) return head.slice(0, sentenceEnd + 1);
  const space = head.lastIndexOf(" ");
  return space > limit / 2 ? head.slice(0, space) : head;
}

export interface LimitedPapers {
  papers: Paper[];
  /** Papers whose title or abstract was cut. */
  truncated: number;
}

export function limitTexts(papers: readonly Paper[]): LimitedPapers {
  let truncated = 0;
  const result = papers.map((paper) => {
    if (paper.abstract.length <= MAX_ABSTRACT_CHARS && paper.title.length <= MAX_TITLE_CHARS) return paper;
    truncated++;
    return { ...paper, title: cutText(paper.title, MAX_TITLE_CHARS), abstract: cutText(paper.abstract, MAX_ABSTRACT_CHARS) };
  });
  return { papers: result, truncated };
}
