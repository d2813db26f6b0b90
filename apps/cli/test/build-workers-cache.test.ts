// `fieldmap build --workers N` and the incremental store, end to end on the seed corpus: the
// output is the same bytes for any number of workers and whether results came from the store
// or were extracted, and a rebuild of the same papers extracts none.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, tempDir } from "./helpers";

const PINNED_EPOCH = "1700000000";
const previousEpoch = process.env.SOURCE_DATE_EPOCH;
beforeAll(() => {
  process.env.SOURCE_DATE_EPOCH = PINNED_EPOCH;
});
afterAll(() => {
  if (previousEpoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = previousEpoch;
});

const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");
/** report.json without its timings, which are the one part that may differ between runs. */
function reportWithoutTimings(dir: string): unknown {
  const { timingsMs: _, ...rest } = JSON.parse(read(dir, "report.json")) as Record<string, unknown>;
  return rest;
}

describe("build: workers and the extraction store", () => {
  const root = tempDir("fieldmap-workers-");
  const cached = join(root, "cached");
  const threaded = join(root, "threaded");
  let cold = "";

  beforeAll(async () => {
    const run = await cli("build", "data/seeds", "-o", cached, "--workers", "1", "--only", "json,gexf");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^extract: 194 papers extracted in \S+, 0 read from the cache$/m);
    cold = read(cached, "graph.json");
  }, 120_000);

  it("store: is kept beside the output directory, outside it", () => {
    expect(existsSync(join(dirname(cached), ".cached.fieldmap-cache", "extraction.sqlite"))).toBe(true);
    expect(existsSync(join(cached, ".fieldmap-cache"))).toBe(false);
  });

  it("store: a rebuild of the same papers reads every result from the store and writes the same graph.json", async () => {
    const run = await cli("build", "data/seeds", "-o", cached, "--workers", "1", "--only", "json,gexf");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^extract: 0 papers extracted in \S+, 194 read from the cache$/m);
    expect(read(cached, "graph.json")).toBe(cold);
  }, 120_000);

  it("workers: two worker threads (no store) write the same graph.json, graph.gexf and report.json as one thread", async () => {
    const run = await cli("build", "data/seeds", "-o", threaded, "--workers", "2", "--no-cache", "--only", "json,gexf");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^extract: 194 papers extracted on 2 workers in \S+$/m);
    expect(existsSync(join(root, ".threaded.fieldmap-cache")), "--no-cache writes no store").toBe(false);
    expect(read(threaded, "graph.json")).toBe(cold);
    expect(read(threaded, "graph.gexf")).toBe(read(cached, "graph.gexf"));
    expect(reportWithoutTimings(threaded)).toEqual(reportWithoutTimings(cached));
  }, 120_000);

  // With a second thread, the time analysis runs on it, from the map's parts (trendInputOfMap),
  // while graph.json's document is made and its papers and graph.gexf's edges are written
  // (trends-worker, written-ahead.ts): the bytes compared above are that path's, the single thread's are the other's.
  it("workers: with two threads the time analysis ran on its own thread and the papers were written beside it; one thread did neither", () => {
    const timings = (dir: string) => (JSON.parse(read(dir, "report.json")) as { timingsMs: Record<string, number> }).timingsMs;
    expect(Object.keys(timings(threaded))).toEqual(expect.arrayContaining(["trends.thread", "write.ahead"]));
    expect(Object.keys(timings(cached))).not.toContain("trends.thread");
    expect(existsSync(join(threaded, ".graph.json.papers")), "the papers written ahead are spliced in, then removed").toBe(false);
    expect(existsSync(join(threaded, ".graph.gexf.edges")), "the edges written ahead are spliced in, then removed").toBe(false);
  });

  it.each([
    [["--workers", "0"], "build: --workers expects a whole number from 1 to 256, got '0'"],
    [["--workers", "two"], "build: --workers expects a whole number from 1 to 256, got 'two'"],
    [["--cache", "c", "--no-cache"], "build: --cache and --no-cache exclude each other"],
  ])("options: %j is refused in one line before anything is read", async (args, message) => {
    const out = join(root, "refused");
    const run = await cli("build", "data/seeds", "-o", out, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`fieldmap: ${message}\n`);
    expect(existsSync(out)).toBe(false);
  });
});
