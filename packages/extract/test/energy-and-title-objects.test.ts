import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// Twenty-second session: kinds of error read off the tuned sets gl and gm, checked across every
// tuned set (the energy papers of ci, fb and gl write the same thing): what a power source
// generates, and where the object of a title's verb ends.

const names = (abstract: string, title?: string) => found(abstract, title).map(([name]) => name);

describe("what a power source generates is electricity, not a generation task", () => {
  it.each([
    ["renewables on the grid", "With the increasing penetration of renewable generation on the power grid, maintaining system balance requires coordinated demand flexibility."],
    ["a defined source", "High penetration of Photovoltaic (PV) generation in individual households increases the demand for storage."],
    ["a load profile", "A case study with simulated home loads, solar generation, and charging profiles shows lower bills."],
    ["a sizing study", "The tool identifies the optimal sizes of renewable generation and storage resources for offshore microgrids."],
    ["the plant's output", "The strategy considers power generation and consumption profiles to maximise self-sufficiency."],
  ])("%s", (_kind, abstract) => {
    expect(found(abstract).filter(([name, type]) => type === "task" && name.endsWith("generation"))).toEqual([]);
  });

  it("a generation task of the field stays a task", () => {
    const all = found("We compare solar generation with text generation models.");
    expect(all).toContainEqual(["text generation", "task"]);
    expect(all.map(([name]) => name)).not.toContain("solar generation");
  });
});

describe("a title asking how good something is at a task's verb names the task", () => {
  it.each([
    ["good at", "Are Large Language Models Good at Detecting Propaganda Techniques?", "propaganda technique detection"],
    ["better at", "NLP Methods May Be Better Than Professors at Estimating Question Difficulty", "question difficulty estimation"],
  ])("%s", (_kind, title, task) => {
    expect(found("We compare several systems.", title)).toContainEqual([task, "task"]);
  });
});

describe("the object of a title's verb ends at a function word", () => {
  it.each([
    ["a conjunction and a pronoun", "Predicting Movie Hits Before They Happen with LLMs", "movie hit prediction", "movie hits before they prediction"],
    ["a subordinate clause", "Detecting Hallucinations When Models Answer Questions", "hallucination detection", "hallucinations when models answer questions detection"],
  ])("%s", (_kind, title, task, wrong) => {
    const all = names("We report results on public data.", title);
    expect(all).toContain(task);
    expect(all).not.toContain(wrong);
  });
});
