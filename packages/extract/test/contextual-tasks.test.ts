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
    ["data a task shapes, defined (heldout-ch, tuned)", "Leveraging over 200K curated 3D reconstructive instruction tuning question-answer (QA) pairs, VLM-3R aligns spatial context with language.", "QA"],
    ["sets of such data (heldout-ak, tuned)", "These efforts rely on large corpora or extensive question-answer (QA) sets to ensure broad coverage. The impact of corpus and QA set design remains unclear.", "QA"],
    ["a qualified process", "Retrieval grounding and finding-level rewards improve factual correctness in report generation.", "grounding"],
  ])("%s", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));

  it("a verb in a title", () => {
    expect(found("We ground plans in a semantic digital twin.", "Grounding Language Models with Semantic Digital Twins for Robotic Planning").map(([name]) => name)).not.toContain("grounding");
  });
});

describe("the items a paper lists as tasks", () => {
  it.each([
    ["after a qualified list cue", "I evaluate how well LLMs perform key legal tasks in the Indian context, including issue spotting, legal drafting, advice, research, and reasoning.", ["issue spotting", "legal drafting"]],
    ["after tasks like", "LLMs help on tasks like requirement analysis, code review, and compliance checks.", ["requirement analysis", "code review", "compliance checks"]],
    ["after tasks and a colon", "We investigate whether and how LLMs exhibit human-like psycholinguistic responses under different linguistic identities using two tasks: sound symbolism and word valence.", ["sound symbolism", "word valence"]],
    ["after tasks that include, a noun in -ing before a task head", "This paper examines the application of representation learning in EDA, covering foundational concepts and analyzing prior work and case studies on tasks that include timing prediction, routability analysis, and automated placement.", ["timing prediction", "routability analysis"]],
    ["a list opened inside a purpose", "HumanGenesis achieves state-of-the-art performance on tasks including text-guided synthesis, video reenactment, and novel-pose generalization.", ["text-guided synthesis", "video reenactment"]],
    ["how a listed task is done is not its name", "To demonstrate its utility, we benchmark three key clinical tasks: automated tumor segmentation, recurrence-free survival prediction, and HPV status classification.", ["tumor segmentation", "recurrence-free survival prediction"]],
  ])("%s", (_kind, abstract, tasks) => expect(found(abstract)).toEqual(expect.arrayContaining(tasks.map((t) => [t, "task"]))));

  it("a relative clause that names one thing the tasks have is no list (a corpus sentence, its verb made include)", () => {
    const names = found("The recent trend towards utilisation of reasoning models has improved the performance of Large Language Models (LLMs) across many tasks which include logical steps.").map(([name]) => name);
    expect(names).not.toContain("logical steps");
  });

  it("not what is done, nor one vague word", () => {
    const names = found("Agents now take on tasks such as editing production code, orchestrating workflows, and research.").map(([name]) => name);
    expect(names).not.toContain("orchestrating workflows");
    expect(names).not.toContain("research");
  });
});

describe("a task written in Title Case where the sentence says it is one", () => {
  it.each([
    ["before task", "We extended our pose estimation solutions to the Proficiency Estimation task, applying core technologies such as transformer-based architectures.", ["proficiency estimation"]],
    ["after a purpose, and the list it opens", "Leveraging our dataset, we develop RoboFAC model, which is capable of Task Understanding, Failure Analysis and Failure Correction.", ["task understanding", "failure analysis"]],
  ])("%s", (_kind, abstract, tasks) => expect(found(abstract)).toEqual(expect.arrayContaining(tasks.map((t) => [t, "task"]))));

  it.each([
    ["a paper's own module", "URBAN-SIM contains three critical modules: Hierarchical Urban Generation pipeline, Interactive Dynamics Generation strategy, and Asynchronous Scene Sampling scheme.", "interactive dynamics generation"],
    ["what a method is built upon", "We present Chain-of-Action (CoA), a novel visuo-motor policy paradigm built upon Trajectory Autoregressive Modeling.", "trajectory autoregressive modeling"],
    ["a component's heading", "HarmonyGuard features a multi-agent architecture characterized by two fundamental capabilities: (1) Adaptive Policy Enhancement: We introduce the Policy Agent.", "adaptive policy enhancement"],
  ])("not %s", (_kind, abstract, absent) => expect(found(abstract)).not.toContainEqual([absent, "task"]));
});
