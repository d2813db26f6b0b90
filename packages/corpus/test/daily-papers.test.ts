import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CorpusError, dedupePapers, paperIdFromTitle, readDailyPapers, type Paper } from "../src/index";

const SEEDS = fileURLToPath(new URL("../../../data/seeds/", import.meta.url));
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();
const read = (file: string) => readDailyPapers(readFileSync(SEEDS + file, "utf8"), `data/seeds/${file}`);
const all: Paper[] = seedFiles.flatMap((file) => read(file).papers);
const byTitle = (file: string, title: string) => read(file).papers.find((p) => p.title === title);

describe("readDailyPapers over data/seeds", () => {
  it("seeds: reads 207 records, 194 unique, nothing skipped", () => {
    expect(seedFiles).toHaveLength(3);
    expect(all).toHaveLength(207);
    expect(seedFiles.flatMap((file) => read(file).skipped)).toEqual([]);
    expect(dedupePapers(all).papers).toHaveLength(194);
  });

  it.each([
    ["000_40452ee7aa041bf0.txt", 78],
    ["001_9b29d724de634899.txt", 73],
    ["002_5a55447395449cb2.txt", 56],
  ])("count: %s holds %i records", (file, count) => {
    expect(read(file).papers).toHaveLength(count);
  });

  it.each([
    ["authors+upvotes", "001_9b29d724de634899.txt", "Parrot: Pareto-optimal Multi-Reward Reinforcement Learning Framework for Text-to-Image Generation",
      { authorCount: 14, date: "2024-01-11", year: 2024, upvotes: 1 }],
    ["no upvotes", "001_9b29d724de634899.txt", "The Policy Cliff: A Theoretical Analysis of Reward-Policy Maps in Large Language Models",
      { authorCount: 1, date: "2025-07-27", year: 2025, upvotes: undefined }],
    ["org handle folded", "001_9b29d724de634899.txt", "PaCo-RL: Advancing Reinforcement Learning for Consistent Image Generation with Pairwise Reward Modeling",
      { organisation: "X-Gen Group", authorCount: undefined, date: "2025-12-02", upvotes: 2 }],
    ["org kept whole", "001_9b29d724de634899.txt", "Are We Ready for RL in Text-to-3D Generation? A Progressive Investigation",
      { organisation: "shanghai ailab", date: "2025-12-11", upvotes: 3 }],
    ["yearless date takes listing year", "002_5a55447395449cb2.txt", "Reasoning or Memorization? Unreliable Results of Reinforcement Learning Due to Data Contamination",
      { authorCount: 12, date: "2025-07-14", year: 2025, upvotes: 3, date_source: "record" }],
    ["explicit year kept", "002_5a55447395449cb2.txt", "B-STaR: Monitoring and Balancing Exploration and Exploitation in Self-Taught Reasoners",
      { authorCount: 6, date: "2024-12-22", year: 2024, upvotes: 2 }],
    ["org + yearless", "002_5a55447395449cb2.txt", "Self-Rewarding Vision-Language Model via Reasoning Decomposition",
      { organisation: "Tencent", date: "2025-08-27", upvotes: 2 }],
    ["no metadata block: the page date", "002_5a55447395449cb2.txt", "Think-RM: Enabling Long-Horizon Reasoning in Generative Reward Models",
      { authorCount: undefined, organisation: undefined, date: "2025-12-10", year: 2025, date_source: "listing" }],
    ["listing without any year", "000_40452ee7aa041bf0.txt", "SSRL: Self-Search Reinforcement Learning",
      { date: undefined, year: undefined, authorCount: undefined }],
  ])("metadata (%s): %s / %s", (_rule, file, title, expected) => {
    const paper = byTitle(file, title);
    expect(paper, title).toBeDefined();
    expect(paper).toMatchObject(Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined)));
    for (const [key, value] of Object.entries(expected)) if (value === undefined) expect(paper).not.toHaveProperty(key);
  });

  it("abstracts are single-line plain text and sources carry the title line", () => {
    const paper = byTitle("001_9b29d724de634899.txt", "Sotopia-RL: Reward Design for Social Intelligence")!;
    expect(paper.source).toBe("data/seeds/001_9b29d724de634899.txt:37");
    expect(paper.abstract.length).toBeGreaterThan(1000);
    expect(paper.abstract).not.toMatch(/\n/);
  });

  it("ids: the same paper in two listings gets the same id", () => {
    const a = byTitle("000_40452ee7aa041bf0.txt", "Co-Reward: Self-supervised Reinforcement Learning for Large Language Model Reasoning via Contrastive Agreement")!;
    const b = byTitle("002_5a55447395449cb2.txt", "Co-Reward: Self-supervised Reinforcement Learning for Large Language Model Reasoning via Contrastive Agreement")!;
    expect(a.id).toBe(b.id);
    expect(a.id).toBe("co-reward-self-supervised-reinforcement-7554ca0a");
    expect(new Set(all.map((p) => p.id)).size).toBe(194);
  });
});

const HEADER = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nMar 5\n\n";
const ABSTRACT = "We study a thing. It works well on many benchmarks.";

describe("readDailyPapers edge cases", () => {
  it("truncated: a title with no abstract at the end is skipped with its line", () => {
    const text = `${HEADER}First Paper Title\n\n${ABSTRACT}\n\nCut Off Title\n`;
    const result = readDailyPapers(text, "x.txt");
    expect(result.papers.map((p) => p.title)).toEqual(["First Paper Title"]);
    expect(result.skipped).toEqual([{ source: "x.txt", line: 17, reason: 'title without an abstract: "Cut Off Title"' }]);
  });

  it("truncated: a title followed straight by the next title is skipped", () => {
    const text = `${HEADER}Lost Abstract Paper\n\nSecond Paper\n\n${ABSTRACT}\n`;
    const result = readDailyPapers(text, "x.txt");
    expect(result.papers.map((p) => p.title)).toEqual(["Second Paper"]);
    expect(result.skipped[0]?.line).toBe(13);
  });

  it.each([
    ["later than page date -> previous year", "Nov 2", 2024, "2023-11-02"],
    ["before page date -> listing year", "Feb 1 4", 2024, "2024-02-01"],
  ])("year rule: %s", (_rule, dateLine, listingYear, expected) => {
    const text = `${HEADER}A Paper\n\n${ABSTRACT}\n\n  • 3 authors\n·\n${dateLine}\n`;
    expect(readDailyPapers(text, "x.txt", { listingYear }).papers[0]?.date).toBe(expected);
  });

  it("empty listing: CorpusError naming the file", () => {
    expect(() => readDailyPapers(HEADER, "data/x.txt")).toThrow(CorpusError);
    expect(() => readDailyPapers(HEADER, "data/x.txt")).toThrow("data/x.txt: no papers found");
  });

  it("ids are derived from the normalised title", () => {
    expect(paperIdFromTitle("Self-Play: Préférence Optimisation!")).toBe(paperIdFromTitle("self play preference   optimisation"));
  });
});

describe("readDailyPapers listing-date fallback", () => {
  const FIXTURE = fileURLToPath(new URL("./fixtures/listing-date.txt", import.meta.url));
  const papers = readDailyPapers(readFileSync(FIXTURE, "utf8"), "listing-date.txt").papers;
  const byName = (title: string) => papers.find((p) => p.title === title);

  it.each([
    ["own yearless line: listing year", "Dated By Its Own Line", "2025-07-14", "record"],
    ["own line with a year", "Dated In An Earlier Year", "2024-01-11", "record"],
    ["no date line: the page date in the listing year", "Undated Paper Listed On The Page", "2025-12-10", "listing"],
  ])("date source (%s): %s", (_rule, title, date, source) => {
    expect(byName(title)).toMatchObject({ date, year: Number(date.slice(0, 4)), date_source: source });
  });

  it("no year anywhere in the listing: the page date is not guessed into a year", () => {
    const text = `${HEADER}A Paper\n\n${ABSTRACT}\n`;
    const paper = readDailyPapers(text, "x.txt").papers[0];
    expect(paper).toBeDefined();
    expect(paper).not.toHaveProperty("date");
    expect(paper).not.toHaveProperty("date_source");
  });

  it("an explicit listing year dates the page too", () => {
    const text = `${HEADER}A Paper\n\n${ABSTRACT}\n`;
    expect(readDailyPapers(text, "x.txt", { listingYear: 2025 }).papers[0]).toMatchObject({ date: "2025-03-05", date_source: "listing" });
  });
});
