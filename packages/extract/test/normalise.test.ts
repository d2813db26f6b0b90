import { CorpusError } from "@fieldmap/corpus";
import { describe, expect, it } from "vitest";
import { normalise, normaliseCorpus, parseThesaurus, type Mention } from "../src/index";
import { mention } from "./helpers";

describe("normalise", () => {
  it.each([
    ["spelling: hyphen and spacing", [mention("a", "Qwen-2.5-7B", "Qwen2.5-7B", "model"), mention("b", "Qwen2.5-7B", "Qwen2.5-7B", "model"), mention("c", "Qwen 2.5-7B", "Qwen 2.5-7B", "model")], "Qwen2.5-7B", "spelling"],
    ["case", [mention("a", "Self-Play", "Self-Play"), mention("b", "self-play"), mention("c", "self-play")], "self-play", "case"],
    ["plural", [mention("a", "world models"), mention("b", "world model"), mention("c", "world model")], "world model", "plural"],
    ["acronym: long form defined elsewhere", [mention("a", "Entropy Minimized Policy Optimization", "EMPO"), mention("a", "EMPO"), mention("b", "Entropy Minimized Policy Optimization"), mention("c", "EMPO")], "EMPO", "acronym"],
  ])("%s", (_rule, mentions, name, reason) => {
    const { entities, merges } = normalise(mentions);
    expect(entities.map((e) => e.name)).toEqual([name]);
    expect(entities[0]!.papers).toEqual(["a", "b", "c"]);
    expect(merges.every((m) => m.to === name && m.reason === reason)).toBe(true);
    expect(merges.length).toBeGreaterThan(0);
  });

  // Dev corpus: "Multi-Layered Self-Reflection with Auto-Prompting (MAPS)" had become an alias of mAP.
  it.each([
    ["a method in capitals and the measure its letters without the S spell", [mention("a", "MAPS"), mention("b", "mAP", "mAP", "metric"), mention("c", "mAP", "mAP", "metric")], [["MAPS", 1], ["mAP", 2]]],
    ["two names in capitals", [mention("a", "TACOS"), mention("b", "TACO", "TACO", "dataset")], [["TACO", 1], ["TACOS", 1]]],
  ])("a final capital S is a letter when the corpus writes the name without it: %s", (_kind, mentions, expected) => {
    expect(normalise(mentions).entities.map((e) => [e.name, e.count])).toEqual(expected);
  });

  it.each([
    ["capitals and title case", [mention("a", "ARGUS"), mention("b", "Argus")]],
    ["two cases of one name", [mention("a", "MIDAS", "MIDAS", "model"), mention("b", "MiDaS", "MiDaS", "model")]],
  ])("a final capital S folds as a plural's otherwise: %s", (_kind, mentions) => {
    expect(normalise(mentions).entities).toHaveLength(1);
  });

  // Dev corpus: a paper's own method Cocos had become an alias of the COCO dataset, and the ZeroWaste-s split one of ZeroWaste.
  it.each([
    ["a word beside a name in capitals", [mention("a", "Cocos", "Cocos", "method", true), mention("b", "COCO", "COCO", "dataset"), mention("c", "COCO", "COCO", "dataset")], [["COCO", 2], ["Cocos", 1]]],
    ["its spellings stay together", [mention("a", "Cocos", "Cocos", "method", true), mention("a", "cocos"), mention("b", "COCO", "COCO", "dataset")], [["COCO", 1], ["Cocos", 1]]],
    ["a variant's letter after a hyphen", [mention("a", "ZeroWaste-s", "ZeroWaste-s", "dataset"), mention("b", "ZeroWaste", "ZeroWaste", "dataset")], [["ZeroWaste", 1], ["ZeroWaste-s", 1]]],
  ])("a small s is no plural of a name the corpus writes otherwise: %s", (_kind, mentions, expected) => {
    expect(normalise(mentions).entities.map((e) => [e.name, e.count])).toEqual(expected);
  });

  it.each([
    ["an acronym's plural keeps its capitals", [mention("a", "COCOs", "COCO", "dataset"), mention("b", "COCO", "COCO", "dataset")]],
    ["the corpus writes the singular as the plural does", [mention("a", "Llamas", "Llamas", "model"), mention("b", "Llama", "Llama", "model"), mention("c", "LLAMA", "LLAMA", "model")]],
    ["no name in capitals beside it", [mention("a", "Transformers"), mention("b", "transformer")]],
  ])("a small s folds as a plural's otherwise: %s", (_kind, mentions) => {
    expect(normalise(mentions).entities).toHaveLength(1);
  });

  it("family: sized checkpoints keep their size and get a family", () => {
    const { entities } = normalise([mention("a", "Qwen2.5-VL-7B", "Qwen2.5-VL-7B", "model"), mention("a", "Qwen2.5-VL-3B", "Qwen2.5-VL-3B", "model")]);
    expect(entities.map((e) => [e.name, e.family])).toEqual([["Qwen2.5-VL-3B", "Qwen2.5-VL"], ["Qwen2.5-VL-7B", "Qwen2.5-VL"]]);
  });

  it("order: the same mentions in any order give the same output", () => {
    const mentions = [mention("b", "PPO"), mention("a", "DPO"), mention("a", "ppo", "ppo")];
    expect(normalise([...mentions].reverse())).toEqual(normalise(mentions));
  });

  it("one entity of mentions whose papers come and go: each paper once, sorted; every text but the name an alias; the majority type", () => {
    const mentions = [
      mention("p2", "PPO"),
      mention("p1", "Proximal Policy Optimization", "PPO"),
      mention("p2", "ppo", "PPO", "concept"),
      mention("p10", "PPO", "PPO", "concept"),
      mention("p1", "PPO", "PPO", "concept"),
      mention("p3", "PPO", "PPO", "concept"),
    ];
    const result = normaliseCorpus(mentions);
    expect(result.entities).toEqual([
      { id: "PPO", name: "PPO", type: "concept", aliases: ["Proximal Policy Optimization", "ppo"], papers: ["p1", "p10", "p2", "p3"], count: 4, proposed: false },
    ]);
    expect(result.assignments).toEqual(mentions.map(() => "PPO"));
  });

  it("types tied: the first of the entity types wins", () => {
    const { entities } = normaliseCorpus([mention("a", "DPO", "DPO", "dataset"), mention("b", "DPO", "DPO", "method")]);
    expect(entities.map((e) => e.type)).toEqual(["method"]);
  });

  it("a name no mention is written as is no alias: a thesaurus's replacement", () => {
    const thesaurus = parseThesaurus("from,to\nclipped PPO,ppo\n", "t.csv");
    const { entities } = normaliseCorpus([mention("a", "clipped PPO"), mention("b", "PPO"), mention("c", "PPO")], { thesaurus });
    expect(entities.map((e) => [e.name, e.aliases])).toEqual([["PPO", ["clipped PPO"]]]);
  });

  it("thesaurus: replaces, drops and logs", () => {
    const thesaurus = parseThesaurus("from,to\nRLHF,RL from human feedback\nbaselines,\n", "t.csv");
    const result = normaliseCorpus([mention("a", "RLHF"), mention("a", "baselines")], { thesaurus });
    expect(result.entities.map((e) => e.name)).toEqual(["RL from human feedback"]);
    expect(result.assignments).toEqual(["RL from human feedback", undefined]);
    expect(result.merges).toContainEqual({ from: "RLHF", to: "RL from human feedback", reason: "thesaurus" });
    expect(result.merges).toContainEqual({ from: "baselines", to: "", reason: "thesaurus: dropped" });
  });
});

describe("parseThesaurus", () => {
  it.each([
    ["header optional", "GRPO,group relative policy optimization", 1],
    ["quoted field with comma", '"reward hacking, overoptimization",reward hacking', 1],
    ["tabs like VOSviewer", "label\treplace by\nLLMs\t", 1],
    ["comments and blank lines", "# mine\n\nPPO,PPO\n", 1],
    ["a build's merges.csv, reason column and all", "from,to,reason,paper\nRMs,RM,plural,\nPPO,proximal policy optimization,case,\n", 2],
  ])("thesaurus: %s", (_rule, text, size) => {
    expect(parseThesaurus(text, "t.csv").replacements.size).toBe(size);
  });

  it.each([
    ["too many fields", "a,b,c", "t.csv line 1: expected 2 fields (from,to), found 3"],
    ["empty from", "from,to\n,b", "t.csv line 2: empty 'from' term (expected: from,to)"],
    ["unterminated quote", 'ok,fine\n"broken,b', "t.csv line 2: invalid CSV (Quote Not Closed; expected: from,to)"],
  ])("thesaurus error: %s", (_rule, text, message) => {
    expect(() => parseThesaurus(text, "t.csv")).toThrow(CorpusError);
    expect(() => parseThesaurus(text, "t.csv")).toThrow(message);
  });
});

describe("thesaurus: rows for one paper", () => {
  it("thesaurus: a row with a paper column holds in that paper only", () => {
    const thesaurus = parseThesaurus("from,to,reason,paper\nGRPO,Guided Reward Proximal Optimization,acronym sense,d\n", "merges.csv");
    expect(thesaurus.replacements.size).toBe(0);
    const { entities } = normalise([mention("a", "GRPO"), mention("d", "GRPO")], { thesaurus });
    expect(entities.map((e) => [e.name, e.papers])).toEqual([
      ["GRPO", ["a"]],
      ["Guided Reward Proximal Optimization", ["d"]],
    ]);
  });
});

describe("normalise: acronym senses", () => {
  const group = (paper: string) => mention(paper, "Group Relative Policy Optimization", "GRPO");
  it("senses: a minority paper's other long form becomes its own entity", () => {
    const mentions = [
      group("a"), mention("a", "GRPO"),
      group("b"), mention("b", "GRPO"),
      mention("c", "GRPO"),
      mention("d", "Guided Reward Proximal Optimization", "GRPO"), mention("d", "GRPO"),
    ];
    const { entities, merges } = normalise(mentions);
    const grpo = entities.find((e) => e.name === "GRPO")!;
    expect(grpo.papers).toEqual(["a", "b", "c"]);
    expect(grpo.aliases).not.toContain("Guided Reward Proximal Optimization");
    const other = entities.find((e) => e.name === "Guided Reward Proximal Optimization")!;
    expect(other.papers).toEqual(["d"]);
    expect(other.aliases).toContain("GRPO");
    expect(merges).toContainEqual({ from: "GRPO", to: "Guided Reward Proximal Optimization", reason: "acronym sense", paper: "d" });
  });

  it("senses: spelling variants of one long form stay one sense", () => {
    const mentions = [group("a"), mention("a", "GRPO"), mention("b", "Group Relative Policy Optimisation", "GRPO"), mention("c", "GRPO")];
    const { entities } = normalise(mentions);
    expect(entities.map((e) => [e.name, e.papers])).toEqual([["GRPO", ["a", "b", "c"]]]);
  });

  // Dev corpus: "Mixture-of-Adapters (MoA)" was no definition, having no space, so its MoA and a
  // multi-objective alignment's MoA were one node; "DD-PPO" is a name, never a long form of itself.
  it.each([
    [
      "a hyphenated long form defines its acronym",
      [mention("a", "Mixture-of-Adapters", "MoA"), mention("a", "MoA"), mention("b", "multi-objective alignment", "MoA"), mention("b", "MoA"), mention("c", "multi-objective alignment", "MoA"), mention("c", "MoA")],
      [["Mixture-of-Adapters", ["a"]], ["MoA", ["b", "c"]]],
    ],
    [
      "a state of charge and a system on chip",
      [mention("a", "State-of-Charge", "SOC", "metric"), mention("a", "SOC", "SOC", "metric"), mention("b", "system on chip", "SoC"), mention("b", "SoC"), mention("c", "system on chip", "SoC"), mention("c", "SoC")],
      [["SoC", ["b", "c"]], ["State-of-Charge", ["a"]]],
    ],
  ])("senses: %s", (_kind, mentions, expected) => {
    expect(normalise(mentions as Mention[]).entities.map((e) => [e.name, e.papers])).toEqual(expected);
  });

  it("senses: hyphenated capitals are a name, never a long form that splits it from its own definition", () => {
    const mentions = [mention("a", "Decentralized Distributed Proximal Policy Optimization", "DD-PPO"), mention("a", "DD-PPO"), mention("b", "DD-PPO")];
    expect(normalise(mentions).entities.map((e) => [e.name, e.papers])).toEqual([["DD-PPO", ["a", "b"]]]);
  });

  it("senses: an acronym's plural names nothing when its singular exists", () => {
    const mentions = [mention("a", "RMs"), mention("b", "RMs"), mention("c", "RM")];
    expect(normalise(mentions).entities.map((e) => e.name)).toEqual(["RM"]);
  });
});
