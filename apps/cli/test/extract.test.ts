import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/run";

async function cli(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

const PAPERS = [
  { id: "p1", title: "EMPO: Unsupervised Reasoning", abstract: "We propose Entropy Minimized Policy Optimization (EMPO). EMPO beats GRPO on GSM8K with Qwen-2.5-7B." },
  { id: "p2", title: "A Study of RL", abstract: "We fine-tune Qwen2.5-7B with reinforcement learning on MATH-500." },
];

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "fieldmap-extract-"));
  writeFileSync(join(dir, "papers.jsonl"), PAPERS.map((p) => JSON.stringify(p)).join("\n") + "\n");
  writeFileSync(join(dir, "thesaurus.csv"), "from,to\nRL,\n");
  writeFileSync(join(dir, "bad.csv"), "a,b,c\n");
  return dir;
}

describe("fieldmap extract", () => {
  const dir = workspace();

  it("contract: one JSON line per paper with id, title and entities", async () => {
    const { code, stdout } = await cli(["extract", "papers.jsonl"], dir);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["p1", "p2"]);
    expect(lines[0].entities).toContainEqual({ name: "EMPO", type: "method", mentions: ["EMPO", "Entropy Minimized Policy Optimization"], proposed: true });
  });

  it("normalised names: one corpus name for every spelling", async () => {
    const { stdout } = await cli(["extract", "papers.jsonl"], dir);
    const [first, second] = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(first.entities).toContainEqual({ name: "Qwen2.5-7B", type: "model", mentions: ["Qwen-2.5-7B"], proposed: false });
    expect(second.entities).toContainEqual({ name: "Qwen2.5-7B", type: "model", mentions: ["Qwen2.5-7B"], proposed: false });
  });

  it.each([
    ["thesaurus drops a term", ["extract", "papers.jsonl", "--thesaurus", "thesaurus.csv"], 0, "read 2 records from 1 file: 2 papers (0 duplicates merged, 0 skipped, 0 title-only)\n"],
    ["bad thesaurus names file and line", ["extract", "papers.jsonl", "--thesaurus", "bad.csv"], 1, "fieldmap: cannot read bad.csv line 1: expected 2 fields (from,to), found 3\n"],
    ["no inputs is a usage error", ["extract"], 2, "fieldmap: extract: no inputs given (usage: fieldmap extract <inputs>...)\n"],
  ])("%s", async (_rule, args, code, stderr) => {
    const result = await cli(args, dir);
    expect(result.code).toBe(code);
    expect(result.stderr).toBe(stderr);
    if (code === 0) expect(result.stdout).not.toContain('"RL"');
  });
});
