import { describe, expect, it } from "vitest";
import { WORD_PATTERN, nextWordStart, wordEnd } from "../src/word-scan";
import { found } from "./helpers";

// Twentieth session: kinds of error read off the tuned sets fj and fk (never their sentences):
// names joined by an ampersand, a model's tier written before its release, a checkpoint's size
// fused to its tuned variant, what a success rate counts, letters a title's words lend an acronym,
// fields of a record, and the attacks security papers name.

const names = (abstract: string, title?: string) => found(abstract, title).map(([name]) => name);

describe("an ampersand between capitals joins one name", () => {
  it.each([
    ["a knowledge base", "We map each vulnerability to techniques of the ATT&CK knowledge base.", "ATT&CK"],
    ["a method's name", "We propose VirT&R, a pipeline for virtual try-on and rendering.", "VirT&R"],
    ["a known measure", "We report J&F on the validation split.", "J&F"],
  ])("%s", (_kind, abstract, name) => {
    expect(names(abstract)).toContain(name);
    // Its halves are no names of their own.
    for (const half of name.split("&")) expect(names(abstract)).not.toContain(half);
  });

  it("two single letters joined by & abbreviate an everyday pair, not a name", () => {
    expect(names("We cut R&D costs and write Q&A pairs for M&A cases.")).toEqual([]);
  });

  it("the tokenizer's loop and its pattern read the same words", () => {
    const text = "ATT&CK, R&D, A & B, Wide&Deep, x&Y, AT&T-based and C&W.";
    const fromPattern = [...text.matchAll(WORD_PATTERN)].map((m) => m[0]);
    const fromLoop: string[] = [];
    for (let start = nextWordStart(text, 0); start < text.length; start = nextWordStart(text, wordEnd(text, start))) fromLoop.push(text.slice(start, wordEnd(text, start)));
    expect(fromLoop).toEqual(fromPattern);
    expect(fromLoop).toContain("ATT&CK");
    expect(fromLoop).toContain("AT&T-based");
    expect(fromLoop).not.toContain("Wide&Deep");
  });
});

describe("a model's tier written before its release keeps the release", () => {
  it.each([
    ["a point release", "It jailbreaks leading models, including Claude Opus 4.1 and Grok 4.", "Claude Opus 4.1"],
    ["the lexicon's name when it knows the release", "Claude Sonnet 3.7 achieved the best score.", "Claude 3.7 Sonnet"],
    ["another family's tier, as written when the lexicon has no such release", "We compare with Nemotron Nano 2 on both tasks.", "Nemotron Nano 2"],
  ])("%s", (_kind, abstract, name) => {
    expect(found(abstract)).toContainEqual([name, "model"]);
  });

  it("a number that counts something after the tier is no release", () => {
    expect(names("Claude Opus on 3 tasks is slower.")).toContain("Claude Opus");
    expect(names("We ran Claude Opus 2024 times.")).not.toContain("Claude Opus 2024");
  });
});

describe("a size fused to its tuned variant after a family is the checkpoint", () => {
  it.each([
    ["a lower-case variant", "It can watermark models like Llama 2 7B-chat at no cost.", "Llama-2-7B-Chat"],
    ["an instruction-tuned release", "We fine-tune Qwen2.5 7B-Instruct on the new data.", "Qwen2.5-7B-Instruct"],
    ["a variant written in lower case after its tier", "Gemma 2 9B-it serves as the judge.", "Gemma-2-9B-it"],
  ])("%s", (_kind, abstract, name) => {
    expect(found(abstract)).toContainEqual([name, "model"]);
    // The size and variant alone are no name beside it.
    const sized = abstract.split(" ").find((w) => /^\d+B-/.test(w))!;
    expect(names(abstract)).not.toContain(sized);
  });

  it("a size before a plain word is no variant", () => {
    expect(names("We study Llama 2 7B-parameter models.")).not.toContain("Llama-2-7B-parameter");
  });
});

describe("what a success rate counts, after an article or a preposition", () => {
  it.each([
    ["a gerund after a preposition", "There is a significant decline in editing success rates after many edits.", "editing success rate"],
    ["a noun that is also a verb", "It raises the plan success rate by a third.", "plan success rate"],
    ["a gerund after an article", "The overtaking success rate rises to 90%.", "overtaking success rate"],
  ])("%s", (_kind, abstract, name) => {
    expect(found(abstract)).toContainEqual([name, "metric"]);
  });

  it.each([
    ["the clause's verb", "Our agent, achieving success rates of 90%, is fast."],
    ["a participle that describes", "The remaining success rate is low."],
    ["a participle of result", "The resulting success rate is low."],
  ])("%s is no part of the measure", (_kind, abstract) => {
    expect(found(abstract)).toContainEqual(["success rate", "metric"]);
  });

  it("the measure is named in the singular", () => {
    expect(names("We report correction success rates on both splits.")).toContain("correction success rate");
  });
});

describe("words that are no names", () => {
  it("capitals in a title's words that spell the paper's acronym", () => {
    const title = "Let's CONFER: A Dataset for Evaluating Inference Models on CONditional InFERence";
    const got = names("We release the data.", title);
    expect(got).toContain("CONFER");
    expect(got).not.toContain("CONditional");
    expect(got).not.toContain("InFERence");
  });

  it("a lower-case word fused to ID is a record's field", () => {
    expect(names("It embeds provenance data such as userID and modelID in the text.")).toEqual([]);
  });

  it("a name before -variant or -family is that name", () => {
    expect(names("We release two new RWKV-variant architectures.")).toContain("RWKV");
    expect(names("We release two new RWKV-variant architectures.")).not.toContain("RWKV-variant");
  });
});

describe("the attacks security papers name are methods", () => {
  it.each([
    ["jailbreak attacks", "Models remain open to jailbreak attacks.", "jailbreak attack"],
    ["jailbreaking", "Multi-step jailbreaking bypasses the filter.", "jailbreak attack"],
    ["prompt injection", "Agents are exposed to prompt injection through web pages.", "prompt injection"],
  ])("%s", (_kind, abstract, name) => {
    expect(found(abstract)).toContainEqual([name, "method"]);
  });

  it("a jailbreak, the event, stays a concept", () => {
    expect(found("A successful jailbreak reveals the system prompt.")).toContainEqual(["jailbreak", "concept"]);
  });
});

// ... and off the tuned sets fl and fm: hardware, formats, bodies and tools that name nothing,
// verbs of imitation, plurals in -ies, acronyms in mixed case.
describe("what a security or systems paper names that is no entity", () => {
  it.each([
    ["a chip", "Ensuring the security of complex system-on-chips (SoCs) designs is critical.", ["SoC", "SoCs", "system-on-chips"]],
    ["a protocol before -based", "Operators used an internally deployed HTTP-based chat application.", ["HTTP"]],
    ["an organisation and a law", "We follow MITRE's guidance and study DMCA takedowns.", ["MITRE", "DMCA"]],
    ["a logging tool", "Code, checkpoints and WandB logs are released.", ["WandB"]],
  ])("%s", (_kind, abstract, absent) => {
    for (const name of absent) expect(names(abstract)).not.toContain(name);
  });

  it("a task named around the chip keeps its acronym's case", () => {
    expect(found("We study it.", "An Agentic Approach for SoC Security Verification using Large Language Models")).toContainEqual(["SoC security verification", "task"]);
  });
});

describe("boundaries", () => {
  it("a verb of imitation opens no task", () => {
    const got = names("We interleave retrieval steps to better emulate legal reasoning.");
    expect(got).toContain("legal reasoning");
    expect(got).not.toContain("emulate legal reasoning");
  });

  it("a title's plural in -ies has its singular in -y", () => {
    expect(found("We study it.", "Detecting Memory Safety Vulnerabilities in Rust")).toContainEqual(["memory safety vulnerability detection", "task"]);
  });
});

// ... and off the tuned sets fn and fo: a task's setting word before its acronym.
describe("a setting word before a known task that opens with an acronym", () => {
  it.each([
    ["the next item, before a place's acronym", "We study next POI recommendation on city data.", "next POI recommendation"],
    ["a long context, before an acronym", "We test long-context QA on legal files.", "long-context QA"],
  ])("%s", (_kind, abstract, name) => {
    expect(found(abstract)).toContainEqual([name, "task"]);
  });

  it("a method's acronym after a describing word stays the method", () => {
    expect(names("We apply hybrid MPC to the plant.")).toContain("model predictive control");
  });
});

// ... and off the tuned sets fp and fq (human-computer interaction, computers and society).
describe("names of studies, tools and meetings", () => {
  it.each([
    ["a footnote's digit on a word", "We build a taxonomy aligned benchmark1 for the survey.", "benchmark1"],
    ["a meeting where work was shown", "We report on a workshop held at the deRSE25 conference.", "deRSE25"],
    ["an editor", "Developers work in an IDE with the assistant.", "IDE"],
    ["the experience of users", "We study the UX of the assistant.", "UX"],
  ])("%s names nothing", (_kind, abstract, absent) => {
    expect(names(abstract)).not.toContain(absent);
  });

  it("a numbered test case of a power grid is still data", () => {
    expect(names("We test on the IEEE case30 and case9 systems.")).toContain("case30");
  });

  it.each([
    ["a study run by a hidden operator", "Using a Wizard-of-Oz study, participants completed assembly tasks.", ["Wizard-of-Oz", "method"]],
    ["a dataset with its number of records", "We evaluate on Last.fm 360K and two other sets.", ["Last.fm 360K", "dataset"]],
  ])("%s", (_kind, abstract, entity) => {
    expect(found(abstract)).toContainEqual(entity);
  });
});

// ... and off the tuned sets fr and fs (sound, software engineering).
describe("releases, questions and assessments", () => {
  it.each([
    ["a known dataset with a plus, as a paper's own name", "We build the tests.", "CodeContests+: High-Quality Test Case Generation for Competitive Programming", ["CodeContests+", "dataset"]],
    ["a known model with a plus", "We compare with Qwen2.5+ on both tasks.", undefined, ["Qwen2.5+", "model"]],
  ])("%s keeps the known one's kind", (_kind, abstract, title, entity) => {
    expect(found(abstract, title)).toContainEqual(entity);
  });

  it("research questions and their numbers name nothing", () => {
    expect(names("We answer four research questions (RQs). RQ1 asks how often RQ2 holds.")).toEqual([]);
  });

  it.each([
    ["a file format of music", "We convert the MIDI files to audio.", "MIDI"],
    ["a protocol's document", "The agent audits each RFC against the code.", "RFC"],
  ])("%s names nothing", (_kind, abstract, absent) => {
    expect(names(abstract)).not.toContain(absent);
  });

  it.each([
    ["a title's assessment", "Voice Quality Assessment with Foundation Models", "voice quality assessment"],
    ["an assessment a method is for", "It is a tool for damage assessment after floods.", "damage assessment"],
  ])("%s is a task", (_kind, text, name) => {
    const got = text.includes(" for ") ? found(text) : found("We study it.", text);
    expect(got).toContainEqual([name, "task"]);
  });

  it("an assessment described by an adjective is no task", () => {
    expect(names("We propose a tool for transparent assessment of essays.")).not.toContain("transparent assessment");
  });
});

// ... and off the tuned sets ft and fu (graphics and distributed computing; retrieval and agents).
describe("systems papers' data and hardware", () => {
  it.each([
    ["a grid's test system", "We validate the controller on the IEEE 30-bus system.", "IEEE 30-bus"],
    ["a test feeder named by its nodes", "Results on the IEEE 123-node test feeder confirm it.", "IEEE 123-node"],
    ["a chemistry database once stop-listed", "The agent queries PubChem for bioassays.", "PubChem"],
  ])("%s is data", (_kind, abstract, name) => {
    expect(found(abstract)).toContainEqual([name, "dataset"]);
  });

  it.each([
    ["a drive", "We offload tensors to solid-state drives (SSDs) during training.", "SSD"],
    ["a cache level or a norm on its own", "The kernel raises L2 hits and bounds the L1 error.", "L2"],
    ["a retrieval evaluation's organiser", "We follow the TREC guidelines for pooling.", "TREC"],
  ])("%s names nothing", (_kind, abstract, absent) => {
    expect(names(abstract)).not.toContain(absent);
  });

  it("a hit rate is named by what it counts, as a success rate is", () => {
    expect(found("Fine-tuning raises the document hit rate of the retriever.")).toContainEqual(["document hit rate", "metric"]);
  });

  it("training spread over machines is a method", () => {
    expect(found("We study distributed training of large models.")).toContainEqual(["distributed training", "method"]);
  });
});

// ... and off the tuned sets fv and fw (language; speech, statistics and networks).
describe("amounts, devices and encodings", () => {
  it("how much of a dataset is used is no part of its name", () => {
    const got = found("Word error rates fall when training on the 960-hour Librispeech dataset.");
    expect(got).toContainEqual(["LibriSpeech", "dataset"]);
    expect(got.map(([name]) => name)).not.toContain("960-hour Librispeech");
  });

  it("a wireless access point is a device, and its acronym no measure", () => {
    expect(names("Each access point (AP) serves many users, and every AP learns its own policy.")).toEqual([]);
  });

  it("a text encoding names nothing", () => {
    expect(names("Bytes are read as UTF-8 before the tokenizer splits them.")).not.toContain("UTF-8");
  });
});

// ... and off the tuned sets fx and fy (learning and hardware; the corpus's remaining fields).
describe("dashes typed as hyphens, and a measure of experience", () => {
  it.each([
    ["before a preposition that opens what follows", "It joins links, PCIe and RDMA NICs-into a single fabric.", "NICs-into"],
    ["after a plural that ends a clause", "Under strict physical constraints-Evo-MCTS achieves a 20% gain.", "constraints-Evo-MCTS"],
  ])("%s", (_kind, abstract, junk) => {
    expect(names(abstract)).not.toContain(junk);
  });

  it("the name after a clause's plural is found alone", () => {
    expect(names("Under strict physical constraints-Evo-MCTS achieves a 20% gain.")).toContain("Evo-MCTS");
  });

  it("quality of experience is a measure", () => {
    expect(found("The controller raises the users' quality of experience (QoE) by 12%.")).toContainEqual(["QoE", "metric"]);
  });
});

// ... and off the tuned sets fz and ga (long cs.LG abstracts; short cs.CL ones).
describe("pieces of words that are no names", () => {
  it.each([
    ["the tail of a hyphenated compound before a known method", "We propose a framework based on Rule-Based RL for the task.", "Based RL"],
    ["a preposition before a bare head", "Recent data-centric methods like pruning and compression help.", "like pruning"],
    ["a letter marking an acronym inside a title's word", "We introduce T-REX, a live tool for claims.", "eXplainer"],
    ["a sentence glued to a listed item's number", "We quantize the direction and magnitude parameters.2) Codebook Construction follows.", "parameters.2"],
  ])("%s", (_kind, abstract, junk) => {
    const title = junk === "eXplainer" ? "T-REX: Table -- Refute or Entail eXplainer" : undefined;
    expect(names(abstract, title)).not.toContain(junk);
  });
});

// ... and off the tuned sets gb and gc (long cs.AI abstracts; control, networks, manufacturing).
describe("standards, grids and a verb of undergoing", () => {
  it.each([
    ["a wireless standard and its number", "We study 802.11be WiFi networks under heavy load.", ["802.11be", "WiFi"]],
    ["a web standard's words", "Agents call a RESTful API that follows W3C recommendations.", ["RESTful", "W3C"]],
    ["a microgrid defined as an acronym", "The microgrid (MG) controller balances each MG against the grid.", ["MG", "microgrid"]],
  ])("%s name nothing", (_kind, abstract, absent) => {
    for (const name of absent) expect(names(abstract)).not.toContain(name);
  });

  it("a verb of undergoing opens no task", () => {
    const got = names("The data underwent melt pool segmentation before training.");
    expect(got).toContain("melt pool segmentation");
    expect(got).not.toContain("data underwent melt pool segmentation");
  });
});
