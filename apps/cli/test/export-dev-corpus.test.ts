/**
 * The static drawing and the formats on a real corpus's map (the dev corpus, 7,229 arXiv
 * abstracts, read-only beside the repository): built once for the whole file (about 25 s).
 * The overlap figure is the official one, from ../shared/tools/map_quality.py.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { MapDocument } from "@fieldmap/graph";
import { beforeAll, describe, expect, it } from "vitest";
import { GEXF_13_SCHEMA, readWithPython, SYSTEM_PYTHON, validateRelaxNg } from "../../../packages/export/test/helpers";
import { REPO_ROOT, cli, tempDir } from "./helpers";
import { DEV_CORPUS, sharedMapCopy } from "./shared-maps";

const MAP_QUALITY = join(REPO_ROOT, "..", "shared", "tools", "map_quality.py");

function quality(dir: string): Record<string, number> {
  return JSON.parse(execFileSync(SYSTEM_PYTHON, [MAP_QUALITY, dir, DEV_CORPUS, "--json"], { encoding: "utf8" })) as Record<string, number>;
}

let out = "";
let doc: MapDocument;
let svg = "";

beforeAll(async () => {
  out = await sharedMapCopy("dev-corpus"); // built once per run for this file and the browser ones
  doc = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as MapDocument;
  svg = readFileSync(join(out, "map.svg"), "utf8");
}, 240_000);

describe("the dev-corpus map", () => {
  it("map.svg has no overlapping texts by map_quality.py", () => {
    const report = JSON.parse(execFileSync(SYSTEM_PYTHON, [MAP_QUALITY, out, "--json"], { encoding: "utf8" })) as { svg_overlaps?: number };
    expect(report.svg_overlaps).toBe(0);
  });

  it("meets the map-quality floors (pnpm eval map's targets) by map_quality.py, on the mean of five seeds", async () => {
    // Each build is deterministic, but one Louvain seed is one draw: over one day's extractor
    // changes the default seed's silhouette went 0.24-0.35 and its cluster count 7-12 while the
    // mean of five seeds stayed 0.28-0.31. So the silhouette floor, like pnpm eval map's targets,
    // holds for the mean (seed 42, the shared map, and seeds 1-4, extraction read back from one
    // store); the shape of every map is checked seed by seed. The reference labels stay in the script.
    const cache = tempDir();
    const reports: Record<string, number>[] = [quality(out)];
    for (const seed of [1, 2, 3, 4]) {
      const dir = tempDir();
      const run = await cli("build", DEV_CORPUS, "-o", dir, "--only", "json", "--seed", String(seed), "--cache", cache, "--force");
      expect(run.code, run.stderr).toBe(0);
      reports.push(quality(dir));
    }
    for (const report of reports) {
      expect(report.coloured_share).toBe(1);
      expect(report.communities).toBeGreaterThanOrEqual(6);
      expect(report.communities).toBeLessThanOrEqual(12);
      // NMI moves by about 0.03 between seeds: this floor sits under that spread, so only a real
      // loss of topical structure crosses it.
      expect(report.nmi).toBeGreaterThanOrEqual(0.22);
      expect(report.generic_top30).toBeLessThanOrEqual(0.33);
    }
    const mean = (key: string) => reports.reduce((sum, r) => sum + r[key]!, 0) / reports.length;
    expect(mean("silhouette"), "mean silhouette of five seeds").toBeGreaterThanOrEqual(0.25);
    expect(mean("generic_top30"), "mean generic_top30 of five seeds").toBeLessThanOrEqual(0.3);
  }, 300_000);

  it("map.svg draws the strongest 1,000 links and names every community", () => {
    expect(doc.graph.edges.length).toBeGreaterThan(1000);
    expect(svg.match(/<line /g)).toHaveLength(1000);
    const group = /<g id="cluster-names"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? "";
    const names = [...group.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => (m[1] ?? "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")).join(" ");
    // A name starts with the label's first part (its most characteristic entity).
    for (const community of doc.fieldmap.communities) expect(names, community.label).toContain(community.label.split(" · ")[0]?.split(" ")[0]);
  });

  it("graph.gexf validates against the GEXF 1.3 schema", () => {
    const result = validateRelaxNg(GEXF_13_SCHEMA, join(out, "graph.gexf"));
    expect(result.ok, result.output).toBe(true);
  });

  it.each([
    ["networkx-gexf", "graph-1.2.gexf"],
    ["igraph-graphml", "graph.graphml"],
  ] as const)("%s reads both cluster levels of every node", (reader, file) => {
    const read = readWithPython(reader, join(out, file));
    for (const { key, attributes } of doc.graph.nodes) {
      const back = read.nodes[key];
      expect([back?.community, back?.subcommunity, back?.subcommunity_label], key).toEqual([attributes.community, attributes.subcommunity, attributes.subcommunity_label]);
    }
  });
});
