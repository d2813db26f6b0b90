import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// Issue 13: one-word tasks that are also everyday words (data/lexicon/tasks.json `contextual`)
// name the task only where the paper names them as tasks. Real sentences.

describe("an everyday task word named as a task", () => {
  it.each([
    ["in a list beside a known task", "LLMs perform well on language tasks such as translation, summarization, and question-answering.", ["MT", "task"]],
    ["before the word tasks", "Our framework improves upon the SFT baseline across grounding and captioning tasks.", ["grounding", "task"]],
    ["between known tasks", "Our experiments on mathematical reasoning, coding, and commonsense reasoning demonstrate its gains.", ["code generation", "task"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});

describe("the same words as a verb, a process or a modifier", () => {
  it.each([
    ["a geometric list", "Existing approaches focus on spatial symmetries, such as reflection, rotation, and translation.", "MT"],
    ["a process", "Evaluating LLMs in Hindi is hard, as direct translation of English datasets misses cultural nuances.", "MT"],
    ["a modifier", "Benchmarks such as SWE-bench Verified have become the main yardstick for coding agents.", "code generation"],
    ["data a task shapes", "We construct a dataset of 78,623 QA pairs across 16 tasks and 53 scenes.", "QA"],
    ["a qualified process", "Retrieval grounding and finding-level rewards improve factual correctness in report generation.", "grounding"],
  ])("%s", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));

  it("a verb in a title", () => {
    expect(found("We ground plans in a semantic digital twin.", "Grounding Language Models with Semantic Digital Twins for Robotic Planning").map(([name]) => name)).not.toContain("grounding");
  });
});
