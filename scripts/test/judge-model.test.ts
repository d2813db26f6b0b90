import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JUDGE_FILE, readableGoldFiles, serialiseJudge, train, fileExamples } from "../train-judge";

const REPO_ROOT = join(import.meta.dirname, "..", "..");

// The judge learns from what the rules find: a change to a rule or to the lexicon changes its
// examples, and a model trained on the old ones judges candidates it never saw. The shipped
// model must be the one `pnpm train-judge` writes from the rules as they are.
describe("the shipped judge model", () => {
  it("is what pnpm train-judge trains on the readable gold sets (run it after changing a rule or the lexicon)", async () => {
    const files = await readableGoldFiles(REPO_ROOT);
    expect(files.map((f) => f.file)).not.toContain("heldout-go.jsonl");
    const trained = serialiseJudge(train(files.flatMap(fileExamples)));
    expect(trained === readFileSync(join(REPO_ROOT, JUDGE_FILE), "utf8"), "data/lexicon/judge.json is stale: run pnpm train-judge").toBe(true);
  }, 120_000);
});
