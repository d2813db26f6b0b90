import { describe, expect, it } from "vitest";
import { cutText, limitTexts, MAX_ABSTRACT_CHARS, MAX_TITLE_CHARS, uniqueIds, type Paper } from "../src/index";

const paper = (id: string, source: string, title = `Paper ${id} of ${source}`): Paper => ({ id, title, abstract: "", source });

describe("uniqueIds", () => {
  it("keeps ids no other paper shares", () => {
    const papers = [paper("a", "x.jsonl"), paper("b", "y.jsonl")];
    expect(uniqueIds(papers)).toEqual({ papers, renamed: 0 });
  });

  it("keys ids two files share by file, and keeps the user's id", () => {
    const { papers, renamed } = uniqueIds([paper("0", "a.csv:2"), paper("1", "a.csv:3"), paper("0", "b.csv:2")]);
    expect(papers.map((p) => p.id)).toEqual(["a.csv#0", "1", "b.csv#0"]);
    expect(papers.map((p) => p.sourceId)).toEqual(["0", undefined, "0"]);
    expect(renamed).toBe(2);
  });

  it("numbers papers that share an id within one file", () => {
    const { papers } = uniqueIds(Array.from({ length: 3 }, (_, k) => paper("same", "s.jsonl", `T${k}`)));
    expect(papers.map((p) => p.id)).toEqual(["s.jsonl#same", "s.jsonl#same~2", "s.jsonl#same~3"]);
  });

  it("never gives a key another paper already has as its own id", () => {
    const { papers } = uniqueIds([paper("x", "f"), paper("x", "f"), paper("f#x", "g")]);
    expect(new Set(papers.map((p) => p.id)).size).toBe(3);
    expect(papers[2]!.id).toBe("f#x");
  });
});

describe("limitTexts", () => {
  it("leaves ordinary records alone", () => {
    const papers = [{ ...paper("a", "f"), abstract: "An abstract. ".repeat(100) }];
    expect(limitTexts(papers)).toEqual({ papers, truncated: 0 });
  });

  it("cuts an over-long abstract at a sentence end and a title at a space, and counts the paper once", () => {
    const long = { ...paper("a", "f"), title: "word ".repeat(400), abstract: "A sentence here. ".repeat(10_000) };
    const { papers, truncated } = limitTexts([long]);
    expect(truncated).toBe(1);
    expect(papers[0]!.abstract.length).toBeLessThanOrEqual(MAX_ABSTRACT_CHARS);
    expect(papers[0]!.abstract.endsWith("here.")).toBe(true);
    expect(papers[0]!.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(papers[0]!.title.endsWith("word")).toBe(true);
  });

  it("cuts text without spaces at the limit", () => {
    expect(cutText("x".repeat(50), 20)).toBe("x".repeat(20));
  });
});
