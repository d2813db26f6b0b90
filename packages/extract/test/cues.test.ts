import { describe, expect, it } from "vitest";
import { found, absentRows, expectAbsentBeside } from "./helpers";

describe("task cues", () => {
  it.each([
    ["task cue: for <task>", "We train a graph network for glacier melt forecasting from satellite data.", ["glacier melt forecasting", "task"]],
    ["task cue: code is what a task works on, not a product (heldout-cw, tuned)", "Our framework employs a hybrid approach for code retrieval to improve contextual relevance.", ["code retrieval", "task"]],
    ["task cue: a referring task's gerund names it (heldout-ab, tuned)", "We evaluate the model on referring segmentation and grounding benchmarks.", ["referring segmentation", "task"]],
    ["task cue: on <task>", "Results on crop yield prediction show a 12% gain.", ["crop yield prediction", "task"]],
    ["task cue: applications in", "The model has applications in protein backbone design and enzyme engineering.", ["protein backbone design", "task"]],
    ["task cue: tasks such as", "It helps on tasks such as receipt understanding and invoice parsing.", ["receipt understanding", "task"]],
    ["task cue: tasks such as, second item", "It helps on tasks such as receipt understanding and invoice parsing.", ["invoice parsing", "task"]],
    ["task cue: leading description dropped", "We propose a sampler for efficient crystal structure generation.", ["crystal structure generation", "task"]],
    ["task cue: known task keeps its lexicon name", "We study large models for structure-based drug design.", ["structure-based drug design", "task"]],
    ["task subject: a sentence about the task", "Sea ice concentration forecasting is vital for shipping. We use a U-Net.", ["sea ice concentration forecasting", "task"]],
    ["task subject: after a sentence, in lower case", "We study maps. Crop field segmentation requires few labels.", ["crop field segmentation", "task"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it.each([
    ["title lead: a task qualified by its method", "Training-Free Open-Vocabulary Part Segmentation by Prompting SAM", ["open-vocabulary part segmentation", "task"]],
    ["title lead: after the system's name", "FoldX: Antibody Structure Prediction with Language Models", ["antibody structure prediction", "task"]],
  ])("%s", (_rule, title, expected) => expect(found("We evaluate it.", title)).toContainEqual(expected));

  it.each(absentRows([
    ["task cue: an infinitive is a verb phrase", "We use RL to amplify reasoning in small models.", "amplify reasoning", ["RL", "method"]],
    ["task cue: a head before a noun only modifies it", "a cheap diagnostic for debugging detection transformers. We compare it with PPO.", "debugging detection", ["PPO", "method"]],
    ["task cue: a single head word is no task", "This is useful for efficient generation at scale. We compare it with PPO.", "generation", ["PPO", "method"]],
    ["task cue: produced objects are not tasks", "A critic is used for advantage estimation in PPO.", "advantage estimation", ["PPO", "method"]],
    ["measure list: a list of tasks names no measure (heldout-cs, tuned)", "Our method is evaluated on the Waymo and nuPlan datasets, in terms of trajectory prediction, open-loop and closed-loop planning tasks.", "open-loop", ["trajectory prediction", "task"]],
    ["task cue: no clause words inside", "The method is better in terms of both prediction and cost.", "terms of both prediction", ["prediction", "metric"]],
    ["task subject: a conjunction opens a clause, not a task", "When retrieval is noisy, the reader fails. We compare it with PPO.", "when retrieval", ["PPO", "method"]],
  ]))("%s", (_rule, abstract, absent, present) => expectAbsentBeside(abstract, absent, present));
});

describe("measure cues", () => {
  it.each([
    ["measure list: in terms of", "CoFold improves in terms of designability and sequence diversity.", ["designability", "metric"]],
    ["measure list: second item", "CoFold improves in terms of designability and sequence diversity.", ["sequence diversity", "metric"]],
    ["measure list: a list with a task in it lists tasks (heldout-cs, tuned)", "Our method is evaluated on the Waymo and nuPlan datasets, in terms of trajectory prediction, open-loop and closed-loop planning tasks.", ["closed-loop planning", "task"]],
    ["measure list: metrics such as", "We report metrics such as coverage and motif success on all targets.", ["motif success", "metric"]],
    ["measure: factor with a modifier", "Twig achieves a 3.1x wall-clock speedup on MT-Bench.", ["speedup", "metric"]],
    ["measure: factor before the word", "Twig still delivers a 1.9x throughput improvement at batch size 16.", ["throughput", "metric"]],
    ["measure: increase in", "An online A/B test shows a 1.8% increase in watch time.", ["watch time", "metric"]],
    ["measure phrase: time next to a value", "It reduces the inference time by 40% on a single GPU.", ["inference time", "metric"]],
    ["measure: well-known variant", "It retains 98.3% of average zero-shot accuracy across six tasks.", ["zero-shot accuracy", "metric"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it.each(absentRows([
    ["measure list: generic words are no measure", "The method is better in terms of performance and efficiency. We compare it with PPO.", "performance", ["PPO", "method"]],
    ["measure list: qualities are no measure", "We evaluated the resulting variants in terms of capability, versatility, response time, and safety. We compare it with PPO.", "versatility", ["PPO", "method"]],
    ["measure phrase: a moment is no measure", "At test time the model adapts its weights. We compare it with PPO.", "test time", ["PPO", "method"]],
    ["measure phrase: a cost is no measure", "It adds little training overhead of 3% to the run. We compare it with PPO.", "training overhead", ["PPO", "method"]],
    ["measure: no factor, no measure", "The speedup depends on the draft tree shape. We compare it with PPO.", "speedup", ["PPO", "method"]],
  ]))("%s", (_rule, abstract, absent, present) => expectAbsentBeside(abstract, absent, present));
});
