import { describe, expect, it } from "vitest";
import { memoisedFoldKey } from "../src/fold-memo";
import { foldKey } from "../src/keys";

describe("memoisedFoldKey", () => {
  it("gives foldKey's key for every text, asked once or again, whatever was asked before", () => {
    const fold = memoisedFoldKey();
    const texts = ["Chain-of-Thoughts", "LLMs", "chain of thought", "LLMs", "Qwen-2.5-7B", "RMs", "Chain-of-Thoughts", "ss", "GRPO"];
    expect(texts.map(fold)).toEqual(texts.map(foldKey));
  });
});
