import { describe, expect, it } from "vitest";
import { normalise, parseThesaurus, type Mention } from "../src/index";
import { mention } from "./helpers";

/** Papers that write only the long form, only the acronym, and both (a definition). */
function papers(longOnly: string[], acronymOnly: number, defining: number, acronym: string, type: Mention["type"] = "method"): Mention[] {
  const mentions: Mention[] = [];
  longOnly.forEach((surface, i) => mentions.push(mention(`long${i}`, surface, acronym, type)));
  for (let i = 0; i < acronymOnly; i++) mentions.push(mention(`short${i}`, acronym, acronym, type));
  for (let i = 0; i < defining; i++) mentions.push(mention(`both${i}`, longOnly[0] ?? acronym, acronym, type), mention(`both${i}`, acronym, acronym, type));
  return mentions;
}

function names(mentions: Mention[]): string[] {
  return normalise(mentions).entities.map((e) => e.name);
}

describe("an acronym's entity named by its long form", () => {
  it("when more papers write only the long form than only the acronym, the long form names it and the acronym is an alias", () => {
    const { entities, merges } = normalise(papers(["imitation learning", "imitation learning", "imitation learning"], 1, 2, "IL"));
    expect(entities.map((e) => [e.name, e.count])).toEqual([["imitation learning", 6]]);
    expect(entities[0]!.aliases).toContain("IL");
    expect(merges).toContainEqual({ from: "IL", to: "imitation learning", reason: "acronym" });
  });

  it.each([
    ["more papers write the acronym bare", papers(["Direct Preference Optimization", "direct preference optimization"], 3, 5, "DPO"), "DPO"],
    ["as many each way (papers that define it say both)", papers(["multi-task learning"], 1, 4, "MTL"), "MTL"],
    ["a model is called by its short name", papers(["Segment Anything Model", "Segment Anything Model"], 1, 0, "SAM", "model"), "SAM"],
    ["a dataset too", papers(["Massive Multitask Language Understanding", "Massive Multitask Language Understanding"], 0, 1, "MMLU", "dataset"), "MMLU"],
    ["a long form of five words would crowd the map", papers(["reinforcement learning with verifiable rewards", "reinforcement learning with verifiable rewards"], 0, 1, "RLVR"), "RLVR"],
  ])("the acronym stays when %s", (_case, mentions, name) => {
    expect(names(mentions)).toEqual([name]);
  });

  it("a paper whose mentions come apart in the list still votes once", () => {
    // Paper a defines IL (it abstains); s1 and s2 write only the long form. Read in the list's order,
    // a's two later runs of IL would each count as a paper writing only the acronym: 2 against 2.
    const long = (paper: string) => mention(paper, "imitation learning", "IL");
    const mentions = [long("a"), mention("a", "IL"), long("s1"), mention("a", "IL"), long("s2"), mention("a", "IL")];
    expect(names(mentions)).toEqual(["imitation learning"]);
  });

  it("another short name of the same sense is no long form (AUROC for AUC)", () => {
    const mentions = [mention("a", "AUROC", "AUC", "metric"), mention("b", "AUROC", "AUC", "metric"), mention("c", "AUC", "AUC", "metric")];
    expect(names(mentions)).toEqual(["AUC"]);
  });

  it.each([
    ["a common noun as running text writes it, not as titles and definitions capitalise it", ["Imitation Learning", "Imitation Learning", "Imitation Learning", "imitation learning", "imitation learning"], "IL", "imitation learning"],
    ["a proper noun keeps its capital", ["Markov Decision Process", "Markov Decision Process", "Markov decision process", "Markov decision process"], "MDP", "Markov decision process"],
    ["the words most papers write, whatever their case", ["question-answering", "question-answering", "question answering", "question answering", "Question Answering", "Question Answering"], "QA", "question answering"],
    ["a singular that papers write before a plural", ["control barrier functions", "control barrier functions", "control barrier functions", "control barrier function", "control barrier function"], "CBF", "control barrier function"],
    ["a spelling one paper writes is no evidence of case", ["Post-Training Quantization", "Post-Training Quantization", "post-training quantization"], "PTQ", "Post-Training Quantization"],
  ])("its spelling: %s", (_case, longOnly, acronym, name) => {
    // The first long form is also the one a defining paper writes beside the acronym.
    expect(names(papers(longOnly, 0, 1, acronym))).toEqual([name]);
  });

  // An update passes the previous map's names: a vote that turns with a week's papers renames no node.
  it.each([
    ["the acronym, though the long form now wins", papers(["imitation learning", "imitation learning", "imitation learning"], 1, 1, "IL"), ["IL"], "IL"],
    ["a spelling of the long form, though the acronym now wins", papers(["imitation learning"], 3, 1, "IL"), ["imitation learning"], "imitation learning"],
    ["nothing the entity may no longer take", papers(["imitation learning", "imitation learning"], 0, 1, "IL"), ["Imitation Learning"], "imitation learning"],
    ["any name the entity's mentions are given, not only an acronym's", [mention("a", "Self-Play"), mention("b", "self-play"), mention("c", "self-play")], ["Self-Play"], "Self-Play"],
  ])("a kept name stays: %s", (_case, mentions, kept, name) => {
    expect(normalise(mentions, { keepNames: new Set(kept) }).entities.map((e) => e.name)).toEqual([name]);
  });

  it("a name the user's thesaurus gives stays, though most papers spell it out", () => {
    const thesaurus = parseThesaurus("from,to\nimitation learning,IL\n", "t.csv");
    const mentions = papers(["imitation learning", "imitation learning", "imitation learning"], 1, 1, "IL");
    expect(names(mentions)).toEqual(["imitation learning"]);
    expect(normalise(mentions, { thesaurus }).entities.map((e) => e.name)).toEqual(["IL"]);
  });
});
