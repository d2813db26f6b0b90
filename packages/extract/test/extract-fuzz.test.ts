import { describe, expect, it } from "vitest";
import { extract, normaliseCorpus, paperText } from "../src/index";
import { mixedText } from "./helpers";

// Fragments of real abstracts and the odd characters exports carry, mixed into damaged text.
const PIECES = [
  "We propose ", "GRPO", "Group Relative Policy Optimization (GRPO)", " on GSM8K and MATH-500", "Qwen2.5-VL-7B", "(", ")", "[", "]",
  ", ", ". ", "e.g.", " pass@k", "*", "+", "-", "/", "—", "“", "”", "'s", "\n", "\t", "  ", "π0", "ρ = 0.86", "2.1T-token", "SE(3)",
  "https://example.org/x", "α", "日本語", "😀", "\u0000", "(((", ")))", "a", "A", "1", "7B", "X-", "-Y", "we introduce X, a novel framework",
];

describe("extract fuzz", () => {
  it("fuzz: damaged text never throws, and every mention points at its own text", () => {
    for (let i = 0; i < 300; i++) {
      const paper = { id: `p${i}`, title: mixedText(PIECES, i + 7, 8), abstract: mixedText(PIECES, i + 1007, 60), source: "fuzz" };
      const text = paperText(paper);
      const mentions = extract(paper);
      for (const m of mentions) {
        expect(text.slice(m.start, m.end), `iteration ${i}`).toBe(m.surface);
        expect(m.sentence.includes(m.surface), `iteration ${i}`).toBe(true);
      }
      expect(() => normaliseCorpus(mentions)).not.toThrow();
    }
  });
});
