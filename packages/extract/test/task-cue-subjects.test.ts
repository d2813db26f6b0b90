import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// A task cue's subject names a task whatever its head ("registration", "dribbling" are in no list of
// task heads); the subject is the noun phrase it opens with, read off the chunker's runs. The
// sentences are from the dev corpus, and the negative ones are what a parser of the subject had
// named there (the objects and clauses of a subject).
describe("task cue subjects", () => {
  it.each([
    ["a subject with a head no list has", "Deformable registration is a fundamental task in medical image processing.", "deformable registration"],
    ["a subject of three words after its cue's adverb", "Humanoid soccer dribbling is a highly challenging task that demands dexterous ball manipulation.", "humanoid soccer dribbling"],
    ["what 'the task of' names", "In this paper, we tackle the task of adaptive time allocation in integrated sensing systems.", "adaptive time allocation"],
    ["the name before a phrase a preposition opens", "Crowd flow estimation for large venues remains a challenging problem.", "crowd flow estimation"],
  ])("%s", (_rule, sentence, name) => {
    expect(found(sentence)).toContainEqual([name, "task"]);
  });

  it.each([
    ["a clause's pronoun and adverb", "Up to now, it still is a challenging task.", "it still"],
    ["the object of a gerund that opens the subject", "Forecasting future links is a hard problem for graph models.", "forecasting future links"],
    ["a description opening the subject", "The accurate estimation of 6D pose remains a challenging task within computer vision.", "accurate estimation"],
    ["a task of something that is no task name", "Depending on the task of the code snippet, the intention of the document may differ.", "code snippet"],
    ["one hyphenated word", "We evaluate the world models through the task of action-centric image editing on Aurora-Bench.", "action-centric"],
    ["a subject that goes on past a clause", "Garment folding, which many robots need, is a hard problem.", "garment folding"],
  ])("not %s", (_rule, sentence, name) => {
    expect(found(sentence).map(([n]) => n)).not.toContain(name);
  });
});
