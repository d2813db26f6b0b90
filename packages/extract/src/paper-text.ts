import type { Paper } from "@fieldmap/corpus";

/** The text every offset indexes: title, blank line, abstract. */
export function paperText(paper: Pick<Paper, "title" | "abstract">): string {
  return `${paper.title}\n\n${paper.abstract}`;
}
