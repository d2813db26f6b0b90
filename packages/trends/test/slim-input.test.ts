import { describe, expect, it } from "vitest";
import { analyseTrends, trendInputOf, type TrendResult } from "../src/index";
import { syntheticDocument } from "./synthetic";

// A build runs the time analysis on another thread, on a slim copy of what it reads of the
// document (trendInputOf): the result must be the value analyseTrends gives on the whole
// document, the same JSON bytes, keys in the same order.
const mentions = (m: number, i: number): string[] => {
  const e: string[] = [];
  if (i % 3 === 0) e.push("a", "b");
  if (i % 3 === 1) e.push("c", "d");
  if (m >= 2 && i % 4 === 0) e.push("x", m >= 3 ? "a" : "c");
  if (i % 5 === 0) e.push("y", "b");
  return e;
};
const document = syntheticDocument(5, 40, mentions, { a: 0, b: 0, c: 1, d: 1, x: 1, y: 0 });
const asJson = (result: TrendResult | undefined) => JSON.stringify(result && { ...result, meanYear: [...result.meanYear] });

describe("the time analysis on a slim copy for another thread", () => {
  const whole = analyseTrends(document, { minSlicePapers: 40 })!;

  it("slim copy: no evidence, no links, no titles, and the same analysis, cloned to a thread or not", () => {
    expect(whole.clusterFlow!.slices.length).toBeGreaterThan(1);
    const slim = trendInputOf(document);
    expect(slim.papers[0]).not.toHaveProperty("evidence");
    expect(slim.papers[0]).not.toHaveProperty("title");
    expect(slim).not.toHaveProperty("graph.edges");
    expect(asJson(analyseTrends(slim, { minSlicePapers: 40 }))).toBe(asJson(whole));
    expect(asJson(analyseTrends(structuredClone(slim), { minSlicePapers: 40 }))).toBe(asJson(whole));
  });
});
