import { describe, expect, it } from "vitest";
import { countCooccurrences } from "../src";

describe("countCooccurrences", () => {
  it.each([
    ["one paper, two entities", [["A", "B"]], [["A", "B", 1]]],
    ["shared by two papers", [["A", "B"], ["B", "A"]], [["A", "B", 2]]],
    ["three entities make three pairs", [["C", "A", "B"]], [["A", "B", 1], ["A", "C", 1], ["B", "C", 1]]],
    ["a repeated mention counts once", [["A", "A", "B"]], [["A", "B", 1]]],
    ["a lone entity makes no edge", [["A"]], []],
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
});
