export interface CooccurrenceEdge {
  source: string;
  target: string;
  /** Number of papers mentioning both entities. */
  weight: number;
  /**
   * Association strength: c_ij / (s_i * s_j) scaled by the total number of pair links,
   * the similarity VOSviewer uses (van Eck & Waltman 2009, "How to normalize cooccurrence
   * data?", JASIST 60(8), doi:10.1002/asi.21075). It removes the bias of raw counts
   * towards frequent entities, so clusters follow topics rather than popularity.
   */
  strength: number;
  /**
   * Fractional count: each paper shares one unit of link weight per entity among the other
   * entities it mentions (1 / (m - 1) per pair of a paper with m entities), after Perianes-
   * Rodriguez, Waltman & van Eck 2016 ("Constructing bibliometric networks: a comparison
   * between full and fractional counting", J. Informetrics 10(4)). Under the full count a paper
   * that lists many entities of one area weighs as much as many papers.
   */
  fractional: number;
}

/**
 * Counts entity pairs that appear in the same paper. `paperEntities` maps a paper to the
 * (already filtered) entity ids it mentions; edges come out in (source, target) id order, so
 * output is stable. Entities are numbered in sorted id order and a pair is one number (lower
 * number first): a 100,000-paper corpus makes tens of millions of pair increments, and a
 * joined-string key per increment was the map's costliest allocation. Numbering in sorted
 * order keeps the order the joined keys "source\0target" sorted in (no id holds a NUL).
 */
export function countCooccurrences(paperEntities: Iterable<readonly string[]>): CooccurrenceEdge[] {
  const lists = [...paperEntities];
  const ids = sortedDistinct(lists);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  // One map lookup per pair increment: the pair's slot in the two count arrays (full and fractional).
  const slots = new Map<number, number>();
  const weights: number[] = [];
  const fractions: number[] = [];
  for (const entities of lists) {
    const unique = ascendingIndices(entities, indexOf);
    const share = 1 / (unique.length - 1);
    for (let i = 0; i < unique.length; i++) {
      const row = unique[i]! * n;
      for (let j = i + 1; j < unique.length; j++) {
        const key = row + unique[j]!;
        let slot = slots.get(key);
        if (slot === undefined) {
          slot = weights.length;
          slots.set(key, slot);
          weights.push(0);
          fractions.push(0);
        }
        weights[slot]! += 1;
        fractions[slot]! += share;
      }
    }
  }
  const totals = new Float64Array(n);
  let linkTotal = 0;
  for (const [key, slot] of slots) {
    const weight = weights[slot]!;
    totals[Math.floor(key / n)]! += weight;
    totals[key % n]! += weight;
    linkTotal += weight;
  }
  const edges: CooccurrenceEdge[] = [];
  // A typed array sorts numbers without a call per comparison.
  for (const key of Float64Array.from(slots.keys()).sort()) {
    const slot = slots.get(key)!;
    const weight = weights[slot]!;
    const a = Math.floor(key / n);
    const b = key % n;
    const strength = (2 * linkTotal * weight) / (totals[a]! * totals[b]!);
    edges.push({ source: ids[a]!, target: ids[b]!, weight, strength, fractional: fractions[slot]! });
  }
  return edges;
}

/** The distinct ids of `lists`, sorted (one pass, no flattened copy: a million ids at 100,000 papers). */
export function sortedDistinct(lists: Iterable<readonly string[]>): string[] {
  const distinct = new Set<string>();
  for (const list of lists) for (const id of list) distinct.add(id);
  return [...distinct].sort();
}

/**
 * A paper's entities as their numbers in `indexOf`, ascending, each once; with `keep`, only
 * those it marks 1. A paper lists a handful, so they are sorted and their repeats dropped
 * rather than gathered in a set.
 */
export function ascendingIndices(entities: readonly string[], indexOf: ReadonlyMap<string, number>, keep?: Uint8Array): number[] {
  const indices: number[] = [];
  for (const entity of entities) {
    const index = indexOf.get(entity)!;
    if (!keep || keep[index] === 1) indices.push(index);
  }
  indices.sort((a, b) => a - b);
  return indices.filter((index, i) => i === 0 || index !== indices[i - 1]);
}
