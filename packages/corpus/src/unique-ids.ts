/**
 * Ids are unique only within their source: two spreadsheet exports both number their rows
 * 0..7, and some exports give every record the same id. Downstream stages key papers by id
 * (mentions, entities' papers, graph.json), so after dedupe every paper gets a key of its own.
 * A paper whose id no other paper shares keeps it; the others become "file#id" (and
 * "file#id~2", "~3", ... within one file), and keep the user's id as `sourceId`.
 */
import type { Paper } from "./types";

export interface UniqueIdsResult {
  papers: Paper[];
  /** Papers whose id was shared with another paper, now keyed by their source. */
  renamed: number;
}

/** The file a record came from: its source without the ":line" the line readers add. */
function fileOf(source: string): string {
  return source.replace(/:\d+$/, "");
}

export function uniqueIds(papers: readonly Paper[]): UniqueIdsResult {
  const uses = new Map<string, number>();
  for (const paper of papers) uses.set(paper.id, (uses.get(paper.id) ?? 0) + 1);
  // Every id a paper keeps is taken first, so a renamed key never collides with one.
  const taken = new Set<string>();
  for (const paper of papers) if (uses.get(paper.id) === 1) taken.add(paper.id);
  let renamed = 0;
  const result = papers.map((paper) => {
    if (uses.get(paper.id) === 1) return paper;
    renamed++;
    const base = `${fileOf(paper.source)}#${paper.id}`;
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}~${n}`;
    taken.add(key);
    return { ...paper, id: key, sourceId: paper.id };
  });
  return { papers: result, renamed };
}
