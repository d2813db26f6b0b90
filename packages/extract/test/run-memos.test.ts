import { describe, expect, it } from "vitest";
import { spellsAcronym } from "../src/acronym-spelling";
import { foldKey } from "../src/keys";
import { memoisedFoldKey, memoisedSpelling } from "../src/run-memos";

describe("memoisedFoldKey", () => {
  it("gives foldKey's key for every text, asked once or again, whatever was asked before", () => {
    const fold = memoisedFoldKey();
    const texts = ["Chain-of-Thoughts", "LLMs", "chain of thought", "LLMs", "Qwen-2.5-7B", "RMs", "Chain-of-Thoughts", "ss", "GRPO"];
    expect(texts.map(fold)).toEqual(texts.map(foldKey));
  });
});

describe("memoisedSpelling", () => {
  it("gives spellsAcronym's answer for every pair, asked once or again, whatever was asked before", () => {
    const spells = memoisedSpelling();
    const pairs: Array<[string, string]> = [
      ["Group Relative Policy Optimization", "GRPO"],
      ["policy optimization", "PPO"],
      ["Group Relative Policy Optimization", "GRPO"],
      // The same long form against another acronym, and the same acronym against another long form.
      ["Group Relative Policy Optimization", "PPO"],
      ["Proximal Policy Optimization", "PPO"],
      ["policy optimization", "PPO"],
      ["supervised fine-tuning", "SFT"],
    ];
    const answers = pairs.map(([longForm, acronym]) => spells(longForm, acronym));
    expect(answers).toEqual(pairs.map(([longForm, acronym]) => spellsAcronym(longForm, acronym)));
    expect(answers).toContain(true);
    expect(answers).toContain(false);
  });
});
