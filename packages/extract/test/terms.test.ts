import { describe, expect, it } from "vitest";
import { chunkRuns, trimRun } from "../src/chunk";
import { createContext } from "../src/context";
import { getDefaultLexicon } from "../src/lexicon";
import { bestNested, cValues, headType } from "../src/scan-terms";
import { found, absentRows, expectAbsentBeside } from "./helpers";

/** The chunker's phrases of a sentence, trimmed like terms. */
function chunks(text: string): string[] {
  const ctx = createContext(text, 0, getDefaultLexicon());
  return chunkRuns(ctx).map((run) => trimRun(run, 5).words.join(" "));
}

describe("noun-phrase chunker", () => {
  it.each([
    ["chunk: closed-class words cut phrases", "We study motif scaffolding with the protein model.", ["motif scaffolding", "protein model"]],
    ["chunk: a common verb cuts the phrase", "Dense retrievers enable document layout analysis at scale.", ["dense retrievers", "document layout analysis", "scale"]],
    ["chunk: a capitalised sentence start is a word", "Document layout analysis remains hard.", ["document layout analysis", "hard"]],
    ["chunk: leading descriptions are dropped", "It gives accurate long-context modeling for free.", ["long-context modeling", "free"]],
    ["chunk: a trailing kind word is dropped", "We report three image retrieval tasks.", ["image retrieval"]],
    ["chunk: a verb's -s ends the subject", "The pipeline powers video generation.", ["video generation"]],
    ["chunk: adverbs cut phrases", "It reliably recovers motif scaffolding.", ["motif scaffolding"]],
    ["chunk: a verb's base form after a plural subject is no word", "Potential applications cover detection and route generation.", ["detection", "route generation"]],
  ])("%s", (_rule, text, expected) => expect(chunks(text)).toEqual(expected));

  it("chunk: a suffix split off a name is no word", () => {
    expect(chunks("A CTC-based transcription model.")).not.toContain("based transcription model");
  });
});

describe("C-value (Frantzi et al. 2000)", () => {
  it("c-value: a nested term seen only inside the longer one scores nothing", () => {
    const values = cValues([["medical", "video", "understanding"]]);
    expect(values.get("video understanding")).toBe(0);
    expect(values.get("medical video understanding")).toBeCloseTo(Math.log2(3));
  });

  const phrase = ["clinical", "video", "understanding"];
  it.each([
    ["c-value: the maximal phrase wins when alone", [phrase], "clinical video understanding"],
    ["c-value: a nested term standing alone more often wins", [phrase, ["video", "understanding"], ["video", "understanding"], ["video", "understanding"]], "video understanding"],
  ])("%s", (_rule, phrases, expected) => expect(bestNested(phrase, cValues(phrases)).join(" ")).toBe(expected));
});

describe("term rule", () => {
  it.each([
    ["term head: a task", "Our model improves motif scaffolding on hard targets.", ["motif scaffolding", "task"]],
    ["term head: a task in a hyphenated head", "Results show gains in protein motif-scaffolding after training.", ["protein motif-scaffolding", "task"]],
    ["term head: a task after a description", "Current systems struggle with long-context modeling beyond 32K tokens.", ["long-context modeling", "task"]],
    ["term head: a weak head with a noun modifier", "Document layout analysis benefits from pretraining on scans.", ["document layout analysis", "task"]],
    ["term head: text is what a task reads, not a product (heldout-r, tuned)", "Recently, large language models (LLMs) and vision-language models have demonstrated remarkable improvements in text recognition and document understanding.", ["text recognition", "task"]],
    ["term head: a measure of three words", "The method halves the motif placement error of the baseline.", ["motif placement error", "metric"]],
    ["term aggregate: an averaged measure is the measure, said once", "The automated validation has an average error rate less than 2%.", ["error rate", "metric"]],
    [
      "term repetition: a method named twice",
      "We apply cross-dataset reward normalization to the critics. Without cross-dataset reward normalization, training diverges.",
      ["cross-dataset reward normalization", "method"],
    ],
    [
      "term head: an attack named twice is a method (heldout-ao, tuned)",
      "Manipulation of local training data, i.e., the poisoning attack, is the main threat. Most existing poisoning attacks aim to manipulate local data.",
      ["poisoning attack", "method"],
    ],
    [
      "term repetition: once in the singular and once in the plural is twice",
      "We apply cross-dataset reward normalization to the critics. Both cross-dataset reward normalizations keep training stable.",
      ["cross-dataset reward normalization", "method"],
    ],
    [
      "term repetition: a two-word measure named twice",
      "We track speaker similarity during training. Speaker similarity rises early.",
      ["speaker similarity", "metric"],
    ],
    [
      "term long form: a defined long form names its acronym where it recurs",
      "It reaches a timbre similarity (SIM) of 0.67 and trades naturalness against timbre similarity.",
      ["SIM", "metric"],
    ],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it.each(absentRows([
    ["term head: no head, no term", "We release a protein language model for enzymes. We compare it with PPO.", "protein language model", ["PPO", "method"]],
    ["term weak head: an adjective modifier names an activity", "We conduct a systematic analysis of the failures. We compare it with PPO.", "systematic analysis", ["PPO", "method"]],
    ["term weak head: a visual ability is no task", "The model lacks spatial understanding of scenes. We compare it with PPO.", "spatial understanding", ["PPO", "method"]],
    ["term weak head: a participle split off is no modifier", "Rewards follow a step-aware understanding of proofs. We compare it with PPO.", "step-aware understanding", ["PPO", "method"]],
    ["term repetition: a design named once is a step", "We revisit the schema design and labeled comparisons. We compare it with PPO.", "schema design", ["PPO", "method"]],
    ["term repetition: a method named once is a description", "We rely on careful gradient-free optimization to tune it. We compare it with PPO.", "gradient-free optimization", ["PPO", "method"]],
    ["term repetition: a two-word measure named once", "Runs end with a small runaway divergence near the end. We compare it with PPO.", "runaway divergence", ["PPO", "method"]],
    ["term product: produced things are no tasks", "The critic drives response generation in PPO.", "response generation", ["PPO", "method"]],
    ["term verb: a base form after \"to\" is a verb (heldout-an, tuned)", "It rescales attention to reinforce visual grounding guided by the model's confidence. We compare it with PPO.", "reinforce visual grounding", ["PPO", "method"]],
    ["term verb: the last of base forms listed after \"to\" (dev)", "Our taxonomy identifies different ways to generate, evaluate, and control multi-step reasoning. We compare it with PPO.", "control multi-step reasoning", ["PPO", "method"]],
    ["term verb: the verb after \"we first\" (heldout-an, tuned)", "We first extract dense optical flow from a reference video. We compare it with PPO.", "extract dense optical flow", ["PPO", "method"]],
    ["term verb: a verb before the head is no modifier", "These gains strengthen visual understanding in MLLMs. We compare it with PPO.", "strengthen visual understanding", ["PPO", "method"]],
  ]))("%s", (_rule, abstract, absent, present) => expectAbsentBeside(abstract, absent, present));

  it.each([
    ["term type: task head", "scaffolding", "task"],
    ["term type: method head", "normalization", "method"],
    ["term type: metric head", "error", "metric"],
    ["term type: compound head", "motif-scaffolding", "task"],
    ["term type: no head", "pipeline", undefined],
  ])("%s", (_rule, word, type) => expect(headType(word)).toBe(type));
});
