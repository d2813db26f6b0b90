// The hot paths read characters where a pattern used to: these tables pin what the patterns
// said, on the cases a character loop can get wrong (non-ASCII words, windows, separators).
import { describe, expect, it } from "vitest";
import { opensSentence } from "../src/chunk";
import { isContentWord } from "../src/word-classes";
import { createContext, joinable } from "../src/context";
import { squash } from "../src/keys";
import { getDefaultLexicon } from "../src/lexicon";
import { isNameShaped } from "../src/names";
import { proposalRanges } from "../src/proposed";
import { tokenize } from "../src/text";

/** The context of a text, and the index of the token spelled `word` (the first one). */
function tokenOf(text: string, word: string) {
  const ctx = createContext(text, 0, getDefaultLexicon());
  const index = ctx.tokens.findIndex((t) => t.text === word);
  if (index < 0) throw new Error(`no token ${word}`);
  return { ctx, index };
}

describe("hot paths", () => {
  it.each([
    ["GSM8K", "GSM8K"],
    ["Qwen-2.5-7B", "Qwen257B"],
    ["chain of thought", "chainofthought"],
    ["Écrire-Ça", "ÉcrireÇa"],
    ["don’t", "dont"],
    ["x_y", "xy"],
  ])("squash: %s -> %s", (text, squashed) => expect(squash(text)).toBe(squashed));

  it.each([
    ["the first word of the text", "Opening words here.", "Opening", true],
    ["after a blank line", "A title\n\nThe abstract.", "The", true],
    ["after a full stop", "It works. Results follow.", "Results", true],
    ["after a colon", "Two parts: results follow.", "results", true],
    ["after a question mark and two spaces", "Why?  Because.", "Because", true],
    ["mid-sentence", "It works well.", "works", false],
    ["after a comma", "It works, mostly.", "mostly", false],
    // The rule looks three characters back: a full stop three spaces away is out of sight.
    ["a full stop three spaces back", "It works.   Results follow.", "Results", false],
    ["after a semicolon", "It works;  results follow.", "results", false],
  ])("opensSentence: %s", (_case, text, word, expected) => {
    const { ctx, index } = tokenOf(text, word);
    expect(opensSentence(ctx, index)).toBe(expected);
  });

  it.each([
    ["a space", "policy optimization", true],
    ["a space and a hyphen", "policy -optimization", true],
    ["a spaced hyphen", "policy - optimization", false],
    ["an apostrophe", "Bellman's equation", true],
    ["a curly apostrophe", "Bellman’s equation", true],
    ["three spaces", "policy   optimization", false],
    ["a line break", "policy\noptimization", false],
    ["a comma", "policy, optimization", false],
  ])("joinable: tokens separated by %s", (_case, text, expected) => {
    const { ctx, index } = tokenOf(text, text.startsWith("Bellman") ? "Bellman" : "policy");
    expect(joinable(ctx, index, index + 1)).toBe(expected);
  });

  it.each([
    ["réseau", false],
    ["Über", false],
    ["Ωmega", false],
    ["long-context", false],
    ["Recent", false],
    ["A", false],
    ["GPT", true],
    ["longest6", true],
    ["ÜberNet", true],
    ["Self-Play", true],
  ])("isNameShaped: %s -> %s", (word, expected) => expect(isNameShaped(word)).toBe(expected));

  it.each([
    ["reward", false, true],
    ["x1-2", false, true],
    ["Reward", true, true],
    ["Reward", false, false],
    ["über", false, false],
    ["the", false, false],
    ["quickly", false, false],
    ["state-of-the-art", false, false],
    ["a", false, false],
  ])("isContentWord: %s (sentence start: %s) -> %s", (word, sentenceStart, expected) => expect(isContentWord(word, sentenceStart)).toBe(expected));

  it.each([
    ["GRPO-Based models", ["GRPO", "Based", "models"]],
    ["an RL-improved policy", ["an", "RL", "improved", "policy"]],
    ["long-context-aware", ["long-context", "aware"]],
    ["Self-Supervised state-of-the-art", ["Self-Supervised", "state-of-the-art"]],
  ])("tokenize: %s", (text, words) => expect(tokenize(text).map((t) => t.text)).toEqual(words));

  it("proposalRanges: found once per paper, every rule reads the same ranges", () => {
    const ctx = createContext("A title\n\nWe propose FooNet, a method. It works.", 7, getDefaultLexicon());
    const ranges = proposalRanges(ctx);
    expect(ranges).toHaveLength(1);
    expect(proposalRanges(ctx)).toBe(ranges);
  });
});
