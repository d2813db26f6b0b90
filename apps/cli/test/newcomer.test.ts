import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDoc } from "../../../packages/export/test/fixture";
import { formatSummary, type BuildReport } from "../src/report";
import { runCli } from "../src/run";
import { cli, REPO_ROOT, tempDir } from "./helpers";

// What a newcomer meets first (issue 12): empty maps, mistyped options, the build summary.

describe("a build that yields no node", () => {
  it.each([
    ["no entity in the papers", ["data/fixtures/openalex-page.json"], /no entity found in the 2 papers' titles and abstracts \(1 of them title-only\).*give papers with abstracts/],
    ["every entity under --min-count", ["data/fixtures/zotero.bib", "--min-count", "5"], /none of the 9 entities .*try --min-count 1 \(it was 5\)/],
  ])("empty map (%s): one line says why and what to do, exit 1, nothing written", async (_case, args, why) => {
    const out = join(tempDir(), "map");
    const run = await cli("build", ...args, "-o", out);
    expect(run.code).toBe(1);
    const errors = run.stderr.split("\n").filter((line) => line.startsWith("fieldmap: "));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(why);
    expect(errors[0]).toMatch(/nothing written$/);
    expect(run.stdout).toBe("");
    expect(existsSync(out) ? readdirSync(out) : [], "no blank map.png or graph.json").toEqual([]);
  });

  // No report is written then, so the error is where a user learns that the papers that were
  // missing are in the file, on a line the reading could not parse.
  it("empty map with a record skipped: the one line names the first skipped record's file, line and reason", async () => {
    const file = join(tempDir(), "papers.jsonl");
    writeFileSync(file, `${JSON.stringify({ title: "A short note", abstract: "Some words about nothing in particular." })}\n{"title": "Broken\n`);
    const run = await cli("build", file, "-o", join(tempDir(), "map"));
    expect(run.code).toBe(1);
    const errors = run.stderr.split("\n").filter((line) => line.startsWith("fieldmap: "));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/so the map is empty; 1 record skipped, the first \S*papers\.jsonl line 2: invalid JSON .*nothing written$/);
  });

  it("a handful of papers gets a map by default, and the summary says which --min-count was used", async () => {
    const run = await cli("build", "data/fixtures/zotero.bib", "-o", tempDir(), "--only", "json");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/map:\s+[1-9]\d* nodes/);
    expect(run.stdout).toMatch(/entities of at least 1 paper/);
  });
});

describe("options", () => {
  it.each([
    ["a misspelt flag gets the nearest one", ["--resolutoin", "2"], /^fieldmap: build: unknown option --resolutoin; did you mean --resolution\? \(see fieldmap build --help\)$/],
    ["a swapped pair of letters too", ["--normalisaiton", "none"], /did you mean --normalisation\?/],
    ["no suggestion when nothing is near", ["--zzzzzz", "1"], /^fieldmap: build: unknown option --zzzzzz \(see fieldmap build --help\)$/],
    ["a negative value is read as the value, then range-checked", ["--resolution", "-1"], /--resolution expects auto or a number above 0, got '-1'/],
    ["--resolution=-1", ["--resolution=-1"], /--resolution expects auto or a number above 0, got '-1'/],
    ["--resolution 0", ["--resolution", "0"], /--resolution expects auto or a number above 0, got '0'/],
    ["--max-nodes 0", ["--max-nodes", "0"], /--max-nodes expects a whole number of at least 1, got '0'/],
    ["--min-count 0.5", ["--min-count", "0.5"], /--min-count expects auto or a whole number of at least 1, got '0.5'/],
    ["--min-edge-weight 0", ["--min-edge-weight", "0"], /--min-edge-weight expects a number above 0, got '0'/],
    ["--iterations 0", ["--iterations", "0"], /--iterations expects a whole number from 1 to 100000, got '0'/],
    ["--seed 1.5", ["--seed", "1.5"], /--seed expects a whole number, got '1.5'/],
    ["--seed with no value", ["--seed"], /^fieldmap: build: --seed needs a value \(see fieldmap build --help\)$/],
    ["a flag given a value", ["--keep-generic=yes"], /--keep-generic takes no value/],
  ])("build: %s", async (_case, args, message) => {
    const run = await cli("build", "data/fixtures/zotero.bib", "-o", tempDir(), ...args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
  });

  it("accepts a negative --seed, where a negative number makes sense", async () => {
    const run = await cli("build", "data/fixtures/zotero.bib", "-o", tempDir(), "--only", "json", "--seed", "-3");
    expect(run.stderr).not.toMatch(/^fieldmap: /m);
    expect(run.code).toBe(0);
  });

  it("suggests the nearest command", async () => {
    const run = await cli("biuld", "data/seeds");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("fieldmap: unknown command 'biuld'; did you mean build? (try: fieldmap --help)\n");
  });
});

describe("the build summary", () => {
  it("lists every community, however many", () => {
    const communities = Array.from({ length: 11 }, (_, id) => ({ id, label: `cluster ${id}`, size: 20 - id, subcommunities: [] }));
    const report = {
      records: 300, papers: 300, duplicatesMerged: 0, titleOnly: 0, skipped: { count: 0, records: [] }, files: ["papers.jsonl"],
      mentions: 900, entities: { total: 200, byType: { method: 200 }, inMap: 150 }, merges: 0, nodes: 150, edges: 400, minCount: 2,
      communities, modularity: 0.5, resolution: { top: 1, sub: 1 }, stability: 0.9, generic: [], disconnected: 0, timingsMs: {},
    } as unknown as BuildReport;
    const summary = formatSummary(report, ["graph.json"], "out");
    for (const community of communities) expect(summary).toContain(`${community.label} (${community.size}; 0 sub-clusters)`);
    expect(summary).toMatch(/entities of at least 2 papers; --min-count 1 keeps all 200/);
  });
});

describe("where files go", () => {
  it("slides without -o writes out/slides/ (git-ignored), not slides/ in the current directory", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "graph.json"), JSON.stringify(fixtureDoc()));
    writeFileSync(join(cwd, "viewer.html"), "<!doctype html><html><head><title>viewer</title></head><body></body></html>");
    let stdout = "";
    const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined, cwd };
    const code = await runCli(["slides", "graph.json", "--viewer", "viewer.html", "--communities", "1", "--width", "320", "--height", "180"], io);
    expect(code).toBe(0);
    expect(existsSync(join(cwd, "out", "slides", "index.html"))).toBe(true);
    expect(existsSync(join(cwd, "slides"))).toBe(false);
    expect(stdout).toContain(join("out", "slides", "index.html"));
  });

  it("git ignores out/, where build, slides and the tests write", () => {
    const check = spawnSync("git", ["check-ignore", "out/slides/index.html", "out/graph.json"], { cwd: REPO_ROOT });
    expect(check.status).toBe(0);
  });
});
