import { describe, expect, it } from "vitest";
import { exactKey, foldKey } from "../src/keys";

describe("keys", () => {
  it.each([
    ["RMs", "RM"],
    ["PRMs", "PRM"],
    ["LLMs", "LLM"],
    ["Qwen-2.5-7B", "Qwen2.5-7B"],
    ["reward models", "reward model"],
  ])("keys: %s folds like %s", (variant, canonical) => {
    expect(foldKey(variant)).toBe(foldKey(canonical));
    expect(exactKey(variant)).toBe(exactKey(canonical));
  });

  it.each([
    ["MAS", "MA"],
    ["RMS", "RM"],
    ["loss", "los"],
    // A lone s after a hyphen or an underscore is a variant's letter.
    ["ViT-S", "ViT"],
    ["YOLOv8-s", "YOLOv8"],
    ["GRPO_S", "GRPO"],
  ])("keys: %s stays apart from %s", (a, b) => {
    expect(foldKey(a)).not.toBe(foldKey(b));
    expect(exactKey(a)).not.toBe(exactKey(b));
  });

  it("keys: a possessive's s folds, apostrophe and all", () => {
    expect(foldKey("GRPO's")).toBe(foldKey("GRPO"));
  });
});
