import { describe, expect, it } from "vitest";
import { seededRng } from "../src";
import type { Partition } from "../src/partition";
import { adjustedRandIndex, meanPairwiseAri, pairwiseAri } from "../src/stability";

function randomPartition(seed: number, nodes: number, clusters: number): Partition {
  const rng = seededRng(seed);
  return new Map(Array.from({ length: nodes }, (_, i) => [`n${i}`, Math.floor(rng() * clusters)] as const));
}

describe("pairwiseAri (each pair of seeds' partitions compared once)", () => {
  const partitions = [1, 2, 3, 4, 5].map((seed) => randomPartition(seed, 300, 3 + seed));

  it("pairwiseAri: every entry is exactly adjustedRandIndex of that ordered pair", () => {
    const aris = pairwiseAri(partitions);
    partitions.forEach((a, i) => partitions.forEach((b, j) => expect(aris[i]![j], `${i},${j}`).toBe(i === j ? 1 : adjustedRandIndex(a, b))));
  });

  it("pairwiseAri: meanPairwiseAri from it equals the mean over pairs", () => {
    let sum = 0;
    for (let i = 0; i < partitions.length; i++) for (let j = i + 1; j < partitions.length; j++) sum += adjustedRandIndex(partitions[i]!, partitions[j]!);
    expect(meanPairwiseAri(partitions, pairwiseAri(partitions))).toBe(sum / 10);
  });
});
