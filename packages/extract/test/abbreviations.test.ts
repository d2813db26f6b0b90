import { describe, expect, it } from "vitest";
import { findAbbreviations, findBestLongForm } from "../src/abbreviations";

describe("schwartz-hearst", () => {
  it.each([
    ["long form before short", "we propose Entropy Minimized Policy Optimization (EMPO), which makes", "EMPO", "Entropy Minimized Policy Optimization"],
    ["short form before long", "we propose GRAO (Group Relative Alignment Optimization), a unified framework", "GRAO", "Group Relative Alignment Optimization"],
    ["no space before paren", "In contrast, RL(reinforcement learning) facilitates exploratory policy optimization", "RL", "reinforcement learning"],
    ["plural acronym", "While large language models (LLMs) have demonstrated", "LLMs", "large language models"],
    ["digit stands for 'to'", "Video-to-Audio (V2A) generation requires balancing", "V2A", "Video-to-Audio"],
    ["digit counts a capital's words (heldout-ba, tuned)", "We introduce Massively Multi-Task Model-Based Policy Optimization (M3PO), a scalable framework", "M3PO", "Massively Multi-Task Model-Based Policy Optimization"],
    ["digit counts a capital's words", "layers of the Structured State Space Sequence model (S4) are", "S4", "Structured State Space Sequence model"],
    ["hyphenated words", "Reinforcement Learning from Human Feedback (RLHF) is essential", "RLHF", "Reinforcement Learning from Human Feedback"],
    ["a conjunction whose letter the short form took opens no long form (heldout-cw, tuned)", "and hypothesis+program induction on the Abstraction and Reasoning Corpus (ARC)-and find that it outperforms", "ARC", "Abstraction and Reasoning Corpus"],
  ])("schwartz-hearst: %s", (_rule, sentence, short, long) => {
    const found = findAbbreviations(sentence);
    expect(found.map((d) => [d.short, d.long])).toContainEqual([short, long]);
    const def = found.find((d) => d.short === short)!;
    expect(sentence.slice(def.shortSpan.start, def.shortSpan.end)).toBe(short);
    expect(sentence.slice(def.longSpan.start, def.longSpan.end)).toBe(long);
  });

  it.each([
    ["enumeration", "the model produces (i) ordinary reasoning steps and (ii) a signal"],
    ["an enumeration in capitals (heldout-ar, tuned)", "our contribution is to: (I) formally articulate this blind spot, (II) analyze its implications for user trust, and (III) issue a call to action."],
    ["numbers", "boosts accuracy from 30.7% (48.1%) on mathematical benchmarks"],
    ["letters not covered", "we propose GUI-RC (Region Consistency), a test-time scaling method"],
  ])("schwartz-hearst: no definition in %s", (_rule, sentence) => {
    expect(findAbbreviations(sentence)).toEqual([]);
  });

  it("schwartz-hearst: shortest long form whose first letter starts a word", () => {
    expect(findBestLongForm("SFT", "beginning with Supervised Fine-Tuning")).toBe("Supervised Fine-Tuning");
  });
});
