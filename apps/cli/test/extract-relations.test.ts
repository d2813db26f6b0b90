import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/run";

// Two papers that spell the same entities differently, so relations must use the corpus names.
const PAPERS = [
  {
    id: "p1",
    title: "ZetaPO: Stable Policy Optimization for Mathematical Reasoning",
    abstract: "We propose ZetaPO, a variant of Group Relative Policy Optimization (GRPO). Experiments on GSM8K and MATH-500 show that ZetaPO outperforms PPO. We fine-tune Qwen-2.5-7B with ZetaPO.",
  },
  { id: "p2", title: "A Study of RL", abstract: "We fine-tune Qwen2.5-7B with GRPO on MetaMathQA. Our results on GSM8K are reported with accuracy." },
  // Spelled as no other paper spells it: its relations must use the corpus name, ZetaPO.
  { id: "p3", title: "A Replication", abstract: "In our replication, ZETAPO outperforms DPO on GSM8K." },
];

interface Line {
  id: string;
  entities: { name: string }[];
  relations: { head: string; relation: string; tail: string; evidence: { sentence: string; head: [number, number]; tail: [number, number] } }[];
}

async function extractLines(): Promise<Line[]> {
  const dir = mkdtempSync(join(tmpdir(), "fieldmap-relations-"));
  writeFileSync(join(dir, "papers.jsonl"), PAPERS.map((p) => JSON.stringify(p)).join("\n") + "\n");
  let stdout = "";
  const code = await runCli(["extract", "papers.jsonl"], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: dir });
  expect(code).toBe(0);
  return stdout.trim().split("\n").map((l) => JSON.parse(l) as Line);
}

describe("fieldmap extract: relations", () => {
  it("every line carries relations whose head and tail are entity names of the same line", async () => {
    const lines = await extractLines();
    expect(lines.flatMap((l) => l.relations).length).toBeGreaterThanOrEqual(5);
    for (const line of lines) {
      const names = new Set(line.entities.map((e) => e.name));
      for (const r of line.relations) expect([r.head, names.has(r.head), r.tail, names.has(r.tail)]).toEqual([r.head, true, r.tail, true]);
    }
  });

  it("relations use the normalised names and carry their evidence", async () => {
    const lines = await extractLines();
    const [first, second] = lines;
    const triple = (l: Line) => l.relations.map((r) => `${r.head} ${r.relation} ${r.tail}`);
    expect(triple(first!)).toEqual(expect.arrayContaining(["ZetaPO builds-on GRPO", "ZetaPO evaluated-on GSM8K", "ZetaPO outperforms PPO", "Qwen2.5-7B trained-with ZetaPO"]));
    expect(triple(second!)).toEqual(expect.arrayContaining(["Qwen2.5-7B trained-with GRPO", "Qwen2.5-7B trained-with MetaMathQA"]));
    expect(triple(lines[2]!)).toEqual(expect.arrayContaining(["ZetaPO outperforms DPO", "ZetaPO evaluated-on GSM8K"]));
    const trained = first!.relations.find((r) => r.relation === "trained-with")!;
    expect(trained.evidence.sentence).toBe("We fine-tune Qwen-2.5-7B with ZetaPO.");
    expect(trained.evidence.sentence.slice(...trained.evidence.head)).toBe("Qwen-2.5-7B");
    expect(trained.evidence.sentence.slice(...trained.evidence.tail)).toBe("ZetaPO");
  });
});
