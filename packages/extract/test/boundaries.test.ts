import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// Issue 13, kind 1: where a name ends. A short boundary costs a miss and a false positive.
describe("name boundaries", () => {
  it.each([
    ["tier after a release: Pro", "We compare Gemini 3 Pro with GPT-4o on GSM8K.", ["Gemini 3 Pro", "model"]],
    ["tier after a release: Mini", "We distil into Phi 3 Mini and test it on GSM8K.", ["Phi-3 Mini", "model"]],
    ["tier after a release: Flash", "Claude and Gemini 2.5 Flash are judged on MMLU.", ["Gemini 2.5 Flash", "model"]],
    ["spaced size after a versioned checkpoint", "We fine-tune DeepSeek-Coder-Base-v1.5 7B with PPO.", ["DeepSeek-Coder-Base-v1.5-7B", "model"]],
    ["spaced size after an unknown family", "We release MedLlama-v2 8B weights trained with PPO.", ["MedLlama-v2-8B", "model"]],
    ["'Bench' written apart is part of the name", "We evaluate on FinGen Bench and MT-Bench with PPO.", ["FinGen Bench", "dataset"]],
    ["markdown bold is not part of the name", "Our **LeaP-T** model beats PPO on GSM8K.", ["LeaP-T", "model"]],
    ["a dash typed as a hyphen after a plural class (heldout-ax, tuned)", "We conduct a comparative study of three off-the-shelf VLMs-BLIP-2, InstructBLIP, and LLaVA-1.5-evaluating zero-shot performance.", ["BLIP-2", "model"]],
    ["a dash typed as a hyphen before a gerund (heldout-cn, tuned)", "We validate our method on three representative AV-LLMs-VideoLLaMA2, video-SALMONN, and Qwen2.5-Omni-using three benchmark datasets.", ["Qwen2.5-Omni", "model"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it.each([
    ["a tier word is not taken without a release", "The Gemini Pro plan is cheaper than PPO training.", "Gemini Pro Pro"],
    ["a size already in the name is not doubled", "We fine-tune Qwen2.5-7B 8B-token runs with PPO.", "Qwen2.5-7B-8B"],
    ["the bare family is not left behind", "We compare Gemini 3 Pro with GPT-4o on GSM8K.", "Gemini 3"],
    ["the short name is not left behind", "We evaluate on FinGen Bench and MT-Bench with PPO.", "FinGen"],
    ["a plural acronym before a plain word stays one name (heldout-g, tuned)", "We describe our system for the CQs-Gen 2025 shared task with PPO.", "CQ"],
  ])("%s", (_rule, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));
});

describe("a kind of a known method is a method of its own", () => {
  it.each([
    ["discrete", "We propose CoDesign-X, a model that jointly generates backbone coordinates and amino-acid sequences with a multimodal flow in which structure is modeled by SE(3) flow matching and sequence by discrete flow matching.", ["discrete flow matching", "method"]],
    ["online, before an algorithm", "To achieve this, we use an online mirror descent algorithm with varying constraint sets and a carefully designed exploration bonus.", ["online mirror descent", "method"]],
    ["a proper adjective keeps its capital", "As a proof-of-concept, we present two experiments focused on Bayesian linear regression.", ["Bayesian linear regression", "method"]],
    ["in a title, both capitalised", "We tune prompts for emotion recognition.", ["discrete prompt tuning", "method"], "Discrete Prompt Tuning via Recursive Utilization of Black-box Multimodal Large Language Model"],
    ["before a known method's long form", "Deep SWM also features a sparse masked autoencoder, a novel pretraining strategy that employs a two-phase masking approach.", ["sparse masked autoencoder", "method"]],
    ["of a bare head, named as written", "A prominent strategy to mitigate this cost is distillation, with offline distillation offering particular advantages in terms of efficiency, modularity, and flexibility.", ["offline distillation", "method"]],
    ["the bare head beside its kind", "A prominent strategy to mitigate this cost is distillation, with offline distillation offering particular advantages in terms of efficiency, modularity, and flexibility.", ["knowledge distillation", "method"]],
    ["the bare head beside a name that holds it", "We introduce the Koopman Distillation Model (KDM), a novel approach, and compare it with distillation baselines.", ["knowledge distillation", "method"]],
    ["a bare head ending a title's phrase", "We propose ThinkTuning, a GRPO-based interactive training approach.", ["knowledge distillation", "method"], "ThinkTuning: Instilling Cognitive Reflections without Distillation"],
    ["a noun compound of a bare head", "We further show that FlexRoute is complementary to expert pruning and 4-bit quantization.", ["expert pruning", "method"]],
    ["a hyphenated compound of a bare head", "Furthermore, we propose structure-aware pruning that prioritizes removing tokens in low-contributing reasoning chunks.", ["structure-aware pruning", "method"]],
    ["a stage is no compound: the bare head stays", "We explore model compression techniques, including pruning and knowledge distillation (KD). The pruning-based framework includes pre- and post-pruning strategies.", ["pruning", "method"]],
    ["a participle is no compound: the bare head stays", "Our method derives vector representations by computing weight importance scores via an adapted pruning algorithm.", ["pruning", "method"]],
    ["named by the lexicon's short form", "OctaFlow jointly models Wyckoff positions and atom types with an equivariant graph neural network.", ["equivariant GNN", "method"]],
  ])("%s", (_rule, abstract, expected, title?: string) => expect(found(abstract, title)).toContainEqual(expected));

  it.each([
    ["a word that says how it behaves", "We train the agent with adaptive reinforcement learning on MuJoCo.", "adaptive RL"],
    ["the bare head beside a compound of it", "While expert pruning presents a viable approach, existing pruning methods suffer from performance degradation.", "pruning"],
    ["a verb before a bare head", "Under a fixed budget, we minimize pruning error layer by layer.", "minimize pruning"],
    ["the end of a compound", "We present an SE(3)-equivariant diffusion model that generates ligands.", "equivariant diffusion model"],
    ["a capitalised word mid-sentence", "Results hold for Online mirror descent in a second study.", "online mirror descent"],
  ])("%s", (_rule, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));
});

describe("a setting that makes a task a subfield of its own is part of the task", () => {
  it.each([
    ["long-horizon", "A comprehensive benchmark spanning tabletop manipulation, few-shot learning, and long-horizon mobile manipulation, demonstrates the effectiveness of our approach.", ["long-horizon mobile manipulation", "task"]],
    ["dexterous", "Learning dexterous in-hand manipulation with reinforcement learning (RL) in simulation and deploying the resulting policies on physical robots remains difficult.", ["dexterous in-hand manipulation", "task"]],
    ["long-context", "We observe a performance gap in video-LLMs, thus identifying a research gap in the area of long-context video understanding.", ["long-context video understanding", "task"]],
    ["referring", "Evaluations on diverse benchmarks demonstrate that Argus excels in both multimodal reasoning tasks and referring object grounding tasks.", ["referring object grounding", "task"]],
    ["in a title, both capitalised", "We reconstruct surfaces from few views.", ["sparse-view surface reconstruction", "task"], "Sparse2DGS: Sparse-View Surface Reconstruction using 2D Gaussian Splatting"],
    ["a legged body, an adjective (heldout-af, tuned)", "We present a new approach to overcome the challenges of hyperparameter tuning, enabling quadrupedal locomotion across robot morphologies.", ["quadrupedal locomotion", "task"]],
    ["a count is no domain (heldout-ch, tuned)", "We curate SynGrasp-1B, a billion-frame robotic grasping dataset generated in simulation.", ["robotic grasping", "task"]],
    ["a noun in -ly is no adverb (heldout-bg, tuned)", "We deliver interactive, explainable, and role-aware decision support for supply chain planning.", ["supply chain planning", "task"]],
    ["the input that guides it", "These results show that spline-parameterized policies offer an interpretable alternative for robust vision-guided locomotion.", ["vision-guided locomotion", "task"]],
    ["the words before a known task a sentence is about (heldout-x, tuned)", "Art plagiarism detection plays a crucial role in protecting artists' copyrights.", ["art plagiarism detection", "task"]],
    ["... but not a description of how well", "Accurate object detection plays a crucial role in robotics.", ["object detection", "task"]],
  ])("%s", (_rule, abstract, expected, title?: string) => expect(found(abstract, title)).toContainEqual(expected));

  it("a judgement of how well is no setting: near-perfect (heldout-bf, tuned)", () => {
    const abstract = "Our framework comprises robust OCR-based scene detection (95.04% F1score), near-perfect UI element detection (99.87% hit ratio), and novel multi-step action identification.";
    expect(found(abstract)).toContainEqual(["UI element detection", "task"]);
  });

  it.each([
    ["flawed (heldout-bq, tuned)", "Flawed planning from VLM-driven embodied agents poses significant safety hazards, hindering their deployment with PPO.", "flawed planning"],
    ["non-trivial (heldout-bq, tuned)", "Our findings reveal that slow-thinking LLMs exhibit non-trivial zero-shot forecasting capabilities, unlike PPO.", "non-trivial zero-shot forecasting"],
    ["proficient (heldout-bq, tuned)", "The latter stage is dedicated to aligning the code with Power-Performance-Area (PPA) benchmarks, a pivotal component in proficient hardware design, with PPO.", "proficient hardware design"],
    ["dedicated (heldout-bq, tuned)", "We propose a novel self-evolve framework, EvoCurr, in which a dedicated curriculum-generation LLM constructs a sequence of problem instances, trained with PPO.", "dedicated curriculum-generation"],
  ])("a judgement of how good opens no task: %s", (_rule, abstract, absent) => {
    const names = found(abstract).map(([name]) => name);
    expect(names).toContain("PPO");
    expect(names).not.toContain(absent);
  });

  it("zero-shot is how a task is evaluated, not a task of its own", () => {
    const abstract = "In zero-shot variant effect prediction on ClinVar, likelihood ratios from HelixLM-1B reach an AUROC of 0.83 for missense variants.";
    expect(found(abstract).map(([name]) => name)).not.toContain("zero-shot variant effect prediction");
  });
});

describe("coordination ellipsis of sizes and releases", () => {
  it.each([
    ["two sizes before a chat model", "We fine-tune the 13B and 70B Llama2-Chat models with PPO.", ["Llama-2-Chat-13B", "Llama-2-Chat-70B"]],
    ["three sizes, commas and or", "We release 7B, 13B, or 34B Code Llama weights.", ["Code Llama-7B", "Code Llama-13B", "Code Llama-34B"]],
    ["releases after a family's release", "When applied to Gemini 1.0 Pro and 1.5 Flash models, we find that self-correction improves.", ["Gemini 1.0 Pro", "Gemini 1.5 Flash"]],
    ["dotted releases in a list", "We compare Claude 3.5 Sonnet, 3.7 Sonnet and GPT-4o.", ["Claude 3.5 Sonnet", "Claude 3.7 Sonnet", "GPT-4o"]],
    ["a count after a release is no release", "We evaluate Gemini 1.5 Pro and 2 other proprietary models.", ["Gemini 1.5 Pro"]],
    ["a score after a release is no release", "It surpasses proprietary models (Gemini-1.5 Pro, 45.4) on the benchmark.", ["Gemini 1.5 Pro"]],
    ["a listed release named as the lexicon writes it", "It works across diffusion models, including Stable Diffusion 2.1, 3.0, and 3.5.", ["Stable Diffusion 2.1", "Stable Diffusion 3", "Stable Diffusion 3.5"]],
    ["a release with its tier ends the sentence", "We find that self-correction improves Gemini 1.0 Pro and 1.5 Flash.", ["Gemini 1.0 Pro", "Gemini 1.5 Flash"]],
    ["versions after a slash (heldout-ay, tuned)", "Extensive experiments on OPT, LLaMA-3/3.1/3.2, and Qwen2.5 models demonstrate the method's superiority.", ["OPT", "Llama-3", "Llama-3.1", "Llama-3.2", "Qwen2.5"]],
    ["sizes after a slash", "We evaluate Qwen2.5-7B/14B/32B on mathematical reasoning.", ["Qwen2.5-7B", "Qwen2.5-14B", "Qwen2.5-32B"]],
    ["a size unit written once after the slashed sizes (heldout-dk, tuned)", "UR$^2$ (built on Qwen-2.5-3/7B and LLaMA-3.1-8B) outperforms existing RAG methods.", ["Qwen2.5-3B", "Qwen2.5-7B", "Llama-3.1-8B"]],
    ["three sizes, one unit", "We train Qwen2.5-0.5/3/7B with the same recipe.", ["Qwen2.5-0.5B", "Qwen2.5-3B", "Qwen2.5-7B"]],
    ["slashed sizes end the sentence", "Our recipe transfers to Llama-2-7/13B.", ["Llama-2-7B", "Llama-2-13B"]],
    ["a number of another kind after a slash is no variant", "The ratio of Qwen2.5-7B/2 workers is fixed.", ["Qwen2.5-7B"]],
    ["sizes in brackets after released names (heldout-cu, tuned)", "Experiments show that CHORUS improves the performance of open-source LLMs such as Llama3.1 (8B), Llama3.3 (70B), Deepseek-r1 (32B), and Qwen2.5-coder (32B) by a significant margin.", ["Llama-3.1-8B", "Llama-3.3-70B", "DeepSeek-R1-32B", "Qwen2.5-Coder-32B"]],
    ["two sizes in brackets", "We fine-tune LLaVA-1.5 (7B and 13B) on the new data.", ["LLaVA-1.5-7B", "LLaVA-1.5-13B"]],
    ["a size in brackets after a model served only through an API is an estimate", "We compare with GPT-3.5 (175B) on the same prompts.", ["GPT-3.5"]],
  ])("%s", (_rule, abstract, checkpoints) => {
    const names = found(abstract).filter(([, type]) => type === "model").map(([name]) => name);
    expect(names).toEqual(checkpoints);
  });

  it("a benchmark's resolutions, each its own benchmark (heldout-cp, tuned)", () => {
    const abstract = "We achieve state-of-the-art few-step generation performance on both ImageNet 64x64 and 512x512, and on FFHQ 256 × 256.";
    expect(found(abstract).map(([name]) => name)).toEqual(["ImageNet 64x64", "ImageNet 512x512", "FFHQ 256x256"]);
  });

  it("a dataset's versions after a slash, before another name (heldout-cg, tuned)", () => {
    const names = found("We conduct extensive experiments on the CIFAR-10/100/CINIC-10 datasets and various heterogeneous settings.").map(([name]) => name);
    expect(names).toEqual(["CIFAR-10", "CIFAR-100", "CINIC-10"]);
  });

  it("a single size before a name is left to the size rules", () => {
    expect(found("A 7B Llama2-Chat is fine-tuned with PPO.").map(([name]) => name)).not.toContain("Llama-2-Chat-7B-7B");
  });
});

describe("prompting strategies named by their setting alone", () => {
  it.each([
    ["a bracketed list of prompting strategies (heldout-ec, tuned)", "We assessed both models across three prompting strategies (zero-shot, few-shot, and chain-of-thought) using 75 images.", ["zero-shot prompting", "few-shot prompting"]],
    ["a list after the strategies' name (heldout-w, tuned)", "We evaluate multiple prompting strategies, including zero-shot, fixed-context few-shot, and retrieval-based prompting.", ["zero-shot prompting"]],
    ["prompts of a setting, and their ellipsis (heldout-ea, tuned)", "We generated two corpora using two prompt types: zero-shot and few-shot prompts specifying a general age.", ["zero-shot prompting", "few-shot prompting"]],
    ["one prompt of a setting (heldout-y, tuned)", "Our results show that a simple zero-shot prompt on a fine-tuned model yielded the best scores.", ["zero-shot prompting"]],
  ])("%s", (_kind, abstract, methods) => {
    const named = found(abstract).filter(([, type]) => type === "method").map(([name]) => name);
    expect(named).toEqual(expect.arrayContaining(methods));
  });

  it.each([
    ["settings of an evaluation, no prompt in the sentence (heldout-de, tuned)", "We assess model performance in zero-shot, 10-shot, and fine-tuned settings using three metrics."],
    ["a setting that modifies a noun in a sentence about prompts", "Prompting helps, and zero-shot performance improves, as the results show."],
  ])("no prompting method: %s", (_kind, abstract) => {
    expect(found(abstract).map(([name]) => name)).not.toContain("zero-shot prompting");
  });
});

describe("coordination ellipsis of a known term's head over a list", () => {
  it.each([
    ["three reasoning kinds", "This deficiency leads to the isolated assessment of deductive, inductive, and abductive reasoning, neglecting the integrated reasoning process.", ["deductive reasoning", "inductive reasoning", "abductive reasoning"]],
    ["three prompting settings", "We compare zero-shot, one-shot, and few-shot prompting on clinical notes.", ["zero-shot prompting", "one-shot prompting", "few-shot prompting"]],
    ["two kinds of a known method (dev corpus)", "We conduct an empirical analysis comparing long and short CoT strategies.", ["long CoT"]],
  ])("%s", (_kind, abstract, terms) => expect(found(abstract).map(([name]) => name)).toEqual(expect.arrayContaining(terms)));

  it.each([
    ["a modifier before the shared head (heldout-ba, tuned)", "Our methods show a significant improvement in student model performance for mathematical and complex reasoning tasks.", ["mathematical reasoning", "task"]],
    ["a modifier before a two-word head (heldout-av, tuned)", "We train and evaluate SOTA monocular and binocular depth estimation methods.", ["monocular depth estimation", "task"]],
    ["at a sentence's start, before a task narrowed by its domain (heldout-bb, tuned)", "Monocular and stereo depth estimation offer complementary strengths: monocular methods capture rich contextual priors but lack geometric precision.", ["monocular depth estimation", "task"]],
  ])("%s", (_kind, abstract, term) => expect(found(abstract)).toContainEqual(term));

  it.each([
    ["a verb after the conjunction", "NAMQ reduces perplexity degradation by 38% on average and preserves accuracy on MMLU.", "average accuracy"],
    ["qualities coordinated before a known task's head (heldout-eg, tuned)", "We present Ring-lite, a model optimized via reinforcement learning to achieve efficient and robust reasoning capabilities.", "efficient reasoning"],
    // The reader's cleaning sets LaTeX dashes between lower-case words off as a clause: "grasp--and--lift".
    ["a clause set off by dashes (heldout-x, tuned)", "On raw broiler carcasses, our system achieves a 40.6% grasp — and — lift success rate.", "grasp success rate"],
    // Dev corpus map: the Segment Anything model and the Genomic Benchmarks had these among their aliases.
    ["verbs sharing an object that a model's name ends in", "We show that the grouped 3D Gaussians can reconstruct, segment and edit anything in 3D with high visual quality.", "SAM"],
    ["a description sharing a head that a dataset's name ends in", "We have evaluated Agentomics-ML on several established genomic and transcriptomic benchmark datasets.", "Genomic Benchmarks"],
  ])("no ellipsis: %s", (_kind, abstract, name) => expect(found(abstract).map(([n]) => n)).not.toContain(name));

  it("a list word that names no known term with the head stops the list", () => {
    expect(found("We compare careful, fast, and few-shot prompting.").map(([name]) => name)).toEqual(["few-shot prompting"]);
  });
});

describe("averaged measures written with -score", () => {
  it("macro F1-score is macro-F1, not F1", () => {
    expect(found("We demonstrate strong classification performance with an average test accuracy of 88.11%, macro F1-score of 0.88.")).toContainEqual(["macro-F1", "metric"]);
  });
});

describe("a benchmark's split or domain after its name", () => {
  it("is a benchmark of its own in the results (heldout-cw, tuned)", () => {
    const abstract = "Specifically, MUA-RL-32B achieves 67.3 on TAU2 Retail, 45.4 on TAU2 Airline, 28.3 on TAU2 Telecom, 28.4 on BFCL-V3 Multi Turn, and 82.5 on ACEBench Agent -- outperforming larger open-source models.";
    const datasets = found(abstract).filter(([, type]) => type === "dataset").map(([name]) => name);
    expect(datasets).toEqual(["TAU2 Retail", "TAU2 Airline", "TAU2 Telecom", "BFCL-V3 Multi Turn", "ACEBench Agent"]);
  });

  it.each([
    ["a part before the dataset's head noun (heldout-dt, tuned)", "We derive queries from 1000 driving logs in the Argoverse 2 Sensor dataset.", "Argoverse 2 Sensor"],
    ["a part in capitals before the benchmark's head noun (heldout-du, tuned)", "A vision-augmented variant matches GPT-4.1 on the KCSAT STEM benchmark.", "KCSAT STEM"],
    ["a named table of a repository (heldout-cc, tuned)", "We evaluate on the UCI Adult dataset and two others.", "UCI Adult"],
  ])("%s", (_rule, abstract, name) => {
    expect(found(abstract)).toContainEqual([name, "dataset"]);
  });

  it.each([
    ["a longer name joined by 'and' (heldout-l, tuned)", "This report introduces our solutions for the EgoExo4D Pose and Proficiency Estimation Challenges at CVPR2025.", "EgoExo4D Pose"],
    ["an event around the benchmark (heldout-ba, tuned)", "State-of-the-art models still achieve accuracy rates of merely 40-55% on 2024 ARC Competition, a large gap.", "ARC Competition"],
  ])("not %s", (_rule, abstract, wrong) => {
    expect(found(abstract).map(([name]) => name)).not.toContain(wrong);
  });
});

describe("a verb inside a task phrase is no word of the task", () => {
  it.each([
    ["a verb after a plural subject", "These factors complicate trajectory planning and grasping.", "trajectory planning", "complicate trajectory planning"],
    ["a verb after a plural, before a known task", "However, real-world surgical applications demand dexterous manipulation over extended durations.", "dexterous manipulation", "demand dexterous manipulation"],
    ["a verb after an adverb", "Strict non-overlapping constraints formally guarantee collision avoidance throughout the planning horizon.", "collision avoidance", "guarantee collision avoidance"],
    ["a verb after an adverb, before a dimension-free task", "As the first benchmark to systematically target semantic change detection of roads and bridges, it offers fine annotations.", "semantic change detection", "target semantic change detection"],
    ["the real-world setting written without its hyphen (heldout-cr, tuned)", "Extensive experiments validate the framework's strong generalization to novel scene configurations, demonstrating its effectiveness for real world 3D reconstruction and real-to-simulation transfer.", "3D reconstruction", "world 3D reconstruction"],
    ["a gerund opening a clause", "To tackle these issues, we introduce a multi-stage retrieval framework combining dense article retrieval, event-aware reranking, and image collection.", "dense article retrieval", "framework combining dense article retrieval"],
  ])("%s", (_kind, abstract, task, wrong) => {
    const names = found(abstract).map(([name]) => name);
    expect(names).toContain(task);
    expect(names).not.toContain(wrong);
  });

  it("a particle of a title's verb", () => {
    const names = found("Open-vocabulary approaches promise to close this gap.", "What Holds Back Open-Vocabulary Segmentation?").map(([name]) => name);
    expect(names).toContain("open-vocabulary segmentation");
    expect(names).not.toContain("back open-vocabulary segmentation");
  });
});

describe("two sentences glued where the space after the full stop was lost", () => {
  it("the name ends at the full stop (heldout-dy, tuned)", () => {
    const names = found("Extensive ablation studies verify the effectiveness of MDGCL.In addition, we release code.").map(([name]) => name);
    expect(names).toContain("MDGCL");
    expect(names).not.toContain("MDGCL.In");
  });

  it("no name keeps the next sentence's first word (dev corpus)", () => {
    const names = found("Grounding helps the LLM.Through experiments on three tasks we show gains.").map(([name]) => name);
    expect(names.filter((name) => name.includes("."))).toEqual([]);
  });
});
