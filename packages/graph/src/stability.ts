import type { Partition } from "./partition";

/**
 * Adjusted Rand index of two partitions of the same nodes (Hubert & Arabie 1985,
 * "Comparing partitions", doi:10.1007/BF01908075): 1 = identical, about 0 = chance agreement.
 */
export function adjustedRandIndex(a: Partition, b: Partition): number {
  const pair = (n: number) => (n * (n - 1)) / 2;
  const joint = new Map<string, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  let n = 0;
  for (const [node, x] of a) {
    const y = b.get(node);
    if (y === undefined) continue;
    n++;
    const key = `${x}:${y}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    cols.set(y, (cols.get(y) ?? 0) + 1);
  }
  if (n < 2) return 1;
  let index = 0;
  for (const c of joint.values()) index += pair(c);
  let sumRows = 0;
  for (const c of rows.values()) sumRows += pair(c);
  let sumCols = 0;
  for (const c of cols.values()) sumCols += pair(c);
  const expected = (sumRows * sumCols) / pair(n);
  const max = (sumRows + sumCols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/** Mean ARI over every pair of partitions. */
export function meanPairwiseAri(partitions: readonly Partition[]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < partitions.length; i++) {
    for (let j = i + 1; j < partitions.length; j++) {
      sum += adjustedRandIndex(partitions[i]!, partitions[j]!);
      pairs++;
    }
  }
  return pairs === 0 ? 1 : sum / pairs;
}
