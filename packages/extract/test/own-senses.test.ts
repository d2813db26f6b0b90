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

  it.each([
    ["no appositive: the lexicon sense stays", "We evaluate TACO and APPS with PPO-trained coders.", ["TACO", "dataset"]],
    ["an appositive that agrees changes nothing", "We use GSM8K, a dataset of grade-school math problems, with PPO.", ["GSM8K", "dataset"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});
