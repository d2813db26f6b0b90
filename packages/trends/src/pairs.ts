import { ascendingIndices, sortedDistinct } from "@fieldmap/graph";
import type { Timeline } from "./timeline";

/** Two entities that first appear together in the recent periods. */
export interface EmergingPair {
  source: string;
  target: string;
  source_label: string;
  target_label: string;
  /** Papers in the recent window that mention both. */
  papers: number;
  /** Period of their first paper together. */
  first_seen: string;
}

/** A single paper naming two things together is an accident; two are a start. */
export const MIN_PAIR_PAPERS = 2;

/**
 * Entity pairs never mentioned together before the recent window and together in at least
 * MIN_PAIR_PAPERS of its papers (GRPO with a new task), most papers first.
 */
export function emergingPairs(
  paperEntities: ReadonlyMap<string, readonly string[]>,
  timeline: Timeline,
  recentStart: number,
  labelOf: (id: string) => string,
  limit: number,
): EmergingPair[] {
  // Entities as numbers in sorted-id order, and a pair as one number (lower index first): a
  // corpus of 100,000 papers makes millions of pairs, too many to key by joined strings.
  const ids = sortedDistinct(paperEntities.values());
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  // The recent window's pairs first. Only those in MIN_PAIR_PAPERS of its papers can be
  // emerging, so an earlier paper is then read for the entities of those alone, and strikes
  // out the pairs it already wrote (an earlier paper's pairs, millions at 100,000 papers, are
  // never all made).
  const recent = new Map<number, { papers: number; first: number; before: boolean }>();
  const earlier: (readonly string[])[] = [];
  for (const [paperId, entities] of paperEntities) {
    const period = timeline.periodOf.get(paperId);
    if (period === undefined) continue;
    if (period < recentStart) {
      earlier.push(entities);
      continue;
    }
    forEachPair(ascendingIndices(entities, indexOf), ids.length, (key) => {
      const seen = recent.get(key);
      if (seen) {
        seen.papers++;
        seen.first = Math.min(seen.first, period);
      } else recent.set(key, { papers: 1, first: period, before: false });
    });
  }
  const inCandidates = new Uint8Array(ids.length);
  for (const [key, { papers }] of recent) {
    if (papers < MIN_PAIR_PAPERS) continue;
    inCandidates[Math.floor(key / ids.length)] = 1;
    inCandidates[key % ids.length] = 1;
  }
  for (const entities of earlier) {
    forEachPair(ascendingIndices(entities, indexOf, inCandidates), ids.length, (key) => {
      const seen = recent.get(key);
      if (seen) seen.before = true;
    });
  }
  const pairs: EmergingPair[] = [];
  for (const [key, { papers, first, before }] of recent) {
    if (before || papers < MIN_PAIR_PAPERS) continue;
    const source = ids[Math.floor(key / ids.length)]!;
    const target = ids[key % ids.length]!;
    pairs.push({ source, target, source_label: labelOf(source), target_label: labelOf(target), papers, first_seen: timeline.labels[first]! });
  }
  pairs.sort((a, b) => b.papers - a.papers || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1));
  return pairs.slice(0, limit);
}

/** Each pair of `sorted` (entity indices, ascending) as one number, the lower index first. */
function forEachPair(sorted: readonly number[], count: number, visit: (key: number) => void): void {
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) visit(sorted[i]! * count + sorted[j]!);
  }
}
