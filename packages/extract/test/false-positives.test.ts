import { describe, expect, it } from "vitest";
import { isNameShaped } from "../src/names";
import { absentRows, expectAbsentBeside, found } from "./helpers";

// Issue 13, kind 5: name-shaped tokens that are not entities of the field.
describe("false positives that carry across papers", () => {
  it.each([
    ["citation key: surname, year, word", "li2024chain"], ["citation key: longer surname", "vaswani2017attention"],
    ["size range: billions", "16B-70B"], ["size range: decimals", "1.5B-7B"], ["size range: millions", "125M-1.3B"],
    ["counted noun: spelled multiplier", "3-billion-parameter"], ["counted noun: spelled thousands", "7-million-token"],
    ["size bound", "sub-7B"], ["range of speed-ups", "10-100X"],
    ["counted noun: hyphenated phrase", "24-degree-of-freedom"], ["counted noun: hyphenated plural phrase", "15-degrees-of-freedom"],
    ["value fused to its unit: force", "100N"], ["value fused to its unit: frequency", "12.5Hz"], ["value fused to its unit: length", "7.5mm"],
    ["hardware: accelerator with memory", "A100-80GB"], ["hardware: maker fused to the device", "NVIDIA-L20"], ["hardware: maker fused, H-series", "NVIDIA-H100"],
    ["hardware: a count of accelerators (heldout-ba, tuned)", "H100s"], ["an approximate count (heldout-az, tuned)", "5K+"], ["an approximate count in millions", "2M+"],
    ["a span between two sizes (heldout-be, tuned)", "3B-to-1B"], ["a range of values fused to its unit (heldout-bo, tuned)", "40-60ms"], ["a range of frequencies", "2-4GHz"],
    ["degrees of freedom of one kind of joint (heldout-bp, tuned)", "3-P-DoF"], ["degrees of freedom of prismatic joints", "P-DoF"],
    ["a LaTeX relation before its number (heldout-bp, tuned)", "lesssim10"], ["a LaTeX approximation before its number", "approx5"],
    ["a LaTeX comparison before its number (heldout-bs, tuned)", "gt1"], ["a LaTeX logarithm of a variable (heldout-br, tuned)", "logN"],
    ["a change of dimension (heldout-br, tuned)", "2D-to-1D"], ["a stage in Roman numerals (heldout-bt, tuned)", "Stage-II"], ["a phase in Roman numerals", "phase-III"],
    ["a manner, one by one (heldout-bw, tuned)", "Line-by-Line"], ["a manner, layer by layer", "Layer-by-Layer"], ["a pair of sizes (heldout-bw, tuned)", "Large-Small"],
    ["a redacted name (heldout-bw, tuned)", "XXXX"], ["a LaTeX transpose (heldout-bw, tuned)", "X^topX"], ["one letter with a superscript (heldout-cu, tuned)", "R^D"], ["one letter with a subscript", "x_t"], ["a bound without a unit letter (heldout-bv, tuned)", "sub-7"], ["a lift to three dimensions (heldout-bp, tuned)", "2D-to-3D"], ["a lift from two and a half dimensions (heldout-cv, tuned)", "2.5D-to-3D"], ["a preposition glued to a number (heldout-da, tuned)", "by3.1"], ["a LaTeX font command before its symbol (heldout-bf, tuned)", "mathbfΔ"],
    ["a LaTeX font command before a name", "textbfH3DP"], ["a number format in lower case (heldout-cu, tuned)", "uint8"], ["a number format in lower case, 4 bits", "int4"], ["a float format in lower case", "fp16"], ["two sentences glued where a space was lost (heldout-bf, tuned)", "models.MaMe"], ["a range of levels (heldout-bc, tuned)", "L1-L5"], ["a range of language levels", "A1-A2"], ["an open range of levels (heldout-bc, tuned)", "L3+"],
  ])("%s: %s is not a name", (_rule, word) => expect(isNameShaped(word)).toBe(false));

  it.each(absentRows([
    // Generic building blocks the annotators leave out far more often than they mark (tuned sets: 15 false positives, 4 matches).
    ["generic component: representation learning (heldout-am, tuned)", "In recent years, deep discrete representation learning has achieved success. We train it with PPO.", "representation learning", ["PPO", "method"]],
    ["generic component: a contrastive loss (heldout-al, tuned)", "It also incorporates an auxiliary contrastive loss and is trained with PPO.", "contrastive loss", ["PPO", "method"]],
    ["a lexicon name led by a one-letter word is no prose (heldout-au, tuned)", "Unlike a soft-max over the catalogue, our loss is trained with PPO.", "SphereFace", ["PPO", "method"]],
    ["an article after an enumeration mark is no technique's name (heldout-bw, tuned)", "We show that: (1) The loss landscape of one-layer linear attention models recovers the optimal estimator; (2) looped transformers leverage unlabeled data.", "The loss", ["linear attention", "method"]],
    ["a school level is no name (heldout-bw, tuned)", "We build a K-12 mathematics tutoring corpus and fine-tune Qwen2.5-7B with PPO.", "K-12", ["PPO", "method"]],
    ["the subject's verb after a list of measures opens a clause (heldout-bu, tuned)", "Empirically, we demonstrate that ILDE outperforms the state-of-the-art imitation learning algorithms in terms of sample efficiency and achieves beyond-expert performance on Atari and MuJoCo tasks.", "achieves beyond-expert performance", ["sample efficiency", "metric"]],
    ["a participle after a list of measures opens a clause (heldout-au, tuned)", "DL-LIME outperforms LIME in terms of both fidelity and task performance, demonstrating superior performance with PPO.", "demonstrating superior performance", ["PPO", "method"]],
    ["citation key in prose", "Following li2024chain, we fine-tune Qwen2.5-7B with PPO on GSM8K.", "li2024chain", ["PPO", "method"]],
    ["size range in prose", "We study models from 16B-70B and train each with PPO on GSM8K.", "16B-70B", ["PPO", "method"]],
    ["a range of levels in prose (heldout-bc, tuned)", "This paper contributes to the discourse by introducing a systematic taxonomy of Embodied AGI spanning five levels (L1-L5). We train it with PPO.", "L1-L5", ["PPO", "method"]],
    ["spelled size in prose", "A 3-billion-parameter student is trained with PPO on GSM8K.", "3-billion-parameter", ["PPO", "method"]],
    ["a number of dimensions defined as an acronym (heldout-cx, tuned)", "We integrate multi-modal sensors, including solid-state LiDARs, 4-dimensional (4D) radar, and stereo cameras, trained with PPO.", "4D", ["PPO", "method"]],
    ["people defined as an acronym (heldout-da, tuned)", "Due to the legal and ethical responsibilities of healthcare providers (HCPs) for accurate documentation, we train the model with PPO.", "HCP", ["PPO", "method"]],
    ["the words that open a list of examples are no task (heldout-cz, tuned)", "This limitation underlies persistent errors in tasks such as counting, visual search, and scene description.", "tasks such as counting", ["visual search", "task"]],
    ["a plural word glued to a name by a dash typed as a hyphen (heldout-da, tuned)", "We evaluate our system on three benchmarks-TriviaQA, HotpotQA, and DiaASQ-demonstrating that different configurations are best.", "benchmarks-TriviaQA", ["TriviaQA", "dataset"]],
    ["the field itself, as ML and NLP are (heldout-cq, tuned)", "Machine learning models are widely used; we study when machine learning fails on shifted data with PPO.", "machine learning", ["PPO", "method"]],
    ["'robust' describing RL, not the robust-MDP variant (heldout-cu, tuned: 5 papers, never annotated)", "VRPO: Rethinking Value Modeling for Robust RL Training under Noisy Supervision. We train with PPO.", "robust RL", ["PPO", "method"]],
    ["a property a controller keeps, not the problem class (heldout-ct, tuned)", "We empirically demonstrate robust constraint satisfaction and recursive feasibility in quadrotor simulations with PPO.", "constraint satisfaction", ["PPO", "method"]],
    ["a count of joints defined as an acronym", "We plan paths for a 6-degree-of-freedom (6-DOF) manipulator trained with PPO.", "6-DOF", ["PPO", "method"]],
    ["words that spell a one-word dataset's name", "A metric-accurate semantic 3D representation is trained with PPO.", "Semantic3D", ["PPO", "method"]],
    ["a company beside the work", "Samples were prepared in a laboratory of AstraZeneca and sorted by a robot trained with PPO.", "AstraZeneca", ["PPO", "method"]],
    ["a platform the data come from (heldout-be, tuned)", "To maintain the company's talent pool, recruiters need to continuously search for resumes from third-party websites (e.g., LinkedIn, Indeed). We train it with PPO.", "LinkedIn", ["PPO", "method"]],
    ["a sensor system in a list of sensors (heldout-bf, tuned)", "TOMD features high-fidelity multimodal sensor data -- including 128-channel LiDAR, stereo imagery, GNSS, IMU, and illumination measurements. We train it with PPO.", "GNSS", ["PPO", "method"]],
    ["key-value on its own (heldout-bg, tuned)", "We propose FreeKV, an algorithm-system co-optimization framework to enhance KV retrieval efficiency while preserving accuracy with PPO.", "KV", ["PPO", "method"]],
    ["a defined count of prismatic joints (heldout-bp, tuned)", "A YOLOv11-based vision system detects a tuber within the workspace of a one-prismatic-degree-of-freedom (P-DoF) robotic arm trained with PPO.", "P-DoF", ["PPO", "method"]],
    ["a LaTeX relation in prose, as the reader cleans it (heldout-bp, tuned)", "Experiments show that our method achieves 55% average success rate in diverse tasks where prior approaches fail (lesssim10%), and can even acquire fine-grained manipulation skills like insertion.", "lesssim10", ["success rate", "metric"]],
    ["a symbol of a formula in prose, as the reader cleans it (heldout-cu, tuned)", "The LoRA parameter space, flattened as a high-dimensional vector space R^D, can be reconstructed through a projection from a subspace R^d, with d ≪D.", "R^D", ["LoRA", "method"]],
    ["a value after a name is no release (heldout-cw, tuned)", "Even higher bias (ΔDP 38%) results on 9 other chat based downstream applications, unlike PPO.", "ΔDP 38", ["PPO", "method"]],
    ["an article glued to a name by a dash typed as a hyphen (heldout-cw, tuned)", "To address this problem, we introduce MiGrATe-a method for online TTT that uses GRPO as a search algorithm.", "MiGrATe-a", ["MiGrATe", "method"]],
    ["a verb the dictionary does not know after a plural subject (heldout-cw, tuned)", "Current benchmarks oversimplify grounding tasks as short referring expressions, unlike PPO.", "oversimplify grounding", ["PPO", "method"]],
    ["a base form after an adverb is the clause's verb (heldout-cx, tuned)", "Moreover, inter-subject and inter-terrain variability, coupled with limited calibration data in real-world deployments, further complicate accurate estimation, unlike PPO.", "complicate accurate estimation", ["PPO", "method"]],
    ["a verb's gerund opening a purpose's object (heldout-cx, tuned)", "However, current UGV datasets fall short in meeting the demands for advancing navigation and mapping techniques, unlike PPO.", "advancing navigation", ["PPO", "method"]],
    ["a lone adverb after a measure cue (heldout-cx, tuned)", "The proposed i2Nav-Robot dataset is evaluated by more than ten open-sourced multi-sensor fusion systems, unlike PPO.", "more", ["PPO", "method"]],
    ["a range of values in prose (heldout-bo, tuned)", "The optimal Hybrid + FPGA + DeepSpeed configuration reached 13.6% more accuracy at 40-60ms of latency, while LoRA brought down training time by 66%.", "40-60ms", ["LoRA", "method"]],
    ["a span between two sizes in prose (heldout-be, tuned)", "Our 3B-to-1B OverFill configuration outperforms 1B pruned models by 83.2%, and is trained with PPO.", "3B-to-1B", ["PPO", "method"]],
    ["descriptor after an acronym", "We show scalable, GNSS-independent navigation and train the policy with PPO.", "GNSS-independent", ["PPO", "method"]],
    ["parallel after an acronym", "We present a GPU-Parallel planner and compare it with PPO.", "GPU-Parallel", ["PPO", "method"]],
    ["all-caps English word: output label", "The verifier outputs SELECTED when the answer is kept. We train Qwen2.5-7B with PPO.", "SELECTED", ["PPO", "method"]],
    ["all-caps English word: role before a noun", "A JUDGE model scores every answer. We train Qwen2.5-7B with PPO.", "JUDGE", ["PPO", "method"]],
    ["all-caps English word: emphasis", "Rewards are computed ONLY on the final answer. We train Qwen2.5-7B with PPO.", "ONLY", ["PPO", "method"]],
    ["a purpose's object that holds a verb (heldout-cc, tuned)", "Ensuring fairness in machine learning requires understanding how sensitive attributes influence outcomes, unlike PPO.", "machine learning requires understanding", ["PPO", "method"]],
    ["a word about earlier work before a name and its head (heldout-cl, tuned)", "Existing CoVR benchmarks emphasize appearance shifts or coarse event changes, unlike PPO.", "Existing CoVR", ["PPO", "method"]],
    ["a plural subject's verb (heldout-cl, tuned)", "Diffusion models offer diverse motion synthesis with low memory usage, unlike PPO.", "offer diverse motion synthesis", ["PPO", "method"]],
    ["an adverb after a list of measures (heldout-co, tuned)", "Transformers have upper bounds in terms of expressive power, and consequently, they cannot solve hard problems with PPO.", "consequently", ["PPO", "method"]],
    ["a change's verb before a measure (heldout-cc, tuned)", "It improves upon Chinchilla's law by reducing extrapolation error by 433%, unlike PPO.", "reducing extrapolation error", ["PPO", "method"]],
    ["the suffix of a bracketed acronym (heldout-ca, tuned)", "This study integrates vision-based localization with large language model (LLM)-based navigation, unlike PPO.", "based navigation", ["PPO", "method"]],
    ["a kind of vehicle, like a robot arm, is no entity (heldout-dn, tuned)", "We deploy PPO on a UAV and a UGV. The UAV flies over the field while the UGV maps it.", "UAV", ["PPO", "method"]],
    ["a kind of ground vehicle", "We deploy PPO on a UAV and a UGV. The UAV flies over the field while the UGV maps it.", "UGV", ["PPO", "method"]],
    ["a clause's pronoun after a list of measures (heldout-dr, tuned)", "However, existing approaches vary significantly in terms of network architectures, planning paradigms, representations, and training data sources, making it challenging for researchers to identify the sources of gains, unlike PPO.", "making it challenging", ["PPO", "method"]],
    ["a clause's pronoun in a list of measures (heldout-dm, tuned)", "We assess their theoretical trade-offs in terms of speed, quality, and efficiency, and examine their potential for combination with PPO.", "examine their potential", ["PPO", "method"]],
    ["an adverb before an activity (heldout-cf, tuned)", "Video super-resolution (VSR) faces critical challenges in effectively modeling non-local dependencies across frames, unlike PPO.", "effectively modeling", ["PPO", "method"]],
    ["a quarter of a year is a date (heldout-ea, tuned)", "The proportion of snake_case names in code increased from 47% in Q1 2023 to 51% in Q1 2025, unlike PPO.", "Q1 2023", ["PPO", "method"]],
    ["capitals opening a word mark an acronym's letters (heldout-eb, tuned)", "We present COLLAGE, a method for COLLective data AGgrEgation in few-shot imitation learning that uses an adaptive late fusion mechanism.", "COLLective", ["COLLAGE", "method"]],
    ["capitals opening and inside a word (heldout-eb, tuned)", "We present COLLAGE, a method for COLLective data AGgrEgation in few-shot imitation learning that uses an adaptive late fusion mechanism.", "AGgrEgation", ["COLLAGE", "method"]],
    ["a capital inside a lower-case word (heldout-ec, tuned)", "To address this gap, we propose AURA, an Agent-User inteRaction Assessment framework that conceptualizes the behavioral stages of interactive task planning agents.", "inteRaction", ["AURA", "method"]],
    ["a hyphenated acronym's letters (heldout-dz, tuned)", "In this work, we introduce IN-RIL, INterleaved Reinforcement learning and Imitation Learning, for policy fine-tuning.", "INterleaved", ["IN-RIL", "method"]],
  ]))("%s", (_rule, abstract, absent, present) => expectAbsentBeside(abstract, absent, present));

  it.each([
    ["all-caps English word: defined by the paper keeps its name", "We propose Self-Taught Agentic Reasoning (STAR), which beats PPO.", ["STAR", "method"]],
    ["all-caps English word: proposed by the paper", "We propose SAFE, a framework that checks facts with search. SAFE beats PPO.", ["SAFE", "method"]],
    ["all-caps English word: known to the field", "We compare CLIP with SigLIP on ImageNet.", ["CLIP", "model"]],
    ["all-caps: not an English word stays", "We evaluate on the MMLU benchmark with PPO.", ["MMLU", "dataset"]],
    ["a name opening in two lower-case letters beside an acronym stays", "We report NDS on the nuScenes benchmark and mAP on Waymo.", ["nuScenes", "dataset"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it("a camel-cased name beside the acronym it helps spell stays a name (dev corpus)", () => {
    const names = found("We introduce Verbose ListOps (VLO), a benchmark that embeds deterministic ListOps computations.").map(([name]) => name);
    expect(names).toContain("ListOps");
  });

  it("a title's capitalised participle after an acronym is no name: the acronym is", () => {
    const names = found("Diffusion policies are trained on the adapted data.", "Efficient Training of Diffusion Policies Using RL-Adapted Large-Scale Datasets");
    expect(names).toContainEqual(["RL", "method"]);
    expect(names.map(([name]) => name)).not.toContain("RL-Adapted");
  });
});
