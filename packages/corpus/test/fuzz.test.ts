import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CORPUS_FORMATS, CorpusError, readCorpusText, readJsonl, readJsonlStream, type CorpusFormat, type ReadResult } from "../src/index";

/** mulberry32: a tiny seeded PRNG so every failure replays with its iteration number. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIXTURES = fileURLToPath(new URL("../../../data/fixtures/", import.meta.url));
const SEEDS = fileURLToPath(new URL("../../../data/seeds/", import.meta.url));
const SAMPLE: Record<CorpusFormat, string> = {
  "daily-papers": readFileSync(SEEDS + "002_5a55447395449cb2.txt", "utf8").slice(0, 6000),
  jsonl: readFileSync(FIXTURES + "plain.jsonl", "utf8"),
  json: readFileSync(FIXTURES + "s2.json", "utf8"),
  csv: readFileSync(FIXTURES + "papers.csv", "utf8"),
  tsv: readFileSync(FIXTURES + "papers.tsv", "utf8"),
  "arxiv-atom": readFileSync(FIXTURES + "arxiv.atom.xml", "utf8"),
  bibtex: readFileSync(FIXTURES + "zotero.bib", "utf8"),
  ris: readFileSync(FIXTURES + "scopus.ris", "utf8"),
};
const ALPHABET = ' \n\t{}[]<>"\',:;=@$\\%&~#-/.0123456789abcXYZ·•éπ\u0000\uFFFD';
const ITERATIONS = 250;

function randomString(random: () => number, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return out;
}

/** Mutates a real sample: cut it, splice random characters in, duplicate a slice. */
function mutate(random: () => number, sample: string): string {
  let text = sample.slice(0, Math.floor(random() * sample.length) + 1);
  const edits = 1 + Math.floor(random() * 6);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (text.length + 1));
    const cut = Math.floor(random() * 8);
    text = text.slice(0, at) + randomString(random, Math.floor(random() * 6)) + text.slice(at + cut);
  }
  return random() < 0.2 ? text + text.slice(Math.floor(random() * text.length)) : text;
}

/** Cuts text into chunks of 1-7 characters (so chunks split lines and \r\n pairs). */
function randomChunks(random: () => number, text: string): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < text.length; ) {
    const size = 1 + Math.floor(random() * 7);
    chunks.push(text.slice(at, at + size));
    at += size;
  }
  return chunks;
}

/** A reader's result, or the CorpusError message it failed with (anything else is rethrown). */
async function settle(read: () => ReadResult | Promise<ReadResult>): Promise<ReadResult | { error: string }> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof CorpusError) return { error: error.message };
    throw error;
  }
}

async function outcome(format: CorpusFormat, text: string): Promise<"ok" | "corpus-error"> {
  try {
    await readCorpusText(format, text, "fuzz");
    return "ok";
  } catch (error) {
    if (error instanceof CorpusError) return "corpus-error";
    throw new Error(`${format} threw ${String(error)} on ${JSON.stringify(text.slice(0, 200))}`);
  }
}

describe("fuzz: readers throw nothing but CorpusError", () => {
  it.each(CORPUS_FORMATS.map((f, i) => [f, i] as const))("%s", async (format, index) => {
    const random = mulberry32(0xf1e1d + index);
    const seen = new Set<string>();
    for (let i = 0; i < ITERATIONS; i++) {
      const text = i % 3 === 0 ? randomString(random, Math.floor(random() * 400)) : mutate(random, SAMPLE[format]);
      seen.add(await outcome(format, text));
    }
    expect(seen.has("corpus-error")).toBe(true); // the fuzzer did reach the error paths
  });

  it("jsonl stream: random chunking of mutated input reads exactly what whole-file parsing reads", async () => {
    const random = mulberry32(7);
    let parsed = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const text = mutate(random, SAMPLE.jsonl);
      const whole = await settle(() => readJsonl(text, "fuzz"));
      const streamed = await settle(() => readJsonlStream(randomChunks(random, text), "fuzz"));
      expect(streamed, `iteration ${i}`).toEqual(whole);
      if ("papers" in whole) parsed++;
    }
    expect(parsed).toBeGreaterThan(ITERATIONS / 5); // many cases reach the parser's success path
  });
});
