import { describe, expect, it } from "vitest";
import { detectBursts } from "../src/index";

const flat = (n: number, value: number) => new Array<number>(n).fill(value);

describe("detectBursts (Kleinberg two-state, s=2, gamma=1)", () => {
  it("flat: a constant share has no burst", () => {
    expect(detectBursts(flat(12, 5), flat(12, 100))).toEqual([]);
  });

  it("step: a share that doubles and stays there bursts from the step to the end", () => {
    const relevant = [...flat(6, 2), ...flat(6, 12)];
    const bursts = detectBursts(relevant, flat(12, 100));
    expect(bursts).toHaveLength(1);
    expect(bursts[0]).toMatchObject({ start: 6, end: 11 });
    expect(bursts[0]!.weight).toBeGreaterThan(0);
  });

  it("pulse: a burst in the middle starts and ends with it", () => {
    const relevant = [...flat(5, 2), ...flat(3, 15), ...flat(5, 2)];
    expect(detectBursts(relevant, flat(13, 100)).map((b) => [b.start, b.end])).toEqual([[5, 7]]);
  });

  it("normalisation: counts that grow with the corpus at a constant share are no burst", () => {
    const totals = [50, 100, 200, 400, 800, 1600, 3200, 6400];
    expect(detectBursts(totals.map((d) => d / 50), totals)).toEqual([]);
  });

  it("normalisation: a count that stays put while the corpus grows bursts early, not late", () => {
    const totals = [50, 100, 200, 400, 800, 1600, 3200, 6400];
    const bursts = detectBursts(flat(8, 20), totals);
    expect(bursts.length).toBeGreaterThan(0);
    expect(bursts.every((b) => b.end < 7)).toBe(true);
    expect(bursts[0]!.start).toBe(0);
  });

  it("empty periods carry no evidence and no entity means no burst", () => {
    expect(detectBursts(flat(6, 0), flat(6, 100))).toEqual([]);
    const withGap = detectBursts([2, 0, 2, 2, 12, 12], [100, 0, 100, 100, 100, 100]);
    expect(withGap.map((b) => [b.start, b.end])).toEqual([[4, 5]]);
  });

  it("one noisy period is no burst: entering a burst costs gamma ln(n)", () => {
    const relevant = [...flat(6, 5), 11, ...flat(5, 5)];
    expect(detectBursts(relevant, flat(12, 100))).toEqual([]);
  });

  it("a stronger step gives a heavier burst", () => {
    const weight = (high: number) => detectBursts([...flat(6, 2), ...flat(6, high)], flat(12, 100))[0]!.weight;
    expect(weight(20)).toBeGreaterThan(weight(10));
  });
});
