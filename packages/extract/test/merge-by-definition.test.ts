import { describe, expect, it } from "vitest";
import { spellsAcronym } from "../src/acronym-spelling";
import { extract, normalise, type Entity, type Mention } from "../src/index";

// Merge by definition (issue 13 item 6): a long form joins an acronym only when its words
// spell it; an acronym defined in two senses splits; undefined uses go to the dominant sense.
// The sentences are the seed corpus's (data/seeds) and the dev corpus's.

/** A mention of `surface` in `sentence`, as the extractor gives it. */
function mention(paperId: string, sentence: string, surface: string, canonical = surface): Mention {
  const start = sentence.indexOf(surface);
  if (start < 0) throw new Error(`${surface} is not in: ${sentence}`);
  return { paperId, surface, start, end: start + surface.length, sentence, type: "method", proposed: false, canonical };
}

/** The whole extractor, then normalisation, over papers of one sentence each. */
function entitiesOf(papers: Record<string, string>): Entity[] {
  const mentions = Object.entries(papers).flatMap(([id, abstract]) => extract({ id, title: "A study", abstract, source: "test" }));
  return normalise(mentions).entities;
}

/** The entity that holds `text` as its name or an alias. */
const entityOf = (entities: readonly Entity[], text: string) => entities.find((e) => e.name === text || e.aliases.includes(text));

describe("merge by definition: which long forms spell an acronym", () => {
  it.each([
    ["Proximal Policy Optimization", "PPO", true],
    ["supervised finetuning", "SFT", true],
    ["RL with verifiable rewards", "RLVR", true],
    ["Low-Rank Adaptation", "LoRA", true],
    ["multimodal large language models", "MLLMs", true],
    ["Posterior-GRPO", "P-GRPO", true],
    ["Self-ALignMent with principle-fOllowiNg reward models", "SALMON", true],
    ["Decoupled Clip and Dynamic sAmpling Policy Optimization", "DAPO", true],
    ["policy optimization", "PPO", false],
    ["reward learning and subsequent policy optimization", "PPO", false],
    ["human feedback", "RLHF", false],
    ["deep Q-learning", "DQN", false],
  ])("spelling: %s spells %s: %s", (longForm, acronym, expected) => {
    expect(spellsAcronym(longForm, acronym)).toBe(expected);
  });
});

describe("merge by definition: a long form folds only into an acronym it spells", () => {
  const RLHF_SENTENCE =
    "The typical approach for post-training LLMs involves Reinforcement Learning from Human Feedback (RLHF), which traditionally separates reward learning and subsequent policy optimization.";
  const PPO_SENTENCE = "Notably, PPO, while commonly used, is prone to severe reward hacking in popular coding benchmarks, which CGPO successfully addresses.";
  const CUT_SHORT = "We integrate IXC-2.5-Reward with Proximal Policy Optimization (PPO) yields IXC-2.5-Chat, which shows consistent improvements in instruction following and multi-modal open-ended dialogue.";

  it.each([
    ["long form: a generic phrase given PPO in a sentence without PPO keeps its name", "reward learning and subsequent policy optimization", RLHF_SENTENCE, "reward learning and subsequent policy optimization"],
    ["long form: a shorter generic phrase likewise", "policy optimization", RLHF_SENTENCE, "policy optimization"],
    ["long form: a definition cut short in a sentence that writes PPO stays PPO", "Policy Optimization", CUT_SHORT, "PPO"],
    ["long form: the definition itself is PPO", "Proximal Policy Optimization", CUT_SHORT, "PPO"],
  ])("%s", (_rule, surface, sentence, node) => {
    const { entities } = normalise([mention("rlhf", sentence, surface, "PPO"), mention("cgpo", PPO_SENTENCE, "PPO")]);
    expect(entityOf(entities, surface)?.name).toBe(node);
    expect(entities.find((e) => e.name === "PPO")?.papers).toContain("cgpo");
  });

  it("long form: another paper's plain 'policy optimization' does not join PPO through a wrong merge", () => {
    const { entities, merges } = normalise([
      mention("rlhf", RLHF_SENTENCE, "policy optimization", "PPO"),
      mention("other", "We study policy optimization for language agents.", "policy optimization"),
      mention("cgpo", PPO_SENTENCE, "PPO"),
    ]);
    expect(entities.find((e) => e.name === "PPO")!.papers).toEqual(["cgpo"]);
    expect(entities.find((e) => e.name === "policy optimization")!.papers).toEqual(["other", "rlhf"]);
    expect(merges).toContainEqual({ from: "PPO", to: "policy optimization", reason: "not a definition", paper: "rlhf" });
  });

  it("long form: a definition cut short ('Policy Optimization' of PPO) does not pull other papers' 'policy optimization' into PPO", () => {
    const { entities } = normalise([
      mention("ixc", CUT_SHORT, "Policy Optimization", "PPO"),
      mention("other", "We study policy optimization for language agents.", "policy optimization"),
    ]);
    expect(entities.find((e) => e.name === "PPO")!.papers).toEqual(["ixc"]);
    expect(entities.find((e) => e.name === "policy optimization")!.papers).toEqual(["other"]);
  });

  it("long form: a synonym the lexicon gives (deep Q-learning for DQN) stays with its acronym although it does not spell it", () => {
    const { entities } = normalise([
      mention("a", "Then, we design a reward function and adopt a deep Q-learning scheme to train OPA-Net.", "deep Q-learning", "DQN"),
      mention("b", "These learned state representations are used to train a reinforcement learning agent with a Deep Q-Network (DQN).", "DQN"),
    ]);
    expect(entities.map((e) => [e.name, e.papers])).toEqual([["DQN", ["a", "b"]]]);
  });

  it("long form: a long form some paper defines joins its acronym in papers that only write the long form", () => {
    const { entities } = normalise([
      mention("a", "We propose Direct Preference Optimization (DPO), a stable alternative.", "Direct Preference Optimization", "DPO"),
      mention("a", "We propose Direct Preference Optimization (DPO), a stable alternative.", "DPO", "DPO"),
      mention("b", "Methods such as direct preference optimization avoid a reward model.", "direct preference optimization"),
      mention("c", "We compare against DPO.", "DPO"),
    ]);
    expect(entities.map((e) => [e.name, e.papers])).toEqual([["DPO", ["a", "b", "c"]]]);
  });
});

describe("merge by definition: senses (real sentences through the whole extractor)", () => {
  it("senses: SPO defined as Self-Play and as Self-supervised Preference Optimization gives two entities", () => {
    const entities = entitiesOf({
      selfplay: "We present Self-Play Preference Optimization (SPO), an algorithm for reinforcement learning from human feedback.",
      selfsup:
        "To address this problem, we propose a novel Self-supervised Preference Optimization (SPO) framework, which constructs a self-supervised preference degree loss combined with the alignment loss.",
    });
    const selfPlay = entityOf(entities, "Self-Play Preference Optimization");
    const selfSupervised = entityOf(entities, "Self-supervised Preference Optimization");
    expect(selfPlay?.papers).toEqual(["selfplay"]);
    expect(selfSupervised?.papers).toEqual(["selfsup"]);
  });

  it("senses: the undefined uses of SPO go to the sense more papers define", () => {
    const entities = entitiesOf({
      a: "We present Self-Play Preference Optimization (SPO), an algorithm for reinforcement learning from human feedback.",
      b: "Self-Play Preference Optimization (SPO) approximates the von Neumann winner.",
      c: "To address this problem, we propose a novel Self-supervised Preference Optimization (SPO) framework, which constructs a self-supervised preference degree loss.",
      d: "We compare our method with SPO and DPO on AlpacaEval.",
    });
    expect(entities.find((e) => e.name === "SPO")?.papers).toEqual(["a", "b", "d"]);
    expect(entityOf(entities, "Self-supervised Preference Optimization")?.papers).toEqual(["c"]);
  });

  it("senses: one paper's own DAPO (Direct Advantage Policy Optimization) does not take the DAPO other papers use undefined, the lexicon's sense", () => {
    const entities = entitiesOf({
      own: "To address these issues, we introduce Direct Advantage Policy Optimization (DAPO), an novel step-level offline RL algorithm.",
      field: "NFT significantly improves over SL baselines, matching or even surpassing leading RL algorithms like GRPO and DAPO.",
    });
    expect(entities.find((e) => e.name === "DAPO")?.papers).toEqual(["field"]);
    expect(entityOf(entities, "Direct Advantage Policy Optimization")?.papers).toEqual(["own"]);
  });

  it("senses: papers that define GRPO the field's way stay one entity with the papers that only write GRPO", () => {
    const entities = entitiesOf({
      a: "We train the policy with Group Relative Policy Optimization (GRPO) on math problems.",
      b: "Compared with GRPO, our method converges faster.",
    });
    expect(entities.find((e) => e.name === "GRPO")?.papers).toEqual(["a", "b"]);
  });
});

describe("merge by definition: a short form spelled in another case is the same letters", () => {
  it.each([
    [
      "a paper's capitals split from the field's mixed-case name",
      { rope: "We obtain a comprehensive Reference Object Pose Embedding (ROPE) that encodes an object shape.", rotary: "We extend Rotary Position Embedding (RoPE) to longer contexts." },
      "Reference Object Pose Embedding",
      "RoPE",
    ],
    [
      "on a tie, the sense spelled as the lexicon spells it keeps the name",
      { react: "This paper proposes the Real-time Edge-based Autonomous Co-pilot Trajectory planner (REACT), a V2X-integrated trajectory optimizer.", reason: "Agents built on Reason + Act (ReAct) interleave thoughts and tool calls." },
      "Real-time Edge-based Autonomous Co-pilot Trajectory planner",
      "ReAct",
    ],
  ])("%s", (_rule, papers, minority, field) => {
    const entities = entitiesOf(papers);
    const [minorityPaper, fieldPaper] = Object.keys(papers);
    expect(entities.find((e) => e.name === minority)?.papers).toEqual([minorityPaper]);
    expect(entities.find((e) => e.name === field)?.papers).toEqual([fieldPaper]);
  });
});

describe("merge by definition: the field's sense holds every long form the field writes", () => {
  it.each([
    [
      "a hyphenated long form is its words, not one word",
      {
        a: "We project image features into a bird's eye view (BEV) grid.",
        b: "We propose a Bird's-Eye View (BEV) representation for driving scenes.",
        c: "The bird's eye view (BEV) map is built from six cameras.",
      },
      "BEV",
    ],
    [
      "a long form with the lexicon's words and a head of its own stays the field's",
      {
        a: "Chain-of-Thought (CoT) prompting improves the reasoning of large models.",
        b: "We revisit Chain-of-Thought (CoT) prompting for arithmetic.",
        c: "CoT reasoning (CoT) lengthens the answers of small models.",
        d: "We use chain of thought (CoT) for math word problems.",
      },
      "CoT",
    ],
    [
      "a long form that writes 'visual' for 'vision' (dev corpus)",
      {
        a: "The Vision Transformer (ViT) splits an image into patches.",
        b: "We prune the Vision Transformer (ViT) by 40% with no loss.",
        c: "A Visual Transformer (ViT) encodes each frame of the video.",
      },
      "ViT",
    ],
    [
      "a long form that writes 'net' for 'network' (dev corpus)",
      {
        a: "A recurrent neural network (RNN) encodes the sequence.",
        b: "We compare a recurrent neural network (RNN) with a Transformer.",
        c: "Our recurrent neural net (RNN) tracks the hidden state.",
      },
      "RNN",
    ],
  ])("%s", (_rule, papers, name) => {
    const entities = entitiesOf(papers);
    expect(entities.find((e) => e.name === name)?.papers).toEqual(Object.keys(papers));
  });
});

describe("merge by definition: one everyday word does not define a known short form", () => {
  it.each([
    ["a measure glossed by what it measures", "Our editor keeps image fidelity (FID) high while following the instruction.", "FID", "fidelity"],
    ["a benchmark glossed by its subject", "Small models still struggle with mathematics (MATH) problems at competition level.", "MATH", "mathematics"],
  ])("%s", (_rule, sentence, name, word) => {
    const entities = entitiesOf({ a: sentence, b: `We report ${name} for every model.` });
    expect(entities.find((e) => e.name === name)?.papers).toEqual(["a", "b"]);
    expect(entities.some((e) => e.name === word || e.aliases.includes(word))).toBe(false);
  });
});

describe("merge by definition: a long form written without its accents is the same sense", () => {
  it("Frechet Inception Distance is the field's Fréchet Inception Distance", () => {
    const entities = entitiesOf({
      a: "We report the Frechet Inception Distance (FID) of every generator.",
      b: "Image quality is measured by the Fréchet Inception Distance (FID) on COCO.",
    });
    expect(entities.find((e) => e.name === "FID")?.papers).toEqual(["a", "b"]);
  });
});
