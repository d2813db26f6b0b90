import { describe, expect, it } from "vitest";
import { extract } from "../src/index";

function found(abstract: string, title = "A study"): [string, string][] {
  return extract({ id: "p", title, abstract, source: "test" }).map((m) => [m.canonical, m.type]);
}

describe("task cues", () => {
  it.each([
    ["task cue: for <task>", "We train a graph network for glacier melt forecasting from satellite data.", ["glacier melt forecasting", "task"]],
    ["task cue: on <task>", "Results on crop yield prediction show a 12% gain.", ["crop yield prediction", "task"]],
    ["task cue: applications in", "The model has applications in protein backbone design and enzyme engineering.", ["protein backbone design", "task"]],
    ["task cue: tasks such as", "It helps on tasks such as receipt understanding and invoice parsing.", ["receipt understanding", "task"]],
    ["task cue: tasks such as, second item", "It helps on tasks such as receipt understanding and invoice parsing.", ["invoice parsing", "task"]],
    ["task cue: leading description dropped", "We propose a sampler for efficient molecular conformer generation.", ["molecular conformer generation", "task"]],
    ["task cue: known task keeps its lexicon name", "We study large models for structure-based drug design.", ["structure-based drug design", "task"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it.each([
    ["task cue: an infinitive is a verb phrase", "We use RL to amplify reasoning in small models.", "amplify reasoning"],
    ["task cue: a head before a noun only modifies it", "a cheap diagnostic for debugging detection transformers.", "debugging detection"],
    ["task cue: a single head word is no task", "This is useful for efficient generation at scale.", "generation"],
    ["task cue: produced objects are not tasks", "A critic is used for advantage estimation in PPO.", "advantage estimation"],
    ["task cue: no clause words inside", "The method is better in terms of both prediction and cost.", "terms of both prediction"],
  ])("%s", (_rule, abstract, absent) => expect(found(abstract).map(([n]) => n)).not.toContain(absent));
});
