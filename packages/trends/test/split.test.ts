import { describe, expect, it } from "vitest";
import { analyseFlow, analyseTrends, trendInputOf, withFlow, type TrendResult } from "../src/index";
import { syntheticDocument } from "./synthetic";

// A build runs the cluster flow on another thread, on a slim copy of the document
// (trendInputOf), and joins it to the rest of the analysis (withFlow): the result must be the
// value analyseTrends gives on the whole document, the same JSON bytes, keys in the same order.
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

describe("the time analysis split for another thread", () => {
  const whole = analyseTrends(document, { minSlicePapers: 40 })!;

  it("split: the flow made apart and joined gives analyseTrends's bytes", () => {
    expect(whole.clusterFlow!.slices.length).toBeGreaterThan(1);
    const rest = analyseTrends(document, { minSlicePapers: 40, flow: false })!;
    expect(rest.clusterFlow).toBeUndefined();
    expect(asJson(withFlow(rest, analyseFlow(document, { minSlicePapers: 40 })))).toBe(asJson(whole));
  });

  it("split: the slim copy (no evidence, no links, no titles) gives the same analysis", () => {
    const slim = trendInputOf(document);
    expect(slim.papers[0]).not.toHaveProperty("evidence");
    expect(slim.papers[0]).not.toHaveProperty("title");
    expect(slim).not.toHaveProperty("graph.edges");
    expect(asJson(withFlow(analyseTrends(document, { minSlicePapers: 40, flow: false })!, analyseFlow(slim, { minSlicePapers: 40 })))).toBe(asJson(whole));
    expect(asJson(analyseTrends(structuredClone(slim), { minSlicePapers: 40 }))).toBe(asJson(whole));
  });

  it("split: no dated paper, no flow", () => {
    const undated = syntheticDocument(1, 5, () => ["x"]);
    for (const paper of undated.papers) delete paper.date;
    expect(analyseFlow(undated)).toBeUndefined();
  });
});
