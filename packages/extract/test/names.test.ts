import { describe, expect, it } from "vitest";
import { getDefaultLexicon } from "../src/lexicon";
import { parseModelName } from "../src/models";
import { isNameShaped, isTitleCompound } from "../src/names";

describe("name shape", () => {
  it.each([
    ["PuzzleBen", true], ["GSM8K", true], ["Qwen2.5-VL-7B", true], ["ReST-MCTS*", true], ["REINFORCE++", true], ["Pass@k", true], ["DPO", true],
    ["longest6", true], ["13K", false], ["72B", false], ["3D", false], ["ii", false], ["Reinforcement", false], ["8-GPU", false],
  ])("name shape: %s -> %s", (word, expected) => {
    expect(isNameShaped(word)).toBe(expected);
  });

  it.each([["Multi-Task", true], ["Self-Improving", true], ["Video-to-Audio", true], ["GUI-RC", false], ["SSR-Zero", false]])(
    "title compound: %s -> %s",
    (word, expected) => expect(isTitleCompound(word)).toBe(expected),
  );
});

describe("model checkpoints", () => {
  const lexicon = getDefaultLexicon();
  it.each([
    ["Qwen-2.5-7B", "Qwen2.5-7B", "Qwen2.5"],
    ["Qwen2.5-VL-3B-Instruct", "Qwen2.5-VL-3B-Instruct", "Qwen2.5-VL"],
    ["gemma-2-9b-it", "Gemma-2-9B-it", "Gemma-2"],
    ["Llama3-8B", "Llama-3-8B", "Llama-3"],
    ["Qwen2.5-Math-7B Base", "Qwen2.5-Math-7B", "Qwen2.5-Math"],
    ["Qwen2.5-7B Instruct", "Qwen2.5-7B-Instruct", "Qwen2.5"],
    ["DeepSeek-R1-Distill-Qwen-1.5B", "DeepSeek-R1-Distill-Qwen-1.5B", "DeepSeek-R1-Distill-Qwen"],
    ["SSR-Zero-7B", "SSR-Zero-7B", "SSR-Zero"],
  ])("model checkpoint: %s -> %s (family %s)", (surface, name, family) => {
    expect(parseModelName(surface, lexicon)).toMatchObject({ name, family });
  });

  it("model checkpoint: a name with neither family nor size is not a model", () => {
    expect(parseModelName("MedVidBench", lexicon)).toBeUndefined();
  });
});
