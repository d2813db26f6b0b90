// Ids are unique only within their source (issue 10, item 1): papers from two files that
// both number their records 0..7 must stay apart in every stage, and in graph.json.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempDir } from "./helpers";

interface Doc {
  graph: { nodes: Array<{ key: string; attributes: { label: string; count: number } }>; edges: Array<{ source: string; target: string }> };
  papers: Array<{ id: string; source_id?: string; entities: string[] }>;
}

function jsonl(records: object[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join("");
}

/** Eight papers numbered 0..7, each naming the same method, model and benchmark. */
function numberedFile(method: string, model: string, benchmark: string): string {
  return jsonl(Array.from({ length: 8 }, (_, k) => ({
    id: k,
    title: `${method} study number ${k}`,
    abstract: `We train ${model} with ${method} and evaluate it on ${benchmark}.`,
  })));
}

async function build(files: Record<string, string>): Promise<{ doc: Doc; stderr: string; report: Record<string, unknown> }> {
  const dir = tempDir();
  const input = join(dir, "in");
  mkdirSync(input);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(input, name), text);
  const out = join(dir, "out");
  const run = await cli("build", input, "-o", out, "--only", "json");
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.code).toBe(0);
  const doc = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as Doc;
  const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as Record<string, unknown>;
  return { doc, stderr: run.stderr, report };
}

const labelOf = (doc: Doc, key: string) => doc.graph.nodes.find((n) => n.key === key)?.attributes.label;

describe("papers whose ids collide across files", () => {
  it("never links entities of two files because their papers share a number", async () => {
    const { doc, report } = await build({
      "grpo.jsonl": numberedFile("GRPO", "Qwen2.5-7B", "GSM8K"),
      "dpo.jsonl": numberedFile("DPO", "Llama-3-8B", "UltraFeedback"),
    });
    const pairs = doc.graph.edges.map((e) => [labelOf(doc, e.source), labelOf(doc, e.target)].sort().join("–"));
    expect(pairs).toContain("GRPO–Qwen2.5-7B");
    expect(pairs.some((p) => p.includes("GRPO") && p.includes("DPO"))).toBe(false);
    expect(doc.papers).toHaveLength(16);
    expect(new Set(doc.papers.map((p) => p.id)).size).toBe(16);
    expect(doc.papers.every((p) => p.entities.length === 3)).toBe(true);
    expect(doc.papers.find((p) => p.id.endsWith("dpo.jsonl#3"))?.source_id).toBe("3");
    expect(report.renamedIds).toBe(16);
  });

  it("keeps eight papers that all carry the same id as eight papers", async () => {
    const records = Array.from({ length: 8 }, (_, k) => ({
      id: "same",
      title: `Paper ${k}`,
      abstract: k % 2 ? "We fine-tune Qwen2.5-7B with GRPO on GSM8K." : "We align Llama-3-8B with DPO on UltraFeedback.",
    }));
    const { doc, stderr } = await build({ "same.jsonl": jsonl(records) });
    expect(doc.papers).toHaveLength(8);
    expect(doc.graph.nodes.length).toBeGreaterThanOrEqual(6);
    // Each entity is counted in the four papers that name it, not in one paper "same".
    expect(doc.graph.nodes.find((n) => n.attributes.label === "GRPO")?.attributes.count).toBe(4);
    expect(stderr).toMatch(/8 shared ids keyed by file/);
  });
});

describe("fieldmap extract on files whose ids collide", () => {
  it("prints the user's id on each line, with a key that tells the papers apart", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.jsonl"), numberedFile("GRPO", "Qwen2.5-7B", "GSM8K"));
    writeFileSync(join(dir, "b.jsonl"), numberedFile("DPO", "Llama-3-8B", "UltraFeedback"));
    const run = await cli("extract", dir);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string | number; key?: string });
    expect(lines).toHaveLength(16);
    expect(lines.filter((l) => String(l.id) === "0")).toHaveLength(2);
    expect(new Set(lines.map((l) => l.key)).size).toBe(16);
  });
});
