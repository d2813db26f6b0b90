import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// Issue 13, later rounds: kinds of error on fresh held-out papers about lower-case terms (tasks and
// their domains, established methods and measures), one table per kind, on real sentences.

describe("how a task is done is not a narrower task", () => {
  it.each([
    ["safety", "The planner enables safe navigation of the vessel among obstacles.", "safe navigation"],
    ["speed", "Our policy supports real-time navigation on a legged robot.", "real-time navigation"],
    ["a preposition before a known task", "It handles paralinguistic tasks like emotion recognition.", "like emotion recognition"],
    ["a quality after a purpose cue", "We use the latent space for the effective identification of jailbreak prompts.", "effective identification"],
    ["a field, not a task", "Large language models have changed NLP and natural language processing research.", "NLP"],
    ["another field", "Transformers now dominate CV and computer vision benchmarks.", "CV"],
    ["a divergence as such is a quantity, not a method", "The KL divergence between the two policies is bounded during training.", "KL divergence"],
    ["a task done, not a task", "The framework combines planning with scene understanding, achieving reliable task completion under failure.", "task completion"],
    ["a verb after its subject", "Failed attempts often contain useful localization and debugging steps.", "contain useful localization"],
    ["how useful, not what", "Failed attempts often contain useful localization and debugging steps.", "useful localization"],
    ["a level of abstraction", "We propose a framework for high-level planning in household tasks.", "high-level planning"],
    ["how strict", "Existing approaches either rely on strict navigation rules lacking adaptability or on pre-training.", "strict navigation"],
    ["how adaptable", "We aim to achieve flexible, fast, and adaptable navigation without extensive model fine-tuning.", "adaptable navigation"],
    ["how fixed", "Existing efforts remain narrow, typically limited to open-domain QA with fixed retrieval settings.", "fixed retrieval"],
    ["how widespread", "Most mainstream hallucination detection methods rely on sampling many answers.", "mainstream hallucination detection"],
    ["how much, before a measure (heldout-dw, tuned)", "BERTScore indicated moderate semantic similarity (F1: 0.542 for MeSH-based profiles).", "moderate semantic similarity"],
    ["how basic", "A* is faster and more accurate for basic route generation and obstacle avoidance.", "basic route generation"],
    ["how distinct (heldout-eb, tuned)", "Our approach leverages expert demonstrations from two distinct locomotion behaviors collected across multiple quadruped robots.", "distinct locomotion"],
    ["how performant (heldout-dz, tuned)", "Natural language supervision leads to data efficient and highly performant video recognition models.", "performant video recognition"],
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
    ["the direction of a divergence", "We compare distillation with forward KL and reverse KL on instruction data.", ["reverse KL", "method"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});

describe("established tasks of the field beyond the seeds' own", () => {
  it.each([
    ["robotics", "The quadruped performs obstacle avoidance and trajectory tracking outdoors.", [["obstacle avoidance", "task"], ["trajectory tracking", "task"]]],
    ["interaction", "We study human-robot interaction in storytelling with children.", [["HRI", "task"]]],
    ["video", "The model handles temporal grounding and moment retrieval in long videos.", [["temporal grounding", "task"], ["moment retrieval", "task"]]],
    ["language", "We address argument mining and offensive language detection in tweets.", [["argument mining", "task"], ["offensive language detection", "task"]]],
    ["tables", "SQL programs help table QA on spreadsheets.", [["table question answering", "task"]]],
    ["mapping a robot's surroundings is a problem to solve", "We devise a complete SLAM framework that runs in real time on a CPU.", [["SLAM", "task"]]],
    ["forgetting data on request is a problem to solve", "Prior work has proposed unlearning benchmarks and algorithms for LLMs.", [["machine unlearning", "task"]]],
    ["a phenomenon opening a known task (heldout-dq, tuned)", "Our AttenHScore outperforms most baselines in enhancing real-time hallucination detection capabilities across QA datasets.", [["hallucination detection", "task"]]],
    ["a phenomenon opening a known measure", "The average hallucination rate drops by half on long captions.", [["hallucination rate", "metric"]]],
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

describe("a setting fixed in a hyphenated compound narrows a known task", () => {
  it.each([
    ["conditional", "We study class-conditional image generation on ImageNet.", ["class-conditional image generation", "task"]],
    ["supervised", "Our method improves semi-supervised segmentation of organs.", ["semi-supervised segmentation", "task"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it("a zero-shot setting leaves the task as it is", () => {
    expect(found("We evaluate zero-shot image generation from prompts.")).toContainEqual(["image generation", "task"]);
  });
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

describe("what a task is done on, and how, around a task term", () => {
  it.each([
    ["an acronym names what a listed task works on", "To demonstrate its utility, we benchmark three key clinical tasks: automated tumor segmentation, recurrence-free survival prediction, and HPV status classification.", ["HPV status classification", "task"]],
    ["an acronym before a lower-case task term", "We study SOAP note generation from doctor-patient conversations.", ["SOAP note generation", "task"]],
    ["an acronym before a known task keeps its capitals", "We address SAR ship detection in cluttered harbours.", ["SAR ship detection", "task"]],
    ["a speed before a narrower task is dropped, not the task", "Some recent works use deformation fields to map canonical primitives to observation spaces, achieving real-time dynamic view synthesis.", ["dynamic view synthesis", "task"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it.each([
    ["a class of models is the system, not the domain", "We measure LLM text generation quality on news prompts.", "LLM text generation"],
    ["a known name is the system, not the domain", "We compare BERT sentence classification with a linear probe.", "BERT sentence classification"],
    ["an acronym before a known acronym task names a dataset", "Experiments on E2E NLG and WebNLG show gains.", "e2e nlg"],
    ["a verb before a known task", "Diffusion-based Large Language Models (dLLMs) parallelize text generation by framing decoding as a denoising process.", "parallelize text generation"],
    ["a verb before a task term", "We use the prior to regularize volumetric head reconstruction from sparse views.", "regularize volumetric head reconstruction"],
  ])("%s", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name.toLowerCase())).not.toContain(absent.toLowerCase()));
});

describe("a measure read next to its value", () => {
  it("a statistic before it is not part of its name", () => {
    const names = found("For tropical cyclones in the archive, the model reduces the median track error at a 5-day lead time by 18% relative to ENS.").map(([name]) => name);
    expect(names).toContain("track error");
    expect(names).not.toContain("median track error");
  });

  it.each([
    ["a verb and a judgement", "Such searches take considerable time of 3 hours per query.", "take considerable time"],
    ["a clause", "Variants are explored for time of 20 minutes each.", "explored for time"],
    ["how sure", "We find a certain inter-family similarity of 0.8 between the models.", "certain inter-family similarity"],
  ])("%s is no measure's name", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));

  it("a word dropped before it may be its cue", () => {
    expect(found("The method achieves a lower memory footprint than the baseline.")).toContainEqual(["memory footprint", "metric"]);
  });
});

describe("the words around a lower-case task term", () => {
  it.each([
    ["the verb after a subject", "We target image reconstruction from dynamically evolving fMRI recordings.", "image reconstruction", "target image reconstruction"],
    ["the second half of a dropped description", "To this end, we decouple high-level kinematic planning from low-level control.", "kinematic planning", "level kinematic planning"],
  ])("%s is no word of the term", (_kind, abstract, term, absent) => {
    const names = found(abstract).map(([name]) => name);
    expect(names).toContain(term);
    expect(names).not.toContain(absent);
  });

  it.each([
    ["robot control", "Vision-language models advance robotics by combining embodied reasoning with robot control.", ["robot control", "task"]],
    ["spelling normalization", "Spelling normalization endeavors to align a document's orthography with contemporary standards.", ["spelling normalization", "task"]],
    ["teleoperation", "Teleoperation is a key enabler for future mobility, supporting automated vehicles in rare scenarios.", ["teleoperation", "task"]],
    ["after 'such as', which ends in s but is no plural subject (dev corpus)", "We improve world modeling via objectives such as state prediction or critique generation.", ["state prediction", "task"]],
    ["after a verb in -izes, no plural subject either (dev corpus)", "We propose a framework that utilizes question prompting. An analysis of question prompting follows.", ["question prompting", "method"]],
  ])("%s is a task of the field", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it.each([
    ["a relative clause's verb (heldout-dt, tuned)", "Traditional methods, which treat navigation and manipulation as separate tasks, often fail.", "treat navigation"],
    ["a sentence's opening infinitive (heldout-dw, tuned)", "To distinguish planning from improvisation across models and tasks, we present formal criteria.", "distinguish planning"],
    ["a split infinitive", "Adversarial attacks strip the signals, allowing the texts to easily circumvent detection.", "circumvent detection"],
    ["a modal's verb (heldout-du, tuned)", "As such, intentionally disguised content may evade detection.", "evade detection"],
    ["a preposition the closed words lacked (heldout-eh, tuned)", "We present Agentic Robot, a framework built on a novel coordination protocol governing component interactions throughout manipulation tasks.", "throughout manipulation"],
    ["another such preposition (dev corpus)", "We integrate reduced correlation volumes and high-resolution training protocols alongside multi-frame estimation, to achieve state-of-the-art performance.", "alongside multi-frame estimation"],
    ["a past tense inside the run (heldout-ea, tuned)", "Semantic vector space analysis revealed low similarity, highlighting differences between the two corpora.", "space analysis revealed low similarity"],
    ["a modal's verb after an adverb (heldout-eb, tuned)", "NavA3 achieves SOTA results and can successfully complete longhorizon navigation tasks across different robot embodiments.", "complete longhorizon navigation"],
    ["a determiner after a purpose (heldout-s, tuned)", "Compilers rely on hand-crafted heuristics that require re-tuning for each hardware generation.", "each hardware generation"],
    ["a determiner after a purpose, in the plural (heldout-cr, tuned)", "We then perform a systematic study on those design choices for integrating symmetry.", "those design"],
    ["a conjunction opening the sentence (heldout-du, tuned)", "Although existing detection methods perform well, their robustness is still lacking.", "although existing detection"],
    ["a preposition inside a term (heldout-cs, tuned)", "It counts unsafe completions despite visual risk recognition in the image.", "despite visual risk recognition"],
    ["a verb in -s before the head after a purpose (dev corpus)", "We perform RL training from a base model, guiding it to engage in reasoning that facilitates planning and refinement during the writing process.", "facilitates planning"],
  ])("%s and the task head after it make no term", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name.toLowerCase())).not.toContain(absent));

  it.each([
    ["a verb's base form right before the head is a noun of the task", "Our model is trained for ultrasound report generation from scans.", ["ultrasound report generation", "task"]],
    ["another verb's base form as a noun before the head", "We train models for crop yield estimation from satellite images.", ["crop yield estimation", "task"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it("capitals are an acronym, not the pronoun (dev corpus)", () => {
    const title = "DevNous: An LLM-Based Multi-Agent System for Grounding IT Project Management in Unstructured Conversation";
    expect(found("We study how agents follow team conversations.", title)).toContainEqual(["IT project management", "task"]);
  });
});

describe("how good a task's result is, and the verb after a modal, are no words of a task term", () => {
  it.each([
    ["a judgement of the result", "Existing models fail at genuine chart visual reasoning on real plots.", "chart visual reasoning", "genuine chart visual reasoning"],
    ["how much is enough", "Answers need sufficient contextual grounding in the retrieved passages.", "contextual grounding", "sufficient contextual grounding"],
    ["a count", "We construct twelve autonomous driving agents using various VLMs.", "autonomous driving", "twelve autonomous driving"],
    ["a quality", "Our method provides a principled solution for trustworthy text generation in black-box settings.", "text generation", "trustworthy text generation"],
  ])("%s", (_kind, abstract, term, absent) => {
    const names = found(abstract).map(([name]) => name);
    expect(names).toContain(term);
    expect(names).not.toContain(absent);
  });

  it("a verb after a modal", () => {
    const names = found("The model can refine object localization in crowded scenes, and attacks could evade malware detection systems.").map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(["object localization", "malware detection"]));
    expect(names).not.toContain("refine object localization");
    expect(names).not.toContain("evade malware detection");
  });
});

describe("the second half of a hyphenated description alone", () => {
  it("is no task", () => {
    expect(found("Yet the optimal interface between high-level planning and low-level motion generation remains open.").map(([name]) => name)).not.toContain("level planning");
  });
});
