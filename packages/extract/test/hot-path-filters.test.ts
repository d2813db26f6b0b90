// The extractor's hot paths. Cheap tests asked before costly ones may answer "maybe" when the
// answer is no, never "no" when it is yes: these tables pin that, and that they still filter. Loops
// that stand for a pattern or a split must give exactly what it gives: they are compared with it on
// every code unit, or on seeded random texts whose every piece occurs.
import { readFileSync } from "node:fs";
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { createContext } from "../src/context";
import { squash } from "../src/keys";
import { getDefaultLexicon } from "../src/lexicon";
import { isEnglishWord, isEnglishWordOfKind } from "../src/nlp";
import { mayHaveKey } from "../src/key-filter";
import { KEY, NO_NODE, PREFIX, TRIE_ROOT, createKeyTrie, hasMark, walk } from "../src/key-trie";
import { scanTitleCaseTasks } from "../src/scan-cues";
import { measurePhraseMatches } from "../src/scan-phrases";
import { isSpaceCode } from "../src/text";
import { longFormWords, unicodeLongFormWords } from "../src/long-form-spelling";
import { spaceSeparated } from "../src/judge-features";
import { compoundsOf } from "../src/lexicon-context";

describe("the lexicon's key filter and trie", () => {
  const lexicon = getDefaultLexicon();

  it("leads every prefix of the lexicon to a prefix node, and every name's lower-cased key to a key node", () => {
    expect([...lexicon.prefixes].filter((key) => !hasMark(lexicon.trie, walk(lexicon.trie, TRIE_ROOT, key), PREFIX))).toEqual([]);
    const keys = [...lexicon.exact.keys(), ...lexicon.folded.keys(), ...lexicon.camel.keys()].map((key) => key.toLowerCase());
    expect(keys.filter((key) => !hasMark(lexicon.trie, walk(lexicon.trie, TRIE_ROOT, key), KEY))).toEqual([]);
    expect(keys.length).toBeGreaterThan(10_000);
  });

  it("marks no string that is neither", () => {
    const trie = createKeyTrie(["chain", "chainof", "chainofthought"], ["cot"]);
    expect(hasMark(trie, walk(trie, TRIE_ROOT, "chainof"), PREFIX)).toBe(true);
    // A node on the way to a prefix is no prefix itself.
    expect(walk(trie, TRIE_ROOT, "chai")).not.toBe(NO_NODE);
    expect(hasMark(trie, walk(trie, TRIE_ROOT, "chai"), PREFIX)).toBe(false);
    expect(hasMark(trie, walk(trie, TRIE_ROOT, "chainofthought"), KEY)).toBe(false);
    expect(hasMark(trie, walk(trie, TRIE_ROOT, "cot"), KEY)).toBe(true);
    expect(walk(trie, TRIE_ROOT, "chains")).toBe(NO_NODE);
  });

  it("finds a child by its character past the ASCII rows of a node with many children", () => {
    // The root has a row by ASCII code once it has more than eight children; "é" is looked up in its list.
    const words = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "éa", "ωb"];
    const trie = createKeyTrie(words, []);
    expect(words.filter((word) => !hasMark(trie, walk(trie, TRIE_ROOT, word), PREFIX))).toEqual([]);
    expect(walk(trie, TRIE_ROOT, "k")).toBe(NO_NODE);
    expect(walk(trie, TRIE_ROOT, "ü")).toBe(NO_NODE);
  });

  it("lets every name's key through the entry filter", () => {
    const keys = [...lexicon.exact.keys(), ...lexicon.folded.keys()];
    expect(keys.filter((key) => !mayHaveKey(lexicon.entryFilter, key))).toEqual([]);
    expect(keys.length).toBeGreaterThan(10_000);
  });

  it("stops most words that name nothing", () => {
    const words = Array.from({ length: 5000 }, (_, i) => `zq${i.toString(36)}word`);
    expect(words.filter((word) => walk(lexicon.trie, TRIE_ROOT, word) !== NO_NODE)).toEqual([]);
    expect(words.filter((word) => mayHaveKey(lexicon.entryFilter, word)).length).toBeLessThan(words.length * 0.05);
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

describe("character tests that stand for patterns", () => {
  it("isSpaceCode agrees with /\\s/ on every UTF-16 code unit", () => {
    const disagree: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code);
    expect(disagree).toEqual([]);
  });

  it("squash removes what the separators' pattern removes, and keeps the text when there is none", () => {
    const pattern = /[\s\-_.'"’‘“”`´]+/g;
    // Words of letters, digits, every separator, other punctuation and Unicode spaces, mixed at random (seeded).
    const alphabet = ["Qwen", "2", "é", "Σ", "-", "_", ".", "'", '"', "’", "‘", "“", "”", "`", "´", " ", "\t", "\u00a0", "\u2009", "\u3000", "/", "+", "(", "x"];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16) % alphabet.length;
    const texts = Array.from({ length: 3000 }, () => Array.from({ length: 1 + (next() % 9) }, () => alphabet[next()]!).join(""));
    expect(alphabet.filter((piece) => !texts.some((text) => text.includes(piece)))).toEqual([]);
    expect(texts.filter((text) => squash(text) !== text.replace(pattern, ""))).toEqual([]);
    const word = "GRPO";
    expect(squash(word)).toBe(word);
  });

  it("the long-form words of an ASCII text, cut by a loop, are those its patterns cut", () => {
    const pieces = ["LLM", "s", "Self", "-", "AL", "ign", "M", "ent", " ", "  ", "/", "2", "x", "GPT", "(", "of", "A", "b", "Zz", "4o", ".", "\t"];
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16) % pieces.length;
    const texts = Array.from({ length: 3000 }, () => Array.from({ length: 1 + (next() % 12) }, () => pieces[next()]!).join(""));
    expect(pieces.filter((piece) => !texts.some((text) => text.includes(piece)))).toEqual([]);
    expect(texts.filter((text) => JSON.stringify(longFormWords(text)) !== JSON.stringify(unicodeLongFormWords(text)))).toEqual([]);
    expect(longFormWords("Self-ALignMent of LLMs").map((w) => w.letters)).toEqual(["self", "a", "lign", "ment", "of", "ll", "ms"]);
  });

  it("a head's compounds, found from the head, are the matches of the pattern that tries every letter", () => {
    // Letters (one outside the BMP), digits, both separators, the head in two cases and glued to itself.
    const pieces = ["expert", "a", "7", "É", "𝐀", " ", "-", "(", "pruning", "Pruning", "pruning-pruning", ",", "\ud835"];
    let seed = 3;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16) % pieces.length;
    const texts = Array.from({ length: 3000 }, () => Array.from({ length: 1 + (next() % 10) }, () => pieces[next()]!).join(""));
    expect(pieces.filter((piece) => !texts.some((text) => text.includes(piece)))).toEqual([]);
    const byPattern = (text: string) => [...text.matchAll(/([\p{L}\p{N}]+)[- ]pruning/giu)].map((m) => ({ index: m.index, word: m[1], compound: m[0] }));
    expect(texts.filter((text) => JSON.stringify(compoundsOf(text, "pruning")) !== JSON.stringify(byPattern(text)))).toEqual([]);
    expect(texts.filter((text) => compoundsOf(text, "pruning").length > 0).length).toBeGreaterThan(500);
  });

  it("spaceSeparated counts and ends a text's words as split(/\\s+/) does", () => {
    const pieces = ["a", "GRPO", " ", "  ", "\t", "\u00a0", "\u3000", "-", "x y"];
    let seed = 5;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16) % pieces.length;
    const texts = ["", ...Array.from({ length: 2000 }, () => Array.from({ length: 1 + (next() % 7) }, () => pieces[next()]!).join(""))];
    const bySplit = (text: string) => {
      const words = text.split(/\s+/);
      return { count: words.length, first: words[0]!, last: words.at(-1)! };
    };
    expect(texts.filter((text) => JSON.stringify(spaceSeparated(text)) !== JSON.stringify(bySplit(text)))).toEqual([]);
  });
});
