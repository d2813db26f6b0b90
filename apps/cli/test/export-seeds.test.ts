/**
 * Every export format on the real seed map (`fieldmap build data/seeds`), checked with
 * independent readers: xmllint + the GEXF 1.3 RelaxNG schema, networkx and igraph.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXPORT_FORMATS } from "@fieldmap/export";
import type { MapDocument } from "@fieldmap/graph";
import { decode } from "fast-png";
import { beforeAll, describe, expect, it } from "vitest";
import { GEXF_13_SCHEMA, readWithPython, SYSTEM_PYTHON, validateRelaxNg } from "../../../packages/export/test/helpers";
import { cli, REPO_ROOT, tempDir } from "./helpers";

const out = tempDir("fieldmap-seeds-export-");
const graphJson = join(out, "graph.json");
let nodes = 0;
let edges = 0;
let doc: MapDocument;

beforeAll(async () => {
  const run = await cli("build", "data/seeds", "-o", out, "--only", "json,svg");
  if (run.code !== 0) throw new Error(run.stderr);
  doc = JSON.parse(readFileSync(graphJson, "utf8")) as MapDocument;
  nodes = doc.graph.nodes.length;
  edges = doc.graph.edges.length;
}, 180_000);

describe("exports of the seed map", () => {
  it.each(EXPORT_FORMATS.filter((f) => !f.needsViewer).map((f) => [f.id] as const))("%s exports without error", async (id) => {
    const run = await cli("export", graphJson, "--format", id, "-o", join(out, `export-${id}`), "--width", "960", "--height", "540");
    expect(run.code, run.stderr).toBe(0);
  });

  it("GEXF 1.3 validates against the RelaxNG schema and is byte-identical on a second run", async () => {
    const first = await cli("export", graphJson, "--format", "gexf");
    const result = validateRelaxNg(GEXF_13_SCHEMA, join(out, "export-gexf"));
    expect(result.ok, result.output).toBe(true);
    expect((await cli("export", graphJson, "--format", "gexf")).stdout).toBe(first.stdout);
    expect(readFileSync(join(out, "export-gexf"), "utf8")).toBe(first.stdout);
  });

  // networkx's read_graphml refuses graph.graphml since it holds directed relation edges in an
  // undirected graph (README: Relations); networkx reads graph-1.2.gexf, which leaves them out.
  it.each([
    ["networkx-gexf", "export-gexf12", false],
    ["igraph-graphml", "export-graphml", true],
  ] as const)("%s reads every node and edge, with both cluster levels and the link ranks", (reader, file, withRelations) => {
    const read = readWithPython(reader, join(out, file));
    expect(Object.keys(read.nodes)).toHaveLength(nodes);
    const keys = new Set(doc.graph.nodes.map((n) => n.key));
    const drawnRelations = (doc.relations ?? []).filter((r) => keys.has(r.source) && keys.has(r.target)).length;
    expect(read.edges).toHaveLength(edges + (withRelations ? drawnRelations : 0));
    for (const { key, attributes } of doc.graph.nodes) {
      const back = read.nodes[key];
      expect([back?.community, back?.subcommunity, back?.subcommunity_label], key).toEqual([attributes.community, attributes.subcommunity, attributes.subcommunity_label]);
    }
    const cooccurrence = read.edges.filter(([, , data]) => data.kind === "cooccurrence");
    expect(cooccurrence.map(([, , data]) => data.rank).sort((a, b) => Number(a) - Number(b))).toEqual(doc.graph.edges.map((_, i) => i));
  });

  it("the PNG has the asked size", () => {
    const image = decode(readFileSync(join(out, "export-png")));
    expect([image.width, image.height]).toEqual([960, 540]);
  });

  it("the VOSviewer file has one item per node", () => {
    const vos = JSON.parse(readFileSync(join(out, "export-vosviewer"), "utf8")) as { network: { items: unknown[]; links: unknown[] } };
    expect([vos.network.items.length, vos.network.links.length]).toEqual([nodes, edges]);
  });

  it("map.svg has no overlapping texts by ../shared/tools/map_quality.py", () => {
    const quality = join(REPO_ROOT, "..", "shared", "tools", "map_quality.py");
    const report = JSON.parse(execFileSync(SYSTEM_PYTHON, [quality, out, "--json"], { encoding: "utf8" })) as { svg_overlaps?: number };
    expect(report.svg_overlaps).toBe(0);
  });

  it("xmllint sees a well-formed SVG", () => {
    expect(() => execFileSync("xmllint", ["--noout", join(out, "export-svg")], { stdio: "pipe" })).not.toThrow();
  });
});
