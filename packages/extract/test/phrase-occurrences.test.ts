import { describe, expect, it } from "vitest";
import { phraseSearch } from "../src/phrase-occurrences";
import { escapeRegExp } from "../src/text";

/** The expression the search stands for, as claimRepeatedLongForms wrote it before. */
function byExpression(text: string, phrase: string): Array<{ index: number; length: number }> {
  const written = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}]|-\\p{L})`, "giu");
  return [...text.matchAll(written)].map((match) => ({ index: match.index, length: match[0].length }));
}

describe("phraseSearch", () => {
  it.each([
    ["any case, as words of their own", "Grouped Zorb Sampling (GZS) beats grouped zorb sampling and GROUPED ZORB SAMPLING.", "grouped zorb sampling"],
    ["not inside a longer word or after a hyphen", "subgrouped zorb sampling, pre-grouped zorb sampling, grouped zorb samplings", "grouped zorb sampling"],
    ["a hyphen before a letter after it joins a compound; before a digit or space it does not", "zorb sampling-based, zorb sampling-2, zorb sampling- and", "zorb sampling"],
    ["next to digits", "2zorb and zorb3 and zorb.", "zorb"],
    ["a phrase that overlaps itself is taken left to right", "a a a a", "a a"],
    ["a failed place does not hide one starting inside it", "xa a a", "a a"],
    ["a letter outside the BMP beside it", "𝒜zorb zorb𝒜 zorb", "zorb"],
    ["regex characters in the phrase are literal", "the (k+1)-step method and k+1 step", "(k+1)-step method"],
    ["a long s and a Kelvin sign match s and k as under iu", "ſampling KL and sampling kl", "sampling kl"],
    ["a dotted capital I changes the lower-cased text's length", "İstanbul Zorb and zorb", "zorb"],
    ["a phrase with letters outside ASCII", "Éclair Net and éclair net", "éclair net"],
    ["a phrase that is not written", "nothing here", "zorb"],
  ])("%s", (_kind, text, phrase) => {
    const found = phraseSearch(text)(phrase);
    expect(found).toEqual(byExpression(text, phrase));
  });

  it("finds every case of an ASCII phrase and skips joined words", () => {
    expect(phraseSearch("Zorb zorb-Net ZORB xzorb")("zorb").map((o) => o.index)).toEqual([0, 14]);
  });
});
