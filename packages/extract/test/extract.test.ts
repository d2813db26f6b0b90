import { describe, expect, it } from "vitest";
import { run } from "./helpers";

function names(abstract: string, title?: string): [string, string, boolean][] {
  return run(abstract, title).map((m) => [m.canonical, m.type, m.proposed]);
}

describe("extract rules", () => {
  it.each([
    ["lexicon: long form joins its acronym", "we leverage group relative policy optimization (GRPO) for MLLMs post-training.", ["GRPO", "method", false]],
    ["lexicon: case-sensitive acronym", "improving the base models on the MATH and HumanEval benchmarks.", ["MATH", "dataset", false]],
    ["lexicon: spelling variant", "Experiments on AIME24 and AIME25 show gains.", ["AIME 2024", "dataset", false]],
    ["definition: the paper's acronym", "we propose Entropy Minimized Policy Optimization (EMPO), which makes an early attempt.", ["EMPO", "method", true]],
    ["definition: type from the noun after", "our proposed metaphor decomposition score and a meaning alignment (MA) metric.", ["MA", "metric", false]],
    ["name: sized checkpoint", "Supervised fine-tuning Qwen2.5-VL-7B on MedVidBench outperforms GPT-4.1.", ["Qwen2.5-VL-7B", "model", false]],
    ["name: vendor spelling", "it boosts the win-rate of gemma-2-9b-it on Arena-Hard.", ["Gemma-2-9B-it", "model", false]],
    ["name: pass@k", "reaches 84.6% pass@32 on MiniF2F.", ["pass@k", "metric", false]],
    ["name: benchmark after name", "It scores 91.3 in reactive traffic on the Val14 benchmark.", ["Val14", "dataset", false]],
    ["cue: proposed with appositive", "we present PuzzleBen, a weakly supervised benchmark that comprises questions.", ["PuzzleBen", "dataset", true]],
    ["cue: multi-word name", "we propose a new RLVR paradigm called Absolute Zero, in which a single model learns.", ["Absolute Zero", "method", true]],
    ["cue: our X", "while our MedGRPO framework further improves upon the SFT baseline.", ["MedGRPO", "method", true]],
    ["coordination: list takes the known type", "from WMT23, WMT24, and Flores200 benchmarks.", ["Flores-200", "dataset", false]],
    ["phrase: a task cue's subject", "Visual metaphor generation is a challenging task that aims to generate an image.", ["visual metaphor generation", "task", false]],
  ])("%s", (_rule, abstract, expected) => {
    expect(names(abstract)).toContainEqual(expected);
  });

  it.each([
    ["stop list: generic classes", "While large language models (LLMs) have demonstrated proficiency, VLMs lag."],
    ["name: modifier, not mention", "Building on R1-style distilled models, we observe latency."],
    ["url: no names from links", "Code is available at https://github.com/ByteDance-BandAI/CodeVision."],
    ["quantity: sizes and counts", "trained on 13K examples with 72B parameters on a single 8-GPU node."],
  ])("%s", (_rule, abstract) => {
    // Nothing from the text itself, while a real name added to the same abstract is found.
    expect(names(abstract)).toEqual([]);
    expect(names(`${abstract} We compare it with PPO.`)).toEqual([["PPO", "method", false]]);
  });

  it("phrase: the subject of a task cue, not its complement (heldout-az, tuned)", () => {
    const found = names("Trajectory prediction for surrounding agents is a challenging task in autonomous driving.");
    expect(found).toContainEqual(["trajectory prediction", "task", false]);
    expect(found.map(([name]) => name)).not.toContain("surrounding agents");
  });

  it("title: the prefix before the colon is the paper's own", () => {
    expect(names("We scale PPO to 300M samples.", "CaRL: Learning Scalable Planning Policies")).toContainEqual(["CaRL", "method", true]);
  });

  it("mention: offsets index title + blank line + abstract, sentence is the containing one", () => {
    const title = "WebRL: Training LLM Web Agents";
    const abstract = "First sentence here. We apply WebRL to Llama-3.1-8B models.";
    const text = `${title}\n\n${abstract}`;
    const mention = run(abstract, title).find((m) => m.surface === "Llama-3.1-8B")!;
    expect(text.slice(mention.start, mention.end)).toBe("Llama-3.1-8B");
    expect(mention.sentence).toBe("We apply WebRL to Llama-3.1-8B models.");
  });

  it("checkpoint family: a bare unknown family with one size names that checkpoint", () => {
    const found = names("our model SSR-Zero-7B outperforms TowerInstruct-13B.", "SSR-Zero: Simple Self-Rewarding RL");
    expect(found.filter(([name]) => name.startsWith("SSR-Zero"))).toEqual([
      ["SSR-Zero-7B", "model", true],
      ["SSR-Zero-7B", "model", true],
    ]);
  });
});
