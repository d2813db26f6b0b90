import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CorpusError, detectFormat, readCorpusText, type Paper } from "../src/index";

const FIXTURES = fileURLToPath(new URL("../../../data/fixtures/", import.meta.url));

async function readFixture(name: string) {
  const text = readFileSync(FIXTURES + name, "utf8");
  const format = detectFormat(name, text.slice(0, 4096));
  if (!format) throw new Error(`no format for ${name}`);
  return readCorpusText(format, text, name);
}

type Expected = [file: string, format: string, ids: string[], first: Partial<Paper>];

const GOOD: Expected[] = [
  ["arxiv.atom.xml", "arxiv-atom", ["2305.18290", "1707.06347", "1706.03762"], {
    title: "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
    arxivId: "2305.18290", date: "2023-05-29", year: 2023, authors: ["Rafael Rafailov", "Archit Sharma", "Eric Mitchell"],
    hints: ["cs.LG", "cs.AI", "cs.CL"],
  }],
  ["zotero.bib", "bibtex", ["rafailov_direct_2023", "ouyang_training_2022", "schulman2017proximal", "guo_deepseek-r1_2025"], {
    title: "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
    doi: "10.48550/arxiv.2305.18290", arxivId: "2305.18290", year: 2023, source: "zotero.bib:2",
    hints: ["Computer Science - Artificial Intelligence", "Computer Science - Machine Learning"],
  }],
  ["scopus.ris", "ris", ["deep-reinforcement-learning-from-human-a6f33407", "mastering-the-game-of-go-a075f81c", "chain-of-thought-prompting-elicits-cd7c0643"], {
    doi: "10.5555/3294996.3295184", year: 2017, authors: ["Christiano, P.F.", "Leike, J.", "Brown, T.B."],
    hints: ["Reinforcement learning", "Human feedback"], source: "scopus.ris:1",
  }],
  ["openalex.json", "json", ["W2741809807"], {
    abstract: "A long-standing goal of artificial intelligence is an algorithm that learns superhuman proficiency.",
    doi: "10.1038/nature24270", date: "2017-10-01", authors: ["David Silver", "Julian Schrittwieser"], hints: ["Reinforcement learning"],
  }],
  ["openalex.jsonl", "jsonl", ["W4385245566", "W2963403868"], { arxivId: "2305.18290", doi: "10.48550/arxiv.2305.18290" }],
  ["openalex-page.json", "json", ["W2741809807", "W2963403868"], { abstract: "Mastering Go" }],
  ["s2.json", "json", ["0d1c76d45afa012ded7ab741194baf142117c495", "dce6f9d4017b1785979e7520fd0834ef8cf02f4b", "204e3073870fae3d05bcbc2f6a8e263d9b72e776"], {
    arxivId: "2305.18290", date: "2023-05-29", authors: ["Rafael Rafailov", "Archit Sharma"],
    url: "https://www.semanticscholar.org/paper/0d1c76d45afa012ded7ab741194baf142117c495",
  }],
  ["hf-daily.json", "json", ["2501.12948", "2401.10020v2"], {
    arxivId: "2501.12948", upvotes: 342, date: "2025-01-22", authors: ["DeepSeek-AI", "Daya Guo"],
    hints: ["reinforcement learning", "supervised fine-tuning", "DeepSeek-R1-Zero"],
  }],
  ["papers.csv", "csv", ["2-s2.0-85047017856", "2-s2.0-85031918331", "2-s2.0-85163162236"], {
    abstract: 'For sophisticated reinforcement learning (RL) systems to interact usefully with real-world environments, we need to communicate complex goals to these systems. We explore goals defined in terms of "non-expert" human preferences.',
    authors: ["Christiano P.F.", "Leike J.", "Brown T.B."], doi: "10.5555/3294996.3295184", year: 2017,
  }],
  ["papers.tsv", "tsv", ["proximal-policy-optimization-algorithms-2084b71e", "attention-is-all-you-need-74a395cd", "training-language-models-to-follow-451629b6"], {
    date: "2017-07-20", arxivId: "1707.06347", authors: ["Schulman, John", "Wolski, Filip"],
  }],
  ["plain.jsonl", "jsonl", ["dpo", "ppo", "cot"], {
    abstract: "We introduce Direct Preference Optimization (DPO), a stable & lightweight algorithm.", arxivId: "2305.18290", date: "2023-05-29",
  }],
];

describe("fixtures: every format reads its realistic export", () => {
  it.each(GOOD)("%s (%s)", async (file, format, ids, first) => {
    expect(detectFormat(file, readFileSync(FIXTURES + file, "utf8").slice(0, 4096))).toBe(format);
    const result = await readFixture(file);
    expect(result.skipped).toEqual([]);
    expect(result.papers.map((p) => p.id)).toEqual(ids);
    expect(result.papers[0]).toMatchObject(first);
    for (const paper of result.papers) expect(paper.abstract).not.toMatch(/\s{2}|<\/?i>|\\emph|&amp;/);
  });

  it.each([
    ["scopus.ris", 2, /Here we introduce an algorithm based solely on reinforcement learning, without human data\.$/],
    ["arxiv.atom.xml", 2, /in ∼90% of the games\.$/],
    ["papers.csv", 2, /tabula rasa, superhuman proficiency in challenging domains\.$/],
  ])("multi-line abstracts joined: %s record %i", async (file, record, pattern) => {
    expect((await readFixture(file)).papers[record - 1]?.abstract).toMatch(pattern);
  });

  it.each([
    ["zotero.bib", ["schulman2017proximal"]],
    ["s2.json", ["dce6f9d4017b1785979e7520fd0834ef8cf02f4b"]],
    ["scopus.ris", ["chain-of-thought-prompting-elicits-cd7c0643"]],
  ])("title-only records are kept with an empty abstract: %s", async (file, ids) => {
    expect((await readFixture(file)).papers.filter((p) => p.abstract === "").map((p) => p.id)).toEqual(ids);
  });
});

describe("fixtures: malformed variants", () => {
  it("abstract only: papers.malformed.tsv (a Summary column, no title column) is titled by each abstract's first sentence", async () => {
    const result = await readFixture("papers.malformed.tsv");
    expect(result.papers.map((p) => [p.title, p.title_source])).toEqual([["Only a summary column and a name column", "abstract"]]);
  });

  it.each([
    ["zotero.malformed.bib", ["good_one_2023", "also_good_2024"], [[8, /^Unterminated brace-value/]]],
    // A record without a title but with an abstract is kept, titled by its first sentence.
    ["scopus.malformed.ris", ["mastering-the-game-of-go-a075f81c", "a-record-that-lost-its-fd35cf46"], [[13, /^record not closed by ER/]]],
    ["openalex.malformed.jsonl", ["W4385245566", "W2"], [[2, /^invalid JSON/]]],
    ["plain.malformed.jsonl", ["dpo", "rlhf"], [[2, /^invalid JSON/], [3, /^record is not an object$/]]],
  ] as const)("partly broken: %s keeps the good records", async (file, ids, problems) => {
    const result = await readFixture(file);
    expect(result.papers.map((p) => p.id)).toEqual(ids);
    expect(result.skipped.map((s) => s.line)).toEqual(problems.map(([line]) => line));
    result.skipped.forEach((s, i) => expect(s.reason).toMatch(problems[i]![1]));
  });

  it("partly broken: s2.malformed.json reports records by number", async () => {
    const result = await readFixture("s2.malformed.json");
    expect(result.papers.map((p) => [p.title, p.title_source])).toEqual([["Direct Preference Optimization", undefined], ["A record without a title", "abstract"]]);
    expect(result.skipped.map((s) => [s.record, s.reason])).toEqual([[3, "record is not an object"]]);
  });

  it("truncated: papers.malformed.csv keeps the rows before the unclosed quote and skips that row by its line", async () => {
    const result = await readFixture("papers.malformed.csv");
    expect(result.papers.map((p) => p.title)).toEqual(["Direct Preference Optimization", "A row without a title"]);
    expect(result.skipped.map((s) => [s.line, s.reason])).toEqual([
      [4, "quoted field never closed (truncated file?); lines 4-5 skipped"],
    ]);
  });

  it.each([
    ["arxiv.malformed.atom.xml", /^arxiv\.malformed\.atom\.xml line 7: invalid XML: Expected closing tag 'summary'/],
    ["hf-daily.malformed.json", /^hf-daily\.malformed\.json: invalid JSON/],
  ])("unreadable: %s is a one-line CorpusError", async (file, message) => {
    const attempt = readFixture(file);
    await expect(attempt).rejects.toBeInstanceOf(CorpusError);
    await expect(readFixture(file)).rejects.toThrow(message);
  });

  it("columns option maps unusual headers", async () => {
    const text = readFileSync(FIXTURES + "papers.malformed.tsv", "utf8");
    const result = await readCorpusText("tsv", text, "x.tsv", { columns: { title: "name", abstract: "SUMMARY" } });
    expect(result.papers[0]).toMatchObject({ title: "Not titles", abstract: "Only a summary column and a name column." });
  });
});
