// extractMany reads papers together, rule by rule over a batch, for speed: what each paper gets must
// not depend on the papers read with it. A build's shards, the CLI's JSONL export and the
// benchmarks read papers this way; extract() reads one.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Paper } from "@fieldmap/corpus";
import { extract, extractMany } from "../src/index";
import type { JudgedCandidate } from "../src/judge";
import { WINDOW_CHARS } from "../src/windows";

const SEEDS = join(import.meta.dirname, "..", "..", "..", "data", "seeds");

/** The seed corpus's abstracts with their titles (a Daily Papers dump: a title paragraph, then its abstract). */
function seedPapers(): Paper[] {
  const papers: Paper[] = [];
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort()) {
    const paragraphs = readFileSync(join(SEEDS, file), "utf8").split(/\n\s*\n/).map((p) => p.trim());
    paragraphs.forEach((abstract, i) => {
      if (i > 0 && abstract.length > 300) papers.push({ id: `${file}#${i}`, title: paragraphs[i - 1]!, abstract, source: "seeds" });
    });
  }
  return papers;
}

const seeds = seedPapers();
// A long abstract read in windows, whose parts straddle the reader's batches (64 parts each).
const long: Paper = { id: "long", title: "GRPO for math", abstract: seeds.slice(0, 40).map((p) => p.abstract).join(" "), source: "test" };

describe("extractMany", () => {
  it("gives each seed paper what extract() gives it alone", () => {
    expect(seeds.length).toBeGreaterThan(150);
    expect(extractMany(seeds)).toEqual(seeds.map((paper) => extract(paper)));
  });

  it("reads a long paper's windows among other papers as extract() reads it alone", () => {
    expect(long.abstract.length).toBeGreaterThan(3 * WINDOW_CHARS);
    const papers = [...seeds.slice(0, 60), long, ...seeds.slice(60, 70)];
    const all = extractMany(papers);
    expect(all[60]).toEqual(extract(long));
    // The title's mentions once, at the start; the others in reading order, at their place in the whole text.
    const text = `${long.title}\n\n${long.abstract}`;
    for (const m of all[60]!) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(all[60]!.filter((m) => m.start < long.title.length).map((m) => m.surface)).toEqual(["GRPO"]);
    expect(all.slice(61)).toEqual(seeds.slice(60, 70).map((paper) => extract(paper)));
  });

  it("shows the judge's observer each part once, in the papers' order", () => {
    const seen = (papers: Paper[], read: (papers: Paper[], observe: (c: readonly JudgedCandidate[]) => void) => void) => {
      const surfaces: string[][] = [];
      read(papers, (candidates) => surfaces.push(candidates.map((c) => c.surface)));
      return surfaces;
    };
    const papers = [...seeds.slice(0, 70), long];
    const together = seen(papers, (list, observe) => extractMany(list, { judgeObserver: observe }));
    const alone = seen(papers, (list, observe) => list.forEach((paper) => extract(paper, { judgeObserver: observe })));
    expect(together.length).toBeGreaterThan(papers.length);
    expect(together).toEqual(alone);
  });

  it("reads no papers as no mentions", () => {
    expect(extractMany([])).toEqual([]);
  });
});
