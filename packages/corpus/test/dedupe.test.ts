import { describe, expect, it } from "vitest";
import { dedupePapers, type Paper } from "../src/index";

const paper = (fields: Partial<Paper> & { id: string }): Paper => ({ title: "Some Title", abstract: "", source: fields.id, ...fields });

describe("dedupePapers", () => {
  it.each([
    ["doi (case folded)", { doi: "10.1/abc" }, { doi: "10.1/abc", title: "Different Title" }, "doi"],
    ["arxiv id", { arxivId: "2401.00001" }, { arxivId: "2401.00001", title: "Other" }, "arxiv"],
    ["normalised title", { title: "Self-Play: A Study" }, { title: "self play — a study" }, "title"],
  ])("match by %s", (_rule, a, b, matchedBy) => {
    const result = dedupePapers([paper({ id: "a", ...a }), paper({ id: "b", ...b })]);
    expect(result.papers).toHaveLength(1);
    expect(result.duplicates).toEqual([{ keptId: "a", source: "b", matchedBy }]);
  });

  it("a duplicate's own date replaces the day a listing showed the kept copy", () => {
    const listed = paper({ id: "a", date: "2025-09-30", year: 2025, date_source: "listing" });
    const dated = paper({ id: "b", date: "2025-09-26", year: 2025, date_source: "record" });
    expect(dedupePapers([listed, dated]).papers[0]).toMatchObject({ id: "a", date: "2025-09-26", date_source: "record" });
    expect(dedupePapers([dated, listed]).papers[0]).toMatchObject({ id: "b", date: "2025-09-26", date_source: "record" });
  });

  it("same title but different DOIs stay apart", () => {
    const result = dedupePapers([paper({ id: "a", title: "Introduction", doi: "10.1/a" }), paper({ id: "b", title: "Introduction", doi: "10.1/b" })]);
    expect(result.papers.map((p) => p.id)).toEqual(["a", "b"]);
  });

  it("merged record keeps the richest metadata and every source, in first-seen order", () => {
    const result = dedupePapers([
      paper({ id: "hf", abstract: "Short.", upvotes: 3, authorCount: 5, source: "a.txt:13" }),
      paper({ id: "other", title: "Unrelated", source: "b.jsonl:1" }),
      paper({ id: "arx", abstract: "A much longer abstract.", authors: ["A", "B"], date: "2024-01-02", year: 2024, doi: "10.1/x", hints: ["cs.CL"], source: "c.xml" }),
      paper({ id: "hf2", upvotes: 7, hints: ["rl"], source: "d.txt:9" }),
    ]);
    expect(result.papers.map((p) => p.id)).toEqual(["hf", "other"]);
    expect(result.papers[0]).toEqual({
      id: "hf", title: "Some Title", abstract: "A much longer abstract.", upvotes: 7, authorCount: 5, authors: ["A", "B"],
      date: "2024-01-02", year: 2024, doi: "10.1/x", hints: ["cs.CL", "rl"], source: "a.txt:13", sources: ["a.txt:13", "c.xml", "d.txt:9"],
    });
  });
});
