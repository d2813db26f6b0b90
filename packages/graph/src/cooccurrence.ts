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
}

/**
 * Counts entity pairs that appear in the same paper. `paperEntities` maps a paper to the
 * (already filtered) entity ids it mentions; pair keys are ordered so output is stable.
 */
export function countCooccurrences(paperEntities: Iterable<readonly string[]>): CooccurrenceEdge[] {
  const pairs = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const entities of paperEntities) {
    const unique = [...new Set(entities)].sort();
    for (let i = 0; i < unique.length; i++) {
      const a = unique[i]!;
      for (let j = i + 1; j < unique.length; j++) {
        const key = `${a}\u0000${unique[j]!}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  let linkTotal = 0;
  for (const [key, weight] of pairs) {
    const [a, b] = key.split("\u0000") as [string, string];
    totals.set(a, (totals.get(a) ?? 0) + weight);
    totals.set(b, (totals.get(b) ?? 0) + weight);
    linkTotal += weight;
  }
  const edges: CooccurrenceEdge[] = [];
  for (const [key, weight] of [...pairs].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    const [source, target] = key.split("\u0000") as [string, string];
    const strength = (2 * linkTotal * weight) / ((totals.get(source) ?? 1) * (totals.get(target) ?? 1));
    edges.push({ source, target, weight, strength });
  }
  return edges;
}
