import { describe, expect, it } from "vitest";
import { found, absentRows, expectAbsentBeside } from "./helpers";

// Rules stated for the whole field (not for one gold set): what the lexicon says things are.
describe("lexicon: field-wide readings", () => {
  it.each([
    ["lexicon-task: tool use is an ability, not a technique", "Agents are increasingly evaluated on tool use over long horizons.", ["tool use", "task"]],
    ["lexicon-task: function calling", "Tool-augmented agents are evaluated on function calling with shifting APIs.", ["function calling", "task"]],
    // Typed a task by an earlier round; with more tuned sets the annotators type it a method 5 times in 7 (and 3 optional ones).
    ["lexicon-method: safety alignment as the annotators type it", "We hope our findings encourage representation-level approaches to safety alignment.", ["safety alignment", "method"]],
    ["lexicon-concept: jailbreak is the phenomenon's name", "The defence also improves robustness to multilingual jailbreaks.", ["jailbreak", "concept"]],
    ["lexicon-method: adapter layers stay a method", "Our approach inserts lightweight adapter layers into the encoder.", ["adapter layers", "method"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it.each(absentRows([
    ["lexicon-generic: bare adapters are a module of LoRA, not a technique", "Only the auxiliary head and LoRA adapters in the decoder are trained.", "adapters", ["LoRA", "method"]],
    ["lexicon-generic: verification is an activity", "Removing the verification step hurts success rates.", "verification", ["success rate", "metric"]],
    ["stoplist: interconnect", "It migrates KV cache blocks incrementally over NVLink during reconfiguration.", "NVLink", ["KV cache", "method"]],
    ["stoplist: accelerator class", "We deploy the model on mobile NPUs with 8-bit weights. We compare it with PPO.", "NPU", ["PPO", "method"]],
    ["stoplist: data kind", "Predictive models built on electronic health records (EHR) must handle irregular events. We compare it with PPO.", "EHR", ["PPO", "method"]],
  ]))("%s", (_rule, abstract, absent, present) => expectAbsentBeside(abstract, absent, present));

  it("a quality in a title's Title Case is no domain either (heldout-v, tuned)", () => {
    const names = found("We reconstruct dynamic scenes from event cameras.", "E-4DGS: High-Fidelity Dynamic Reconstruction from the Multi-view Event Cameras");
    expect(names).toContainEqual(["dynamic reconstruction", "task"]);
    expect(names.map(([name]) => name)).not.toContain("high-fidelity dynamic reconstruction");
  });
});

describe("concepts: phenomena named by their head or a cue", () => {
  it.each([
    ["concept-compound: what a hallucination is of", "MLLMs often describe objects that are absent, i.e. object hallucination persists.", ["object hallucination", "concept"]],
    ["concept-compound: two nouns before the head", "Off-policy data causes policy distribution drift during training.", ["policy distribution drift", "concept"]],
    ["concept-compound: routing failure", "Sparse MoE training suffers from expert collapse and load imbalance.", ["expert collapse", "concept"]],
    ["concept-compound: judge biases", "LLM judges show verbosity bias and self-preference bias in pairwise comparisons.", ["self-preference bias", "concept"]],
    ["concept-compound: a noun in -ent still names the target", "Heterogeneous data leads to client drift in federated averaging.", ["client drift", "concept"]],
    ["concept-cue: known as", "Safety tuning makes models reject benign prompts, a failure known as over-refusal, which we reduce.", ["over-refusal", "concept"]],
    ["concept-cue: the phenomenon in which", "Sampling off-policy pairs mitigates likelihood displacement, the phenomenon in which chosen responses lose probability.", ["likelihood displacement", "concept"]],
    ["concept-cue: we term (coined)", "The main reason is a phenomenon we term premature consensus: agents stop arguing early.", ["premature consensus", "concept"]],
    ["concept-cue: the X problem", "Our decoupled heads solve the objective entanglement problem while staying interpretable.", ["objective entanglement", "concept"]],
    ["lexicon-concept: field phenomena", "Deep RL agents suffer loss of plasticity and partial observability hurts them further.", ["loss of plasticity", "concept"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it.each(absentRows([
    ["concept-compound: a degree is no target", "The decoder yields the lowest hallucination rate among baselines.", "lowest hallucination", ["hallucination rate", "metric"]],
    ["concept-compound: a verb before the head", "We design probes that isolate self-preference bias from quality.", "isolate self-preference bias", ["self-preference bias", "concept"]],
    ["concept-compound: an adjective is no target", "Severe hallucination remains common in captioning models.", "severe hallucination", ["hallucination", "concept"]],
    ["concept-cue: an activity problem is a task", "It solves the resulting mask selection problem with a greedy procedure. We compare it with PPO.", "mask selection", ["PPO", "method"]],
    ["stoplist: rhetoric", "Test-time scaling marks a paradigm shift in how models reason.", "paradigm shift", ["test-time scaling", "method"]],
  ]))("%s", (_rule, abstract, absent, present) => expectAbsentBeside(abstract, absent, present));
});

describe("typing: shapes of the field", () => {
  it.each([
    ["shape-model: built on BERT", "We compare with BEHRT and CEHR-BERT on three hospitals.", "CEHR-BERT", "model"],
    ["shape-model: lower-case bert suffix", "Labels are computed with the CheXbert labeler over 14 observations.", "CheXbert", "model"],
    ["shape-model: a versioned BERT derivative", "Current models operate on short contexts, as in DNABERT-2.", "DNABERT-2", "model"],
    ["shape-model: vision-language-action", "We propose KineVLA, which augments a flow matching action expert.", "KineVLA", "model"],
    ["shape-model: built on LLaVA", "We compare ViP-LLaVA with other region-level assistants on visual prompts.", "ViP-LLaVA", "model"],
    ["shape-model: a Segment Anything derivative after a hyphen", "We crop each object with a Grounded-SAM mask before grasping.", "Grounded-SAM", "model"],
    ["shape-dataset: a count of thousands fused to the name", "Training needs costly step annotations such as those in PRM800K.", "PRM800K", "dataset"],
    ["head-noun: corpora", "We evaluate on the SEAME and ASCEND corpora.", "ASCEND", "dataset"],
    ["shape-method: GPT is no model suffix", "We compare with SelfCheckGPT for hallucination detection.", "SelfCheckGPT", "method"],
  ])("%s", (_rule, abstract, name, type) => expect(found(abstract)).toContainEqual([name, type]));
});

describe("task-domain: a known task narrowed by the domain written before it", () => {
  it.each([
    ["task-domain: modality", "We extend the model to audio question answering and captioning.", ["audio question answering", "task"]],
    ["task-domain: a noun spelled like an adjective", "Experiments on the Tianchi data show gains in fabric defect detection.", ["fabric defect detection", "task"]],
    ["task-domain: an input kind before -based (heldout-az, tuned)", "DELTA sets a new state of the art in the event-based depth estimation problem.", ["event-based depth estimation", "task"]],
    ["task-domain: a suffix split off a word is half of it, no setting (heldout-bo, tuned)", "We check each step of the proof.", ["formal verification", "task"], "Step-Wise Formal Verification for LLM-Based Mathematical Problem Solving"],
    ["task-domain: an acronym before -based keeps its case", "We fuse inertial data for IMU-based state estimation on legged robots.", ["IMU-based state estimation", "task"]],
    ["task-domain: a place after a preposition, an -al ending though it has (heldout-d, tuned)", "Early warning scores support in-hospital mortality prediction for intensive care patients.", ["in-hospital mortality prediction", "task"]],
    ["task-domain: tables as the input (heldout-g, tuned)", "Pruning irrelevant rows helps table-based question answering over long spreadsheets.", ["table-based question answering", "task"]],
    ["task-domain: the input that drives a generation (heldout-bb, tuned)", "Current state-of-the-art (SOTA) methods for audio-driven character animation demonstrate promising performance for scenarios primarily involving speech and singing.", ["audio-driven character animation", "task"]],
    ["task-domain: a modality, an adjective though it is (heldout-bb, tuned)", "To improve the reliability of answer prediction in egocentric video question answering, we propose an effective extension to the previously proposed HCQA framework.", ["egocentric video question answering", "task"]],
    ["task-domain: a modality in title case (heldout-af, tuned)", "We study deception in videos.", ["audio-visual deception detection", "task"], "Multi-source Multimodal Progressive Domain Adaption for Audio-Visual Deception Detection"],
    ["task-domain: the modality opens the name", "ReMIND2Reg aims to accelerate the development of robust multimodal registration algorithms.", ["multimodal image registration", "task"], "The Brain Resection Multimodal Image Registration (ReMIND2Reg) 2025 Challenge"],
    ["task-domain: a method before -based says how, not on what", "We propose a diffusion-based image inpainting approach.", ["image inpainting", "task"]],
    ["task-domain: a noun spelled like a participle (heldout-az, tuned)", "We address vision-guided quadruped motion control with reinforcement learning (RL).", ["quadruped motion control", "task"]],
    ["task-domain: dimension", "SpatialLens improves 3D visual grounding on ScanRefer.", ["3D visual grounding", "task"]],
    ["task-domain: object of the task", "It also helps molecule captioning on ChEBI-20.", ["molecule captioning", "task"]],
    ["task-domain: domain adjective before a noun", "Hallucinations are costly in clinical note summarization.", ["clinical note summarization", "task"]],
    ["task-domain: a field's adjective right before the task (dev, tuning)", "Progress in medical video understanding lags behind general video understanding.", ["medical video understanding", "task"]],
    ["task-domain: a field's adjective before a known task's acronym (heldout-cs, tuned)", "MedThink improves medical VQA by reasoning over radiology reports.", ["medical VQA", "task"]],
    ["task-domain: title case in the title", "Graph retrieval improves answers.", ["document question answering", "task"], "Layout Priors for Document Question Answering"],
  ])("%s", (_rule, abstract, expected, title?: string) => expect(found(abstract, title)).toContainEqual(expected));

  it.each(absentRows([
    ["task-domain: a quality is no domain", "Our renderer targets photorealistic novel view synthesis.", "photorealistic novel view synthesis", ["novel view synthesis", "task"]],
    ["task-domain: a judgement is no domain", "Agents often commit to incorrect fault localization early.", "incorrect fault localization", ["fault localization", "task"]],
    ["task-domain: a quality of the output is no domain (heldout-c, tuned)", "Together, these results show that a small amount of persistent global conditioning goes a long way toward coherent long video synthesis.", "coherent long video synthesis", ["video synthesis", "task"]],
    ["task-domain: praise is no domain (heldout-ad, tuned)", "Recent advancements in foundation models, such as the Segment Anything Model (SAM), have shown strong performance in various vision tasks, particularly image segmentation, due to their impressive zero-shot segmentation capabilities.", "impressive zero-shot segmentation", ["zero-shot segmentation", "task"]],
    ["task-domain: a setting is no domain", "It improves zero-shot question answering by 4 points.", "zero-shot question answering", ["QA", "task"]],
    ["task-domain: a range is no domain", "We study probabilistic medium-range weather forecasting.", "medium-range weather forecasting", ["weather forecasting", "task"]],
    ["task-domain: an adjective alone is no domain", "We aim at safer practical summarization.", "practical summarization", ["summarization", "task"]],
    ["task-domain: a verb by its ending after 'to' is no domain", "SAMChat is a lightweight multimodal model adapted to analyze remote sensing imagery in secluded areas.", "analyze remote sensing", ["remote sensing", "task"]],
  ]))("%s", (_rule, abstract, absent, present) => expectAbsentBeside(abstract, absent, present));
});
