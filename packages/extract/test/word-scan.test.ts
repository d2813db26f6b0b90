// The tokenizer reads words by a character loop; WORD_PATTERN says what a word is. Both must
// find the same words, on names and on damaged text (non-ASCII letters outside the BMP, lone
// surrogates, stray separators, patch sizes).
import { describe, expect, it } from "vitest";
import { WORD_PATTERN, nextWordStart, wordEnd } from "../src/word-scan";
import { mixedText } from "./helpers";

function scannedWords(text: string): [number, number][] {
  const words: [number, number][] = [];
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    const end = wordEnd(text, start);
    words.push([start, end]);
    start = nextWordStart(text, end);
  }
  return words;
}

function patternWords(text: string): [number, number][] {
  return [...text.matchAll(WORD_PATTERN)].map((m) => [m.index, m.index + m[0].length]);
}

const PIECES = ["a", "Z", "é", "Σ", "𝒳", "𝟙", "٣", "7", "-", ".", "/", "@", "+", "*", "–", " ", "\n", "(", ")", "B/16", "-L/14", "/123", "\uD835", "\uDC00", "ǅ", "²", "_", "’", "^"];

describe("word scan", () => {
  it.each([
    ["Qwen2.5-VL-7B and GPT-4o", ["Qwen2.5-VL-7B", "and", "GPT-4o"]],
    ["REINFORCE++ beats ReST-MCTS*.", ["REINFORCE++", "beats", "ReST-MCTS*"]],
    ["CLIP ViT-L/14, ViT-B/16 and ViT-B/160", ["CLIP", "ViT-L/14", "ViT-B/16", "and", "ViT-B", "160"]],
    ["Pass@k on e.g. GSM8K...", ["Pass@k", "on", "e.g", "GSM8K"]],
    ["pass^k, T^2 and x^ y", ["pass^k", "T", "2", "and", "x", "y"]],
    ["the 𝒳-B/16 of 𝒳-𝒳/16", ["the", "𝒳-B/16", "of", "𝒳-𝒳/16"]],
    ["SafeMTData_1K, HH_RLHF, F_1, x_t and a_bc_", ["SafeMTData_1K", "HH_RLHF", "F", "1", "x", "t", "and", "a", "bc"]],
  ])("words: %s", (text, words) => {
    expect(scannedWords(text).map(([s, e]) => text.slice(s, e))).toEqual(words);
  });

  it("fuzz: the loop finds the pattern's words in damaged text", () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const text = mixedText(PIECES, seed, 30);
      expect(scannedWords(text), `seed ${seed}: ${JSON.stringify(text)}`).toEqual(patternWords(text));
    }
  });
});
