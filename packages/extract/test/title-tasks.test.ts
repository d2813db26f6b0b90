import { describe, expect, it } from "vitest";
import { found, run } from "./helpers";

// Issue 13: the task a title names stands anywhere in it, between its colon, punctuation and
// joining words, not only at its end or its start. Real titles of held-out papers.

describe("a title part that ends in a task head is the paper's task", () => {
  it.each([
    ["between two joining words", "Beyond Quality: Unlocking Diversity in Ad Headline Generation with Large Language Models", "ad headline generation"],
    ["after the paper's verbs", "From BERT to LLMs: Comparing and Understanding Chinese Classifier Prediction in Language Models", "Chinese classifier prediction"],
    ["after a verb and a setting", "MADPromptS: Unlocking Zero-Shot Morphing Attack Detection with Multiple Prompt Aggregation", "morphing attack detection"],
    ["at the title's start", "Training-Free Open-Vocabulary Part Segmentation by Prompting SAM", "open-vocabulary part segmentation"],
  ])("%s", (_kind, title, task) => expect(found("We evaluate it on public data.", title)).toContainEqual([task, "task"]));

  it.each([
    ["a run that says how is a method", "Motion Control of High-Dimensional Musculoskeletal Systems with Hierarchical Model-Based Planning", "hierarchical model-based planning"],
    ["before joins two parts", "Seeing Before Answering: Grounded Visual Question Answering with Region-Level Chain-of-Thought", "before answering"],
  ])("%s", (_kind, title, absent) => expect(found("We evaluate it on public data.", title).map(([name]) => name)).not.toContain(absent));
});

describe("what a title is for names its task, whatever the activity is called", () => {
  it.each([
    ["a gerund", "NeSyPack: A Neuro-Symbolic Framework for Bimanual Logistics Packing", "bimanual logistics packing"],
    ["after a setting", "Sat2Sound: A Unified Framework for Zero-Shot Soundscape Mapping", "soundscape mapping"],
    ["before a joining word", "RepoMend: A Contamination-Resistant Benchmark for Repository-Level Bug Fixing by Coding Agents", "repository-level bug fixing"],
    ["a control task (heldout-ah, tuned)", "Correspondence-Free, Function-Based Sim-to-Real Learning for Deformable Surface Control", "deformable surface control"],
    ["a compression task, its acronym kept (heldout-aw, tuned)", "Constrained Edge AI Deployment: Fine-Tuning vs Distillation for LLM Compression", "LLM compression"],
    ["a dimension keeps its case", "Curve-Aware Gaussian Splatting for 3D Parametric Curve Reconstruction", "3D parametric curve reconstruction"],
    ["an assembly task (heldout-aj, tuned)", "Master Rules from Chaos: Learning to Reason, Plan, and Interact from Chaos for Tangram Assembly", "tangram assembly"],
  ])("%s", (_kind, title, task) => expect(found("We evaluate it on public data.", title)).toContainEqual([task, "task"]));

  it.each([
    ["a way of running models", "ClusterFusion: Expanding Operator Fusion Scope for LLM Inference via Cluster-Level Collective Primitive", "llm inference"],
    ["a way of training", "ViTaPEs: Visuotactile Position Encodings for Cross-Modal Alignment in Multimodal Transformers", "cross-modal alignment"],
    ["a verb and its object", "Simulation Agent: A Framework for Integrating Simulation and Large Language Models for Enhanced Decision-Making", "integrating simulation"],
    ["not after for", "Reflections on Spill Code Placement in Compilers", "spill code placement"],
    ["a gerund's conjunction (heldout-av, tuned)", "Hard Contacts with Soft Gradients: Refining Differentiable Simulators for Learning and Control", "and control"],
  ])("%s", (_kind, title, absent) => expect(found("We evaluate it on public data.", title).map(([name]) => name)).not.toContain(absent));
});

describe("a task shortened after a hyphen is the same task", () => {
  it("socio-cultural localization, then cultural localization", () => {
    const title = "Bridging the Culture Gap: A Framework for LLM-Driven Socio-Cultural Localization of Math Word Problems";
    const abstract = "We study cultural localization of math word problems for low-resource languages.";
    const short = run(abstract, title).find((m) => m.surface === "cultural localization");
    expect(short?.canonical).toBe("socio-cultural localization");
  });
});

describe("a dimension before a task is part of its name", () => {
  it.each([
    ["as the sentence's subject", "3D scene reconstruction and understanding have gained increasing popularity.", "3D scene reconstruction"],
    ["before an adverb", "3D human avatar reconstruction typically requires multi-view or monocular videos.", "3D human avatar reconstruction"],
  ])("%s", (_kind, abstract, task) => expect(found(abstract)).toContainEqual([task, "task"]));
});

describe("the words before a title's colon name the paper's method when the abstract repeats them", () => {
  it.each([
    ["a hyphenated name", "Multimodal Doctor-in-the-Loop: A Clinically-Guided Explainable Framework for Predicting Pathological Response in Non-Small Cell Lung Cancer", "The proposed Multimodal Doctor-in-the-Loop method further enhances clinical relevance.", ["Multimodal Doctor-in-the-Loop", "method"]],
    ["a sentence-case lead written small", "Loop closure grasping: Topological transformations enable strong, gentle, and versatile grasps", "Here we present loop closure grasping, a class of robotic grasping.", ["Loop closure grasping", "method"]],
    ["a task's name is a task", "Next Edit Prediction: Learning to Predict Code Edits from Context", "We introduce Next Edit Prediction, a task designed to infer developer intent.", ["next edit prediction", "task"]],
  ])("%s", (_kind, title, abstract, expected) => expect(found(abstract, title)).toContainEqual(expected));

  it.each([
    ["a catchy lead the abstract does not repeat", "Think Twice, Act Once: Token-Aware Compression for VLA Models", "We compress tokens and act once per chunk.", "Think Twice"],
    ["a phrase about the work", "Towards Humanoid Robot Autonomy: A Dynamic Architecture Integrating Continuous Thought Machines", "Towards Humanoid Robot Autonomy is our aim.", "Towards Humanoid Robot Autonomy"],
  ])("not %s", (_kind, title, abstract, absent) => expect(found(abstract, title).map(([name]) => name)).not.toContain(absent));
});

// Issue 13, kind 1: a title that does its task as a verb names it ("Detecting X" is X detection).
describe("a title's verb and its object name the task", () => {
  it.each([
    ["the object's last word to the singular", "Detecting Adversarial Inputs to Large Language Models through Attention", "adversarial input detection"],
    ["a mass noun of two words", "Detecting Copyright Infringement in DeepFake Art", "copyright infringement detection"],
    ["after a colon", "LayerIF: Estimating Layer Quality for Large Language Models using Influence Functions", "layer quality estimation"],
    ["a plural object of one word", "Summarising Opinions with Aspect Graphs", "opinion summarization"],
    ["a judgement is left out", "Identifying Reliable Evaluation Metrics for Scientific Text Revision", "evaluation metric identification"],
  ])("%s", (_kind, title, task) => expect(found("We evaluate it on public data.", title)).toContainEqual([task, "task"]));

  it.each([
    ["a mass noun alone", "Detecting Information Generated by Large Language Models", "information detection"],
    ["a verb that is no task", "Grounding Language Models with Semantic Digital Twins", "language model grounding"],
  ])("%s", (_kind, title, absent) => expect(found("We evaluate it on public data.", title).map(([name]) => name)).not.toContain(absent));
});
