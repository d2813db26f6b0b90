import { communityColor } from "./colors";
import type { CommunityResult } from "./communities";
import type { CommunityInfo } from "./types";

/**
 * An update keeps the previous map's cluster numbers, hence its colours: Louvain on a slightly
 * changed map can rank two clusters of similar size the other way round, which would swap
 * their colours on a map the reader already knows. Each new top-level cluster takes the number
 * of the previous cluster it shares most nodes with (largest overlaps first, each number once);
 * the others take the numbers left, in size order. Sub-clusters are renumbered in that order.
 */
export function alignCommunities(result: CommunityResult, previous: ReadonlyMap<string, number>): CommunityResult {
  const newIdOf = matchClusters(result, previous);
  const byNewId = [...result.communities].sort((a, b) => newIdOf.get(a.id)! - newIdOf.get(b.id)!);
  const subIdOf = new Map<number, number>();
  const communities = byNewId.map((community): CommunityInfo => {
    const id = newIdOf.get(community.id)!;
    const color = communityColor(id);
    const subcommunities = community.subcommunities.map((sub) => {
      subIdOf.set(sub.id, subIdOf.size);
      return { ...sub, id: subIdOf.get(sub.id)!, parent: id, color };
    });
    return { ...community, id, color, subcommunities };
  });
  const remap = (assignment: Map<string, number>, ids: Map<number, number>) => new Map([...assignment].map(([node, old]) => [node, ids.get(old)!]));
  return { ...result, communities, assignment: remap(result.assignment, newIdOf), subAssignment: remap(result.subAssignment, subIdOf) };
}

/** New cluster id -> aligned id (0 .. k-1). */
function matchClusters(result: CommunityResult, previous: ReadonlyMap<string, number>): Map<number, number> {
  const k = result.communities.length;
  const overlap = new Map<string, { now: number; before: number; count: number }>();
  for (const [node, now] of result.assignment) {
    const before = previous.get(node);
    // A previous number past the new count cannot be kept (ids stay 0 .. k-1).
    if (before === undefined || before >= k) continue;
    const key = `${now}:${before}`;
    const entry = overlap.get(key) ?? { now, before, count: 0 };
    entry.count++;
    overlap.set(key, entry);
  }
  const pairs = [...overlap.values()].sort((a, b) => b.count - a.count || a.now - b.now || a.before - b.before);
  const newIdOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const { now, before } of pairs) {
    if (newIdOf.has(now) || taken.has(before)) continue;
    newIdOf.set(now, before);
    taken.add(before);
  }
  const free = Array.from({ length: k }, (_, id) => id).filter((id) => !taken.has(id));
  // result.communities is in size order, so unmatched clusters take the free numbers largest first.
  for (const community of result.communities) if (!newIdOf.has(community.id)) newIdOf.set(community.id, free.shift()!);
  return newIdOf;
}
