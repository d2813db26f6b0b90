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
  const ids = [...new Set([...paperEntities.values()].flat())].sort();
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const before = new Set<number>();
  const recent = new Map<number, { papers: number; first: number }>();
  for (const [paperId, entities] of paperEntities) {
    const period = timeline.periodOf.get(paperId);
    if (period === undefined) continue;
    const unique = [...new Set(entities.map((e) => indexOf.get(e)!))].sort((a, b) => a - b);
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const key = unique[i]! * ids.length + unique[j]!;
        if (period < recentStart) before.add(key);
        else {
          const seen = recent.get(key);
          if (seen) {
            seen.papers++;
            seen.first = Math.min(seen.first, period);
          } else recent.set(key, { papers: 1, first: period });
        }
      }
    }
  }
  const pairs: EmergingPair[] = [];
  for (const [key, { papers, first }] of recent) {
    if (before.has(key) || papers < MIN_PAIR_PAPERS) continue;
    const source = ids[Math.floor(key / ids.length)]!;
    const target = ids[key % ids.length]!;
    pairs.push({ source, target, source_label: labelOf(source), target_label: labelOf(target), papers, first_seen: timeline.labels[first]! });
  }
  pairs.sort((a, b) => b.papers - a.papers || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1));
  return pairs.slice(0, limit);
}
