import { describe, expect, it } from "vitest";
import { HEAP_BYTES_PER_PAPER, heapAdvice } from "../src/heap-advice";

const GB = 2 ** 30;

describe("heap advice for big corpora (V8's ~4 GB default heap)", () => {
  it.each([
    ["the seed corpus", 194, 4 * GB],
    ["100k papers under the default cap", 100_000, 4 * GB],
    ["1M papers with a raised cap", 1_000_000, 12 * GB],
  ])("no note: %s", (_name, papers, limit) => {
    expect(heapAdvice(papers, limit)).toBeUndefined();
  });

  it.each([
    ["1M papers under the default cap", 1_000_000, 4 * GB],
    ["600k papers under the default cap", 600_000, 4 * GB],
  ])("a note with a heap that fits: %s", (_name, papers, limit) => {
    const note = heapAdvice(papers, limit);
    expect(note).toMatch(/^note: .*NODE_OPTIONS=--max-old-space-size=\d+$/);
    const suggestedMb = Number(/--max-old-space-size=(\d+)/.exec(note!)![1]);
    // The suggested heap holds the estimate, and asking it again gives no note.
    expect(suggestedMb * 2 ** 20).toBeGreaterThanOrEqual(papers * HEAP_BYTES_PER_PAPER);
    expect(heapAdvice(papers, suggestedMb * 2 ** 20)).toBeUndefined();
  });
});
