/**
 * Matching clusters between two consecutive time slices by the Jaccard index of their members,
 * after Greene, Doyle and Cunningham 2010 ("Tracking the evolution of communities in dynamic
 * social networks", ASONAM, doi:10.1109/ASONAM.2010.17): a pair at or above the threshold
 * (0.3 in their experiments) is a match. A cluster with no match dies, or is born; one
 * matched to several later clusters splits; several matched to one merge.
 */
import type { FlowEvent, FlowEventKind, FlowLink } from "@fieldmap/graph";

export type { FlowEvent, FlowEventKind, FlowLink };

export const DEFAULT_MATCH_THRESHOLD = 0.3;

/** Cluster id -> members; ids are compared in ascending order so the output is stable. */
export type SliceClusters = ReadonlyMap<number, ReadonlySet<string>>;

/** Every pair of clusters sharing a member (what an alluvial chart draws), by ids. */
export function flowLinks(earlier: SliceClusters, later: SliceClusters): FlowLink[] {
  const links: FlowLink[] = [];
  for (const [from, a] of sorted(earlier)) {
    for (const [to, b] of sorted(later)) {
      let shared = 0;
      for (const member of a) if (b.has(member)) shared++;
      if (shared === 0) continue;
      const jaccard = shared / (a.size + b.size - shared);
      links.push({ from, to, shared, jaccard: Math.round(jaccard * 1e4) / 1e4 });
    }
  }
  return links;
}

/** Births, deaths, splits, merges and continuations between two slices. */
export function flowEvents(earlier: SliceClusters, later: SliceClusters, links: readonly FlowLink[], threshold = DEFAULT_MATCH_THRESHOLD): FlowEvent[] {
  const matches = links.filter((l) => l.jaccard >= threshold);
  const forward = groupBy(matches, (l) => l.from, (l) => l.to);
  const backward = groupBy(matches, (l) => l.to, (l) => l.from);
  const events: FlowEvent[] = [];
  for (const [id] of sorted(earlier)) {
    const to = forward.get(id) ?? [];
    if (to.length === 0) events.push({ kind: "death", from: [id], to: [] });
    else if (to.length > 1) events.push({ kind: "split", from: [id], to });
    else if ((backward.get(to[0]!) ?? []).length === 1) events.push({ kind: "continue", from: [id], to });
  }
  for (const [id] of sorted(later)) {
    const from = backward.get(id) ?? [];
    if (from.length === 0) events.push({ kind: "birth", from: [], to: [id] });
    else if (from.length > 1) events.push({ kind: "merge", from, to: [id] });
  }
  return events;
}

function sorted(clusters: SliceClusters): Array<[number, ReadonlySet<string>]> {
  return [...clusters].sort((a, b) => a[0] - b[0]);
}

function groupBy<T>(items: readonly T[], key: (item: T) => number, value: (item: T) => number): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(value(item));
    else groups.set(key(item), [value(item)]);
  }
  for (const list of groups.values()) list.sort((a, b) => a - b);
  return groups;
}
