import { describe, expect, it } from "vitest";
import { found, run, typeOf } from "./helpers";

// Eighteenth session: kinds of error read off the tuned sets en, eo, ep and eq (never their
// sentences): statistical tests named after people, hardware written as counts or kinds of
// memory, acronyms of conditions and of degrees, a dataset's head fused into its name, and an
// appositive whose head comes late.

const names = (abstract: string) => found(abstract).map(([name]) => name);

describe("a statistical test or correction named after people is one method, head and all", () => {
  it.each([
    ["a surname with a capital inside", "Differences were checked with exact McNemar tests on paired predictions.", "McNemar test"],
    ["a possessive", "We compare the two annotators with McNemar's test.", "McNemar's test"],
    ["two surnames and a correction", "All p-values use a Holm-Bonferroni correction for the twelve comparisons.", "Holm-Bonferroni correction"],
    ["a variant word before the head", "Gains over the baseline are significant under a Wilcoxon signed-rank test.", "Wilcoxon signed-rank test"],
    ["a lettered variant", "A Mann-Whitney U test confirms that the two groups differ.", "Mann-Whitney U test"],
  ])("%s", (_kind, abstract, name) => {
    expect(found(abstract)).toContainEqual([name, "method"]);
    // The surname alone is no entity beside it.
    expect(names(abstract)).not.toContain(name.split(/'|\s/)[0]);
  });

  it.each([
    ["a kind of test in plain English", "Stress tests on the deployed agent reveal failures under load."],
    ["a plain word opening a sentence", "Regression tests pass on every commit of the library."],
    ["the last word of a longer name", "Agents are scored on the Disney World test of long-horizon planning."],
  ])("%s is no named test", (_kind, abstract) => {
    expect(found(abstract).filter(([name]) => /\btests?$/.test(name))).toEqual([]);
  });
});

describe("hardware is no method: counts of accelerators and kinds of memory", () => {
  it.each([
    ["a count fused to an accelerator", "Training ran on a cluster of 48xGH200 nodes for a week.", "48xGH200"],
    ["a smaller count", "All runs use 8xH100 GPUs with bf16 weights.", "8xH100"],
    ["video memory", "Our sampler needs less than a quarter of the VRAM of the baseline.", "VRAM"],
    ["a kind of high-bandwidth memory", "Weights stream from HBM3e to the tensor cores.", "HBM3e"],
    ["an FPGA's flip-flops", "The design uses 1.2K LUTs and 900 FFs on the board.", "FFs"],
    ["energy per operation", "The accelerator spends 3.1 pJ per operation.", "pJ"],
    ["an area", "The core takes 0.2 mm2 of silicon.", "mm2"],
  ])("%s", (_kind, abstract, absent) => expect(names(abstract)).not.toContain(absent));
});

describe("an acronym defined for a condition names no method", () => {
  it.each([
    ["a disease", "Alzheimer's disease and related dementias (ADRD) affect millions of older adults.", "ADRD"],
    ["an impairment", "Speech changes appear early in Mild Cognitive Impairment (MCI).", "MCI"],
    ["a disorder", "We screen children for Attention-Deficit/Hyperactivity Disorder (ADHD) from eye movements.", "ADHD"],
    ["a part of the brain", "Signals from the posterior parietal cortex (PPC) predict the reach.", "PPC"],
    ["cells", "Red blood cells (RBCs) are imaged, and each RBC is classified by shape.", "RBC"],
  ])("%s", (_kind, abstract, absent) => expect(names(abstract)).not.toContain(absent));

  it("unless the text says what the letters name", () => {
    expect(found("Experiments on our in-house Liver Cancer (LC) dataset show gains.")).toContainEqual(["LC", "dataset"]);
  });

  it("nor when the condition is only what the named thing is for", () => {
    const abstract = "We release the Atypical Mitosis dataset for Breast Cancer (AMi-Br) with expert labels.";
    expect(names(abstract)).toContain("AMi-Br");
  });
});

describe("an acronym of a degree word describes a setting", () => {
  it.each([
    ["high resolution", "Acquiring high-resolution (HR) scans exposes patients to more radiation, so we recover HR from fewer views.", "HR"],
    ["low quality", "Restoring low-quality (LQ) photographs needs priors, since LQ inputs lose texture.", "LQ"],
  ])("%s", (_kind, abstract, absent) => expect(names(abstract)).not.toContain(absent));

  it("a method named by a degree word and its head stays", () => {
    expect(found("We fine-tune with Low-Rank Adaptation (LoRA) on one GPU.")).toContainEqual(["LoRA", "method"]);
  });
});

describe("an acronym of two modalities joined describes a setting", () => {
  it.each([
    ["vision and language", "We align Vision-Language (VL) models with VL rewards.", "VL"],
    ["sight and sound", "A visual-audio (VA) encoder fuses VA cues.", "VA"],
  ])("%s", (_kind, abstract, absent) => expect(names(abstract)).not.toContain(absent));

  it("a task that goes on after them is still the task", () => {
    expect(found("SAM cannot be applied directly to RGB-thermal (RGB-T) semantic segmentation.")).toContainEqual(["RGB-T semantic segmentation", "task"]);
  });
});

describe("what a name is, read from how it is written and what is said of it", () => {
  it("a dataset's head fused into its name", () => {
    expect(found("We build Web-ShopDataset from crawled product pages.")).toContainEqual(["Web-ShopDataset", "dataset"]);
  });

  it("a name set off by a dash after its kind", () => {
    expect(found("For shape generation, we introduce a new shape foundation model -- MESHA, which is trained at scale.")).toContainEqual(["MESHA", "model"]);
  });

  it("an appositive whose head comes after a long run of modifiers", () => {
    const abstract = "We developed GeoTS, the first 12-million-scale multi-temporal self-supervised learning (SSL) dataset featuring global coverage.";
    expect(found(abstract)).toContainEqual(["GeoTS", "dataset"]);
  });
});

it("a named test's mention spans the surname and the head as written", () => {
  const mentions = run("Significance follows a McNemar test; the model uses less VRAM than GPT-4o.");
  expect(mentions.map((m) => m.surface)).toEqual(["McNemar test", "GPT-4o"]);
});

describe("the items of a list of metrics in brackets or after a colon are metrics", () => {
  it.each([
    ["in Title Case", "We define five metrics (Memory Utilization, Compute Utilization, Throughput, Energy Consumption, Compression Rate) for serving.", ["memory utilization", "compute utilization", "throughput", "energy consumption", "compression rate"]],
    ["in lower case", "Retrieval is scored with four metrics (context precision, context recall, answer faithfulness and answer relevancy).", ["context precision", "context recall", "answer faithfulness", "answer relevancy"]],
    ["after a colon", "We report two metrics: access frequency and output variance.", ["access frequency", "output variance"]],
  ])("%s", (_kind, abstract, metrics) => {
    const typed = found(abstract);
    for (const metric of metrics) expect(typed).toContainEqual([metric, "metric"]);
    expect(typed.filter(([, type]) => type === "method")).toEqual([]);
  });
});

describe("after 'the task of' and a verb, the verb's object is no task", () => {
  it.each([
    ["generating", "We study the task of generating natural language instructions for household robots.", "natural language instructions"],
    ["recovering", "Chart reconstruction, the task of recovering executable plotting scripts from chart images, tests grounding.", "executable plotting scripts"],
    ["predicting", "We address the task of predicting GPS coordinates from street photographs.", "gps coordinates"],
  ])("%s", (_verb, abstract, absent) => expect(names(abstract).map((name) => name.toLowerCase())).not.toContain(absent));

  it("the task's own name right after 'the task of' stays a task", () => {
    expect(found("We also address the task of legal clause segmentation in contracts.")).toContainEqual(["legal clause segmentation", "task"]);
  });
});

describe("a known term written as a name after capitalised words is the paper's own variant, named by the whole run", () => {
  it.each([
    ["a method", "The agent learns faster with Invalid Action Masking on the grid tasks.", ["Invalid Action Masking", "method"]],
    ["two words before a method", "We add Reward Aware Dynamic KL Regularization to the policy loss.", ["Reward Aware Dynamic KL Regularization", "method"]],
    ["a dataset", "Classifiers are trained on the Tactile MNIST images from a sensor array.", ["Tactile MNIST", "dataset"]],
  ])("%s", (_kind, abstract, entity) => {
    expect(found(abstract)).toContainEqual(entity);
  });

  it.each([
    ["a sentence's first word", "Masked Transformers learn from partial views.", ["Transformer", "method"]],
    ["a maker's name", "We query Google Gemini through its API.", ["Gemini", "model"]],
    ["the tail of a hyphenated compound", "We train a Data-Driven Actor-Critic controller for the arm.", "Driven Actor-Critic"],
    ["a longer capitalised heading", "Results on the Hugging Face Open LLM Leaderboard improve.", "Face Open LLM Leaderboard"],
    ["a known task, which stays the field's", "The model is evaluated on Personalized Recommendation for new users.", ["recommendation", "task"]],
  ])("not after %s", (_kind, abstract, expected) => {
    if (typeof expected === "string") expect(names(abstract)).not.toContain(expected);
    else expect(found(abstract)).toContainEqual(expected);
  });
});

describe("a contest or the items counted from a source name data", () => {
  it.each([
    ["a challenge's acronym", "We enter the API track of the Commonsense Persona-grounded Dialogue Challenge (CPDC) 2025.", "CPDC"],
    ["a competition's acronym", "Experiments on two International Planning Competition (IPC) domains show gains.", "IPC"],
    ["an olympiad's acronym", "Problems come from the International Mathematical Olympiad (IMO) shortlists.", "IMO"],
    ["items counted from a source", "Most models reach a perfect score on 20 problems from PISA and on 300 questions from MedMCQA.", "PISA"],
  ])("%s", (_kind, abstract, name) => expect(found(abstract)).toContainEqual([name, "dataset"]));

  it("a method's means is no contest: 'competition' alone types no name", () => {
    const title = "CompeteSMoE -- Statistically Guaranteed Mixture of Experts Training via Competition";
    expect(typeOf("Sparse mixture of experts (SMoE) scales models. We develop CompeteSMoE, a simple algorithm.", "SMoE", title)).not.toBe("dataset");
  });
});

describe("a defined acronym of a problem or of a task named by its own head is a task", () => {
  it.each([
    ["a named problem", "We address the Job Shop Scheduling Problem (JSSP) with a learned dispatcher.", "JSSP"],
    ["a problem with its complement", "Routes are planned for the Multi-Pickup and Delivery Problem with Time Windows (MPDPTW).", "MPDPTW"],
    ["scoring", "Large language models now grade responses in Short Answer Scoring (SAS).", "SAS"],
    ["spotting", "The challenge has two tracks, Action Spotting (AS) and Precise Event Spotting (PES).", "PES"],
    ["a design field in capitals", "We generate parametric models for Computer-Aided Design (CAD) from sketches.", "CAD"],
  ])("%s", (_kind, abstract, name) => expect(typeOf(abstract, name)).toBe("task"));

  it("a design of a method's part in lower case stays the method's", () => {
    expect(typeOf("The framework contains a mixed reward function design (Mixed-Reward) for every task.", "Mixed-Reward")).not.toBe("task");
  });
});

describe("a word that is a task only in a list of tasks: grasping", () => {
  it.each([
    ["after 'tasks such as'", "Existing datasets focus on coarse tasks such as grasping, navigation, or dialogue."],
    ["after 'skills such as'", "The policy learns skills such as grasping and pushing from play data."],
    ["beside another task", "These factors complicate trajectory planning and grasping in stores."],
    ["before 'tasks'", "Imitation learning is promising for learning grasping and complex manipulation tasks."],
  ])("%s", (_kind, abstract) => expect(found(abstract)).toContainEqual(["grasping", "task"]));

  it.each([
    ["a verb with its object", "The soft hand is grasping cylindrical objects under load."],
    ["a modifier of a task head", "Affordance prediction serves tasks such as grasping detection and hand pose estimation."],
  ])("not as %s", (_kind, abstract) => expect(found(abstract)).not.toContainEqual(["grasping", "task"]));
});

describe("a task's name keeps the capital of a language or a people", () => {
  it.each([
    ["a language compromise knows as a people", "Understanding Korean Grammatical Error Correction in Language Models", "Korean grammatical error correction"],
    ["a language it does not", "Comparing and Understanding Urdu Intent Detection with Large Language Models", "Urdu intent detection"],
  ])("%s", (_kind, title, task) => expect(found("We evaluate it on public data.", title)).toContainEqual([task, "task"]));

  it("other capitals of a Title-Case task are lowered as before", () => {
    expect(found("We evaluate it on public data.", "Beyond Quality: Unlocking Diversity in Ad Headline Generation with Large Language Models")).toContainEqual(["ad headline generation", "task"]);
  });
});
