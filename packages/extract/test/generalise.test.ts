import { describe, expect, it } from "vitest";
import { isNameShaped } from "../src/names";
import { typeFromShape } from "../src/typing";
import { isMeasurementContext, typeFromContext } from "../src/context-typing";
import { found, run, absentRows, expectAbsentBeside } from "./helpers";

describe("rules that carry to other fields", () => {
  it.each([
    ["shape: size tier makes a model", "SegFormer-B2", "model"],
    ["shape: patch size makes a model", "ViT-B/16", "model"],
    ["shape: one-letter tier", "Swin-L", "model"],
    ["shape: named tier", "Octo-Base", "model"],
    ["shape: Whisper tier", "Whisper large-v3", "model"],
    ["shape: averaged F1", "micro-F1", "metric"],
    ["shape: cut-off metric", "NDCG@10", "metric"],
    ["shape: AP variant", "APr", "metric"],
    ["shape: ROUGE variant", "ROUGE-Lsum", "metric"],
    ["shape: year makes a dataset", "CoNLL-2003", "dataset"],
    ["shape: fused year", "VOC2012", "dataset"],
    ["shape: corrupted copy", "Cityscapes-C", "dataset"],
  ])("%s: %s -> %s", (_rule, name, type) => expect(typeFromShape(name)).toBe(type));

  it.each([
    ["context: score before", " on COCO val2017", "it improves DINO by 1.9", "metric"],
    ["context: value after", " of 2.1% with HuBERT-based transcription", "CodecFlow achieves a", "metric"],
    ["context: equals a value", " = 0.86).", "rankings are preserved (Spearman's", "metric"],
    ["context: evaluated on", ", the distilled policy matches the teacher", "we evaluate on the ", "dataset"],
    ["context: based on is not data", " and a linear head", "a detector based on", undefined],
    ["context: fine-tune a checkpoint", " on eleven African languages", "We fine-tune ", "model"],
    ["context: backbone", " backbone, our detector reaches 59.4 AP", "Scaled to a", "model"],
    ["context: appositive through parentheses", ", a non-autoregressive zero-shot text-to-speech (TTS) model that applies", "This paper introduces", "model"],
    ["context: family", ", a family of lightweight hierarchical vision transformers", "We introduce", "model"],
    ["context: a named agent system is a model (heldout-k, tuned)", ", a Large Language Model-based (LLM) multi-agent expert system that", "We introduce", "model"],
    ["context: an agentic system is a model (heldout-af, tuned)", ", the first paper-to-video agentic system.", "we introduce", "model"],
    ["context: a system without agents stays a method", ", a modular retrieval system that integrates cross-modal domain knowledge", "This paper introduces", "method"],
  ])("%s", (_rule, after, before, type) => expect(typeFromContext(after, before)).toBe(type));

  it.each([
    ["junk: counted noun", "12-epoch"], ["junk: layer count", "64-layer"], ["junk: unit", "dB"], ["junk: bare version", "V2"],
    ["junk: split name", "val2017"], ["junk: split name", "test-dev"], ["junk: accelerator", "A100"], ["junk: accelerator", "H100"],
  ])("%s: %s is not a name", (_rule, word) => expect(isNameShaped(word)).toBe(false));

  it.each([
    ["measure: comparison", "It also improves ", " by 9 points, indicating better diversity", true],
    ["measure: value", "reaches a ", " of 0.91 on the test set", true],
    ["measure: everyday word", "struggle where spatial ", ", temporal reasoning and semantics matter", false],
    ["measure: everyday overhead", "adds no parameters or ", " at inference time", false],
  ])("%s", (_rule, before, after, expected) => expect(isMeasurementContext(before, after)).toBe(expected));
});

describe("extraction on other fields", () => {
  it.each([
    ["coordination: list of datasets", "in cross-domain transfer from CoNLL-2003, CrossNER and OntoNotes 5.0 it wins.", ["CrossNER", "dataset"]],
    ["lexicon: version kept", "backbones, including Stable Diffusion 1.5, SDXL and Stable Diffusion 3.", ["Stable Diffusion 1.5", "model"]],
    ["lexicon: tier kept", "inserts adapter layers into the Whisper large-v3 encoder and trains them.", ["Whisper large-v3", "model"]],
    ["lexicon: dataset version", "on 12 languages from Common Voice 15 and FLEURS, while updating few parameters.", ["Common Voice 15", "dataset"]],
    ["lexicon: a benchmark's named subset (heldout-as, tuned)", "Across 75 Kaggle competitions from MLE-bench Lite, the agent wins medals in 63% of them.", ["MLE-bench Lite", "dataset"]],
    ["lexicon: an established variant of RL (heldout-au, tuned)", "In this paper, we study the loss of plasticity in deep continual RL from the lens of churn.", ["continual RL", "method"]],
    ["lexicon: a release and a size in one token (heldout-aw, tuned)", "Performance drops when smaller LLMs (e.g., Llama 3.1-8B) are used as selectors.", ["Llama-3.1-8B", "model"]],
    ["lexicon: slash inside a name", "On CNN/DailyMail and XSum, FactRank reduces unfaithful summaries.", ["CNN/DailyMail", "dataset"]],
    ["architecture variant: a depth makes a checkpoint", "With a ResNet-50 backbone and a 12-epoch schedule, it improves.", ["ResNet-50", "model"]],
    ["architecture variant: a depth fused to the name (heldout-an, tuned)", "Among six image encoders, ConvNeXt and ResNet18 achieved the best performance.", ["ResNet18", "model"]],
    ["architecture variant: patch size", "A ViT-B/16 pretrained with MTD reaches 85.9% top-1 accuracy.", ["ViT-B/16", "model"]],
    ["title compound: known head", "Scaled to a Swin-L backbone, our detector reaches 59.4 AP.", ["Swin-L", "model"]],
    ["metric: score before the name", "SegFormer-X-B2 achieves 49.8 mIoU at 61 FPS on a single GPU.", ["FPS", "metric"]],
    ["definition: task long form beats 'model'", "we train a crowd density estimation (CDE) model on street images.", ["CDE", "task"]],
    ["definition: any task cue's head in the long form", "Sarcasm Target Identification (STI) aims to find what a sarcastic post mocks. Existing STI models predominantly rely on supervised methodologies.", ["STI", "task"]],
    ["definition: noun before the long form", "we propose a new open-ended reward named Bidirectional Max-Average Similarity (BMAS) by matching.", ["BMAS", "method"]],
    ["title task: what the title is for", "We stack gated layers.", ["long-term glacier melt forecasting", "task"], "Residual Gating for Long-Term Glacier Melt Forecasting"],
    ["title task: a leading gerund is dropped", "We study metaphors.", ["visual pun generation", "task"], "Reward Models for Guiding Visual Pun Generation"],
    ["measure phrase: next to a value", "ACR tracks commanded velocities with a velocity tracking error of 0.12 m/s.", ["velocity tracking error", "metric"]],
    ["measure: a value with its unit before an everyday measure (heldout-an, tuned)", "Our system features a zero-copy streaming architecture achieving ≤35 ms latency.", ["latency", "metric"]],
    ["measure: the second of a pair of measures (heldout-aq, tuned)", "This approach detects anomalies in low-label systems while maintaining high precision and recall.", ["recall", "metric"]],
    ["lexicon: a robot simulator is an environment (heldout-aq, tuned)", "Experiments in a simulated Gazebo environment show that STPR ensures full compliance.", ["Gazebo", "dataset"]],
    ["measure: a known measure with a numbered script (heldout-ar, tuned)", "On SUN RGB-D dataset, 3DRot raises IoU3D from 43.21 to 44.51 and boosts mAP0.5 from 35.70 to 38.11.", ["IoU3D", "metric"]],
    ["measure: recall after a comparison", "It also improves recall by 9 points, indicating substantially better diversity.", ["recall", "metric"]],
    ["measure: what a system maintains (heldout-bq, tuned)", "We demonstrate that LinguaLinked facilitates efficient LLM inference while maintaining consistent throughput and minimal latency.", ["throughput", "metric"]],
    ["measure: minimal before an everyday measure (heldout-bq, tuned)", "We demonstrate that LinguaLinked facilitates efficient LLM inference while maintaining consistent throughput and minimal latency.", ["latency", "metric"]],
    ["measure: what is maximised (heldout-as, tuned)", "We aim to maximise the lift-to-drag ratio while preserving the structural integrity of the airfoil.", ["lift-to-drag ratio", "metric"]],
  ])("%s", (_rule, abstract, expected, title?: string) => {
    expect(found(abstract, title)).toContainEqual(expected);
  });

  it.each(absentRows([
    ["fragment: no bare family next to its version", "backbones, including Stable Diffusion 1.5 and SDXL.", "Stable Diffusion", ["Stable Diffusion 1.5", "model"]],
    ["fragment: no tier on its own", "inserts adapters into the Whisper large-v3 encoder.", "large-v3", ["Whisper large-v3", "model"]],
    ["fragment: no half of a slash name", "On CNN/DailyMail and XSum, it helps.", "DailyMail", ["CNN/DailyMail", "dataset"]],
    ["hardware: robot after its maker", "Deployed zero-shot on a Unitree Go2 quadruped, ACR traverses stairs. We compare it with PPO.", "Go2", ["PPO", "method"]],
    ["hardware: accelerator", "runs at 61 FPS on a single A100 GPU.", "A100", ["FPS", "metric"]],
    ["junk: unit", "improving PSNR by up to 1.6 dB while also achieving better SSIM.", "dB", ["PSNR", "metric"]],
    ["coordination: a task is not listed with a name", "On node classification, RSG-GCN improves accuracy.", "node classification:RSG-GCN", ["node classification", "task"]],
    ["measure: everyday word without a value", "medical video understanding, where spatial precision and clinical semantics matter.", "precision", ["medical video understanding", "task"]],
    ["measure phrase: a hyper-parameter is not a measure", "We train with AdamW, a learning rate of 0.001 and a dropout rate of 0.1.", "learning rate", ["AdamW", "method"]],
    ["measure phrase: no value, no measure", "the velocity tracking error grows when the terrain changes. We compare it with PPO.", "velocity tracking error", ["PPO", "method"]],
    ["suffix: -distilled is a modifier", "it improves box AP by 1.4 over the DINOv2-distilled baseline.", "DINOv2-distilled", ["box AP", "metric"]],
    ["suffix: -trained is a modifier", "RL-trained policies generalise better than SFT-trained ones.", "RL-trained", ["RL", "method"]],
    ["suffix: -empowered is a modifier", "We study LLM-Empowered agents for web navigation.", "LLM-Empowered", ["web navigation", "task"]],
    ["suffix: -synthesized is a modifier", "We fine-tune on GPT-4-synthesized dialogues.", "GPT-4-synthesized", ["GPT-4", "model"]],
    ["stoplist: ground truth abbreviation", "Co-Reward matches the ground-truth (GT) labeled reward on MATH500.", "GT", ["MATH-500", "dataset"]],
  ]))("%s", (_rule, abstract, absent, present) => {
    const names = found(abstract);
    if (absent.includes(":")) {
      const [task, name] = absent.split(":");
      expect(names).toContainEqual([task, "task"]);
      expect(names.find(([n]) => n === name)?.[1]).not.toBe("task");
    } else {
      expectAbsentBeside(abstract, absent, present);
    }
  });

  it("boundary: a name never crosses the title's line break", () => {
    const mentions = run("Few-shot named entity recognition (NER) requires recognizing spans.", "Type-Aware Prompting for Few-Shot Named Entity Recognition");
    expect(mentions.every((m) => !m.surface.includes("\n"))).toBe(true);
    expect(mentions.map((m) => m.canonical)).not.toContain("Entity Recognition");
    expect(mentions.map((m) => m.canonical)).toContain("NER");
  });

  it("ambiguity: MAE follows its definition and its list", () => {
    expect(found("the best configuration reaches a mean absolute error (MAE) of 0.059.")).toContainEqual(["mean absolute error", "metric"]);
    expect(found("We report MSE and MAE on all horizons.")).toContainEqual(["MAE", "metric"]);
    expect(found("approaches such as MAE reconstruct raw pixels.")).toContainEqual(["MAE", "method"]);
  });
});
