import { describe, expect, it } from "vitest";
import { typeFromContext, typeFromLongForm, typeFromShape } from "../src/typing";

describe("typing", () => {
  it.each([
    ["GUI-RCPO", "method"], ["MedVidBench", "dataset"], ["Mixed-45K", "dataset"], ["Satori-SWE-32B", "model"], ["Fast-GRPO", "method"], ["PuzzleBen", undefined],
  ])("shape: %s -> %s", (name, type) => expect(typeFromShape(name)).toBe(type));

  it.each([
    ["head noun after", " benchmark while being an order of magnitude faster", "It scores 91.3 on the", "dataset"],
    ["appositive", ", a weakly supervised benchmark that comprises 25,147 complex questions", "we present", "dataset"],
    ["appositive framework", ", a novel RL framework for balanced multi-dataset training", "we introduce", "method"],
    ["appositive model", ", a LVLM exhibiting consistently improved reasoning performance", "yielded", "model"],
    ["no evidence", " cuts deceptive behaviors by 43.8%", "In contrast,", undefined],
  ])("context: %s", (_rule, after, before, type) => expect(typeFromContext(after, before)).toBe(type));

  it.each([
    ["Region Consistency Policy Optimization", undefined], ["Video-to-Audio generation", "task"], ["meaning alignment", undefined], ["Atari Learning Environment", "dataset"],
  ])("long form head: %s -> %s", (long, type) => expect(typeFromLongForm(long)).toBe(type));
});
