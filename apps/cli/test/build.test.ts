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

  it("puts DPO on the map with its papers and the sentence it appears in", () => {
    const dpo = doc.graph.nodes.find((n) => n.key === "DPO");
    expect(dpo?.attributes).toMatchObject({ type: "method" });
    expect(dpo!.attributes.count).toBeGreaterThanOrEqual(10);
    const papers = doc.papers.filter((p) => p.entities.includes("DPO"));
    expect(papers.length).toBe(dpo!.attributes.count);
    const evidence = papers.flatMap((p) => p.evidence.filter((e) => e.entity === "DPO"));
    expect(evidence.length).toBeGreaterThan(0);
    // The highlighted text is the name or one of the aliases the map lists for the node.
    const names = new Set([dpo!.attributes.label, ...(dpo!.attributes.aliases ?? [])].map((s) => s.toLowerCase()));
    for (const e of evidence) expect(names.has(e.sentence.slice(e.start, e.end).toLowerCase())).toBe(true);
    expect(evidence.some((e) => e.sentence.slice(e.start, e.end) === "DPO")).toBe(true);
  });

  it("keeps GRPO and RL, whose links spread over every cluster of this RL corpus, off the map as generic but findable", () => {
    const generic = doc.fieldmap.generic ?? [];
    for (const key of ["GRPO", "RL"]) {
      expect(doc.graph.nodes.some((n) => n.key === key), key).toBe(false);
      expect(generic.find((g) => g.id === key), key).toMatchObject({ label: key });
      // Its papers and evidence stay in graph.json for the viewer's search.
      const papers = doc.papers.filter((p) => p.entities.includes(key));
      expect(papers.length, key).toBe(generic.find((g) => g.id === key)!.count);
      expect(papers.some((p) => p.evidence.some((e) => e.entity === key)), key).toBe(true);
    }
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
    expect(report.generic.map((g: { id: string }) => g.id)).toEqual(generic.map((g) => g.id));
    expect(first.stdout).toMatch(/generic entities:\s+\d+ off the map, searchable: RL\b/);
  });

  it("keeps generic entities on the map with --keep-generic", async () => {
    const again = tempDir();
    expect((await cli("build", "data/seeds", "-o", again, "--only", "json", "--keep-generic")).code).toBe(0);
    const kept: MapDocument = JSON.parse(readFileSync(join(again, "graph.json"), "utf8"));
    expect(kept.graph.nodes.some((n) => n.key === "GRPO")).toBe(true);
    expect(kept.fieldmap.generic).toBeUndefined();
  }, 120_000);

  it("reports two cluster levels, the chosen resolution and its stability over seeds", () => {
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
    expect(report.stability).toBeGreaterThan(0.5);
    expect(report.stability).toBeLessThanOrEqual(1);
    expect(report.resolution.top).toBeGreaterThan(0);
    expect(first.stdout).toMatch(/stability 0\.\d+ \(mean ARI over 10 seeds\)/);
    for (const community of report.communities) {
      const sum = community.subcommunities.reduce((n: number, s: { size: number }) => n + s.size, 0);
      expect(sum).toBe(community.size);
    }
  });

  it("reports the modularity networkx computes for the same partition and weights", () => {
    // An independent check: networkx reads graph.json's nodes, links and top-level communities.
    const script = [
      "import json, sys",
      "import networkx as nx",
      "from networkx.algorithms.community import modularity",
      "d = json.load(open(sys.argv[1]))",
      "G = nx.Graph()",
      "G.add_nodes_from(n['key'] for n in d['graph']['nodes'])",
      "G.add_weighted_edges_from((e['source'], e['target'], e['attributes']['weight']) for e in d['graph']['edges'])",
      "parts = {}",
      "[parts.setdefault(n['attributes']['community'], set()).add(n['key']) for n in d['graph']['nodes']]",
      "print(modularity(G, list(parts.values()), weight='weight'))",
    ].join("\n");
    const q = Number(execFileSync("/usr/bin/python3", ["-c", script, join(out, "graph.json")], { encoding: "utf8" }).trim());
    expect(Math.abs(q - doc.fieldmap.modularity!)).toBeLessThan(1e-3);
  });

  it("titles the map with the input's base name, never its path", () => {
    expect(doc.fieldmap.title).toBe("seeds");
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
    expect(rebuilt.graph.nodes.some((n) => n.key === "DPO")).toBe(true);
  }, 120_000);

  it("gives byte-identical graph.json and graph.gexf on a second run", async () => {
    const again = tempDir();
    expect((await cli("build", "data/seeds", "-o", again)).code).toBe(0);
    for (const file of ["graph.json", "graph.gexf", "merges.csv"]) {
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
    }
  }, 120_000);
});
