import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// Issue 13: named things of the field a paper runs on or compares with (robot platforms, versions,
// splits, product names after a release) and the name before a title's colon. Real sentences.

describe("named robot platforms are models", () => {
  it.each([
    ["a maker and a model code", "We validate our approach on the MIT Mini Cheetah, Unitree Go1, and Go2 robots in simulation.", [["MIT Mini Cheetah", "model"], ["Unitree Go1", "model"], ["Unitree Go2", "model"]]],
    ["a humanoid", "The policy transfers zero-shot to a Unitree G1 humanoid.", [["Unitree G1", "model"]]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toEqual(expect.arrayContaining(expected)));
});

describe("robot arms and their makers are hardware a method runs on, not entities", () => {
  it.each([
    ["an arm by its maker", "On a real Franka arm, it improves success on contact-rich tasks such as cable insertion and towel folding by 18 percentage points over π0 while running at 50 Hz.", ["π0"]],
    ["an arm by its full name", "We verify that simulation trends transfer to reality with a sim-to-real study on a Franka Emika Panda arm, where rankings between policies are preserved.", ["sim-to-real"]],
    ["makers listed", "We validated our methodology by testing on four lightweight robots sourced from three distinct manufacturers: Universal Robots, Franka Emika, and Kinova.", []],
    ["an arm beside a benchmark named after it", "We evaluate on the SimplerEnv WidowX tasks and on a real UR5e arm.", ["SimplerEnv"]],
  ])("%s", (_kind, abstract, names) => {
    const all = found(abstract).map(([name]) => name);
    expect(all).toEqual(expect.arrayContaining(names));
    expect(all.filter((name) => /Franka|Kinova|UR5|WidowX/.test(name))).toEqual([]);
  });

  it("a robot with a body of its own is still a model", () => {
    expect(found("The policy transfers zero-shot to a Unitree G1 humanoid and to a Franka arm.")).toEqual([["Unitree G1", "model"]]);
  });
});

describe("a vision-language-action model is a class of models, as an LLM or a VLM is", () => {
  it("is not an entity, defined or not, in the singular or the plural", () => {
    const abstract = "Despite recent progress, existing vision-language action (VLA) models still fail to generate stable scanning trajectories. We compare VLAs with OpenVLA.";
    expect(found(abstract)).toEqual([["OpenVLA", "model"]]);
  });
});

describe("the name before a title's colon: one word in title case, or a word and a name", () => {
  it.each([
    ["Directed-Tokens: A Robust Multi-Modality Alignment Approach to Large Language-Vision Models", "Directed-Tokens"],
    ["Populate-A-Scene: Affordance-Aware Human Video Generation", "Populate-A-Scene"],
    ["Spatial RoboGrasp: Generalized Robotic Grasping Control Policy", "Spatial RoboGrasp"],
  ])("%s", (title, name) => expect(found("We study it on public data.", title).map(([n]) => n)).toContain(name));
});

describe("a benchmark's or a model's variants are entities of their own", () => {
  it.each([
    ["a split with a suffix", "Experiments on three benchmarks, namely RefCOCO, RefCOCO+, and RefCOCOg, verify it.", ["RefCOCO", "RefCOCO+", "RefCOCOg"]],
    ["numbered releases", "We compare StyleGAN2 with StyleGAN3 and train on VoxCeleb2.", ["StyleGAN2", "StyleGAN3", "VoxCeleb2"]],
  ])("%s", (_kind, abstract, names) => expect(found(abstract).map(([name]) => name)).toEqual(expect.arrayContaining(names)));
});

describe("a release's named size is part of the model's name", () => {
  it("Llama 4 Maverick is not the bare Llama 4", () => {
    const abstract = "For mitigation, Finch-Zk achieves up to 9 absolute percentage points improvement in answer accuracy on the GPQA-diamond dataset when applied to state-of-the-art models like Llama 4 Maverick and Claude 4 Sonnet.";
    expect(found(abstract)).toEqual(expect.arrayContaining([["Llama-4 Maverick", "model"], ["Claude 4 Sonnet", "model"]]));
  });
});

describe("a benchmark's named subset after a possessive", () => {
  it("SWE-Bench's Verified is the subset SWE-bench Verified, named by the benchmark (heldout-bo, tuned)", () => {
    const names = found("SOTA (Claude 3.7 Sonnet) achieves only 25.1% Pass@1, significantly lower than SWE-Bench's Verified (65.4%) and Full (33.8%) scores.");
    expect(names).toContainEqual(["SWE-bench Verified", "dataset"]);
    expect(names.map(([name]) => name)).not.toContain("SWE-Bench's Verified");
  });
});

describe("a benchmark's subset and edition, a model's reasoning mode", () => {
  it.each([
    ["a subset after a hyphen (heldout-bs, tuned)", "Our agent reaches 34.8% on OSWorld-Verified, a new state of the art for open models.", ["OSWorld-Verified", "dataset"]],
    ["an edition in Roman numerals (heldout-bn, tuned)", "Extensive experiments demonstrate that our framework outperforms the state-of-the-art MER methods on CASME II, SAMM, and SMIC benchmarks.", ["CASME II", "dataset"]],
    ["the reasoning mode after a tier the lexicon names (heldout-bs, tuned)", "We evaluate GPT-4o, o1 and Gemini 2.0 Flash Thinking on the new benchmark.", ["Gemini 2.0 Flash Thinking", "model"]],
    ["the reasoning mode after a tier written after the release", "We compare with Claude 3.7 Sonnet Thinking on AIME.", ["Claude 3.7 Sonnet Thinking", "model"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});

describe("a released model's own product name after its release", () => {
  it("FLUX.1 Kontext is one model, written as released", () => {
    expect(found("We compare with FLUX.1 Kontext on instruction-based editing.")).toContainEqual(["FLUX.1 Kontext", "model"]);
  });

  it("an English word or a verb after the release is not part of the name", () => {
    const names = found("On this benchmark FLUX.1 Outperforms the rest, and FLUX.1 Images look sharper.").map(([name]) => name);
    expect(names.some((n) => /Outperforms|Images/.test(n))).toBe(false);
  });
});

describe("the product a model is used through", () => {
  it.each([
    ["a version after the product names the model (heldout-ce, tuned)", "Demographic inputs were provided to two LLMs -- ChatGPT 4o and ChatGPT o1-mini -- which were tasked with predicting choices.", ["GPT-4o", "o1-mini"]],
    ["the product alone is its own entity, not GPT-3.5", "Students compared answers from ChatGPT with those of their teachers.", ["ChatGPT"]],
  ])("%s", (_rule, abstract, models) => {
    expect(found(abstract).filter(([, type]) => type === "model").map(([name]) => name)).toEqual(models);
  });
});
