// A record far longer than an abstract is cut to the per-record limit, counted and reported
// (issue 10, item 9): its extraction cost stays bounded and nothing is cut silently.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { cli, tempDir } from "./helpers";

it("cuts an over-long abstract, says so, and counts it in report.json", async () => {
  const dir = tempDir();
  const sentence = "We train Qwen2.5-7B with GRPO on GSM8K. ";
  const records = [
    { id: "long", title: "A full text", abstract: sentence.repeat(4000) },
    { id: "short", title: "An abstract", abstract: "We align Llama-3-8B with DPO on UltraFeedback and GSM8K." },
  ];
  writeFileSync(join(dir, "in.jsonl"), records.map((r) => `${JSON.stringify(r)}\n`).join(""));
  const run = await cli("build", join(dir, "in.jsonl"), "-o", join(dir, "out"), "--only", "json");
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/1 over 100,000 characters cut/);
  const report = JSON.parse(readFileSync(join(dir, "out", "report.json"), "utf8")) as { truncated: number };
  expect(report.truncated).toBe(1);
  const doc = JSON.parse(readFileSync(join(dir, "out", "graph.json"), "utf8")) as { papers: Array<{ id: string; evidence: Array<{ start?: number }> }> };
  expect(doc.papers.map((p) => p.id).sort()).toEqual(["long", "short"]);
});
