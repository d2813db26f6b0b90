// Papers that share a title and abstract are extracted once (keyed by their text) and each gets
// its own mentions, wherever the copies sit in the corpus and whether the results come from the
// extractor or from the store (extract-papers.ts lets a result go after its last copy).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Paper } from "@fieldmap/corpus";
import { extract } from "@fieldmap/extract";
import { beforeAll, describe, expect, it } from "vitest";
import { extractCorpus, type ExtractionSettings } from "../src/extraction/extract-papers";
import { readInputs } from "../src/inputs";
import { REPO_ROOT } from "./helpers";

let corpus: Paper[] = [];
beforeAll(async () => {
  const seeds = (await readInputs(["data/seeds"], { cwd: REPO_ROOT })).papers.slice(0, 6);
  const copy = (paper: Paper, n: number): Paper => ({ ...paper, id: `${paper.id}-copy-${n}` });
  // Copies first, between and last: a result is needed again after its first paper.
  corpus = [seeds[0]!, seeds[1]!, copy(seeds[0]!, 1), seeds[2]!, copy(seeds[1]!, 1), copy(seeds[0]!, 2), seeds[3]!, copy(seeds[3]!, 1)];
});

const settings = (cacheDir?: string): ExtractionSettings => ({ workers: 1, workersGiven: false, version: "same-text-test", note: () => {}, ...(cacheDir ? { cacheDir } : {}) });

describe("papers with the same text", () => {
  it.each([
    ["no store", false],
    ["a warm store", true],
  ])("same text, %s: every copy gets extract()'s mentions under its own id", async (_name, warm) => {
    const cacheDir = warm ? mkdtempSync(join(tmpdir(), "fieldmap-same-text-")) : undefined;
    if (cacheDir) await extractCorpus(corpus, settings(cacheDir));
    const { mentionsByPaper } = await extractCorpus(corpus, settings(cacheDir));
    expect(mentionsByPaper).toHaveLength(corpus.length);
    corpus.forEach((paper, i) => expect(mentionsByPaper[i], paper.id).toEqual(extract(paper)));
    expect(mentionsByPaper.every((mentions) => mentions.length > 0)).toBe(true);
  });
});
