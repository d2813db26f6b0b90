import { describe, expect, it } from "vitest";
import { found, typeOf } from "./helpers";

// Issue 13: a paper types its names by the noun it puts after them and by the lists it puts them
// in; that evidence beats the lexicon's type and the defined name's fallback. Real sentences.

describe("a dataset head after a name makes it a dataset in this paper", () => {
  it.each([
    ["a known model before dataset", "The researcher introduced the extended SayCan dataset to conduct nine epochs of experiments.", "SayCan"],
    ["a list closed by datasets", "We evaluate on a benchmark assembled by integrating WebGPT, ScienceQA, AVSD, and ScanQA datasets.", "WebGPT"],
  ])("%s", (_kind, abstract, name) => expect(typeOf(abstract, name)).toBe("dataset"));

  it.each([
    ["a method names what the data is for", "We collect an SFT dataset of 10k dialogues and train with PPO.", "SFT", "method"],
    ["the paper's own framework beside its dataset", "We present RoboFAC, a framework for failure analysis. We construct the RoboFAC dataset of 9,440 trajectories.", "RoboFAC", "method"],
  ])("%s", (_kind, abstract, name, type) => expect(typeOf(abstract, name)).toBe(type));
});

describe("the items of a list share a type", () => {
  it.each([
    ["past a gloss in brackets", "We evaluate on three domains: ROCStories (narrative), Recipe1M (procedural), and Wikipedia (expository).", "Recipe1M", "dataset"],
    ["a defined item whose long form says nothing", "Results are reported with seven metrics: task success rate (TSR), execution success rate (ESR), average episode length (AEL), ROSCOE, and proficiency self-assessment (PSA).", "AEL", "metric"],
    ["past a defined item", "Results are reported with seven metrics: task success rate (TSR), execution success rate (ESR), average episode length (AEL), ROSCOE, and proficiency self-assessment (PSA).", "ROSCOE", "metric"],
  ])("%s", (_kind, abstract, name, type) => expect(found(abstract)).toContainEqual([name, type]));
});

describe("name words right before a dataset head are the dataset's whole name", () => {
  it.each([
    ["a maker and a name", "On the challenging MAN TruckScenes dataset, DoGFlow outperforms self-supervised methods.", "MAN TruckScenes"],
    ["plain words after the", "We evaluate on the Freiburg Forest dataset and a new field dataset.", "Freiburg Forest"],
    ["a challenge's name", "Building on the recently proposed DeepfakeArt Challenge benchmark, this work introduces DFA-CON.", "DeepfakeArt Challenge"],
    ["one plain word after the", "Our method achieves a notable IoU of 78.8% on SemanticKITTI-MOS and delivers competitive results on the Apollo dataset.", "Apollo"],
    ["one plain word right after a preposition, the article left out (heldout-cv, tuned)", "The proposed method achieves state-of-the-art performance on self-supervised depth estimation on SCARED dataset and zero-shot depth estimation on Hamlyn dataset, with lower error.", "Hamlyn"],
    ["a plain item of a list the head closes", "Our experimental validation includes testing on RELLIS-3D, Freiburg Forest, and RUGD datasets.", "Freiburg Forest"],
    ["Title-case words around \"in the\"", "We first introduce the large-scale multimodal Reading in the Wild dataset, containing 100 hours of videos.", "Reading in the Wild"],
    ["a known name that ends with its head", "This work also introduces our dataset WayMoCo, an extension of the Waymo Open Dataset.", "Waymo Open Dataset"],
    ["a plain item of a list the head opens", "On eight standard multivariate benchmarks, namely ETTh1, ETTh2, ETTm1, ETTm2, Weather, Electricity, Traffic and ILI, FreqMixer achieves the lowest mean squared error (MSE) in 29 of 36 settings.", "Electricity"],
    ["the first plain item after a colon (heldout-r, tuned)", "Our method shows strong results across four datasets: Waymo, NuScenes, Argoverse, and PandaSet.", "Waymo"],
    ["a number that is part of a name before a singular head", "We report accuracy on the 20 Newsgroups dataset and on AG News.", "20 Newsgroups"],
    ["two plain words of a list after \"such as\"", "Empirically, on several benchmarks such as Minerva Algebra, MATH-500, and GSM8K, Thinkless is able to reduce the usage of long-chain thinking by 50% - 90%.", "Minerva Algebra"],
  ])("%s", (_kind, abstract, name) => expect(found(abstract)).toContainEqual([name, "dataset"]));

  it("not a word of a name that goes on with \"&\"", () => {
    const abstract = "Extensive experiments demonstrate that our proposed 3DGS data compression framework achieves state-of-the-art performance across multiple benchmarks, including Mip-NeRF360, BungeeNeRF, DeepBlending, and Tank&Temples.";
    expect(found(abstract).map(([name]) => name)).not.toContain("Tank");
  });

  it.each([
    ["a list of plain words", "We test the encoder on Image, Video, and Audio benchmarks.", "Image"],
    ["a describing word", "We release the Synthetic dataset with the code.", "Synthetic"],
    ["a sentence's first word before \"in the\"", "Improvements in the COCO dataset are large for every detector.", "Improvements in the COCO"],
    ["a sentence's first word", "We compare with prior work. However, RELLIS-3D and RUGD datasets lack night scenes.", "However"],
    ["a count before a plural head (heldout-ei, tuned)", "Extensive experiments on 8 HAR benchmarks show that ZARA achieves SOTA zero-shot performance.", "8 HAR"],
  ])("not %s", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));

  it("not the description an indefinite article opens", () => {
    const names = found("This paper introduces MMRefine, a MultiModal Refinement benchmark for MLLMs.").map(([name]) => name);
    expect(names).not.toContain("MultiModal Refinement");
  });
});

describe("a defined name is typed by its appositive before its long form's head", () => {
  it.each([
    ["a model", "In this paper, we introduce Reinforced robot GPT (ReinboT), a novel end-to-end VLA model that maximizes cumulative reward.", "ReinboT", "model"],
    ["an approach named for a task", "We propose Intrinsic Spatial Reasoning (InSpire), a simple yet effective approach that mitigates spurious correlations.", "InSpire", "method"],
  ])("%s", (_kind, abstract, name, type) => expect(typeOf(abstract, name)).toBe(type));
});

describe("names before series or models are models", () => {
  it.each([
    ["a series retypes what experiments are on", "Extensive experiments on LLaDA and Dream series demonstrate higher throughput.", [["LLaDA", "model"], ["Dream", "model"]]],
    ["a plain word beside a model name", "Evaluations on LLaDA-1.5 and Dream models demonstrate a 61x speedup.", [["Dream", "model"]]],
    ["the paper's own series (heldout-dk, tuned)", "In this work, we introduce the Qwen3 Embedding series, a significant advancement over its predecessor.", [["Qwen3 Embedding", "model"]]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toEqual(expect.arrayContaining(expected)));

  it("a size is no model", () => {
    expect(found("Results on GPT-4 and Large models hold across tasks.").map(([name]) => name)).not.toContain("Large");
  });
});

describe("a known variant of a defined long form", () => {
  it("so does Offline at the start of a sentence, capitalised by its place (heldout-bu, tuned)", () => {
    const names = found("Offline reinforcement learning (RL) offers a powerful paradigm for data-driven control.");
    expect(names).toEqual(expect.arrayContaining([["offline RL", "method"], ["RL", "method"]]));
  });

  it("offline before the long form names offline RL; the short form stays RL", () => {
    const names = found("On the other hand, offline Reinforcement Learning (RL) excels at learning from logged data.");
    expect(names).toEqual(expect.arrayContaining([["offline RL", "method"], ["RL", "method"]]));
  });

  it("a short form spelled by the long form's last word names the known term it closes (heldout-d, tuned)", () => {
    const names = found("ProsoFlow achieves a WER of 1.9% and a speaker similarity (SIM) of 0.71 on the test set. SIM rises with guidance.");
    expect(names.filter(([, type]) => type === "metric").map(([name]) => name)).toEqual(["WER", "speaker similarity", "speaker similarity", "speaker similarity"]);
  });

  it("not a variant of a variant", () => {
    const names = found("We develop a multi-turn online reinforcement learning (RL) approach, SCoRe, for self-correction.").map(([name]) => name);
    expect(names).not.toContain("online RL");
  });

  it("a judgement before the variant is no variant of it", () => {
    const names = found("It lets LLMs self-correct by alternating between policy and verifier roles within a unified multi-turn reinforcement learning (RL) paradigm.");
    expect(names).toEqual(expect.arrayContaining([["multi-turn RL", "method"], ["RL", "method"]]));
  });
});

describe("a long form that says what a defined name is", () => {
  it.each([
    ["a task beats a benchmark's shape", "We study Zero-Shot Question Answering (ZSQA) over tables with small models.", "ZSQA", "task"],
    ["a test is a benchmark", "The framework introduces the Word Association Bias Test (WABT) to assess implicit associations.", "WABT", "dataset"],
    ["a survey is data", "The analysis is based on the Economy Watchers Survey (EWS), a monthly survey of workers.", "EWS", "dataset"],
  ])("%s", (_kind, abstract, name, type) => expect(typeOf(abstract, name)).toBe(type));
});

describe("a shared head after 'and' names both known terms", () => {
  it.each([
    ["settings of learning", "It evaluates task adaptation techniques, namely Zero-Shot and Few-Shot Learning, as well as Fine-Tuning.", ["zero-shot learning", "few-shot learning"]],
    ["variants of RL", "Our analysis compares offline and online RL under the same reward.", ["offline RL", "online RL"]],
  ])("%s", (_kind, abstract, names) => expect(found(abstract).map(([name]) => name)).toEqual(expect.arrayContaining(names)));

  it("only when the word and the head make a known term", () => {
    expect(found("We compare fast and offline RL agents.").map(([name]) => name)).not.toContain("fast RL");
  });
});

describe("what is said around an unknown name makes it a model", () => {
  it.each([
    ["a vendor's possessive", "The approach uses NVIDIA's Cosmos-Predict2 to generate physically consistent video sequences.", "Cosmos-Predict2"],
    ["a part after one more word", "Duet couples a language backbone with an AIMv2 understanding encoder and an image decoder.", "AIMv2"],
  ])("%s", (_kind, abstract, name) => expect(typeOf(abstract, name)).toBe("model"));
});

describe("what a paper says a name is beats the weakest evidence", () => {
  it("'experiments on X' does not make the paper's robot data", () => {
    const abstract = "The technological contribution includes the mechanical design of iRonCub-Mk1, a jet-powered humanoid robot, optimized for jet engine integration. Simulations are validated through wind tunnel experiments on iRonCub-Mk1.";
    expect(found(abstract)).toContainEqual(["iRonCub-Mk1", "model"]);
    expect(found(abstract)).not.toContainEqual(["iRonCub-Mk1", "dataset"]);
  });

  it("adjectives listed without 'and' before the appositive's head", () => {
    expect(typeOf("This paper introduces Q8bot, an open-source, miniature quadruped designed for robotics research and education.", "Q8bot")).toBe("model");
    expect(typeOf("We introduce QuickSilver, a modular, token-level framework that enables semantic adaptivity at inference time.", "QuickSilver", "QuickSilver -- Speeding up LLM Inference through Dynamic Token Halting")).toBe("method");
  });

  it("'on X' alone still makes data", () => {
    expect(typeOf("We report results on NuScenes-Lite and compare against baselines.", "NuScenes-Lite")).toBe("dataset");
  });
});
