// `build --update` copies each unchanged paper's JSON from the previous graph.json (per-paper
// fingerprints recorded beside the store, paper-fragments.ts). Across an update that adds,
// changes and removes papers, graph.json must be the bytes an update that stringifies every
// paper writes, and a record that no longer matches its graph.json must copy nothing.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { MapDocument } from "@fieldmap/graph";
import { readInputs } from "../src/inputs";
import { fragmentRecordPath, paperRanges } from "../src/paper-fragments";
import { cli, REPO_ROOT, tempDir } from "./helpers";

const OPTIONS = ["--min-count", "2", "--only", "json"];

/** A build's output and its store, side by side as a build makes them: PARENT/out and PARENT/.out.fieldmap-cache. */
const outOf = (parent: string) => join(parent, "out");
const storeOf = (parent: string) => join(parent, ".out.fieldmap-cache");

function jsonl(papers: ReadonlyArray<{ id: string; title: string; abstract: string; date?: string }>): string {
  return papers.map((p) => JSON.stringify({ id: p.id, title: p.title, abstract: p.abstract, ...(p.date ? { date: p.date } : {}) })).join("\n") + "\n";
}

const readDoc = (parent: string) => JSON.parse(readFileSync(join(outOf(parent), "graph.json"), "utf8")) as MapDocument;
const readReport = (parent: string) => JSON.parse(readFileSync(join(outOf(parent), "report.json"), "utf8")) as { papers: number; update?: { papersReused?: number } };

describe("fieldmap build --update: papers' JSON carried over from the previous graph.json", () => {
  const work = tempDir();
  const previous = join(work, "previous");
  const copied = join(work, "copied");
  const stringified = join(work, "stringified");
  const tampered = join(work, "tampered");
  // The same update with the time analysis on its own thread: the papers section is written ahead, then copied into graph.json.
  const threaded = join(work, "threaded");
  const REVISED = " (revised)";
  let removedId = "";
  let changedId = "";
  let addedIds: string[] = [];

  beforeAll(async () => {
    const { papers } = await readInputs(["data/seeds"], { cwd: REPO_ROOT });
    const before = papers.slice(0, 120);
    removedId = before[0]!.id;
    changedId = before[5]!.id;
    addedIds = papers.slice(120, 140).map((p) => p.id);
    // The update: the first paper gone, the sixth retitled, 20 papers added.
    const after = [...before.slice(1).map((p) => (p.id === changedId ? { ...p, title: `${p.title}${REVISED}` } : p)), ...papers.slice(120, 140)];
    writeFileSync(join(work, "before.jsonl"), jsonl(before));
    writeFileSync(join(work, "after.jsonl"), jsonl(after));
    mkdirSync(previous);
    const built = await cli("build", join(work, "before.jsonl"), "-o", outOf(previous), ...OPTIONS, "--workers", "1");
    expect(built.code, built.stderr).toBe(0);
    for (const parent of [copied, stringified, tampered, threaded]) cpSync(previous, parent, { recursive: true });
    // Without the record, the update stringifies every paper: the reference bytes.
    rmSync(fragmentRecordPath(storeOf(stringified)));
    // A graph.json edited since its record was written: one title in its papers section changed.
    const path = join(outOf(tampered), "graph.json");
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.replace(`"title": "${before[3]!.title}"`, `"title": "${before[3]!.title}!"`));
    for (const parent of [copied, stringified, tampered, threaded]) {
      const workers = parent === threaded ? "2" : "1";
      const run = await cli("build", join(work, "after.jsonl"), "-o", outOf(parent), ...OPTIONS, "--workers", workers, "--update");
      expect(run.code, run.stderr).toBe(0);
    }
  }, 240_000);

  it("every build with a store records each paper's fingerprint, in graph.json's order", () => {
    const record = JSON.parse(readFileSync(fragmentRecordPath(storeOf(previous)), "utf8")) as { fingerprints: string[]; papersOffset: number; papersLength: number };
    const graphJson = readFileSync(join(outOf(previous), "graph.json"));
    const section = graphJson.subarray(record.papersOffset, record.papersOffset + record.papersLength);
    expect(section.subarray(0, 14).toString()).toBe(',\n  "papers": ');
    const ranges = paperRanges(section);
    expect(ranges).toHaveLength(120);
    expect(record.fingerprints).toHaveLength(120);
    expect(new Set(record.fingerprints).size).toBe(120);
    // Each range is one paper, in document order.
    const doc = readDoc(previous);
    ranges.forEach(([start, end], i) => expect((JSON.parse(section.subarray(start, end).toString()) as { id: string }).id).toBe(doc.papers[i]!.id));
  });

  it("the update copies the unchanged papers and writes the bytes of an update that copies none", () => {
    const reused = readReport(copied).update?.papersReused ?? 0;
    expect(reused, "papers copied").toBeGreaterThan(0);
    expect(reused).toBeLessThan(139);
    expect(readReport(stringified).update?.papersReused).toBe(0);
    const bytes = readFileSync(join(outOf(copied), "graph.json"));
    expect(bytes.equals(readFileSync(join(outOf(stringified), "graph.json")))).toBe(true);
  });

  it("the update with the time analysis on its own thread copies as many papers and writes the same bytes", () => {
    expect(readReport(threaded).update?.papersReused).toBe(readReport(copied).update?.papersReused);
    expect(readFileSync(join(outOf(threaded), "graph.json")).equals(readFileSync(join(outOf(stringified), "graph.json")))).toBe(true);
  });

  it("the update's graph.json holds the added and changed papers as they now are, and not the removed one", () => {
    const papers = new Map(readDoc(copied).papers.map((p) => [p.id, p]));
    expect(papers.size).toBe(139);
    expect(papers.has(removedId)).toBe(false);
    for (const id of addedIds) expect(papers.has(id), id).toBe(true);
    expect(papers.get(changedId)!.title.endsWith(REVISED), "the changed paper's new title").toBe(true);
  });

  it("a graph.json changed since its record was written has nothing copied from it", () => {
    expect(readReport(tampered).update?.papersReused).toBe(0);
    expect(readFileSync(join(outOf(tampered), "graph.json")).equals(readFileSync(join(outOf(stringified), "graph.json")))).toBe(true);
  });

  it("the update records its own papers for the next one", () => {
    const record = JSON.parse(readFileSync(fragmentRecordPath(storeOf(copied)), "utf8")) as { fingerprints: string[] };
    expect(record.fingerprints).toHaveLength(139);
  });
});
