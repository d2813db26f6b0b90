import { describe, expect, it } from "vitest";
import { spellsEveryWord } from "../src/acronym-pairs";
import { run } from "./helpers";

// Forty-third session: two kinds of split entity counted on the tuned sets (a gold entity that two
// of the paper's entities matched, one of them then a false positive): an acronym and its long
// form written with no brackets between them, and a bare measure beside its modified forms.

/** The name each surface is given, as "surface=name". */
const named = (abstract: string, title?: string) => run(abstract, title).map((m) => `${m.surface}=${m.canonical}`);

describe("an acronym and the long form it spells, written apart, are one entity", () => {
  it.each([
    ["named by a naming verb", "We introduce Margin-Calibrated Preference Optimization, dubbed MCPO, which rescales each pair. MCPO improves win rates.", undefined, "Margin-Calibrated Preference Optimization", "MCPO"],
    ["the letters in the title, the words in the abstract", "We propose Grounded Adaptive Curriculum Learning, a framework that samples tasks near the target domain.", "GACL: Grounded Adaptive Curriculum Learning for Legged Robots", "Grounded Adaptive Curriculum Learning", "GACL"],
    ["a known task and letters the paper does not propose", "We study visual place recognition under seasonal change. Unlike VPR pipelines that retrieve by global descriptors, ours matches local features.", undefined, "VPR", "visual place recognition"],
  ])("%s", (_kind, abstract, title, surface, name) => {
    expect(named(abstract, title)).toContain(`${surface}=${name}`);
  });

  it.each([
    ["known letters keep the lexicon's sense", "We study robot learning from play data, and compare it with RL fine-tuning on the same tasks.", "robot learning=robot learning"],
    ["the paper's own letters for a task's words name its method", "We present SDVS, a network for script-driven video summarization. SDVS attends to the script.", "script-driven video summarization=script-driven video summarization"],
    ["a coined name that spells a known term", "Continual fine-tuning suffers from catastrophic forgetting. CatShift rescales the gradients of shared layers to reduce it.", "CatShift=CatShift"],
    ["plural letters and an activity", "Topic modeling remains popular, but TMs ignore word order and TMs need tuning.", "TMs=TMs"],
    ["fewer words than capitals", "We train conversational recommendation agents, and our CRA asks before it recommends.", "CRA=CRA"],
  ])("%s: kept apart", (_kind, abstract, kept) => {
    expect(named(abstract)).toContain(kept);
  });
});

describe("a long form spells its acronym only if each of its words gives the letters its initial", () => {
  it.each([
    ["MCPO", "Margin-Calibrated Preference Optimization", true],
    ["ToM", "Theory of Mind", true],
    ["CoT", "computational accuracy", false],
    ["CRA", "conversational recommendation", false],
    ["VPR", "place recognition", false],
  ] as const)("%s, %s: %s", (short, long, spells) => {
    expect(spellsEveryWord(short, long)).toBe(spells);
  });
});

describe("a measure a paper reports bare names its modified forms in that paper", () => {
  it("top-1 and factual accuracy beside accuracy are accuracy", () => {
    const abstract = "Models reach 81% accuracy overall, but their top-1 accuracy falls on rare classes and their factual accuracy on rare entities.";
    expect(named(abstract)).toEqual(expect.arrayContaining(["top-1 accuracy=accuracy", "factual accuracy=accuracy"]));
  });

  it("a modified measure in a paper that never writes it bare stays its own", () => {
    expect(named("The glove reaches a recognition accuracy of 84% across five patterns.")).toContain("recognition accuracy=recognition accuracy");
  });
});
