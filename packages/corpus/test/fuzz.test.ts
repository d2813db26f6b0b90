import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_BIBTEX_MACRO_EXPANSION } from "../src/bibtex-macros";
import {
  CORPUS_FORMATS,
  CorpusError,
  detectFormat,
  readCorpusText,
  readCsvStream,
  readJson,
  readJsonl,
  readJsonlStream,
  type CorpusFormat,
  type ReadResult,
} from "../src/index";

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

/** Hostile shapes from issue 10, generated: each run states an invariant a user relies on. */
describe("fuzz: hostile inputs keep their invariants", () => {
  const pick = <T,>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const HOSTILE_ITERATIONS = 60;

  it("JSON pages with several record lists: every record with a title read, every other one skipped by number", () => {
    const random = mulberry32(101);
    for (let i = 0; i < HOSTILE_ITERATIONS; i++) {
      const page: Record<string, unknown> = { meta: { count: i } };
      let titled = 0;
      let total = 0;
      for (const key of ["results", "data", "papers", "items", "works"]) {
        if (random() < 0.4) continue;
        page[key] = Array.from({ length: Math.floor(random() * 4) }, (_, n) => {
          total++;
          if (random() < 0.2) return random() < 0.5 ? { year: 2024 } : "not an object";
          titled++;
          return { id: `${key}-${n}`, title: `Paper ${key} ${n}` };
        });
      }
      const text = JSON.stringify(page);
      if (titled === 0) {
        expect(() => readJson(text, "fuzz.json"), `iteration ${i}`).toThrow(CorpusError);
        continue;
      }
      const result = readJson(text, "fuzz.json");
      expect(result.papers.length, `iteration ${i}`).toBe(titled);
      expect(result.skipped.filter((s) => s.record !== undefined).length, `iteration ${i}`).toBe(total - titled);
    }
  });

  it("ids of 16-40 digits keep every digit, in JSON and JSONL", () => {
    const random = mulberry32(102);
    for (let i = 0; i < HOSTILE_ITERATIONS; i++) {
      const digits = String(1 + Math.floor(random() * 9)) + Array.from({ length: 15 + Math.floor(random() * 25) }, () => Math.floor(random() * 10)).join("");
      const id = random() < 0.2 ? `-${digits}` : digits;
      const expected = Number.isSafeInteger(Number(id)) ? String(Number(id)) : id;
      const record = `{"id":${id},"title":"Paper ${i}","year":${2000 + (i % 25)},"score":${random()}}`;
      expect(readJsonl(record, "fuzz.jsonl").papers[0]!.id, `iteration ${i}: ${id}`).toBe(expected);
      expect(readJson(`{"data":[${record}]}`, "fuzz.json").papers[0]!.id, `iteration ${i}: ${id}`).toBe(expected);
    }
  });

  it("nesting up to 100,000 deep (authors, arrays, wrappers) throws nothing but CorpusError", async () => {
    const random = mulberry32(103);
    for (let i = 0; i < 10; i++) {
      const depth = Math.floor(random() * 100_000);
      const [open, close] = pick(random, [['{"author":', "}"], ["[", "]"], ['{"paper":', "}"]] as const);
      const nested = open.repeat(depth) + '{"name":"N"}' + close.repeat(depth);
      const line = `{"title":"Deep ${i}","authors":[${nested}],"paper":${nested}}`;
      await outcome("jsonl", line);
      await outcome("json", `[${line}]`);
    }
  });

  it("BibTeX with unbalanced braces: no paper swallows the next fields into its title", async () => {
    const random = mulberry32(104);
    const entries = SAMPLE.bibtex.split(/\n(?=@)/);
    for (let i = 0; i < 15; i++) {
      const text = entries
        .map((entry) => (random() < 0.4 ? entry.replace(/\}/, "") : entry)) // drop a closing brace
        .join("\n");
      const result = await readCorpusText("bibtex", text, "fuzz.bib").catch((error: unknown) => {
        if (error instanceof CorpusError) return undefined;
        throw error;
      });
      for (const paper of result?.papers ?? []) expect(paper.title, `iteration ${i}`).not.toMatch(/\b(abstract|year|author)\s*=/);
    }
  });

  it("BibTeX @string macros of random depth and fan-out: refused past the limit, else read within it", async () => {
    const random = mulberry32(105);
    for (let i = 0; i < 30; i++) {
      const levels = 1 + Math.floor(random() * 14);
      const fanOut = 1 + Math.floor(random() * 8);
      const literal = 1 + Math.floor(random() * 64);
      let text = `@string{m0 = "${"z".repeat(literal)}"}\n`;
      for (let l = 1; l <= levels; l++) text += `@string{m${l} = ${Array.from({ length: fanOut }, () => `m${l - 1}`).join(" # ")}}\n`;
      text += `@article{k${i}, title = {T ${i}}, abstract = m${levels}}\n`;
      const expanded = literal * fanOut ** levels;
      if (expanded > MAX_BIBTEX_MACRO_EXPANSION) {
        await expect(readCorpusText("bibtex", text, "fuzz.bib"), `iteration ${i}`).rejects.toThrow(/@string macros expand to more than/);
      } else if (expanded < 4096) {
        // Small enough to parse quickly (the LaTeX pass is slow on megabytes): read in full.
        const result = await readCorpusText("bibtex", text, "fuzz.bib");
        expect(result.papers[0]!.abstract, `iteration ${i}`).toBe("z".repeat(expanded));
      }
    }
  });

  it("CSV cut at any byte: every row complete before the cut is read", async () => {
    const random = mulberry32(106);
    const rows = Array.from({ length: 12 }, (_, n) => `Paper ${n},"Abstract ${n}, with a comma\nand a second line",${2000 + n}\n`);
    const text = "title,abstract,year\n" + rows.join("");
    for (let i = 0; i < HOSTILE_ITERATIONS; i++) {
      const cut = 20 + Math.floor(random() * (text.length - 20));
      const complete = rows.filter((_, n) => text.indexOf(rows[n]!) + rows[n]!.length <= cut).length;
      const result = await readCsvStream(randomChunks(random, text.slice(0, cut)), "fuzz.csv").catch((error: unknown) => {
        if (error instanceof CorpusError) return { papers: [], skipped: [] };
        throw error;
      });
      const titles = result.papers.map((p) => p.title);
      expect(titles.slice(0, complete), `iteration ${i}, cut ${cut}`).toEqual(rows.slice(0, complete).map((_, n) => `Paper ${n}`));
    }
  });

  it("lines that could not be decoded are skipped by number in JSONL and CSV, the rest read", async () => {
    const random = mulberry32(107);
    for (let i = 0; i < HOSTILE_ITERATIONS; i++) {
      const count = 2 + Math.floor(random() * 20);
      const bad = new Map<number, string>();
      for (let n = 1; n <= count + 1; n++) if (random() < 0.25) bad.set(n, "invalid UTF-8");
      const jsonl = Array.from({ length: count }, (_, n) => `{"title":"Line ${n + 1}"}`).join("\n");
      const fromJsonl = await settle(() => readJsonlStream(randomChunks(random, jsonl), "fuzz.jsonl", bad));
      const goodJsonl = Array.from({ length: count }, (_, n) => n + 1).filter((n) => !bad.has(n));
      if ("papers" in fromJsonl) expect(fromJsonl.papers.map((p) => p.title), `iteration ${i}`).toEqual(goodJsonl.map((n) => `Line ${n}`));
      else expect(goodJsonl, `iteration ${i}`).toEqual([]);
      const csv = "title\n" + Array.from({ length: count }, (_, n) => `Row ${n + 2}`).join("\n");
      const fromCsv = await settle(() => readCsvStream(randomChunks(random, csv), "fuzz.csv", { badLines: bad }));
      const goodCsv = Array.from({ length: count }, (_, n) => n + 2).filter((n) => !bad.has(n));
      if ("papers" in fromCsv) expect(fromCsv.papers.map((p) => p.title), `iteration ${i}`).toEqual(goodCsv.map((n) => `Row ${n}`));
      else expect(goodCsv, `iteration ${i}`).toEqual([]);
    }
  });

  it("Atom behind a random prolog (declaration, comments, instructions, doctype) is detected and read", async () => {
    const random = mulberry32(108);
    const body = SAMPLE["arxiv-atom"].replace(/^<\?xml[^>]*\?>\s*/, "");
    const items = ["<!-- c -->", "<?xml-stylesheet href='a.xsl'?>", "\n  \t"];
    for (let i = 0; i < HOSTILE_ITERATIONS; i++) {
      let prolog = random() < 0.5 ? '<?xml version="1.0" encoding="UTF-8"?>' : ""; // only first, as XML requires
      for (let n = Math.floor(random() * 8); n > 0; n--) prolog += pick(random, items);
      if (random() < 0.3) prolog += "<!DOCTYPE feed>"; // at most one, as XML requires
      if (random() < 0.3) prolog += `<!-- ${"x".repeat(Math.floor(random() * 200_000))} -->`;
      const text = prolog + "\n" + body;
      expect(detectFormat(pick(random, ["f.xml", "f.atom", "f"]), text), `iteration ${i}`).toBe("arxiv-atom");
      expect((await readCorpusText("arxiv-atom", text, "fuzz.xml")).papers, `iteration ${i}`).toHaveLength(3);
    }
  });
});
