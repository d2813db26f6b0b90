// The extract stage's store, compact form and workers (apps/cli/src/extraction): results read
// back from the store or a worker are the Mention objects extract() returns, a changed
// extractor version re-extracts everything, and a rebuild extracts only new or changed papers.
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Paper } from "@fieldmap/corpus";
import { extract, extractRelations, paperText } from "@fieldmap/extract";
import { beforeAll, describe, expect, it } from "vitest";
import { compactMentions, expandMentions, type CompactMentions } from "../src/extraction/compact";
import { compactRelations, expandRelations, type CompactRelations } from "../src/extraction/compact-relations";
import { startEarlyExtraction } from "../src/extraction/early-thread";
import { extractCorpus, extractPapers, type ExtractionSettings } from "../src/extraction/extract-papers";
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

describe("compact per-paper relations", () => {
  it("compact relations: expanding gives back extractRelations's relations, field for field, after a JSON round trip", () => {
    let relations = 0;
    for (const paper of seeds) {
      const mentions = extract(paper);
      const fresh = extractRelations(paper, mentions);
      relations += fresh.length;
      const stored = JSON.parse(JSON.stringify(compactRelations(paperText(paper), fresh))) as CompactRelations;
      expect(JSON.stringify(expandRelations(paper, stored)), paper.id).toBe(JSON.stringify(fresh));
    }
    expect(relations, "the seeds state relations").toBeGreaterThan(50);
  });

  it("store: relations read back from the store equal relations extracted fresh", async () => {
    const papers = seeds.slice(0, 60);
    const { settings, notes } = storeSettings("relations-version");
    await extractCorpus(papers, settings);
    const warm = await extractCorpus(papers, settings);
    expect(counts(notes.at(-1)), "warm").toEqual([0, 60]);
    const fresh = papers.map((paper) => extractRelations(paper, extract(paper)));
    expect(fresh.flat().length).toBeGreaterThan(10);
    expect(warm.relationsByPaper).toEqual(fresh);
  });

  it("store: a rebuild takes a paper's relations from the store, it does not extract them again", async () => {
    const paper = seeds.find((p) => extractRelations(p, extract(p)).length > 0)!;
    const { settings, cacheDir } = storeSettings("v1");
    // A stored result with the real mentions and no relations: what the rebuild returns is what the store holds.
    const store = openExtractionStore(cacheDir, "v1");
    store.putMany([[contentKey(paper), { mentions: compactMentions(paperText(paper), extract(paper)), relations: [] }]]);
    store.close();
    const fromStore = await extractCorpus([paper], settings);
    expect(fromStore.mentionsByPaper[0]).toEqual(extract(paper));
    expect(fromStore.relationsByPaper[0]).toEqual([]);
  });
});

describe("the incremental store", () => {
  it("store: a paper's key is the SHA-256 of its title's length, title and abstract, so stores written before keep their keys", () => {
    const papers = [
      { title: "GRPO", abstract: "We study group relative policy optimization." },
      { title: "Écoles: résumé ∼ 3× faster", abstract: "Naïve 日本語 text, emoji 🙂 and math α≤β." },
      { title: "", abstract: "" },
      ...seeds.slice(0, 20),
    ];
    for (const paper of papers) {
      const written = createHash("sha256").update(`${paper.title.length}:`).update(paper.title).update(paper.abstract).digest("base64url");
      expect(contentKey(paper)).toBe(written);
    }
    expect(contentKey({ title: "ab", abstract: "c" })).not.toBe(contentKey({ title: "a", abstract: "bc" }));
  });

  it("store: results are read back only under the extractor version that wrote them", () => {
    const dir = mkdtempSync(join(tmpdir(), "fieldmap-store-"));
    const result = [[0, 4, 1, 0, 0, 10, null]] as const;
    const v1 = openExtractionStore(dir, "v1");
    v1.putMany([["k", { mentions: [[...result[0]]], relations: [] }]]);
    expect(v1.getMany(["k", "other"])).toEqual([{ mentions: [[...result[0]]], relations: [] }, undefined]);
    v1.close();
    const v2 = openExtractionStore(dir, "v2");
    expect(v2.getMany(["k"]), "a new version must not see v1's rows").toEqual([undefined]);
    v2.close();
    const v1again = openExtractionStore(dir, "v1");
    expect(v1again.getMany(["k"]), "opening under v2 removed v1's rows").toEqual([undefined]);
    v1again.close();
  });

  it("store: many keys are answered in the order asked, whatever the table's order, and the missing ones can be told first", () => {
    const dir = mkdtempSync(join(tmpdir(), "fieldmap-store-"));
    const store = openExtractionStore(dir, "v1");
    const result = (n: number) => ({ mentions: [[0, n, 1, 0, 0, 10, null]] as CompactMentions, relations: [] });
    // Keys written in one order, asked in another, with absent ones among them.
    store.putMany(["m", "b", "y", "d"].map((key, n) => [key, result(n)] as const));
    const asked = ["y", "zz", "b", "a", "m", "d", "b"];
    const expected = [result(2), undefined, result(1), undefined, result(0), result(3), result(1)];
    expect(store.getMany(asked)).toEqual(expected);
    const told: string[][] = [];
    const answers = store.getMany(asked, (missing) => told.push(missing));
    expect(told, "told once, before the results, in the order asked").toEqual([["zz", "a"]]);
    expect(answers).toEqual(expected);
    store.close();
  });

  it("version: a change to a lexicon file extract() or extractRelations() loads changes it; normalisation (run after the store) does not", () => {
    // A copy of the extractor's tree, laid out as in the repository.
    const root = mkdtempSync(join(tmpdir(), "fieldmap-extractor-"));
    const src = join(root, "packages", "extract", "src");
    cpSync(join(REPO_ROOT, "packages", "extract", "src"), src, { recursive: true });
    cpSync(join(REPO_ROOT, "data", "lexicon"), join(root, "data", "lexicon"), { recursive: true });
    const copy = { ...defaultExtractorSources(), entries: [join(src, "extract.ts"), join(src, "relations.ts")] };
    let before = extractorVersion(copy);
    expect(before, "the same files give the same version").toBe(extractorVersion());
    const edit = (file: string) => {
      const data = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      writeFileSync(file, JSON.stringify({ ...data, edited: true }));
    };
    writeFileSync(join(src, "normalise.ts"), `${readFileSync(join(src, "normalise.ts"), "utf8")}\n// edited\n`);
    expect(extractorVersion(copy), "normalise.ts").toBe(before);
    // Relations are stored with the mentions, so their cues re-extract everything.
    edit(join(root, "data", "lexicon", "relations.json"));
    expect(extractorVersion(copy), "relations.json").not.toBe(before);
    before = extractorVersion(copy);
    edit(join(root, "data", "lexicon", "methods.json"));
    expect(extractorVersion(copy), "methods.json").not.toBe(before);
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
    store.putMany([[contentKey(papers[0]!), { mentions: [], relations: [] }]]);
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
  it("early thread: started only for a build whose store holds a large corpus, with a second core, and not for BullMQ", async () => {
    const { settings, cacheDir } = storeSettings("early-version");
    const two = { ...settings, workers: 2 };
    expect(startEarlyExtraction(two, 0), "no store yet").toBeUndefined();
    await extractPapers(seeds.slice(0, 2), two);
    expect(startEarlyExtraction(settings, 0), "one worker").toBeUndefined();
    expect(startEarlyExtraction({ ...two, redis: "redis://127.0.0.1:1" }, 0), "BullMQ").toBeUndefined();
    expect(startEarlyExtraction({ ...two, cacheDir: undefined }, 0), "--no-cache").toBeUndefined();
    expect(startEarlyExtraction(two), "two papers' store: the reading would be over before the thread is up").toBeUndefined();
    const early = startEarlyExtraction(two, 0);
    expect(early, `a store in ${cacheDir}`).toBeDefined();
    // Ended at once, as a rebuild with nothing new ends it: the thread is ended once it is up.
    await early!.close();
  });

  it("early thread: a rebuild's new and changed papers are extracted on it while the store is read, with the same results", async () => {
    const papers = seeds.slice(0, 50);
    const { settings, notes } = storeSettings("early-rebuild");
    const two = { ...settings, workers: 2 };
    await extractCorpus(papers.slice(0, 40), two);
    const changed = { ...papers[3]!, abstract: `${papers[3]!.abstract} We also release BrandNewBench.` };
    const next = [...papers.slice(0, 3), changed, ...papers.slice(4)];
    const early = startEarlyExtraction(two, 0)!;
    const pool = early.pool;
    let rebuilt;
    try {
      rebuilt = await extractCorpus(next, two, pool);
      expect(pool.completed, "the new papers went to the early thread as one task").toBe(1);
      // Its work done, it is ended at once, before the build's later steps.
      early.release();
      expect(pool.threads, "the thread is ended on release").toHaveLength(0);
    } finally {
      await early.close();
    }
    expect(counts(notes.at(-1)), "10 added, 1 changed; 39 from the store").toEqual([11, 39]);
    expect(rebuilt.mentionsByPaper).toEqual(next.map((paper) => extract(paper)));
    expect(rebuilt.relationsByPaper).toEqual(next.map((paper) => extractRelations(paper, extract(paper))));
    // And the store now holds them all.
    await extractCorpus(next, two);
    expect(counts(notes.at(-1))).toEqual([0, 50]);
  });

  it("workers: two worker threads give the mentions and relations of one thread, in paper order", async () => {
    const papers = seeds.slice(0, 60);
    const settings = (workers: number): ExtractionSettings => ({ workers, workersGiven: true, note: () => {} });
    const [one, two] = [await extractCorpus(papers, settings(1)), await extractCorpus(papers, settings(2))];
    expect(two.mentionsByPaper.map((m) => m[0]?.paperId)).toEqual(one.mentionsByPaper.map((m) => m[0]?.paperId));
    expect(two.mentionsByPaper).toEqual(one.mentionsByPaper);
    expect(one.relationsByPaper.flat().length).toBeGreaterThan(10);
    expect(two.relationsByPaper).toEqual(one.relationsByPaper);
  });
});
