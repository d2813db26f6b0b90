import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// Issue 13, kind 3: a paper's own definition of a name beats the field's lexicon.
describe("a paper's own sense of a known name", () => {
  it.each([
    ["appositive method beats a lexicon dataset", "We propose TACO, a method for compressing prompts. TACO beats PPO.", "TACO", "method"],
    ["appositive framework beats a lexicon dataset", "We introduce TACO, a framework for tool use, and show TACO helps PPO.", "TACO", "method"],
    ["appositive benchmark beats a lexicon method", "We introduce DPO, a benchmark of preference pairs, and train PPO agents on DPO.", "DPO", "dataset"],
  ])("%s", (_rule, abstract, name, type) => {
    const senses = found(abstract).filter(([n]) => n === name).map(([, t]) => t);
    expect(senses.length).toBeGreaterThan(0);
    expect(new Set(senses)).toEqual(new Set([type]));
  });

  it("the title's appositive beats a lexicon model (heldout-bg, tuned)", () => {
    const title = "Chameleon: A Flexible Data-mixing Framework for Language Model Pretraining and Finetuning";
    const abstract = "To this end, we introduce a flexible and efficient data mixing framework, Chameleon, that employs leverage scores to quantify domain importance within a learned embedding space.";
    const senses = found(abstract, title).filter(([n]) => n === "Chameleon").map(([, t]) => t);
    expect(senses.length).toBeGreaterThan(0);
    expect(new Set(senses)).toEqual(new Set(["method"]));
  });

  it.each([
    ["no appositive: the lexicon sense stays", "We evaluate TACO and APPS with PPO-trained coders.", ["TACO", "dataset"]],
    ["an appositive that agrees changes nothing", "We use GSM8K, a dataset of grade-school math problems, with PPO.", ["GSM8K", "dataset"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});

describe("own names typed by what the text says they are", () => {
  it.each([
    ["a series of models is a model", "We release OrionLM, a series of open reasoning models trained with PPO.", ["OrionLM", "model"]],
    ["a collection of checkpoints is a model", "We introduce KlearR1, a collection of distilled checkpoints, and PPO baselines.", ["KlearR1", "model"]],
    ["a model series is a model", "We introduce KlearR1, a model series trained with PPO.", ["KlearR1", "model"]],
    ["a suite of tasks is a dataset", "We introduce TerraBench, a suite of 40 robot tasks, and train PPO agents.", ["TerraBench", "dataset"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it("a series of experiments does not make a model", () => {
    expect(found("We introduce ProbeKit, a series of experiments on PPO.")).not.toContainEqual(["ProbeKit", "model"]);
  });
});
