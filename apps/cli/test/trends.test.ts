import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, tempDir } from "./helpers";

// Six months of 40 papers: GRPO arrives in April and is in half the papers from then on, DPO is
// in half the papers of January and February and rare after; PPO, GSM8K and LoRA stay level.
function syntheticCorpus(): string {
  const lines: string[] = [];
  for (let m = 1; m <= 6; m++) {
    for (let i = 0; i < 40; i++) {
      const method = m >= 4 && i % 2 === 0 ? "GRPO" : m <= 2 && i % 2 === 0 ? "DPO" : m > 2 && i === 1 ? "DPO" : "PPO";
      const abstract = `We train a language model with ${method} and evaluate it on GSM8K. ${i % 3 === 0 ? "We adapt it with LoRA." : "It improves accuracy."}`;
      const date = `2025-0${m}-${String(1 + (i % 28)).padStart(2, "0")}`;
      lines.push(JSON.stringify({ id: `p${m}-${i}`, title: `Paper ${m}-${i} on ${method}`, abstract, date }));
    }
  }
  return `${lines.join("\n")}\n`;
}

interface Item {
  id: string;
  label: string;
  weight: number;
}

describe("time analysis through the CLI", () => {
  const dir = tempDir("fieldmap-trends-");
  const out = join(dir, "out");
  let summary = "";
  let report: Record<string, unknown> & { emerging: Item[]; fading: Item[] };

  beforeAll(async () => {
    writeFileSync(join(dir, "papers.jsonl"), syntheticCorpus());
    const run = await cli("build", join(dir, "papers.jsonl"), "-o", out, "--only", "json");
    expect(run.code, run.stderr).toBe(0);
    summary = run.stdout;
    report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
  });

  it("build: report.json has emerging and fading items with every field, GRPO emerging and DPO fading", () => {
    expect(report.emerging.map((e) => e.label)).toContain("GRPO");
    expect(report.fading.map((e) => e.label)).toContain("DPO");
    for (const item of [...report.emerging, ...report.fading]) {
      expect(Object.keys(item)).toEqual(["id", "label", "type", "first_seen", "burst_start", "burst_end", "weight", "share_growth", "papers"]);
    }
    expect(report.time).toEqual({ period: "month", from: "2025-01", to: "2025-06", periods: 6, undated: 0 });
    expect(Array.isArray(report.emerging_pairs)).toBe(true);
    expect(report.cluster_flow).toMatchObject({ threshold: 0.3 });
  });

  it("build: the summary names the top emerging entities", () => {
    expect(summary).toMatch(/^emerging: +.*GRPO \(2025-0\d\.\.2025-06\)/m);
  });

  it("build: graph.json carries fieldmap.time and mean_year, GRPO's later than DPO's", () => {
    const doc = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    expect(doc.fieldmap.time.periods).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);
    expect(doc.fieldmap.time.entities.GRPO.counts).toEqual([0, 0, 0, 20, 20, 20]);
    for (const node of doc.graph.nodes) expect(node.attributes.mean_year).toBeGreaterThan(2025);
    // The viewer and the deck draw the cluster flow from graph.json: the same as report.json's.
    expect(doc.fieldmap.time.flow).toEqual(report.cluster_flow);
    const grpo = doc.fieldmap.time.entities.GRPO.mean as string;
    const dpo = doc.fieldmap.time.entities.DPO.mean as string;
    expect(grpo > dpo).toBe(true);
  });

  it("trends: prints the same lists as the build's report, as a table", async () => {
    const run = await cli("trends", join(out, "graph.json"));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^periods: 6 months, 2025-01\.\.2025-06/);
    expect(run.stdout).toMatch(/^ {2}entity +type +first seen +burst +weight +share growth +papers$/m);
    expect(run.stdout).toMatch(/^ {2}GRPO +method +2025-04 +2025-0\d\.\.2025-06 +[\d.]+ +[\d.]+ +60$/m);
    // Columns line up: each row's type starts under the header's, its papers end under "papers".
    const lines = run.stdout.split("\n");
    const header = lines.find((l) => l.includes("share growth"))!;
    const grpo = lines.find((l) => l.startsWith("  GRPO "))!;
    expect(grpo.indexOf("method")).toBe(header.indexOf("type"));
    expect(grpo.length).toBe(header.length);
  });

  it("trends --csv: one row per emerging and fading entity, as in report.json", async () => {
    const csv = join(dir, "trends.csv");
    const run = await cli("trends", join(out, "graph.json"), "--csv", csv);
    expect(run.code, run.stderr).toBe(0);
    const [header, ...rows] = readFileSync(csv, "utf8").trim().split("\n");
    expect(header).toBe("list,id,label,type,first_seen,burst_start,burst_end,weight,share_growth,papers");
    const expected = [...report.emerging.map((e) => ["emerging", e]), ...report.fading.map((e) => ["fading", e])] as Array<[string, Item]>;
    expect(rows.map((r) => r.split(",").slice(0, 2))).toEqual(expected.map(([list, e]) => [list, e.id]));
    expect(rows.map((r) => Number(r.split(",")[7]))).toEqual(expected.map(([, e]) => e.weight));
  });

  it("trends --period quarter re-slices the same map", async () => {
    const run = await cli("trends", join(out, "graph.json"), "--period", "quarter");
    expect(run.stdout).toMatch(/^periods: 2 quarters, 2025-Q1\.\.2025-Q2/);
  });

  it("build --period quarter: the report and a later trends run use quarters", async () => {
    const quarterly = join(dir, "quarterly");
    expect((await cli("build", join(dir, "papers.jsonl"), "-o", quarterly, "--only", "json", "--period", "quarter")).code).toBe(0);
    expect(JSON.parse(readFileSync(join(quarterly, "report.json"), "utf8")).time).toMatchObject({ period: "quarter", periods: 2 });
    expect((await cli("trends", join(quarterly, "graph.json"))).stdout).toMatch(/^periods: 2 quarters/);
  });

  it("build twice: the same time analysis", async () => {
    const again = join(dir, "again");
    await cli("build", join(dir, "papers.jsonl"), "-o", again, "--only", "json");
    const second = JSON.parse(readFileSync(join(again, "report.json"), "utf8"));
    for (const key of ["emerging", "fading", "emerging_pairs", "cluster_flow", "time"]) expect(second[key], key).toEqual(report[key]);
    expect(readFileSync(join(again, "graph.json"), "utf8")).toBe(readFileSync(join(out, "graph.json"), "utf8"));
  });

  it.each([
    [["trends"], 2, /^trends: give one graph.json/],
    [["trends", "no/such/graph.json"], 1, /^cannot read no\/such\/graph.json: no such file/],
    [["trends", "x.json", "--period", "week"], 2, /^trends: --period expects month, quarter, year or auto, got 'week'/],
    [["build", "data/seeds", "-o", join(dir, "never"), "--period", "decade"], 2, /^build: --period expects month, quarter, year or auto, got 'decade'/],
  ])("errors: %j exits %i with one line", async (argv, code, message) => {
    const run = await cli(...argv);
    expect(run.code).toBe(code);
    expect(run.stderr.replace(/^fieldmap: /, "")).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("trends on a map with no dated paper says so", async () => {
    const doc = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    for (const paper of doc.papers) {
      delete paper.date;
      delete paper.year;
    }
    const path = join(dir, "undated.json");
    writeFileSync(path, JSON.stringify(doc));
    const run = await cli("trends", path);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/has a date, so there is nothing to follow over time/);
  });
});
