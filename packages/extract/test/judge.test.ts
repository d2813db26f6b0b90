import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classProbabilities, extract, getDefaultJudge, type JudgeModel } from "../src/index";

const CLASSES = ["none", "method", "task", "metric", "dataset", "model", "concept"];

/** A model that knows one feature, the bias every candidate has, with these weights per class. */
function biasModel(weights: number[], extra: Partial<JudgeModel> = {}): JudgeModel {
  return { classes: CLASSES, weights: { bias: weights }, margin: 0.2, ...extra };
}

const paper = {
  id: "p",
  title: "A study",
  // heldout-bq (tuned): a corpus the paper releases, which no rule types as data.
  abstract: "We release Stack-Tut, 125B tokens of educational code, and fine-tune Llama-3.1-8B on it with GRPO.",
  source: "test",
};

const spans = (mentions: ReturnType<typeof extract>) => mentions.map((m) => `${m.start}-${m.end} ${m.canonical}`);

describe("the judge's probabilities", () => {
  it("are a softmax over the summed weights of the features the model knows", () => {
    const model: JudgeModel = { classes: ["none", "method"], weights: { a: [0, 1], b: [0, 1] }, margin: 0 };
    const p = classProbabilities(model, ["a", "b", "unknown"]);
    expect(p[0]! + p[1]!).toBeCloseTo(1, 12);
    expect(p[1]! / p[0]!).toBeCloseTo(Math.exp(2), 9);
  });
});

describe("the judge retypes what the rules found, and drops only when its model says so", () => {
  it("retypes a candidate when another type beats its own by the margin", () => {
    const rules = extract(paper, { judge: null });
    const judged = extract(paper, { judge: biasModel([0, 0, 0, 0, 3, 0, 0]) });
    expect(rules.map((m) => m.type)).toContain("method");
    expect(spans(judged)).toEqual(spans(rules));
    expect(judged.every((m) => m.type === "dataset")).toBe(true);
  });

  it("scores every candidate of the dev papers as classProbabilities scores its feature strings", () => {
    // The shipped weights with no margin, so that every candidate another type beats is retyped; no threshold, so none is dropped.
    const model: JudgeModel = { ...getDefaultJudge(), threshold: undefined, margin: 0 };
    const dev = readFileSync(new URL("../../../data/gold/dev.jsonl", import.meta.url), "utf8").split("\n").filter((l) => l.trim());
    let retyped = 0;
    for (const line of dev) {
      const { id, title, abstract } = JSON.parse(line) as { id: string; title: string; abstract: string };
      const read = { id, title, abstract, source: "test" };
      const observed: string[][] = [];
      const judged = extract(read, { judge: model, judgeObserver: (candidates) => observed.push(...candidates.map((c) => c.features)) });
      const ruled = extract(read, { judge: null });
      const expected = observed.map((features, i) => {
        const p = classProbabilities(model, features);
        let best = 1;
        for (let k = 2; k < p.length; k++) if (p[k]! > p[best]!) best = k;
        const own = model.classes.indexOf(ruled[i]!.type);
        return own > 0 && p[best]! - p[own]! >= model.margin ? model.classes[best] : ruled[i]!.type;
      });
      expect(judged.map((m) => m.type)).toEqual(expected);
      retyped += judged.filter((m, i) => m.type !== ruled[i]!.type).length;
    }
    expect(retyped).toBeGreaterThan(10);
  });

  it("reads each kind of feature the model's file names: a template's value, and a value with the candidate's type", () => {
    const typeOfGrpo = (weights: Record<string, number[]>) =>
      extract(paper, { judge: { classes: CLASSES, weights, margin: 0.2 } }).find((m) => m.canonical === "GRPO")?.type;
    const toDataset = [0, 0, 0, 0, 5, 0, 0];
    expect(typeOfGrpo({})).toBe("method");
    for (const feature of ["rule:lexicon", "head:grpo", "rule+type:lexicon|method", "head+type:grpo|method", "before+type:with|method"]) {
      expect(typeOfGrpo({ [feature]: toDataset }), feature).toBe("dataset");
    }
    // The same parts under another type, or another value, are other features.
    for (const feature of ["rule+type:lexicon|task", "head+type:grpo|task", "before+type:on|method", "head:lexicon"]) {
      expect(typeOfGrpo({ [feature]: toDataset }), feature).toBe("method");
    }
  });

  it("keeps a type the other types do not beat by the margin", () => {
    const rules = extract(paper, { judge: null });
    const judged = extract(paper, { judge: biasModel([0, 0, 0, 0, 0.1, 0, 0], { margin: 0.9 }) });
    expect(judged.map((m) => m.type)).toEqual(rules.map((m) => m.type));
  });

  it("drops nothing without a threshold, however sure it is that a candidate names nothing", () => {
    const judged = extract(paper, { judge: biasModel([9, 0, 0, 0, 0, 0, 0]) });
    expect(spans(judged)).toEqual(spans(extract(paper, { judge: null })));
  });

  it("at a threshold the model carries, drops unknown names and long phrases, and nothing else", () => {
    // A paper's own name (Stack-Tut), two names the lexicon knows, a two-word term and a longer
    // one that no lexicon holds (terms.test.ts).
    const mixed = {
      ...paper,
      abstract: `${paper.abstract} Most existing poisoning attacks aim to manipulate local data, as the poisoning attack is cheap. We apply cross-dataset reward normalization to the critics. Both cross-dataset reward normalizations keep training stable.`,
    };
    const names = (mentions: ReturnType<typeof extract>) => [...new Set(mentions.map((m) => m.canonical))];
    const rules = names(extract(mixed, { judge: null }));
    expect(rules).toEqual(expect.arrayContaining(["Stack-Tut", "Llama-3.1-8B", "GRPO", "poisoning attack", "cross-dataset reward normalization"]));
    const judged = names(extract(mixed, { judge: biasModel([9, 0, 0, 0, 0, 0, 0], { threshold: 0.6 }) }));
    expect(judged).toEqual(rules.filter((name) => name !== "Stack-Tut" && name !== "cross-dataset reward normalization"));
  });
});

describe("the shipped judge (data/lexicon/judge.json, pnpm train-judge)", () => {
  it("drops only names and long phrases: every span it takes from the rules' has a capital, a digit or three words, and it adds none", () => {
    expect(getDefaultJudge().threshold).toBe(0.6);
    const dev = readFileSync(new URL("../../../data/gold/dev.jsonl", import.meta.url), "utf8").split("\n").filter((l) => l.trim());
    const dropped: string[] = [];
    for (const line of dev) {
      const record = JSON.parse(line) as { id: string; title: string; abstract: string };
      const one = { id: record.id, title: record.title, abstract: record.abstract, source: "test" };
      const judged = new Set(spans(extract(one)));
      const rules = extract(one, { judge: null });
      expect([...judged].every((span) => spans(rules).includes(span))).toBe(true);
      dropped.push(...rules.filter((m) => !judged.has(`${m.start}-${m.end} ${m.canonical}`)).map((m) => m.surface));
    }
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.filter((surface) => !/[\p{Lu}\d]/u.test(surface) && surface.split(/[\s-]+/).length < 3)).toEqual([]);
  });

  it("knows no name: its features are rules, shapes, heads and context, never a whole name", () => {
    expect(Object.keys(getDefaultJudge().weights).filter((f) => f.startsWith("name:"))).toEqual([]);
  });
});
