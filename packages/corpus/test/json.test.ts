import { describe, expect, it } from "vitest";
import { CorpusError, readJson, readJsonl, readJsonlStream } from "../src/index";

const LINES = [
  '{"id":"p1","title":"Direct Preference Optimization","abstract":"We propose DPO, a simple method.","year":2023}',
  '{"id":"p2","title":"Proximal Policy Optimization Algorithms","summary":"We propose PPO.","authors":[{"name":"John Schulman"},"Filip Wolski"]}',
  '{"id":"p3", "title": broken',
  '',
  '{"title":"Untitled-id paper","abstract":"Abstract text."}',
  '{"id":"p5","abstract":"No title here. A second sentence."}',
  '{"id":"p6","year":2024}',
];

describe("readJsonl", () => {
  it("ids kept, malformed line and a record with neither title nor abstract skipped with their line numbers", () => {
    const result = readJsonl(LINES.join("\n"), "data/x.jsonl");
    expect(result.papers.map((p) => p.id)).toEqual(["p1", "p2", "untitled-id-paper-" + result.papers[2]!.id.slice(-8), "p5"]);
    expect(result.papers[3]).toMatchObject({ title: "No title here", title_source: "abstract", abstract: "No title here. A second sentence." });
    expect(result.papers[0]!.title_source).toBeUndefined();
    expect(result.papers[1]).toMatchObject({ abstract: "We propose PPO.", authors: ["John Schulman", "Filip Wolski"], source: "data/x.jsonl:2" });
    expect(result.papers[0]).toMatchObject({ year: 2023 });
    expect(result.skipped.map((s) => [s.line, s.reason.split(" (")[0]])).toEqual([
      [3, "invalid JSON"],
      [7, "record has no title and no abstract"],
    ]);
  });

  it("nothing usable: CorpusError naming file and first bad line", () => {
    const attempt = () => readJsonl("not json\n{also not}\n", "data/x.jsonl");
    expect(attempt).toThrow(CorpusError);
    expect(attempt).toThrow(/^data\/x\.jsonl line 1: no usable papers: invalid JSON/);
  });

  it("stream: chunk boundaries inside a line do not matter", async () => {
    const text = LINES.join("\r\n");
    const chunks = text.match(/[\s\S]{1,7}/g)!;
    const streamed = await readJsonlStream(chunks, "data/x.jsonl");
    expect(streamed).toEqual(readJsonl(text, "data/x.jsonl"));
  });
});

describe("readJson", () => {
  it.each([
    ["array", '[{"id":"a","title":"T1","abstract":"A1"},{"id":"b","title":"T2"}]', ["a", "b"]],
    ["API page {results}", '{"meta":{},"results":[{"id":"a","title":"T1"}]}', ["a"]],
    ["API page {data}", '{"total":1,"data":[{"paperId":"abc","title":"T1"}]}', ["abc"]],
    ["single object", '{"id":"solo","title":"T1"}', ["solo"]],
  ])("shape: %s", (_shape, text, ids) => {
    expect(readJson(text, "x.json").papers.map((p) => p.id)).toEqual(ids);
  });

  it("invalid JSON is a CorpusError naming the file", () => {
    expect(() => readJson("[{", "data/x.json")).toThrow(/^data\/x\.json: invalid JSON/);
  });

  it("a record without a title is titled by its abstract; one with neither is skipped by record number", () => {
    const result = readJson('[{"title":"Ok"},{"abstract":"orphan"},{"id":"bare"}]', "x.json");
    expect(result.papers.map((p) => [p.title, p.title_source])).toEqual([["Ok", undefined], ["orphan", "abstract"]]);
    expect(result.skipped).toEqual([{ source: "x.json", record: 3, reason: "record has no title and no abstract" }]);
  });
});
