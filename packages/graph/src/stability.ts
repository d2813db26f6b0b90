import type { Partition } from "./partition";

/**
 * Adjusted Rand index of two partitions of the same nodes (Hubert & Arabie 1985,
 * "Comparing partitions", doi:10.1007/BF01908075): 1 = identical, about 0 = chance agreement.
 */
export function adjustedRandIndex(a: Partition, b: Partition): number {
  const pair = (n: number) => (n * (n - 1)) / 2;
  // Joint counts keyed by cluster id of `a`, then of `b`: numbers, not "x:y" strings, since the
  // index is computed some 70 times per clustering of a map of 17,000 nodes.
  const joint = new Map<number, Map<number, number>>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  let n = 0;
  for (const [node, x] of a) {
    const y = b.get(node);
    if (y === undefined) continue;
    n++;
    let row = joint.get(x);
    if (!row) joint.set(x, (row = new Map()));
    row.set(y, (row.get(y) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    cols.set(y, (cols.get(y) ?? 0) + 1);
  }
  if (n < 2) return 1;
  // Sums of whole numbers: exact in any order, so the index of (a, b) is exactly that of (b, a).
  let index = 0;
  for (const row of joint.values()) for (const c of row.values()) index += pair(c);
  let sumRows = 0;
  for (const c of rows.values()) sumRows += pair(c);
  let sumCols = 0;
  for (const c of cols.values()) sumCols += pair(c);
  const expected = (sumRows * sumCols) / pair(n);
  const max = (sumRows + sumCols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/**
 * The ARI of every pair of partitions, each pair computed once: aris[i][j] = aris[j][i]
 * (adjustedRandIndex is exactly symmetric); the diagonal is 1.
 */
export function pairwiseAri(partitions: readonly Partition[]): number[][] {
  const aris = partitions.map(() => new Array<number>(partitions.length).fill(1));
  for (let i = 0; i < partitions.length; i++) {
    for (let j = i + 1; j < partitions.length; j++) {
      const ari = adjustedRandIndex(partitions[i]!, partitions[j]!);
      aris[i]![j] = ari;
      aris[j]![i] = ari;
    }
  }
  return aris;
}

/** Mean ARI over every pair of partitions (`aris`: their pairwiseAri, when already computed). */
export function meanPairwiseAri(partitions: readonly Partition[], aris: number[][] = pairwiseAri(partitions)): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < partitions.length; i++) {
    for (let j = i + 1; j < partitions.length; j++) {
      sum += aris[i]![j]!;
      pairs++;
    }
  }
  return pairs === 0 ? 1 : sum / pairs;
}
