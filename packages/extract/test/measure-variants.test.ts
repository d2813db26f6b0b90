import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// Issue 13, boundaries: a noun before a bare measure says what is measured ("factual accuracy"),
// and the pair names the measure. Real sentences.

describe("a noun before a bare measure names the measure", () => {
  it.each([
    ["an -al adjective", "This review systematically analyzes how LLM-generated content is evaluated for factual accuracy by exploring key challenges.", ["factual accuracy"]],
    ["two measures of one study", "Several advanced models displayed an asymmetry in detection accuracy, performing well in truth accuracy but poorly in deception accuracy.", ["truth accuracy", "deception accuracy"]],
    ["an F1", "On MedNLI-based factual consistency scoring and on a UMLS-grounded concept F1 metric, the tuned model surpasses GPT-4.", ["concept F1"]],
    ["what succeeds, before a success rate", "The self-consciousness defense reaches a defense success rate of 99.8% against jailbreak prompts.", ["defense success rate"]],
    ["a task before a success rate", "The planner raises the navigation success rate in unseen houses.", ["navigation success rate"]],
    // On the tuned sets annotators name 21 task-headed measures with the task's head and 7 bare.
    ["the task measured (heldout-ap, tuned)", "It demonstrates superior tracking accuracy and significantly lower computation time compared to conventional nonlinear MPC.", ["tracking accuracy"]],
    ["the task measured, before recall", "The adapter raises detection recall by 4.1 points on the held-out split.", ["detection recall"]],
  ])("%s", (_kind, abstract, measures) => expect(found(abstract)).toEqual(expect.arrayContaining(measures.map((m) => [m, "metric"]))));
});

describe("how a measure is aggregated or judged is no part of its name", () => {
  it.each([
    ["an aggregate", "The probe keeps its median precision above 0.9 on every split.", "median precision"],
    ["an average, which the lexicon no longer names (heldout-cz, tuned)", "We apply Omni-Scan to part defect inspection, finding that it can identify defects in 12 different objects with an average accuracy of 83%.", "average accuracy"],
    ["an overall score, likewise", "Our detector reaches an overall accuracy of 91.2% on the test split.", "overall accuracy"],
    ["an aggregate of scores (heldout-cx, tuned)", "Current benchmarks construct datasets of annotated real images paired with pre-defined Multiple Choice Questions (MCQs) to report aggregate accuracy scores.", "aggregate accuracy"],
    ["a setting", "The method keeps in-distribution accuracy while improving robustness to shifts.", "in-distribution accuracy"],
    ["a judgement", "The distilled model reaches comparable accuracy at a third of the cost.", "comparable accuracy"],
    ["a task named before the measure keeps its words (heldout-x, tuned)", "The deployment results in a global model with performance in stress prediction accuracy comparable to a centralized training approach.", "prediction accuracy"],
    ["a verb", "Pruned models lose accuracy on long inputs.", "lose accuracy"],
    ["a judgement and an aggregate before a score", "Our model achieves a state-of-the-art average score of 56.8 on the benchmark.", "state-of-the-art average score"],
    ["an adjective before a success rate", "Agents are ranked by their historical success rate on past tasks.", "historical success rate"],
    ["a setting written apart (heldout-bd, tuned)", "Real-world evaluations demonstrate up to 93.3% out of distribution success rates, with up to a +33.3% performance boost.", "distribution success rates"],
    ["a superlative (heldout-be, tuned)", "Then, we use this bound as a criterion for substitution, selecting the LLM layers with the lowest linearization error.", "lowest linearization error"],
  ])("%s", (_kind, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));
});
