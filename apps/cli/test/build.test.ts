import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { MapDocument } from "@fieldmap/graph";
import { cli, REPO_ROOT, tempDir, type CliRun } from "./helpers";

const SCHEMA = join(REPO_ROOT, "data/schemas/gexf-1.3/gexf.rng");

describe("fieldmap build data/seeds", () => {
  let first: CliRun;
  let out: string;
  let doc: MapDocument;

  beforeAll(async () => {
    out = tempDir();
    first = await cli("build", "data/seeds", "-o", out);
    doc = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
  }, 120_000);

  it("reads 207 records and merges them into 194 unique papers", () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/records read:\s+207\b/);
    expect(first.stdout).toMatch(/unique papers:\s+194\b/);
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
    expect(report).toMatchObject({ records: 207, papers: 194, duplicatesMerged: 13 });
    expect(doc.papers).toHaveLength(194);
  });

  it("summarises entities by type, edges, communities and time per stage", () => {
    for (const pattern of [/entities:\s+\d+ \(\d+ method, \d+ model, \d+ dataset/, /map:\s+\d+ nodes, \d+ edges/, /modularity 0\.\d+/, /extract \d+ ms/]) {
      expect(first.stdout).toMatch(pattern);
    }
  });

  it("puts GRPO on the map with its papers and the sentence it appears in", () => {
    const grpo = doc.graph.nodes.find((n) => n.key === "GRPO");
    expect(grpo?.attributes).toMatchObject({ type: "method" });
    expect(grpo!.attributes.count).toBeGreaterThanOrEqual(10);
    const papers = doc.papers.filter((p) => p.entities.includes("GRPO"));
    expect(papers.length).toBe(grpo!.attributes.count);
    const evidence = papers.flatMap((p) => p.evidence.filter((e) => e.entity === "GRPO"));
    expect(evidence.length).toBeGreaterThan(0);
    // The highlighted text is the name or one of the aliases the map lists for the node.
    const names = new Set([grpo!.attributes.label, ...(grpo!.attributes.aliases ?? [])].map((s) => s.toLowerCase()));
    for (const e of evidence) expect(names.has(e.sentence.slice(e.start, e.end).toLowerCase())).toBe(true);
    expect(evidence.some((e) => e.sentence.slice(e.start, e.end) === "GRPO")).toBe(true);
  });

  it("finds several communities with a clear modular structure", () => {
    expect(doc.fieldmap.communities.length).toBeGreaterThanOrEqual(3);
    expect(doc.fieldmap.modularity).toBeGreaterThan(0.2);
  });

  it("writes a GEXF that validates against the official GEXF 1.3 RelaxNG schema", () => {
    const gexf = readFileSync(join(out, "graph.gexf"), "utf8");
    const stripped = join(out, "stripped.gexf");
    writeFileSync(stripped, gexf.replace(/\sxsi:[a-zA-Z]+="[^"]*"/g, "").replace(/\sxmlns:xsi="[^"]*"/g, ""));
    const result = execFileSync("xmllint", ["--noout", "--relaxng", SCHEMA, stripped], { encoding: "utf8", stdio: "pipe" });
    expect(result).toBe("");
  });

  it("takes its own merges.csv back as a thesaurus", async () => {
    const again = tempDir();
    const run = await cli("build", "data/seeds", "-o", again, "--only", "json", "--thesaurus", join(out, "merges.csv"));
    expect(run.stderr).not.toMatch(/^fieldmap: /m);
    expect(run.code).toBe(0);
    const rebuilt: MapDocument = JSON.parse(readFileSync(join(again, "graph.json"), "utf8"));
    expect(rebuilt.graph.nodes.some((n) => n.key === "GRPO")).toBe(true);
  }, 120_000);

  it("gives byte-identical graph.json and graph.gexf on a second run", async () => {
    const again = tempDir();
    expect((await cli("build", "data/seeds", "-o", again)).code).toBe(0);
    for (const file of ["graph.json", "graph.gexf", "merges.csv"]) {
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
    }
  }, 120_000);
});
