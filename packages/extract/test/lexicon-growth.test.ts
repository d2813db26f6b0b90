import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// Issue 13, kind 4: established lower-case methods and tasks (textbook terms, not any one paper's).
describe("established terms of the field", () => {
  it.each([
    // Types that follow how the annotators type the term across papers (tuned sets, 3 or more papers, at least 2 to 1).
    // (Not red teaming: as a task its modifiers make narrower tasks, "automated red teaming", "once red-teaming".)
    ["method: an odometry technique (heldout-ar, tuned)", "We define olfactory inertial odometry, a framework analogous to visual inertial odometry (VIO).", ["VIO", "method"]],
    ["task: reconstruction from many views (heldout-cz, tuned)", "Feed-forward multi-view stereo recovers dense depth from posed images.", ["multi-view stereo", "task"]],
    ["model: a parametric body model (heldout-cv, tuned)", "Additionally, we exploit the SMPL model and background mesh to initialize Gaussian splats, enabling holistic scene rendering.", ["SMPL", "model"]],
    ["task: learning visuomotor policies (heldout-cf, tuned)", "We study visuomotor policy learning from a handful of demonstrations.", ["visuomotor policy learning", "task"]],
    ["method: agents working together (heldout-cs, tuned)", "Our framework relies on multi-agent collaboration between a planner and a critic.", ["multi-agent collaboration", "method"]],
    ["method: estimating causal effects (heldout-cy, tuned)", "This work offers a principled approach to integrating causal inference into LLM prompting.", ["causal inference", "method"]],
    ["model: a self-supervised vision backbone (heldout-bp, tuned)", "We establish a latent action model within the DINO feature space.", ["DINO", "model"]],
    ["method: answer aggregation", "Answers are aggregated by majority voting over 16 samples.", ["majority voting", "method"]],
    ["method: a value-based agent's variant", "We developed a reinforcement-learning-based agent using a Double Deep Q-Network architecture.", ["DDQN", "method"]],
    ["method: a diffusion model of videos", "We distil a video diffusion model into a one-step generator.", ["video diffusion model", "method"]],
    ["method: attention within windows", "The encoder replaces global attention with window self-attention in every block.", ["window attention", "method"]],
    ["method: training through time", "Gradients are computed with backpropagation-through-time over 64 steps.", ["BPTT", "method"]],
    ["method: the flow a model uses, apart from the task of estimating it", "We begin with an optical flow based alignment step to address discrepancies between frames.", ["optical flow", "method"]],
    ["task: estimating the flow", "We study optical flow estimation under fast motion.", ["optical flow estimation", "task"]],
    ["method: a neural operator in the singular", "Subsequently, a parameterized neural operator is developed to approximate the inverse mapping.", ["neural operator", "method"]],
    ["method: a state space model for vision", "We build the tracker on Vision Mamba and compare it with ViT.", ["Vision Mamba", "method"]],
    ["method: learning from another policy's data", "The agent is trained with off-policy RL on logged interactions.", ["off-policy RL", "method"]],
    ["method: control over a moving horizon", "A receding horizon control loop tracks the reference at 50 Hz.", ["model predictive control", "method"]],
    ["method: the American spelling of an imitation method", "Existing methods using behavioral cloning plus further RL training often suffer from poor generalization.", ["behavior cloning", "method"]],
    ["method: the singular of a prompting method", "Multi-step prompting methods such as chain-of-thought and tree-of-thought have gained popularity.", ["ToT", "method"]],
    ["method: a policy's long form in the singular (heldout-cl, tuned)", "The robot learns dressing from demonstrations with Action Chunking with Transformer and a force prior.", ["ACT", "method"]],
    ["method: a visual prompt's plural name (heldout-cn, tuned)", "The agent marks regions with Set-of-Marks prompting before it acts.", ["set-of-mark prompting", "method"]],
    ["method: compressing the KV cache, said short", "Recent approaches have explored KV compression to mitigate this issue.", ["KV cache compression", "method"]],
    ["method: sampled continuations that value a state", "Values are estimated with Monte Carlo rollouts from each node.", ["Monte Carlo rollout", "method"]],
    ["method: an annealer's optimisation", "The QUBO is solved by quantum annealing on a D-Wave device.", ["quantum annealing", "method"]],
    ["method: aggregation, singular", "We take a majority vote over sampled answers.", ["majority voting", "method"]],
    ["method: decoding under a grammar", "Outputs follow the schema through constrained decoding.", ["constrained decoding", "method"]],
    ["method: attention kinds", "We replace hard attention with soft attention in the decoder.", ["hard attention", "method"]],
    ["method: attention kinds, second", "We replace hard attention with soft attention in the decoder.", ["soft attention", "method"]],
    ["method: judge that writes its verdict", "A generative reward model scores each step of the solution.", ["generative reward model", "method"]],
    ["method: reasoning with a tool", "Tool-integrated reasoning lets the model call a Python interpreter.", ["tool-integrated reasoning", "method"]],
    ["method: sampling", "We decode with top-k sampling at temperature 0.7.", ["top-k sampling", "method"]],
    ["task: writing", "The model is also strong at creative writing and dialogue.", ["creative writing", "task"]],
    ["task: contest coding", "Gains are largest in competitive programming problems.", ["competitive programming", "task"]],
    ["task: reasoning over time", "Video models still fail at temporal reasoning about events.", ["temporal reasoning", "task"]],
    ["task: control benchmarks", "We study continuous control from pixels.", ["continuous control", "task"]],
    ["method: the decision process a problem is cast as (heldout-ak, tuned)", "We study online learning in episodic finite-horizon Markov decision processes (MDPs) with convex objective functions.", ["MDP", "method"]],
    ["method: the same, partially observed (heldout-ao, tuned)", "In traditional partially observable Markov decision processes (POMDP), ensuring safety typically involves estimating the belief in latent states.", ["POMDP", "method"]],
    ["method: the architecture in lower case", "Yet transformers struggle with the quadratic cost of self-attention.", ["Transformer", "method"]],
    ["method: the architecture, singular", "We train a transformer encoder with a contrastive loss.", ["Transformer", "method"]],
    ["method: fine-tuning by reward, defined", "RoboRefer advances multi-step spatial reasoning via reinforcement fine-tuning (RFT) with process rewards.", ["reinforcement fine-tuning", "method"]],
    ["method: spending compute at inference", "Scaling test-time compute brings substantial gains for reasoning models.", ["test-time scaling", "method"]],
    ["method: RL under constraints", "We formulate locomotion as Constrained Reinforcement Learning with cost limits.", ["constrained RL", "method"]],
    ["method: alignment by human feedback, with RL abbreviated (heldout-bs, tuned)", "While RL from human feedback has been successful in aligning agents with human intent, acquiring high-quality feedback is costly.", ["RLHF", "method"]],
    ["method: the same by AI feedback", "We scale RL from AI feedback to long-horizon tasks.", ["RLAIF", "method"]],
    ["task: reasoning across languages", "Gains in multi-lingual reasoning hold for low-resource languages.", ["multilingual reasoning", "task"]],
    ["model: a vendor's family named without a version", "All responses were generated with DeepSeek through its public API.", ["DeepSeek", "model"]],
    ["task: a problem setting, not a technique", "Knowledge editing updates one fact in a language model without retraining it.", ["knowledge editing", "task"]],
    ["task: a setting of unseen domains", "Domain generalization asks a model trained on source domains to work on unseen ones.", ["domain generalization", "task"]],
    ["task: solving for joint angles", "Inverse kinematics gives the joint angles that reach a target pose.", ["inverse kinematics", "task"]],
    ["method: explanation of a model, by its acronym", "We apply XAI to show which input features drive the forecasts.", ["explainable AI", "method"]],
    ["metric: similarity of representations", "Layers are compared by Centered Kernel Alignment (CKA) across checkpoints.", ["CKA", "metric"]],
    ["metric: tail risk, undefined acronym", "The policy keeps CVaR below the cost limit in every episode.", ["CVaR", "metric"]],
    ["metric: agreement between raters", "Predictions agree with clinicians (ICC: 0.73).", ["ICC", "metric"]],
    ["method: a known method learned offline", "Experiments demonstrate significant improvements in offline RLHF performance on control tasks.", ["offline RLHF", "method"]],
    ["method: a known method learned online", "We compare online DPO with its offline counterpart on the same prompts.", ["online DPO", "method"]],
    ["method: a defined method learned offline", "Reinforcement learning from human feedback (RLHF) aligns models; we study offline RLHF with fixed preference data.", ["offline RLHF", "method"]],
    ["metric: navigation success spelled out", "Our method achieves state-of-the-art performance in terms of success weighted by path length.", ["SPL", "metric"]],
    ["method: a classic controller, spelled out", "Our RL pipeline surpasses traditional Proportional-Derivative controller performance in simulation.", ["PD control", "method"]],
    ["derived form: -caching", "KV-caching makes decoding cheaper for long prompts.", ["KV cache", "method"]],
    ["derived form: curriculum-based", "A curriculum-based training schedule orders problems by difficulty.", ["curriculum learning", "method"]],
    ["model: a family named in two words, one name (heldout-dq, tuned)", "On two cross-tokenizer tasks, Llama to Mistral NeMo and Qwen to Llama, OMP preserves performance.", ["Mistral-NeMo", "model"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});

// A name the lexicon writes in camel case, written by a paper as one capitalised word.
describe("camel-case names in one capitalised word", () => {
  it.each([
    ["a benchmark", "RLSC improves accuracy by +20.8% on Olympiadbench and +9.7% on AMC23.", "OlympiadBench", "dataset"],
    ["a model family in a list", "It assesses performance across multiple MLLMs (Qwen, Llava, Gemma).", "LLaVA", "model"],
    ["a simulator", "The robot performs simulations in Mujoco before deployment.", "MuJoCo", "dataset"],
    ["a suite without its last word", "Our approach certifies the stability of RL policies trained on Gymnasium and DeepMind Control benchmarks.", "DeepMind Control Suite", "dataset"],
    ["a robot policy written in LaTeX", "It even matches the performance of advanced commercial models such as π0-FAST and π0.5.", "π0.5", "model"],
  ])("%s", (_kind, abstract, name, type) => expect(found(abstract)).toContainEqual([name, type]));

  it("an English word is not read as a camel-case name", () => {
    const names = found("Agents react to feedback and Rest periods follow; React then plans with ReAct prompting.").map(([name]) => name);
    expect(names).toContain("ReAct");
    expect(found("React quickly to the prompt, then rest.").map(([name]) => name)).not.toContain("ReAct");
  });
});

// Issue 13, kind 4: bare "distillation" in an ML paper is knowledge distillation, unless the paper names another kind.
describe("a bare head naming its default compound", () => {
  it("bare distillation is knowledge distillation", () => {
    expect(found("Reasoning stays limited in the absence of expert-curated data for distillation.")).toContainEqual(["knowledge distillation", "method"]);
  });

  it("not in a paper on another kind of distillation", () => {
    const names = found("Dataset distillation compresses a training set. The distillation keeps accuracy.").map(([name]) => name);
    expect(names).toContain("dataset distillation");
    expect(names).not.toContain("knowledge distillation");
  });

  it("a bare autoencoder is the architecture", () => {
    expect(found("We train an autoencoder on normal traffic and flag inputs it reconstructs poorly.")).toContainEqual(["autoencoder", "method"]);
  });

  it("not in a paper whose autoencoder is a named kind", () => {
    const names = found("Diffusion autoencoders are variants of diffusion models that use a latent variable. We design the autoencoder for efficient generation.").map(([name]) => name);
    expect(names).not.toContain("autoencoder");
  });

  it("not a capitalised word of a name", () => {
    const names = found("We propose Distillation-Guided Policy Optimization (DGPO), which uses teacher demonstrations.", "Distillation-Guided Policy Optimization for Preserving Agentic RAG Capabilities").map(([name]) => name);
    expect(names).toContain("DGPO");
    expect(names).not.toContain("knowledge distillation");
  });
});

// A standard measure or technique written out in full is its acronym's entity: one node on the map.
describe("the long form of a standard acronym names its entry", () => {
  it.each([
    ["an image quality measure", "We report the peak signal-to-noise ratio and the structural similarity index measure on Set5.", ["PSNR", "metric"]],
    ["a harmonic mean written as a measure", "The detector reaches an F-measure of 0.91 on the test split.", ["F1", "metric"]],
    ["a robust estimator", "Outliers are rejected by random sample consensus before the pose is refined.", ["RANSAC", "method"]],
    ["an explanation method", "We compare local interpretable model-agnostic explanations with Shapley additive explanations.", ["SHAP", "method"]],
    ["unrolled iterations", "The reconstruction network follows deep unfolding of the proximal gradient method.", ["algorithm unrolling", "method"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});
