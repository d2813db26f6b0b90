/**
 * Map-quality floors on a small slice of the dev corpus (its first 1,500 papers, read-only
 * beside the repository): a few seconds, so a regression of relevance, clustering or layout
 * shows without the full corpus. The figures come from ../shared/tools/map_quality.py; the
 * slice's reference labels stay in that script.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_PYTHON } from "../../../packages/export/test/helpers";
import { cli, REPO_ROOT, tempDir } from "./helpers";
import { DEV_CORPUS } from "./shared-maps";

const MAP_QUALITY = join(REPO_ROOT, "..", "shared", "tools", "map_quality.py");
const SLICE = 1_500;

let report: Record<string, number> = {};

beforeAll(async () => {
  const dir = tempDir("fieldmap-slice-");
  const slice = join(dir, "slice.jsonl");
  const lines = readFileSync(DEV_CORPUS, "utf8").split("\n").slice(0, SLICE);
  writeFileSync(slice, `${lines.join("\n")}\n`);
  const out = join(dir, "out");
  const run = await cli("build", slice, "-o", out, "--only", "json,svg");
  if (run.code !== 0) throw new Error(run.stderr);
  report = JSON.parse(execFileSync(SYSTEM_PYTHON, [MAP_QUALITY, out, slice, "--json"], { encoding: "utf8" })) as Record<string, number>;
}, 120_000);

describe(`the map of the dev corpus's first ${SLICE} papers`, () => {
  it("colours every node with one of 6-12 top-level clusters", () => {
    expect(report.coloured_share).toBe(1);
    expect(report.communities).toBeGreaterThanOrEqual(6);
    expect(report.communities).toBeLessThanOrEqual(12);
  });

  it("sets its clusters apart on the page (silhouette >= 0.25) with no overlapping labels", () => {
    expect(report.silhouette).toBeGreaterThanOrEqual(0.25);
    expect(report.svg_overlaps).toBe(0);
  });
});
