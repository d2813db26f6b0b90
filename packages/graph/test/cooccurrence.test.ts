import { describe, expect, it } from "vitest";
import { countCooccurrences } from "../src";

describe("countCooccurrences", () => {
  it.each([
    ["one paper, two entities", [["A", "B"]], [["A", "B", 1]]],
    ["shared by two papers", [["A", "B"], ["B", "A"]], [["A", "B", 2]]],
    ["three entities make three pairs", [["C", "A", "B"]], [["A", "B", 1], ["A", "C", 1], ["B", "C", 1]]],
    ["a repeated mention counts once", [["A", "A", "B"]], [["A", "B", 1]]],
    ["a lone entity makes no edge", [["A"]], []],
    ["ids that prefix one another", [["AB", "B", "A", "A B"]], [["A", "A B", 1], ["A", "AB", 1], ["A", "B", 1], ["A B", "AB", 1], ["A B", "B", 1], ["AB", "B", 1]]],
  ] as const)("cooccurrence: %s", (_name, input, expected) => {
    const edges = countCooccurrences(input.map((p) => [...p]));
    expect(edges.map((e) => [e.source, e.target, e.weight])).toEqual(expected);
  });

  it("association strength favours exclusive pairs over pairs of frequent entities", () => {
    // A and B always appear together; C and D are each everywhere.
    const papers = [["A", "B"], ["C", "D", "E"], ["C", "D", "F"], ["C", "D", "G"], ["C", "E"], ["D", "F"]];
    const edges = countCooccurrences(papers);
    const ab = edges.find((e) => e.source === "A" && e.target === "B")!;
    const cd = edges.find((e) => e.source === "C" && e.target === "D")!;
    expect(cd.weight).toBeGreaterThan(ab.weight);
    expect(ab.strength).toBeGreaterThan(cd.strength);
  });

  it("counts fractionally: each paper gives an entity one unit of link weight, shared among the others it mentions", () => {
    // One paper lists A with four entities of one area; two papers each pair A with E alone.
    const papers = [["A", "B", "C", "D", "F"], ["A", "E"], ["A", "E"]];
    const edges = countCooccurrences(papers);
    const fractional = (target: string) => edges.find((e) => e.source === "A" && e.target === target)!.fractional;
    expect(["B", "C", "D", "F"].map(fractional)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(fractional("E")).toBe(2);
    const fromA = edges.filter((e) => e.source === "A").reduce((sum, e) => sum + e.fractional, 0);
    expect(fromA).toBe(3);
  });

  it("gives the pairs, weights and strengths of counting by joined-string keys, in that order", () => {
    // The counter numbers entities; this is the plain string-keyed count it must equal.
    const reference = (papers: string[][]) => {
      const pairs = new Map<string, number>();
      const fractions = new Map<string, number>();
      for (const paper of papers) {
        const unique = [...new Set(paper)].sort();
        for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) {
          const key = `${unique[i]}\u0000${unique[j]}`;
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
          fractions.set(key, (fractions.get(key) ?? 0) + 1 / (unique.length - 1));
        }
      }
      const totals = new Map<string, number>();
      let all = 0;
      for (const [key, w] of pairs) {
        for (const id of key.split("\u0000")) totals.set(id, (totals.get(id) ?? 0) + w);
        all += w;
      }
      return [...pairs].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([key, weight]) => {
        const [source, target] = key.split("\u0000") as [string, string];
        return { source, target, weight, strength: (2 * all * weight) / (totals.get(source)! * totals.get(target)!), fractional: fractions.get(key)! };
      });
    };
    const names = ["GRPO", "GRPO-2", "LLM", "LLMs", "Qwen2.5", "Qwen2.5-7B", "RL", "Ä", "z", "τ", "A B"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const papers = Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => names[Math.floor(next() * names.length)]!));
    expect(countCooccurrences(papers)).toEqual(reference(papers));
  });
});
