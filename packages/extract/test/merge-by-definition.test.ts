import { describe, expect, it } from "vitest";
import { spellsAcronym } from "../src/acronym-spelling";
import { normalise, type Mention } from "../src/index";

function mention(paperId: string, surface: string, canonical = surface): Mention {
  return { paperId, surface, start: 0, end: surface.length, sentence: surface, type: "method", proposed: false, canonical };
}

const nodeOf = (entities: { name: string; aliases: string[] }[], text: string) =>
  entities.find((e) => e.name === text || e.aliases.includes(text))?.name;

describe("merge by definition", () => {
  it.each([
    ["Proximal Policy Optimization", "PPO", true],
    ["supervised finetuning", "SFT", true],
    ["RL with verifiable rewards", "RLVR", true],
    ["Low-Rank Adaptation", "LoRA", true],
    ["multimodal large language models", "MLLMs", true],
    ["Posterior-GRPO", "P-GRPO", true],
    ["Self-ALignMent with principle-fOllowiNg reward models", "SALMON", true],
    ["policy optimization", "PPO", false],
    ["reward learning and subsequent policy optimization", "PPO", false],
    ["human feedback", "RLHF", false],
  ])("%s spells %s: %s", (longForm, acronym, expected) => {
    expect(spellsAcronym(longForm, acronym)).toBe(expected);
  });

  it("a generic phrase given an acronym it does not spell stays its own node, and other papers' phrase does not fold in", () => {
    const { entities, merges } = normalise([
      mention("a", "Proximal Policy Optimization", "PPO"), mention("a", "PPO"),
      mention("b", "policy optimization", "PPO"),
      mention("c", "policy optimization"), mention("d", "PPO"),
    ]);
    expect(entities.find((e) => e.name === "PPO")!.papers).toEqual(["a", "d"]);
    expect(entities.find((e) => e.name === "policy optimization")!.papers).toEqual(["b", "c"]);
    expect(merges).toContainEqual({ from: "PPO", to: "policy optimization", reason: "not a definition", paper: "b" });
  });

  it("a phrase cut short from a definition in its sentence stays the acronym's", () => {
    const cut = { ...mention("a", "Policy Optimization", "PPO"), sentence: "trained with Proximal Policy Optimization (PPO)" };
    const { entities } = normalise([cut, mention("b", "PPO")]);
    expect(entities.map((e) => [e.name, e.papers])).toEqual([["PPO", ["a", "b"]]]);
  });

  it("a long form defined by some paper still joins its acronym in papers that only write the long form", () => {
    const { entities } = normalise([mention("a", "Direct Preference Optimization", "DPO"), mention("b", "direct preference optimization"), mention("c", "DPO")]);
    expect(entities.map((e) => [e.name, e.papers])).toEqual([["DPO", ["a", "b", "c"]]]);
  });

  it("an acronym defined in two senses splits; the undefined uses go to the sense more papers define", () => {
    const { entities } = normalise([
      mention("a", "Self-Play Preference Optimization", "SPO"), mention("a", "SPO"),
      mention("b", "Self-Play Preference Optimization", "SPO"),
      mention("c", "Self-supervised Preference Optimization", "SPO"), mention("c", "SPO"),
      mention("d", "SPO"),
    ]);
    expect(nodeOf(entities, "Self-Play Preference Optimization")).toBe("SPO");
    expect(entities.find((e) => e.name === "SPO")!.papers).toEqual(["a", "b", "d"]);
    expect(entities.find((e) => e.name === "Self-supervised Preference Optimization")!.papers).toEqual(["c"]);
  });
});
