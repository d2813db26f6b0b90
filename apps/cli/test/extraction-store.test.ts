// The extract stage's store, compact form and workers (apps/cli/src/extraction): results read
// back from the store or a worker are the Mention objects extract() returns, a changed
// extractor version re-extracts everything, and a rebuild extracts only new or changed papers.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Paper } from "@fieldmap/corpus";
import { extract, paperText } from "@fieldmap/extract";
import { beforeAll, describe, expect, it } from "vitest";
import { compactMentions, expandMentions } from "../src/extraction/compact";
import { extractPapers, type ExtractionSettings } from "../src/extraction/extract-papers";
import { openExtractionStore } from "../src/extraction/store";
import { contentKey, defaultExtractorSources, extractorVersion } from "../src/extraction/version";
import { readInputs } from "../src/inputs";
import { REPO_ROOT } from "./helpers";

let seeds: Paper[] = [];
beforeAll(async () => {
  seeds = (await readInputs(["data/seeds"], { cwd: REPO_ROOT })).papers;
});

/** Settings with a store in a fresh directory; `notes` collects the summary lines. */
function storeSettings(version: string, cacheDir = mkdtempSync(join(tmpdir(), "fieldmap-store-"))) {
  const notes: string[] = [];
  const settings: ExtractionSettings = { workers: 1, workersGiven: false, cacheDir, version, note: (line) => notes.push(line) };
  return { settings, notes, cacheDir };
}

/** "extract: 12 papers extracted ..., 3 read from the cache" -> [12, 3]. */
function counts(note: string | undefined): [number, number] {
  const match = /extract: ([\d,]+) papers extracted.*, ([\d,]+) read from the cache/.exec(note ?? "");
  if (!match) throw new Error(`no extraction summary in: ${note}`);
  return [Number(match[1]!.replace(/,/g, "")), Number(match[2]!.replace(/,/g, ""))];
}

describe("compact per-paper results", () => {
  it("compact: expanding gives back extract()'s mentions, field for field and in key order", () => {
    for (const paper of seeds.slice(0, 60)) {
      const mentions = extract(paper);
      const expanded = expandMentions(paper, compactMentions(paperText(paper), mentions));
      expect(JSON.stringify(expanded), paper.id).toBe(JSON.stringify(mentions));
    }
  });

  it("compact: survives a JSON round trip (the store's encoding)", () => {
    const paper = seeds[0]!;
    const compact = JSON.parse(JSON.stringify(compactMentions(paperText(paper), extract(paper))));
    expect(expandMentions(paper, compact)).toEqual(extract(paper));
  });
});

describe("the incremental store", () => {
  it("store: results are read back only under the extractor version that wrote them", () => {
    const dir = mkdtempSync(join(tmpdir(), "fieldmap-store-"));
    const result = [[0, 4, 1, 0, 0, 10, null]] as const;
    const v1 = openExtractionStore(dir, "v1");
    v1.putMany([["k", [[...result[0]]]]]);
    expect(v1.getMany(["k", "other"])).toEqual([[[...result[0]]], undefined]);
    v1.close();
    const v2 = openExtractionStore(dir, "v2");
    expect(v2.getMany(["k"]), "a new version must not see v1's rows").toEqual([undefined]);
    v2.close();
    const v1again = openExtractionStore(dir, "v1");
    expect(v1again.getMany(["k"]), "opening under v2 removed v1's rows").toEqual([undefined]);
    v1again.close();
  });

  it("version: a change to a lexicon file extract() loads changes it; the relation cues (not read by extract()) do not", () => {
    // A copy of the extractor's tree, laid out as in the repository.
    const root = mkdtempSync(join(tmpdir(), "fieldmap-extractor-"));
    cpSync(join(REPO_ROOT, "packages", "extract", "src"), join(root, "packages", "extract", "src"), { recursive: true });
    cpSync(join(REPO_ROOT, "data", "lexicon"), join(root, "data", "lexicon"), { recursive: true });
    const copy = { ...defaultExtractorSources(), entry: join(root, "packages", "extract", "src", "extract.ts") };
    const before = extractorVersion(copy);
    expect(before, "the same files give the same version").toBe(extractorVersion());
    const edit = (file: string) => {
      const data = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      writeFileSync(file, JSON.stringify({ ...data, edited: true }));
    };
    edit(join(root, "data", "lexicon", "relations.json"));
    expect(extractorVersion(copy)).toBe(before);
    edit(join(root, "data", "lexicon", "methods.json"));
    expect(extractorVersion(copy)).not.toBe(before);
  });

  it("incremental: a rebuild extracts only added and changed papers, with the same results", async () => {
    const papers = seeds.slice(0, 40);
    const { settings, notes } = storeSettings("test-version");
    const cold = await extractPapers(papers, settings);
    expect(counts(notes.at(-1))).toEqual([40, 0]);
    expect(await extractPapers(papers, settings)).toEqual(cold);
    expect(counts(notes.at(-1)), "warm").toEqual([0, 40]);
    // Add one paper, change one, remove one.
    const added = seeds[40]!;
    const changed = { ...papers[1]!, abstract: `${papers[1]!.abstract} We also release BrandNewBench.` };
    const next = [papers[0]!, changed, ...papers.slice(3), added];
    const rebuilt = await extractPapers(next, settings);
    expect(counts(notes.at(-1)), "add + change + remove").toEqual([2, 38]);
    expect(rebuilt).toEqual(next.map((paper) => extract(paper)));
  });

  it("incremental: results come from the store under its version, and a new version re-extracts all", async () => {
    const papers = seeds.slice(0, 5);
    const { settings, cacheDir } = storeSettings("v1");
    // A doctored stored result proves the store is read (the real one has mentions).
    const store = openExtractionStore(cacheDir, "v1");
    store.putMany([[contentKey(papers[0]!), []]]);
    store.close();
    const fromStore = await extractPapers(papers, settings);
    expect(fromStore[0]).toEqual([]);
    const { settings: other, notes } = storeSettings("v2", cacheDir);
    const fresh = await extractPapers(papers, other);
    expect(counts(notes.at(-1))).toEqual([5, 0]);
    expect(fresh[0]).toEqual(extract(papers[0]!));
    expect(fresh[0]!.length).toBeGreaterThan(0);
  });

  it("store: one that cannot be opened is reported and the build goes on without it", async () => {
    const notes: string[] = [];
    const file = join(mkdtempSync(join(tmpdir(), "fieldmap-store-")), "a-file");
    writeFileSync(file, "not a directory");
    const result = await extractPapers(seeds.slice(0, 2), { workers: 1, workersGiven: false, cacheDir: file, version: "v", note: (l) => notes.push(l) });
    expect(notes[0]).toMatch(/^cannot use the extraction cache .*a-file/);
    expect(result).toEqual(seeds.slice(0, 2).map((p) => extract(p)));
  });
});

describe("worker threads", () => {
  it("workers: two worker threads give the mentions of one thread, in paper order", async () => {
    const papers = seeds.slice(0, 60);
    const settings = (workers: number): ExtractionSettings => ({ workers, workersGiven: true, note: () => {} });
    const [one, two] = [await extractPapers(papers, settings(1)), await extractPapers(papers, settings(2))];
    expect(two.map((m) => m[0]?.paperId)).toEqual(one.map((m) => m[0]?.paperId));
    expect(two).toEqual(one);
  });
});
