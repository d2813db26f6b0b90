/**
 * Hostile inputs (issue 10), reader by reader: each case once lost records silently, kept a
 * broken record, mangled an id, overflowed the stack or expanded without bound.
 */
import { parseJsonKeepingBigIntegers } from "../src/json-text";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  afterXmlProlog,
  CorpusError,
  detectFormat,
  headIsConclusive,
  readCsvStream,
  readJson,
  readJsonl,
  readJsonlStream,
} from "../src/index";
import { findMacroBomb } from "../src/bibtex-macros";
import { readArxivAtom } from "../src/atom";
import { readBibtex } from "../src/bibtex";

const FIXTURES = fileURLToPath(new URL("../../../data/fixtures/", import.meta.url));

describe("JSON with several record lists", () => {
  const page = { results: [{ id: "r1", title: "Results One" }, { id: "r2", title: "Results Two" }], data: [{ id: "d1", title: "Data One" }, { title: "" }] };

  it("every list is read, records numbered across the document, the list named in a skip", () => {
    const result = readJson(JSON.stringify(page), "page.json");
    expect(result.papers.map((p) => [p.id, p.source])).toEqual([["r1", "page.json#1"], ["r2", "page.json#2"], ["d1", "page.json#3"]]);
    expect(result.skipped).toEqual([{ source: "page.json", record: 4, reason: '"data": record has no title and no abstract' }]);
  });

  it("another top-level array of objects is named as not read, not dropped without a word", () => {
    const result = readJson(JSON.stringify({ ...page, related: [{ title: "Elsewhere" }], tags: ["a", "b"] }), "page.json");
    expect(result.papers).toHaveLength(3);
    expect(result.skipped[0]).toEqual({ source: "page.json", reason: 'array "related" (1 items) not read: records are read from results, data, papers, items, works' });
    expect(result.skipped).toHaveLength(2); // "tags" holds no objects: not a record list
  });
});

describe("numeric ids above 2^53 keep their source text", () => {
  it.each([
    ["30 digits", "123456789012345678901234567890"],
    ["2^53 + 1", "9007199254740993"],
    ["negative", "-98765432109876543210"],
  ])("jsonl and json: %s", (_case, digits) => {
    const line = `{"id":${digits},"title":"Big Id Paper","abstract":"Text with 12345678901234567890 in it.","year":2024}`;
    expect(readJsonl(line, "x.jsonl").papers[0]).toMatchObject({ id: digits, year: 2024, abstract: "Text with 12345678901234567890 in it." });
    expect(readJson(`[${line}]`, "x.json").papers[0]!.id).toBe(digits);
  });

  it("a big integer nested in objects and arrays keeps its text too; the numbers beside it stay numbers", () => {
    const value = parseJsonKeepingBigIntegers('{"id":"W1","ids":{"mag":[1,{"v":98765432109876543210}]},"year":2024}');
    expect(value).toEqual({ id: "W1", ids: { mag: [1, { v: "98765432109876543210" }] }, year: 2024 });
  });

  it("safe numbers stay numbers; a line lossless-json refuses (duplicate keys) still reads as JSON.parse does", () => {
    const paper = readJsonl('{"id":42,"title":"T","year":2021,"upvotes":7,"score":0.12345678901234567}', "x.jsonl").papers[0]!;
    expect(paper).toMatchObject({ id: "42", year: 2021, upvotes: 7 });
    const duplicate = readJsonl('{"id":1234567890123456789,"id":2,"title":"Dup"}', "x.jsonl").papers[0]!;
    expect(duplicate).toMatchObject({ id: "2", title: "Dup" });
  });
});

describe("BibTeX", () => {
  const unbalanced = [
    "@article{broken,",
    "  title = {First {Paper},",
    "  abstract = {Some abstract text.},",
    "  year = {2020}",
    "}",
    "",
    "@article{fine,",
    "  title = {Second Paper},",
    "  abstract = {Other abstract.},",
    "  year = {2021}",
    "}",
  ].join("\n");

  it("an unbalanced brace skips that entry only: not also kept with the swallowed fields as its title", () => {
    const result = readBibtex(unbalanced, "x.bib");
    expect(result.papers.map((p) => p.id)).toEqual(["fine"]);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toMatchObject({ source: "x.bib", line: 1 });
  });

  it("the malformed fixture: two good entries, the broken one only skipped", () => {
    const result = readBibtex(readFileSync(FIXTURES + "zotero.malformed.bib", "utf8"), "zotero.malformed.bib");
    expect(result.papers.map((p) => p.id)).toEqual(["good_one_2023", "also_good_2024"]);
    expect(result.skipped.map((s) => s.line)).toEqual([8]);
  });

  /** Each macro is eight of the previous one: 64 * 8^12 characters, from under 1 KB of text. */
  function macroBomb(levels: number): string {
    let text = `@string{m0 = "${"x".repeat(64)}"}\n`;
    for (let i = 1; i <= levels; i++) text += `@string{m${i} = ${Array.from({ length: 8 }, () => `m${i - 1}`).join(" # ")}}\n`;
    return text + `@article{k, title = m${levels}, abstract = {A}}\n`;
  }

  it("an @string macro bomb is refused with one line naming the file, before the parser expands it", () => {
    const bomb = macroBomb(12);
    expect(bomb.length).toBeLessThan(1024);
    expect(() => readBibtex(bomb, "bomb.bib")).toThrow(CorpusError);
    expect(() => readBibtex(bomb, "bomb.bib")).toThrow(/^bomb\.bib: @string macros expand to more than 16 MB \(at 'm\d+'\); not read$/);
  });

  it("macros under the limit expand as before, referenced by hundreds of entries", () => {
    expect(readBibtex(macroBomb(2), "small.bib").papers[0]!.title).toBe("x".repeat(64 * 8 ** 2));
    let text = '@string{acl = "Proceedings of ACL"}\n';
    for (let i = 0; i < 100; i++) text += `@inproceedings{k${i}, title = {Paper ${i}}, booktitle = acl # { 2024}, abstract = {a = acl}}\n`;
    expect(findMacroBomb(text)).toBeUndefined();
    expect(readBibtex(text, "acl.bib").papers).toHaveLength(100);
  });

  it("a bomb through entries (a large macro referenced over and over) is refused too", () => {
    let text = `@string{big = "${"y".repeat(1024 * 1024)}"}\n`;
    for (let i = 0; i < 20; i++) text += `@misc{k${i}, title = big # big}\n`;
    expect(findMacroBomb(text)).toMatchObject({ macro: "big" });
  });
});

describe("deeply nested authors", () => {
  it("an author object nested 50,000 deep is no name, and does not overflow the stack", () => {
    const deep = '{"author":'.repeat(50_000) + '{"name":"Too Deep"}' + "}".repeat(50_000);
    const line = `{"title":"Nested","authors":[${deep},{"author":{"display_name":"Ada Lovelace"}}]}`;
    expect(readJsonl(line, "deep.jsonl").papers[0]!.authors).toEqual(["Ada Lovelace"]);
  });
});

describe("lines the caller could not decode (badLines)", () => {
  const bad = new Map([[3, "invalid UTF-8 (save the file as UTF-8)"]]);

  it("jsonl: that line is skipped with its number and reason", async () => {
    const text = ['{"title":"One"}', '{"title":"Two"}', '{"title":"caf\uFFFD"}', '{"title":"Four"}'].join("\n");
    const result = await readJsonlStream([text], "x.jsonl", bad);
    expect(result.papers.map((p) => p.title)).toEqual(["One", "Two", "Four"]);
    expect(result.skipped).toEqual([{ source: "x.jsonl", line: 3, reason: "invalid UTF-8 (save the file as UTF-8)" }]);
  });

  it("csv: the row whose quoted abstract spans the bad line is skipped, by that line", async () => {
    const text = 'title,abstract\nOne,first\nTwo,"spans\ncaf\uFFFD line\nthree lines"\nFive,fifth\n';
    const result = await readCsvStream([text], "x.csv", { badLines: new Map([[4, "invalid UTF-8 (save the file as UTF-8)"]]) });
    expect(result.papers.map((p) => p.title)).toEqual(["One", "Five"]);
    expect(result.skipped).toEqual([{ source: "x.csv", line: 4, reason: "invalid UTF-8 (save the file as UTF-8)" }]);
  });

  it("csv truncated inside a quoted field: the rows before it and the blank lines' offset kept right", async () => {
    const text = 'title,abstract\nOne,first\n\n\nTwo,"never closed\n\nstill open\n';
    const result = await readCsvStream([text], "x.csv");
    expect(result.papers.map((p) => p.title)).toEqual(["One"]);
    expect(result.skipped).toEqual([{ source: "x.csv", line: 5, reason: "quoted field never closed (truncated file?); lines 5-7 skipped" }]);
  });
});

describe("format detection past a long XML prolog", () => {
  const atom = readFileSync(FIXTURES + "arxiv.atom.xml", "utf8");
  const withComment = atom.replace(/^(<\?xml[^>]*\?>)?/, (declaration) => `${declaration}\n<!-- ${"licence text ".repeat(8000)} -->\n`);

  it("the prolog is skipped, and an unfinished one asks for a longer head", () => {
    expect(withComment.indexOf("<feed")).toBeGreaterThan(64 * 1024);
    expect(afterXmlProlog(withComment)).toMatch(/^<feed[\s>]/);
    expect(afterXmlProlog(withComment.slice(0, 64 * 1024))).toBeUndefined();
    expect(afterXmlProlog('<?xml version="1.0"?><!DOCTYPE feed>\n<feed>')).toBe("<feed>");
  });

  it.each([
    ["a whole Atom head", withComment, true],
    ["a head cut inside the leading comment", withComment.slice(0, 64 * 1024), false],
    ["a head cut inside the first JSON line", `{"title":"T","abstract":"${"a".repeat(70_000)}`, false],
    ["a head with a complete first JSON line", `{"title":"T","abstract":"${"a".repeat(70_000)}"}\n{"ti`, true],
    ["a CSV head", "title,abstract\n" + "x,y\n".repeat(100), true],
  ])("headIsConclusive: %s", (_case, head, conclusive) => {
    expect(headIsConclusive(head)).toBe(conclusive);
  });

  it.each([["feed.xml"], ["feed.atom"], ["feed"]])("%s: detected as arxiv-atom and read", (name) => {
    expect(detectFormat(name, withComment)).toBe("arxiv-atom");
    expect(readArxivAtom(withComment, name).papers.map((p) => p.arxivId)).toEqual(["2305.18290", "1707.06347", "1706.03762"]);
  });
});
