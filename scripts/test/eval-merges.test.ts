import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkMerges, mergePrecision, parseMergeList } from "../eval-merges";
import { foldKey } from "../../packages/extract/src/keys";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const LIST = `a,b,expected,why
SPO,Self-supervised Preference Optimization,different,two senses
Qwen2.5-7B,Qwen-2.5-7B,same,spelling
GRPO,Group Relative Policy Optimization,same,definition
PPO,policy optimization,different,generic phrase, not a definition
`;

describe("pnpm eval merges", () => {
  it("reads pairs, keeping commas in the note", () => {
    const pairs = parseMergeList(LIST);
    expect(pairs).toHaveLength(4);
    expect(pairs[3]).toEqual({ a: "PPO", b: "policy optimization", expected: "different", why: "generic phrase, not a definition" });
  });

  it("judges a pair merged when both names (folded) are in one entity, and counts wrong merges against precision", () => {
    const entities = [
      { name: "SPO", aliases: ["Self-Play Preference Optimization", "Self-supervised Preference Optimization"] },
      { name: "Qwen2.5-7B", aliases: ["Qwen-2.5-7B"] },
      { name: "PPO", aliases: ["Proximal Policy Optimization"] },
      { name: "policy optimization", aliases: [] },
    ];
    const check = checkMerges(parseMergeList(LIST), entities, foldKey);
    expect(check.judged.map((j) => j.merged)).toEqual([true, true, false]);
    expect(check.absent.map((p) => p.a)).toEqual(["GRPO"]);
    expect(mergePrecision(check)).toBe(0.5);
  });

  it("finds a listed name as written before folding it: two entities may fold alike", () => {
    const entities = [
      { name: "COCO", aliases: ["COCOs"] },
      { name: "Cocos", aliases: ["cocos"] },
    ];
    const pairs = parseMergeList("a,b,expected,why\nCocos,COCO,different,a word\nCOCOs,COCO,same,a plural\ncocos,Cocos,same,case\n");
    expect(checkMerges(pairs, entities, foldKey).judged.map((j) => j.merged)).toEqual([false, true, true]);
  });
});

describe("pnpm eval merges on the seed corpus", () => {
  it("the seed build makes no wrong merge from data/gold/merges.csv (merge by definition)", async () => {
    const { corpusEntities } = await import("../eval-merges");
    const pairs = parseMergeList(readFileSync(join(REPO_ROOT, "data/gold/merges.csv"), "utf8"));
    const check = checkMerges(pairs, await corpusEntities(join(REPO_ROOT, "data/seeds")), foldKey);
    const wrong = check.judged.filter((j) => j.merged && j.pair.expected === "different").map((j) => `${j.pair.a} = ${j.pair.b}`);
    expect(wrong).toEqual([]);
    // The senses the list was made for are in the corpus, so the check judges them.
    const judged = check.judged.map((j) => j.pair.a);
    expect(judged).toEqual(expect.arrayContaining(["Self-Play Preference Optimization", "policy optimization", "Direct Advantage Policy Optimization"]));
    expect(mergePrecision(check)).toBe(1);
  }, 60_000);
});
