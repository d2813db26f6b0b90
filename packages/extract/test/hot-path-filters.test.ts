// Cheap tests asked before costly ones on the extractor's hot paths. Each may answer "maybe" when
// the answer is no, never "no" when it is yes: these tables pin that, and that they still filter.
import { readFileSync } from "node:fs";
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { createContext } from "../src/context";
import { dropPlural } from "../src/keys";
import { getDefaultLexicon } from "../src/lexicon";
import { isEnglishWord, isEnglishWordOfKind } from "../src/nlp";
import { createKeyFilter, mayHaveKey, mayHaveKeyOrSingular } from "../src/key-filter";
import { scanTitleCaseTasks } from "../src/scan-cues";
import { measurePhraseMatches } from "../src/scan-phrases";

describe("the lexicon's key filters", () => {
  const lexicon = getDefaultLexicon();

  it("lets every prefix of the lexicon through, and its plural", () => {
    // The plural of a key the scan's dropPlural gives back ("losss" keeps its "ss").
    const plural = (key: string) => dropPlural(`${key}s`) === key;
    const missed = [...lexicon.prefixes].filter((key) => !mayHaveKeyOrSingular(lexicon.prefixFilter, key) || (plural(key) && !mayHaveKeyOrSingular(lexicon.prefixFilter, `${key}s`)));
    expect(missed).toEqual([]);
  });

  it("lets every name's key through the entry filter", () => {
    const keys = [...lexicon.exact.keys(), ...lexicon.folded.keys()];
    expect(keys.filter((key) => !mayHaveKey(lexicon.entryFilter, key))).toEqual([]);
    expect(keys.length).toBeGreaterThan(10_000);
  });

  it("stops most words that are no prefix", () => {
    const words = Array.from({ length: 5000 }, (_, i) => `zq${i.toString(36)}word`);
    expect(words.filter((word) => mayHaveKeyOrSingular(lexicon.prefixFilter, word)).length).toBeLessThan(words.length * 0.05);
    expect(words.filter((word) => mayHaveKey(lexicon.entryFilter, word)).length).toBeLessThan(words.length * 0.05);
  });

  it("lets a plural through only by a singular that drops its s", () => {
    const filter = createKeyFilter(["grpo", "class"]);
    expect(mayHaveKeyOrSingular(filter, "grpos")).toBe(true);
    // keys.ts dropPlural keeps "-ss" words and words of three letters or fewer.
    expect(mayHaveKeyOrSingular(filter, "classs")).toBe(false);
  });
});

describe("words of a kind in compromise's lexicon", () => {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  const words = Object.keys(lexicon).filter((_, i) => i % 50 === 0);

  it.each([/./, /^Infinitive$/, /^Adverb$/, /^(?:Singular|Uncountable)$/])("agree with the tags for %s, names left out", (kind) => {
    const tagged = (word: string) => !/Name|Place|Country|City|Region|Organization|Acronym/.test(String(lexicon[word])) && kind.test(String(lexicon[word]));
    expect(words.filter((word) => isEnglishWordOfKind(word, kind))).toEqual(words.filter(tagged));
  });

  it.each([
    ["apply", true],
    ["only", true],
    ["london", false],
    ["grpo", false],
  ])("isEnglishWord(%s) is %s", (word, english) => expect(isEnglishWord(word)).toBe(english));
});

describe("title-case tasks, found after a capitalised head", () => {
  it.each([
    ["weak heads, listed (heldout-l, tuned)", "Leveraging our dataset, we develop RoboFAC model, which is capable of Task Understanding, Failure Analysis and Failure Correction.", ["task understanding", "failure analysis"]],
    // Shortened: "analysis" is the one weak head the task list lacks.
    ["a weak head alone (heldout-l, tuned)", "Leveraging our dataset, we develop RoboFAC model, which is capable of Failure Analysis and Failure Correction.", ["failure analysis"]],
    ["a head of the task list (heldout-y, tuned)", "In this paper, we propose a Debunk-and-Infer framework for Fake News Detection(DIFND) that leverages debunking knowledge.", ["fake news detection"]],
    ["no capitalised head", "We study fake news detection with Large Language Models.", []],
  ])("%s", (_rule, sentence, tasks) => {
    const ctx = createContext(sentence, 0, getDefaultLexicon());
    scanTitleCaseTasks(ctx);
    expect(ctx.candidates.map((c) => [c.canonical, c.type])).toEqual(tasks.map((task) => [task, "task"]));
  });
});

describe("measure phrases, looked for from the heads", () => {
  // The pattern as scanMeasures ran it over the whole text.
  const WHOLE = /\b((?:[a-z][a-z-]{2,}\s+){1,2}(?:error|rate|accuracy|score|distance|ratio|time|usage|footprint|consumption|coefficient|correlation|similarity))\b/g;
  const found = (text: string) => [...measurePhraseMatches(text)].map((m) => [m.index, m[0]]);
  const whole = (text: string) => [...text.matchAll(WHOLE)].map((m) => [m.index, m[0]]);

  it.each([
    ["a head that is also a word of the phrase", "we cut the bit error rate and the error rate"],
    ["a hyphen inside and before the words", "a low-error rate, x-ray error-prone time"],
    ["spaces of every kind", "mean\u00a0absolute  error\n and word error\trate"],
    ["a capital stops the words", "Top-k Error rate and MEAN error"],
    ["no word before the head", "(error) 3 rate ... time"],
    ["heads in a row", "error rate time score ratio usage"],
    ["a head inside a longer word", "runtime errors, timestamps and rated scores"],
  ])("the same matches as the whole pattern: %s", (_case, text) => {
    expect(found(text)).toEqual(whole(text));
  });

  it("the same matches as the whole pattern on the dev abstracts", () => {
    const lines = readFileSync(new URL("../../../data/gold/dev.jsonl", import.meta.url), "utf8").split("\n").filter((l) => l.trim());
    const texts = lines.map((line) => JSON.parse(line) as { title: string; abstract: string }).map((r) => `${r.title}\n\n${r.abstract}`);
    expect(texts.flatMap(found)).toEqual(texts.flatMap(whole));
    expect(texts.flatMap(whole).length).toBeGreaterThan(20);
  });
});
