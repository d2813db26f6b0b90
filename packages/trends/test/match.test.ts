import { describe, expect, it } from "vitest";
import { flowEvents, flowLinks, type SliceClusters } from "../src/index";

const clusters = (groups: Record<number, string>): SliceClusters =>
  new Map(Object.entries(groups).map(([id, members]) => [Number(id), new Set(members.split(""))]));

const events = (earlier: SliceClusters, later: SliceClusters) => flowEvents(earlier, later, flowLinks(earlier, later));

describe("cluster matching across slices (Jaccard >= 0.3)", () => {
  it("continue: the same members go on", () => {
    expect(events(clusters({ 0: "abcd" }), clusters({ 5: "abcde" }))).toEqual([{ kind: "continue", from: [0], to: [5] }]);
  });

  it("split: one cluster becomes two", () => {
    expect(events(clusters({ 0: "abcdef" }), clusters({ 0: "abc", 1: "def" }))).toEqual([{ kind: "split", from: [0], to: [0, 1] }]);
  });

  it("merge: two clusters become one", () => {
    expect(events(clusters({ 0: "abc", 1: "def" }), clusters({ 0: "abcdef" }))).toEqual([{ kind: "merge", from: [0, 1], to: [0] }]);
  });

  it("birth and death: no match either way", () => {
    const result = events(clusters({ 0: "abcd", 1: "wxyz" }), clusters({ 0: "abcd", 1: "pqrs" }));
    expect(result).toEqual([
      { kind: "continue", from: [0], to: [0] },
      { kind: "death", from: [1], to: [] },
      { kind: "birth", from: [], to: [1] },
    ]);
  });

  it("a weak overlap is a flow but not a match", () => {
    const earlier = clusters({ 0: "abcdefgh" });
    const later = clusters({ 0: "ahijklmn" });
    expect(flowLinks(earlier, later)).toEqual([{ from: 0, to: 0, shared: 2, jaccard: 0.1429 }]);
    expect(flowEvents(earlier, later, flowLinks(earlier, later)).map((e) => e.kind)).toEqual(["death", "birth"]);
  });
});
