import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// Issue 13: kinds of error counted on papers the extractor was not tuned on, one table per kind,
// on sentences as abstracts write them.

describe("a paper's definition beats the lexicon's sense of the same letters", () => {
  it.each([
    ["a task spelled out for a known metric acronym", "Motion Object Segmentation (MOS) is crucial for autonomous driving. We improve MOS on SemanticKITTI.", ["MOS", "task"]],
    ["the lexicon's own long form keeps the known sense", "Mean Opinion Score (MOS) ratings show that our vocoder beats HiFi-GAN.", ["MOS", "metric"]],
    ["another spelling of the known long form keeps the known sense", "Proximal Policy Optimisation (PPO) is the usual choice for RLHF.", ["PPO", "method"]],
  ])("%s", (_kind, abstract, expected) => {
    const senses = found(abstract).filter(([name]) => name === expected[0]);
    expect(senses.length).toBeGreaterThan(0);
    expect(new Set(senses.map(([, type]) => type))).toEqual(new Set([expected[1]]));
  });
});

describe("a plural short form spelled out as a kind of model or robot is a class, not an entity", () => {
  it.each([
    ["foundation models", "While multimodal foundation models (FMs) like CLIP offer zero-shot skills, most work on FMs fine-tunes them.", "FM", ["CLIP", "model"]],
    ["robots", "Dynamic control of soft continuum robots (SCRs) is hard, so we run MPC on SCRs.", "SCR", ["model predictive control", "method"]],
  ])("%s", (_kind, abstract, absent, present) => {
    const names = found(abstract);
    expect(names.map(([name]) => name)).not.toContain(absent);
    expect(names).toContainEqual(present);
  });

  it("an architecture named in the plural stays an entity", () => {
    expect(found("Graph neural networks (GNNs) struggle with oversmoothing; deep GNNs suffer most.")).toContainEqual(["GNN", "method"]);
  });
});

describe("boundaries and shapes of benchmark names", () => {
  it.each([
    ["an edition year after a known benchmark", "We evaluate on PASCAL VOC 2012 and Cityscapes.", ["PASCAL VOC 2012", "dataset"]],
    ["a year written with a hyphen", "Results on Cityscapes-2019 and LVIS improve.", ["Cityscapes-2019", "dataset"]],
    ["a benchmark whose name already has its year", "Accuracy on AIME 2024 rises.", ["AIME 2024", "dataset"]],
    ["an all-capitals -BENCH name", "We build LIFEBENCH to test length control, and evaluate GPT-4o on it.", ["LIFEBENCH", "dataset"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});

describe("lower-case phrases that are no task", () => {
  it.each([
    ["a temporal modifier", "Robots of the latest generation use PPO for locomotion.", "latest generation"],
    ["a weak head said once", "We run a computational block analysis of Llama-2-7B.", "computational block analysis"],
    ["a weak head with a descriptive modifier said once", "The approach supports real-time video analysis with YOLOv8.", "real-time video analysis"],
  ])("%s", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));

  it("a task that has a lexicon entry or a noun modifier stays", () => {
    expect(found("We study novel view synthesis and protein structure analysis of enzymes; protein structure analysis is costly.")).toEqual(
      expect.arrayContaining([["novel view synthesis", "task"], ["protein structure analysis", "task"]]),
    );
  });
});

describe("shapes that are no name, whatever rule found them", () => {
  it.each([
    ["a name ending in a modifier", "We design a Contrastive Cross-branch Attention-based module and call it PoCCA.", "Contrastive Cross-branch Attention-based", ["PoCCA", "method"]],
    ["a negated word opening a description", "Staging of Non-Small Cell Lung Cancer with GPT-4o is studied.", "Non-Small", ["GPT-4o", "model"]],
    ["a naming clause", "We propose a metric called time accuracy and evaluate GPT-4o with it.", "metric called time", ["GPT-4o", "model"]],
    ["a one-word task in the plural", "The assistant can offer recommendations to users, built on GPT-4o.", "offer recommendations", ["GPT-4o", "model"]],
  ])("%s", (_kind, abstract, absent, present) => {
    const names = found(abstract);
    expect(names.map(([name]) => name)).not.toContain(absent);
    expect(names).toContainEqual(present);
  });
});

describe("tasks named through a longer phrase", () => {
  it("a task shortened later in the paper is the full task", () => {
    const tasks = found("We address online mistake detection in egocentric video. Later, mistake detection is scored on HoloAssist.").filter(([, type]) => type === "task");
    expect(tasks.map(([name]) => name)).toEqual(["online mistake detection", "online mistake detection"]);
  });

  it("a task named as the modifier of methods is the task", () => {
    expect(found("Traditional sarcasm detection methods focus on text alone.")).toContainEqual(["sarcasm detection", "task"]);
  });

  it.each([
    ["an analysis task spelled out", "The use of LVLMs in Multimodal Sarcasm Analysis (MSA) remains underexplored.", ["MSA", "task"]],
    ["a statistical analysis method spelled out", "Features are reduced with Canonical Correlation Analysis (CCA) before training.", ["CCA", "method"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});

describe("a known model named as the measure it yields", () => {
  it.each([
    ["a model's score", "Audio quality is measured by FAD and CLAP score.", ["CLAP score", "metric"]],
    ["a model's similarity", "Subject fidelity improves in DINO similarity over DreamBooth.", ["DINO similarity", "metric"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it("a technique's own score is not a named measure", () => {
    expect(found("The self-rewarding score of each response guides DPO.").map(([name]) => name)).not.toContain("self-rewarding score");
  });
});

describe("a paper's own names in shapes title case also takes", () => {
  it.each([
    ["a Title-Compound mid-sentence", "We compare against Writing-Zero and Klear-Reasoner trained with GRPO.", ["Writing-Zero", "Klear-Reasoner"]],
    ["a name with a -Zero suffix after a list", "Baselines include DeepSeek-R1 and Socratic-Zero.", ["Socratic-Zero"]],
    ["one capitalised word in apposition", "Parrot, a multilingual assistant, is trained with GRPO.", ["Parrot"]],
    ["a word with a point release", "We release Seedance 1.0 and compare it with Veo 3.", ["Seedance 1.0"]],
  ])("%s", (_kind, abstract, names) => expect(found(abstract).map(([name]) => name)).toEqual(expect.arrayContaining(names)));

  it.each([
    ["a sentence opener before an appositive", "Additionally, a reward model scores each answer with PPO.", "Additionally"],
    ["the last word of a capitalised long form", "We propose AvR: Alignment via Refinement, a novel method for DPO.", "Refinement"],
    ["a numbered part of the paper", "As Section 3.2 shows, GRPO is stable.", "Section 3.2"],
    ["a compound with a word-forming prefix", "In the Multi-Agent setting GRPO helps.", "Multi-Agent"],
    ["a language pair", "We study Hindi-English code-switching with Whisper.", "Hindi-English"],
    ["a compound opened by an adjective", "Unlike Black-Box attacks on GPT-4o, ours needs gradients.", "Black-Box"],
    ["a span of months", "Papers from the July-August window use GRPO.", "July-August"],
    ["a Title-Compound that opens a sentence", "Self-Verification improves GRPO.", "Self-Verification"],
    ["a piece of a Title-Case phrase", "Unlike prior Vision-Language Models, ours uses GRPO.", "Vision-Language"],
    ["the modifier of a term", "We bound the Jensen-Shannon divergence of GRPO's policies.", "Jensen-Shannon"],
    ["a phrase with lower-case joints", "A Wizard-of-Oz study tests GPT-4o.", "Wizard-of-Oz"],
    ["a licence with its version", "Code is released under Apache 2.0 with the GRPO recipe.", "Apache 2.0"],
  ])("%s is no name", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));

  it("a Title-Compound in the title is title case", () => {
    expect(found("We train with GRPO under a fixed budget.", "Scaling Reasoning with Token-Budget Allocation").map(([name]) => name)).not.toContain("Token-Budget");
  });
});

describe("robotics tasks named by their head", () => {
  it.each([
    ["a handover", "Object handover between humans and robots is studied; we improve object handover with VLMs.", ["object handover", "task"]],
    ["a calibration", "We improve camera-lidar calibration for vehicles, since it drifts.", ["camera-lidar calibration", "task"]],
    ["a teleoperation", "Robot teleoperation over cellular networks suffers from latency.", ["robot teleoperation", "task"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it("a comparative opening the phrase makes no task", () => {
    expect(found("Pooling gives cheaper calibration of the scores than MC dropout.").map(([name]) => name)).not.toContain("cheaper calibration");
  });
});

describe("a long form naming a physical thing is a kind of thing, not an entity", () => {
  it.each([
    ["a vehicle", "An Autonomous Underwater Vehicle (AUV) maps the seabed while the AUV tracks an ASV.", "AUV"],
    ["objects in the plural", "Deformable Linear Objects (DLOs) such as cables are hard to track; we track DLOs with PBD.", "DLO"],
    ["a drone", "We fly an Unmanned Aerial Vehicle (UAV) for coverage path planning; UAVs carry cameras.", "UAV"],
  ])("%s", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));

  it("an architecture spelled out by its units stays a method", () => {
    expect(found("Gated Recurrent Units (GRUs) and a Long Short-Term Memory (LSTM) encode the sequence.")).toContainEqual(["GRU", "method"]);
  });
});

describe("an appositive says what a paper's own name is", () => {
  it.each([
    ["one of a plural kind", "We also collected PIXIEVERSE, one of the largest known datasets of paired 3D assets and materials.", ["PIXIEVERSE", "dataset"]],
    ["a robot", "The design of iRonCub-Mk1, a jet-powered humanoid robot, is optimized for jet engines.", ["iRonCub-Mk1", "model"]],
    ["a device", "To record this data, we create DexWild-System, a low-cost, mobile, and easy-to-use device.", ["DexWild-System", "model"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});

describe("venues and shared tasks", () => {
  it("a venue with its year is no dataset", () => {
    expect(found("Our system ranked first in the shared task of SLT 2024 and at ArabicNLP 2025.")).toEqual([]);
  });

  it("a shared task of an evaluation campaign is named with its number", () => {
    expect(found("This paper describes our system for SemEval-2025 Task 4 on unlearning sensitive content.")).toContainEqual(["SemEval-2025 Task 4", "dataset"]);
  });
});

describe("how a task is done is not a narrower task", () => {
  it.each([
    ["safety", "The planner enables safe navigation of the vessel among obstacles.", "safe navigation"],
    ["speed", "Our policy supports real-time navigation on a legged robot.", "real-time navigation"],
    ["a preposition before a known task", "It handles paralinguistic tasks like emotion recognition.", "like emotion recognition"],
    ["a quality after a purpose cue", "We use the latent space for the effective identification of jailbreak prompts.", "effective identification"],
    ["a field, not a task", "Large language models have changed NLP and natural language processing research.", "NLP"],
    ["another field", "Transformers now dominate CV and computer vision benchmarks.", "CV"],
  ])("%s", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));
});

describe("established methods and measures of the field, in lower case", () => {
  it.each([
    ["pruning", "We apply pruning and quantization to the model.", ["pruning", "method"]],
    ["re-ranking", "Candidates from BM25 are improved by re-ranking with a cross-encoder.", ["re-ranking", "method"]],
    ["a filter", "State is tracked with an unscented Kalman filter on the IMU stream.", ["UKF", "method"]],
    ["simulation of deformable objects", "Cables are simulated with position-based dynamics in real time.", ["PBD", "method"]],
    ["a classical translation method", "Unlike statistical machine translation, LLMs translate idioms well.", ["SMT", "method"]],
    ["an agreement measure", "Annotations reached an inter-rater reliability of 0.82 across raters.", ["inter-rater reliability", "metric"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});

describe("shapes of names that are versions, units or emphasis", () => {
  it("a hyphenated point release is a checkpoint", () => {
    expect(found("We compare against LLaDA-1.5 on GSM8K.")).toContainEqual(["LLaDA-1.5", "model"]);
  });

  it("a benchmark's short year stays in its name", () => {
    expect(found("Our model sets a new state of the art on DAVIS'16.")).toContainEqual(["DAVIS'16", "dataset"]);
  });

  it.each([
    ["degrees of freedom", "It fuses monocular depth estimation and a depth-aware 6-DoF grasp prompt into one representation.", "6-DoF"],
    ["a unit", "The map takes only 64 kB of memory.", "kB"],
    ["an English word in camel case", "We enhance UnderWater images with a MultiModal encoder.", "UnderWater"],
    ["a prefixed word in camel case", "We enhance UnderWater images with a MultiModal encoder.", "MultiModal"],
  ])("%s is no name", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));

  it("a camel-case name of two words stays a name", () => {
    expect(found("Training runs on DeepSpeed with FlashAttention kernels.").map(([name]) => name)).toEqual(expect.arrayContaining(["DeepSpeed", "FlashAttention"]));
  });
});

describe("a paper's components named in Title Case mid-sentence", () => {
  it.each([
    ["three components in a list", "The system combines three techniques, namely Dynamic Token Halting, KV Cache Skipping, and Contextual Token Fusion.", ["Dynamic Token Halting", "KV Cache Skipping", "Contextual Token Fusion"]],
    ["a reward", "The policy is trained with an Affordance Perception Reward and a Trajectory Match Reward.", ["Affordance Perception Reward", "Trajectory Match Reward"]],
    ["a hyphenated word in the run", "We detect knowledge boundaries via Query-Level Uncertainty, which estimates it.", ["Query-Level Uncertainty"]],
    ["a plural head is named in the singular", "We leverage the latent space of Contextual Co-occurrence Matrices for detection.", ["Contextual Co-occurrence Matrix"]],
  ])("%s", (_kind, abstract, names) => {
    for (const name of names) expect(found(abstract)).toContainEqual([name, "method"]);
  });

  it.each([
    ["a long form in brackets after its name", "We further introduce GUI-RCPO (Region Consistency Policy Optimization), which transforms it.", "Region Consistency Policy Optimization"],
    ["the end of a longer Title-Case long form", "Although RLVR-style reasoning (Reinforcement Learning with Verifiable Rewards) has improved LLMs, it costs.", "Verifiable Reward"],
    ["a run without a component head", "Results are discussed in the Related Work Section of the paper.", "Related Work Section"],
  ])("%s is not a component", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));
});

describe("established tasks of the field beyond the seeds' own", () => {
  it.each([
    ["robotics", "The quadruped performs obstacle avoidance and trajectory tracking outdoors.", [["obstacle avoidance", "task"], ["trajectory tracking", "task"]]],
    ["interaction", "We study human-robot interaction in storytelling with children.", [["HRI", "task"]]],
    ["video", "The model handles temporal grounding and moment retrieval in long videos.", [["temporal grounding", "task"], ["moment retrieval", "task"]]],
    ["language", "We address argument mining and offensive language detection in tweets.", [["argument mining", "task"], ["offensive language detection", "task"]]],
    ["tables", "SQL programs help table QA on spreadsheets.", [["table question answering", "task"]]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toEqual(expect.arrayContaining(expected)));

  it("a 'well-' adjective is no domain of a task", () => {
    expect(found("We revisit the well-known argument mining task.")).toContainEqual(["argument mining", "task"]);
  });
});

describe("narrower tasks and the everyday heads of task names", () => {
  it("a known task said after the narrower one it shortens is that task", () => {
    const names = found("We train a policy that achieves stable locomotion on rough terrain.", "Curriculum Learning for Humanoid Locomotion");
    expect(names).toContainEqual(["humanoid locomotion", "task"]);
    expect(names.map(([name]) => name)).not.toContain("locomotion");
  });

  it("an adjective in the title is no domain of the task", () => {
    expect(found("We generate long videos from text prompts.", "Coherent Text-to-Video Generation with Keyframes")).not.toContainEqual(["coherent text-to-video generation", "task"]);
  });

  it.each([
    ["modeling after an adjective", "We propose a framework for structural-semantic modeling of graphs.", "structural-semantic modeling"],
    ["enhancement after a gerund", "This highlights areas for improvement in effective reasoning enhancement.", "reasoning enhancement"],
    ["design after an adjective", "The platform is intended for flexible design of teleoperation studies.", "flexible design"],
  ])("%s is no task", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));

  it("a noun spelled like an adjective keeps its task", () => {
    expect(found("LLMs struggle at table understanding; table understanding needs structure.")).toContainEqual(["table understanding", "task"]);
  });
});

describe("a benchmark named by an English word in capitals", () => {
  it.each([
    ["followed by its kind", "Experiments on the SCARED dataset demonstrate that our network wins.", ["SCARED", "dataset"]],
    ["in apposition", "Experimental results on BRIGHT, a reasoning-intensive retrieval benchmark, improve.", ["BRIGHT", "dataset"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it("an output label in capitals stays prose", () => {
    expect(found("The JUDGE model outputs SELECTED or REJECTED for each answer.").map(([name]) => name)).not.toEqual(expect.arrayContaining(["SELECTED"]));
  });
});

describe("a capitalised word before a known method's short name names a variant", () => {
  it("mid-sentence, each variant is its own method", () => {
    expect(found("We design Semantic CoT and Spatial CoT, and compare with Safe RLHF.")).toEqual(
      expect.arrayContaining([["Semantic CoT", "method"], ["Spatial CoT", "method"], ["Safe RLHF", "method"]]),
    );
  });

  it.each([
    ["a determiner-like adjective", "We find that Standard CoT fails on these puzzles.", "Standard CoT"],
    ["a plain baseline", "On math, Vanilla CoT helps little.", "Vanilla CoT"],
  ])("%s keeps the method itself", (_kind, abstract, absent) => {
    const names = found(abstract).map(([name]) => name);
    expect(names).not.toContain(absent);
    expect(names).toContain("CoT");
  });
});

describe("a setting fixed in a hyphenated compound narrows a known task", () => {
  it.each([
    ["conditional", "We study class-conditional image generation on ImageNet.", ["class-conditional image generation", "task"]],
    ["supervised", "Our method improves semi-supervised segmentation of organs.", ["semi-supervised segmentation", "task"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it("a zero-shot setting leaves the task as it is", () => {
    expect(found("We evaluate zero-shot image generation from prompts.")).toContainEqual(["image generation", "task"]);
  });
});

describe("organisations, sensor pairs and determiners are no entities", () => {
  it.each([
    ["a university", "The robot was built at TUM with partners from ELLIS.", ["TUM", "ELLIS"]],
    ["two sensors joined", "We calibrate LiDAR-camera rigs and record video-EEG signals.", ["LiDAR-camera", "video-EEG"]],
  ])("%s", (_kind, abstract, absent) => {
    const names = found(abstract).map(([name]) => name);
    for (const name of absent) expect(names).not.toContain(name);
  });

  it("a determiner does not open a measure's name", () => {
    const names = found("We report both correctness correlation of 0.81 and agreement.").map(([name]) => name);
    expect(names).not.toContain("both correctness correlation");
  });
});

describe("letters that abbreviate part of a known term", () => {
  it("'key-value (KV) cache' is the KV cache, not a name KV", () => {
    const names = found("We compress the key-value (KV) cache of long prompts; the KV cache grows with context.");
    expect(names).toContainEqual(["KV cache", "method"]);
    expect(names.map(([name]) => name)).not.toContain("KV");
  });
});

describe("model names, notations and compounds of classes", () => {
  it("a Gemini release written tier first is the vendor's name", () => {
    expect(found("We fine-tune GPT-4o-mini and Gemini Flash 2.5 on memes.")).toContainEqual(["Gemini 2.5 Flash", "model"]);
  });

  it.each([
    ["MRI sequences and file formats", "We segment T1w and T2w MR images and FLAIR scans stored as NifTi files.", ["T1w", "T2w", "MR", "FLAIR", "NifTi"]],
    ["a class joined to a count or a word", "A Dual-VLM design probes MLLM-internal states.", ["Dual-VLM", "MLLM-internal"]],
    ["the parties of an interaction", "We study LLM-user and human-AI dialogue.", ["LLM-user", "human-AI"]],
    ["a time in microseconds", "Each lookup takes 100μs on a CPU.", ["100μs"]],
  ])("%s are no names", (_kind, abstract, absent) => {
    const names = found(abstract).map(([name]) => name);
    for (const name of absent) expect(names).not.toContain(name);
  });

  it("a class joined to a capitalised role stays a name", () => {
    expect(found("LLM-Judge scores each answer.").map(([name]) => name)).toContain("LLM-Judge");
  });
});

describe("lists after a colon, translation that is not between languages, fields and subtasks", () => {
  it("a colon after a kind types the list", () => {
    expect(found("We evaluate retrieval on two datasets: GeoSound and SoundingEarth.")).toEqual(
      expect.arrayContaining([["GeoSound", "dataset"], ["SoundingEarth", "dataset"]]),
    );
  });

  it.each([
    ["geometry", "The probe is misaligned in both translation and rotation before insertion.", "MT"],
    ["between formats", "An agent system automates this unstructured-to-structured translation process.", "MT"],
    ["a field", "Project managers in Information Technology (IT) firms use it.", "IT"],
    ["a numbered part of a shared task", "We take part in SubTask 1 of the challenge.", "SubTask 1"],
  ])("%s", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));

  it("translation between languages stays machine translation", () => {
    expect(found("We improve translation between English and German with LLMs.")).toContainEqual(["MT", "task"]);
  });
});

describe("own names shaped as foundation models, and tasks of language papers", () => {
  it.each([
    ["a foundation model", "We pretrain BrainFM on 10,000 MRI scans.", ["BrainFM", "model"]],
    ["a Llama derivative", "We fine-tune TaxoLLaMa for hypernymy.", ["TaxoLLaMa", "model"]],
    ["aspect-based sentiment", "We revisit aspect-based sentiment analysis with LLMs.", ["ABSA", "task"]],
    ["a domain of reasoning", "LLMs still struggle at legal reasoning over statutes.", ["legal reasoning", "task"]],
    ["controlled generation", "Prefix tuning is a strong baseline for controlled text generation.", ["controlled text generation", "task"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});

describe("everyday words that look like a dataset or a task's domain", () => {
  it("a Title-Case dataset written in lower case is everyday English", () => {
    const names = found("Users issue speech commands to the robot; we also test on Speech Commands.");
    expect(names.filter(([name]) => name === "Speech Commands")).toHaveLength(1);
  });

  it("an irregular past participle is no domain of a task", () => {
    const names = found("We study audio driven video generation for avatars.").map(([name]) => name);
    expect(names.filter((name) => name.includes("driven"))).toEqual([]);
  });
});
