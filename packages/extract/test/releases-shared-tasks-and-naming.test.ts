import { describe, expect, it } from "vitest";
import { found, run } from "./helpers";

// Twenty-first session: kinds of error read off the tuned sets gd and ge (never their sentences):
// a family's releases listed in brackets, shared tasks of evaluation campaigns, the noun phrase a
// naming verb names, base models, lettered sets of a numbered dataset, and the spellings of two
// layers every transformer paper names.

const names = (abstract: string, title?: string) => found(abstract, title).map(([name]) => name);

describe("a family's releases listed in brackets after its bare name are those releases", () => {
  it.each([
    ["releases with tiers", "We audit Gemini (1.5 pro and 2.0 flash) on the same prompts.", ["Gemini 1.5 Pro", "Gemini 2.0 Flash"]],
    ["after a word for the set", "We query several GPT variants (4o, 4 Turbo) through the API.", ["GPT-4o", "GPT-4 Turbo"]],
    ["plain releases of an open family", "Our probes cover Qwen (2.5, 3) at every depth.", ["Qwen2.5", "Qwen3"]],
  ])("%s", (_kind, abstract, releases) => {
    for (const release of releases) expect(found(abstract)).toContainEqual([release, "model"]);
  });

  it("a tier inside the brackets is no method of its own", () => {
    expect(names("We query several GPT variants (4o, 4 Turbo) through the API.")).not.toContain("TuRBO");
  });

  it("one bare number in brackets may be a score, and numbers after no family are no releases", () => {
    expect(names("Gemini (2.5) leads the table.")).not.toContain("Gemini 2.5");
    expect(names("We vary the depth (2, 3) of the network.")).toEqual([]);
  });
});

describe("a shared task of an evaluation campaign is data", () => {
  it.each([
    ["named by its edition and the capitalised words", "We describe our entry to the FOO 2025 Shared Task on claim detection.", "FOO 2025 Shared Task"],
    ["a shared task after its name", "Our system ranked first in the ZORB shared task on text simplification.", "ZORB"],
    ["the word shared before its name", "This paper describes our submission to the shared Zorb-HALL task.", "Zorb-HALL"],
  ])("%s", (_kind, abstract, name) => {
    expect(found(abstract)).toContainEqual([name, "dataset"]);
  });

  it("a paper that also writes the edition alone names the task by it", () => {
    const abstract = "We tackle FOO 2025, a shared task on inheritance reasoning, with retrieval.";
    expect(names(abstract, "TeamX at FOO 2025 Shared Task: Retrieval for Inheritance Reasoning")).not.toContain("FOO 2025 Shared Task");
  });

  it("a title's description after a venue describes the team's entry, not the venue", () => {
    expect(found("We tackle it.", "TeamX at FOO 2025 Shared Task: A Two-Stage LLM Fine-Tuning Approach")).toContainEqual(["FOO 2025 Shared Task", "dataset"]);
  });
});

describe("a naming verb names the noun phrase before it, whose head may come before a complement", () => {
  it.each([
    ["a measure for something of models", "We define a new metric for rating harm in chatbots called Harm Weight Index (HWI).", "HWI", "metric"],
    ["a benchmark of agents", "We release a benchmark of web agents called ZorbWeb.", "ZorbWeb", "dataset"],
    ["an agent system, as an appositive types it", "We build a multi-agent system with LLMs named DebateNet (DN) for fact checking.", "DN", "model"],
  ])("%s", (_kind, abstract, name, type) => {
    expect(found(abstract)).toContainEqual([name, type]);
  });

  it("a head that counts or groups leaves the type to its complement", () => {
    expect(found("We propose a family of generative flows called Wavy Generative Flows (WGFs) for sampling.")).toContainEqual(["WGF", "method"]);
  });
});

describe("base models and lettered sets", () => {
  it("lower-case base before models is no checkpoint tier", () => {
    expect(found("Experiments on Qwen-2.5 base models and the Llama 3 base model agree.")).toEqual([
      ["Qwen2.5", "model"],
      ["Llama-3", "model"],
    ]);
    // A size tier stays: BERT base is a checkpoint.
    expect(names("We fine-tune BERT base on the task.")).toContain("BERT base");
  });

  it("a lettered set of a numbered dataset is part of its name", () => {
    expect(names("We evaluate on the Zorb Challenge IV Dataset 2b and report accuracy.")).toContain("Zorb Challenge IV Dataset 2b");
    // A bare number after the head may count.
    expect(names("We evaluate on the Zorb Motion Dataset 2 times.")).toContain("Zorb Motion Dataset");
  });
});

describe("the spellings of two transformer layers", () => {
  it.each([
    ["rotary positional encodings", "RoPE"],
    ["RMS normalization", "RMSNorm"],
  ])("%s", (written, name) => {
    expect(found(`Each block uses ${written} as in prior work.`)).toContainEqual([name, "method"]);
  });
});

describe("a long form the paper defines is its acronym wherever else it is written", () => {
  it("in the title, whatever its case", () => {
    const title = run("We propose grouped zorb sampling (GZS), which halves the cost.", "Faster Decoding with Grouped Zorb Sampling").find((m) => m.end <= 42);
    expect(title && [title.surface, title.canonical, title.type]).toEqual(["Grouped Zorb Sampling", "GZS", "method"]);
  });

  it("not inside a longer Title-case name", () => {
    const names_ = names("We define Grouped Zorb Sampling (GZS). Our Spatial Grouped Zorb Sampling extends it.");
    expect(names_).not.toContain("Spatial GZS");
    expect(names_.filter((name) => name === "GZS")).toHaveLength(2);
  });

  it("a long form holding a known term still gives that term elsewhere, which links the paper to its field", () => {
    const mentions = found("We propose Adaptive Zorb Curriculum Learning (AZCL) for math.", "Adaptive Zorb Curriculum Learning for Reasoning");
    expect(mentions).toContainEqual(["curriculum learning", "method"]);
  });
});

describe("an unknown acronym a change is measured in is a measure", () => {
  it.each([
    ["a percentage in it", "Pruned models cut FLOPs and show reductions of 2.8% in MSE and 1.9% in MAE."],
    ["an improvement in it", "Our method achieves a 12.9% improvement in MAE on the test split."],
  ])("%s", (_kind, abstract) => {
    expect(found(abstract)).toContainEqual(["MAE", "metric"]);
  });

  it("a regime a change happens in is no measure", () => {
    expect(found("Quantization suffers a degradation in the ZB-2 regime.")).not.toContainEqual(["ZB-2", "metric"]);
  });
});

describe("throughput is measured of one stage of a system, or by a factor or a rate", () => {
  it.each([
    ["a limit on one stage", "Memory bandwidth limits inference throughput on edge devices."],
    ["an increase of a system's", "We compress the cache to increase the network throughput."],
    ["a bound after it", "The kernels give end-to-end throughput up to 3x higher than before."],
    ["a factor written with a capital X", "It yields a 6.6X throughput over standard decoding."],
    ["gains named after it", "We report substantial throughput improvements over prior frameworks."],
  ])("%s", (_kind, abstract) => {
    expect(found(abstract)).toContainEqual(["throughput", "metric"]);
  });

  it("precision enhanced is the everyday word", () => {
    expect(names("We enhance the precision and stability of flexible manipulators.")).not.toContain("precision");
  });
});

describe("terms of the field named by annotators of two tuned papers or more", () => {
  it.each([
    ["Online A/B tests confirm the gains.", "A/B testing", "method"],
    ["Sales rose, with a 3% increase in CVR.", "conversion rate", "metric"],
    ["Descriptions are translated into Petri nets for checking.", "Petri nets", "method"],
    ["We study sentence simplification for learners.", "sentence simplification", "task"],
  ])("%s", (abstract, name, type) => {
    expect(found(abstract)).toContainEqual([name, type]);
  });
});

describe("units, isotopes, values with their spread and pairs of body signals are no names", () => {
  it.each([
    ["units of power and voltage", "The chip draws 5 mW per channel, under 3 mV of noise; mW budgets matter."],
    ["isotopes of a spectrum", "We predict 1H and 13C NMR spectra from the structure."],
    ["a value with its spread", "Users typed 12.60+-2.99letters per minute on average."],
    ["two body signals joined", "We fuse the EEG-PPG and EMG-ACC channels of the headset."],
    ["a naming standard's body", "Names follow IUPAC conventions throughout."],
  ])("%s", (_kind, abstract) => {
    expect(found(abstract)).toEqual([]);
  });
});

describe("a model family by its name or its suffix", () => {
  it("Phi's releases and the checkpoints cut from them", () => {
    const mentions = found("We compress Phi 3.5-MoE to create Phi-mini-MoE, which beats Phi-3-mini.");
    expect(mentions).toEqual([
      ["Phi-3.5-MoE", "model"],
      ["Phi-mini-MoE", "model"],
      ["Phi-3-mini", "model"],
    ]);
  });

  it("a name ending in -LM is a language model", () => {
    expect(found("We compare GENA-LM with our encoder.")).toContainEqual(["GENA-LM", "model"]);
  });
});

describe("growths a paper studies are its subject, not a method", () => {
  it.each([
    ["a tumour by its -oma", "We predict survival for glioblastoma (GBM) from MRI."],
    ["neoplasms", "Risk of intraductal papillary mucinous neoplasms (IPMN) is graded."],
    ["tumours", "We grade Phyllodes tumors (PTs) on slides."],
  ])("%s", (_kind, abstract) => {
    expect(found(abstract)).toEqual([]);
  });

  it("a word that only ends like a tumour names what the paper defines", () => {
    expect(found("We propose the Ensemble Stochastic Soma (ESS) for sampling.")).toContainEqual(["ESS", "method"]);
  });
});

describe("a collection of data named after its modality", () => {
  it("the acronym before a modality and a corpus is the corpus", () => {
    expect(found("We test on the Temple University Abnormal (TUAB) EEG corpus.")).toContainEqual(["TUAB", "dataset"]);
  });

  it("before a task's word it names the task's subject, not the data", () => {
    expect(found("We release a ZPX extraction dataset for forums.")).not.toContainEqual(["ZPX", "dataset"]);
  });
});

describe("notation of the sciences is no name", () => {
  it.each([
    ["an MRI contrast's weighting", "We used T1-weighted structural MRI and T2-weighted scans."],
    ["a compound's formula", "Thin MgB2 and TiO2 films were grown at low temperature."],
  ])("%s", (_kind, abstract) => {
    expect(found(abstract)).toEqual([]);
  });

  it("two elements without a count may be a name", () => {
    expect(names("We compare with CoCa on retrieval.")).toContain("CoCa");
  });
});

describe("catalogues, attacks and learners the field names", () => {
  it.each([
    ["We map each finding to the Common Weakness Enumeration (CWE).", "CWE", "dataset"],
    ["The agent patched 40 CVEs from the tracker.", "CVE", "dataset"],
    ["We fit Lasso and ridge on the features.", "LASSO", "method"],
    ["Indirect prompt injection hijacks web agents.", "indirect prompt injection", "method"],
  ])("%s", (abstract, name, type) => {
    expect(found(abstract)).toContainEqual([name, type]);
  });

  it("stop-listed letters a paper spells out as a learner name the learner", () => {
    expect(found("We compare a Random Forest Classifier (RFC) with boosting; RFC wins.")).toContainEqual(["RFC", "method"]);
    // A field's letters stay the field.
    expect(names("Artificial Intelligence (AI) changes work.")).not.toContain("AI");
  });

  it("an institution's or a venue's letters a paper spells out in its own sense name its entity", () => {
    expect(found("We empower LLMs with Active Context Management (ACM) tools to sculpt memory.")).toContainEqual(["ACM", "method"]);
    expect(found("Sign Language Translation (SLT) converts sign videos into text.")).toContainEqual(["sign language translation", "task"]);
    // The venue spelt out stays stopped.
    expect(names("Results appear at the International Conference on Machine Learning (ICML).")).not.toContain("ICML");
  });
});

describe("grid test systems, SQL tasks and foundation models, as written in other fields", () => {
  it("a grid's test system capitalised is the same test system", () => {
    expect(found("We validate on the IEEE 14-Bus System under attack.")).toEqual([["IEEE 14-bus", "dataset"]]);
  });

  it.each(["Text2SQL", "NL2SQL"])("%s is the text-to-SQL task", (written) => {
    expect(found(`We study ${written} for enterprise databases.`)).toContainEqual(["text-to-SQL", "task"]);
  });

  it("a foundation model spelt out as a name is a model, the class in lower case is not", () => {
    expect(found("We propose the Zorb Graph Foundation Model (ZGFM) for brains.")).toContainEqual(["ZGFM", "model"]);
    expect(found("We adapt vision foundation models (VFMs) to scans.")).not.toContainEqual(["VFM", "model"]);
  });
});

describe("a rate named by what it counts is named in the singular", () => {
  it.each([
    ["Our retriever raises document hit rates on both corpora.", "document hit rate"],
    ["The plan success rates rise with search.", "plan success rate"],
  ])("%s", (abstract, name) => {
    expect(found(abstract)).toContainEqual([name, "metric"]);
  });
});
