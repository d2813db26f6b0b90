/**
 * Dedupe by DOI, then arXiv id (versions already folded by the readers), then normalised
 * title. The first occurrence fixes the id and the order; the merged record keeps the
 * richest value of each field and lists every source.
 */
import { normaliseTitle } from "./ids";
import type { Paper } from "./types";

export type DuplicateKey = "doi" | "arxiv" | "title";

export interface DuplicateRecord {
  /** Id of the record it was merged into. */
  keptId: string;
  source: string;
  matchedBy: DuplicateKey;
}

export interface DedupeResult {
  papers: Paper[];
  duplicates: DuplicateRecord[];
}

function longer<T extends { length: number }>(a: T | undefined, b: T | undefined): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b.length > a.length ? b : a;
}

function larger(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.max(a, b);
}

function union(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a && !b) return undefined;
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

/** Field by field: the first non-empty value, except where "more" is richer (longer abstract, more authors). */
export function mergePapers(kept: Paper, other: Paper): Paper {
  const merged: Paper = { ...other, ...stripUndefined(kept) };
  merged.abstract = longer(kept.abstract, other.abstract) ?? "";
  const authors = longer(kept.authors, other.authors);
  if (authors) merged.authors = authors;
  const hints = union(kept.hints, other.hints);
  if (hints) merged.hints = hints;
  const authorCount = larger(kept.authorCount, other.authorCount);
  if (authorCount !== undefined) merged.authorCount = authorCount;
  const upvotes = larger(kept.upvotes, other.upvotes);
  if (upvotes !== undefined) merged.upvotes = upvotes;
  // A paper's own date beats the day a listing showed it (date_source "listing").
  const betterDate = other.date !== undefined && (!kept.date || (kept.date_source === "listing" && other.date_source === "record"));
  if (betterDate) {
    merged.date = other.date;
    if (other.date_source) merged.date_source = other.date_source;
    if (other.year !== undefined) merged.year = other.year;
  }
  merged.sources = union(kept.sources ?? [kept.source], other.sources ?? [other.source]);
  return merged;
}

function stripUndefined(paper: Paper): Partial<Paper> {
  return Object.fromEntries(Object.entries(paper).filter(([, v]) => v !== undefined && v !== "")) as Partial<Paper>;
}

/** Two different DOIs mean two different works even when the titles agree ("Introduction"). */
function conflicting(a: Paper, b: Paper): boolean {
  return (a.doi !== undefined && b.doi !== undefined && a.doi !== b.doi) ||
    (a.arxivId !== undefined && b.arxivId !== undefined && a.arxivId !== b.arxivId);
}

export function dedupePapers(papers: readonly Paper[]): DedupeResult {
  const kept: Paper[] = [];
  const duplicates: DuplicateRecord[] = [];
  const index = { doi: new Map<string, number>(), arxiv: new Map<string, number>(), title: new Map<string, number>() };
  // `title`: the paper's normalised title when the caller has it already.
  const register = (paper: Paper, at: number, title = normaliseTitle(paper.title)) => {
    if (paper.doi && !index.doi.has(paper.doi)) index.doi.set(paper.doi, at);
    if (paper.arxivId && !index.arxiv.has(paper.arxivId)) index.arxiv.set(paper.arxivId, at);
    if (title && !index.title.has(title)) index.title.set(title, at);
  };
  for (const paper of papers) {
    const byDoi = paper.doi ? index.doi.get(paper.doi) : undefined;
    const byArxiv = paper.arxivId ? index.arxiv.get(paper.arxivId) : undefined;
    const title = normaliseTitle(paper.title);
    const byTitleAt = index.title.get(title);
    const byTitle = byTitleAt !== undefined && !conflicting(kept[byTitleAt]!, paper) ? byTitleAt : undefined;
    const match: [number, DuplicateKey] | undefined =
      byDoi !== undefined ? [byDoi, "doi"] : byArxiv !== undefined ? [byArxiv, "arxiv"] : byTitle !== undefined ? [byTitle, "title"] : undefined;
    if (match === undefined) {
      kept.push(paper);
      register(paper, kept.length - 1, title);
      continue;
    }
    const [at, matchedBy] = match;
    const merged = mergePapers(kept[at]!, paper);
    kept[at] = merged;
    register(merged, at);
    duplicates.push({ keptId: merged.id, source: paper.source, matchedBy });
  }
  return { papers: kept, duplicates };
}
