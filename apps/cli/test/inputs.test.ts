import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../src/errors";
import { describeInputs, readInputs } from "../src/inputs";
import { fileWriter } from "./scratch-files";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), "fieldmap-inputs-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const put = fileWriter(work);

const GOOD = '{"id":"p1","title":"Direct Preference Optimization","abstract":"We propose DPO."}\n';

describe("readInputs", () => {
  it("seeds directory: 207 records, 194 papers, paths relative to cwd", async () => {
    const result = await readInputs(["data/seeds"], { cwd: REPO });
    expect(result.records).toBe(207);
    expect(result.papers).toHaveLength(194);
    expect(result.duplicates).toBe(13);
    expect(result.files).toEqual([
      "data/seeds/000_40452ee7aa041bf0.txt",
      "data/seeds/001_9b29d724de634899.txt",
      "data/seeds/002_5a55447395449cb2.txt",
    ]);
    expect(describeInputs(result)).toBe("read 207 records from 3 files: 194 papers (13 duplicates merged, 0 skipped, 0 title-only)");
  });

  it("mixed directory: corpus files read recursively, other files ignored, title-only counted", async () => {
    put("mixed/a.jsonl", GOOD + '{"id":"p2","title":"Title Only Paper"}\n');
    put("mixed/sub/b.json", '[{"id":"p3","title":"Another Paper","abstract":"Text."}]');
    put("mixed/notes.md", "# not a corpus\n");
    put("mixed/image.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const result = await readInputs(["mixed"], { cwd: work });
    expect(result.files).toEqual(["mixed/a.jsonl", "mixed/sub/b.json"]);
    expect(result.papers.map((p) => p.id)).toEqual(["p1", "p2", "p3"]);
    expect(result.titleOnly).toBe(1);
  });

  it("records without a title are titled by the abstract's first sentence and counted; neither title nor abstract is skipped", async () => {
    const name = put("scierc.jsonl", GOOD + '{"id":"s1","abstract":"We parse scientific text. Results follow."}\n{"id":"s2"}\n');
    const result = await readInputs([name], { cwd: work });
    expect(result.papers.map((p) => [p.id, p.title])).toEqual([["p1", "Direct Preference Optimization"], ["s1", "We parse scientific text"]]);
    expect(result.titledFromAbstract).toBe(1);
    expect(result.skipped).toEqual([{ source: "scierc.jsonl", line: 3, reason: "record has no title and no abstract" }]);
    expect(describeInputs(result)).toBe("read 2 records from 1 file: 2 papers (0 duplicates merged, 1 skipped, 0 title-only, 1 titled from the abstract)");
  });

  it("skipped lines are reported, not fatal", async () => {
    const name = put("partly.jsonl", GOOD + "{oops\n");
    const result = await readInputs([name], { cwd: work });
    expect(result.skipped).toEqual([{ source: "partly.jsonl", line: 2, reason: expect.stringMatching(/^invalid JSON/) }]);
  });

  it.each([
    ["missing path", () => "nope.jsonl", /^cannot read nope\.jsonl: no such file or directory$/],
    ["empty file", () => put("empty.jsonl", ""), /^cannot read empty\.jsonl: empty file$/],
    ["binary file", () => put("blob.jsonl", new Uint8Array([0x7b, 0x00, 0x01, 0x02])), /^cannot read blob\.jsonl: binary file/],
    ["invalid UTF-8, the only line", () => put("latin1.jsonl", new Uint8Array([...Buffer.from('{"title":"caf'), 0xe9, ...Buffer.from('"}\n')])), /^cannot read latin1\.jsonl line 1: no usable papers: invalid UTF-8 \(save the file as UTF-8\)$/],
    ["nothing usable", () => put("bad.jsonl", "{oops\n{nope\n"), /^cannot read bad\.jsonl line 1: no usable papers: invalid JSON/],
    ["unknown format", () => put("notes.md", "# hello\n"), /^cannot read notes\.md: unknown format/],
    ["directory with nothing readable", () => (put("nothing/readme.md", "hi\n"), "nothing"), /^cannot read nothing: no corpus files found/],
  ])("error: %s is a one-line UserError naming the file", async (_case, make, message) => {
    const attempt = readInputs([make()], { cwd: work });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(readInputs([make()], { cwd: work })).rejects.toThrow(message);
  });

  it("format option overrides detection; an unknown format is refused", async () => {
    const name = put("papers.data", GOOD);
    expect((await readInputs([name], { cwd: work, format: "jsonl" })).papers).toHaveLength(1);
    await expect(readInputs([name], { cwd: work, format: "docx" })).rejects.toThrow(/^unknown format 'docx'/);
  });

  it("invalid UTF-8 past the first stream chunk: that line is skipped by number, the others read", async () => {
    const filler = GOOD.repeat(2000); // ~170 KB: several read-stream chunks
    const bytes = new Uint8Array([...Buffer.from(filler), ...Buffer.from('{"title":"caf'), 0xe9, ...Buffer.from('"}\n'), ...Buffer.from(GOOD)]);
    const result = await readInputs([put("late.jsonl", bytes)], { cwd: work });
    expect(result.skipped).toEqual([{ source: "late.jsonl", line: 2001, reason: "invalid UTF-8 (save the file as UTF-8)" }]);
    expect(result.records).toBe(2001);
  });
});

describe("readInputs over every fixture format", () => {
  it("data/fixtures: good files read, malformed ones fail with one line naming the file", async () => {
    const good = ["arxiv.atom.xml", "zotero.bib", "scopus.ris", "openalex.json", "openalex.jsonl", "s2.json", "hf-daily.json", "papers.csv", "papers.tsv", "plain.jsonl"];
    const result = await readInputs(good.map((f) => `data/fixtures/${f}`), { cwd: REPO });
    expect(result.files).toHaveLength(10);
    expect(result.skipped).toEqual([]);
    expect(result.records).toBe(27);
    // DPO, PPO, Attention, Go, RLHF, CoT, InstructGPT, DeepSeek-R1 and Self-Rewarding appear in several exports.
    expect(result.papers.length).toBeLessThan(result.records);
    const dpo = result.papers.find((p) => p.arxivId === "2305.18290")!;
    expect(dpo.sources?.length).toBeGreaterThanOrEqual(5);
    // Named explicitly, a malformed file stops the run with one line naming it ...
    await expect(readInputs(["data/fixtures/arxiv.malformed.atom.xml"], { cwd: REPO })).rejects.toThrow(/^cannot read data\/fixtures\/arxiv\.malformed\.atom\.xml line 7: invalid XML/);
    // ... met while reading a directory, it is skipped and reported with its line.
    const walked = await readInputs(["data/fixtures"], { cwd: REPO });
    expect(walked.skipped).toContainEqual({ source: "data/fixtures/arxiv.malformed.atom.xml", line: 7, reason: expect.stringMatching(/^file not read: invalid XML/) });
    expect(walked.papers.length).toBeGreaterThanOrEqual(result.papers.length);
  });

  it("csv is streamed with column overrides from options", async () => {
    const name = put("wos.tsv", "TI\tAB\tPY\nA Streamed Paper\tIts abstract.\t2021\n");
    const result = await readInputs([name], { cwd: work, columns: { title: "ti", abstract: "ab" } });
    expect(result.papers[0]).toMatchObject({ title: "A Streamed Paper", abstract: "Its abstract.", year: 2021, source: "wos.tsv:2" });
  });
});
