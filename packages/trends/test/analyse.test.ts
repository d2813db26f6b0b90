import { describe, expect, it } from "vitest";
import { analyseTrends } from "../src/index";
import { syntheticDocument } from "./synthetic";

// Six months of 60 papers. "rising" is absent for three months, then in a third of the papers;
// "declining" is in a third of the papers for two months, then rare; "steady" is in every
// fifth paper throughout; "partner" joins "steady" in every tenth paper from May, inside the
// recent window (the last two months hold a third of the papers).
const mentions = (m: number, i: number): string[] => {
  const e: string[] = [];
  if (m >= 3 && i % 3 === 0) e.push("rising");
  if ((m < 2 && i % 3 === 1) || (m >= 2 && i % 20 === 1)) e.push("declining");
  if (i % 5 === 0) e.push("steady");
  if (m >= 4 && i % 10 === 0) e.push("partner");
  if (i % 2 === 0) e.push("filler");
  // A burst in January, then rare, then back above its early share: a burst that ended, not fading.
  if ((m === 0 && i % 3 === 2) || (m >= 1 && m <= 3 && i % 30 === 2) || (m >= 4 && i % 7 === 2)) e.push("comeback");
  return e;
};

describe("analyseTrends on a synthetic corpus", () => {
  const document = syntheticDocument(6, 60, mentions);
  const result = analyseTrends(document, { flow: false })!;

  it("periods: six months, 60 papers each, none undated", () => {
    expect(result.time.period).toBe("month");
    expect(result.time.periods).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);
    expect(result.time.papers).toEqual([60, 60, 60, 60, 60, 60]);
    expect(result.time.undated).toBe(0);
  });

  it("emerging: the rising entity, with its burst from April and its fields, then the newer, weaker partner", () => {
    expect(result.emerging.map((e) => e.id)).toEqual(["rising", "partner"]);
    expect(result.emerging[0]).toMatchObject({ id: "rising", label: "RISING", type: "method", first_seen: "2025-04", burst_start: "2025-04", burst_end: "2025-06", papers: 60 });
    expect(result.emerging[0]!.weight).toBeGreaterThan(0);
    expect(result.emerging[0]!.share_growth).toBeCloseTo((40.5 / 121) / (20.5 / 241), 2);
  });

  it("fading: the declining entity, burst in the first months, share fallen", () => {
    expect(result.fading.map((e) => e.id)).toEqual(["declining"]);
    expect(result.fading[0]).toMatchObject({ burst_start: "2025-01", burst_end: "2025-02" });
    expect(result.fading[0]!.share_growth).toBeLessThan(1);
  });

  it("a burst that ended with the share back up is not fading", () => {
    expect(result.time.entities.comeback!.bursts?.map(([start, end]) => [start, end])).toEqual([[0, 0]]);
    expect([...result.emerging, ...result.fading].map((e) => e.id)).not.toContain("comeback");
  });

  it("a thin last month does not end the bursts: emerging is judged over the recent window", () => {
    const thin = syntheticDocument(7, 60, (m, i) => (m === 6 ? (i < 3 ? ["filler"] : []) : mentions(m, i)));
    thin.papers = thin.papers.filter((p) => !p.date!.startsWith("2025-07") || p.entities.length > 0);
    const emerging = analyseTrends(thin, { flow: false })!.emerging;
    expect(emerging.map((e) => e.id)).toContain("rising");
  });

  it("a spike inside the recent window that has fallen back by the last full month is not emerging", () => {
    // "spike" is in a third of May's papers and rare otherwise: its burst is May alone, within
    // the window (May and June) but over by June; "rising" still runs in June.
    const spiky = syntheticDocument(6, 60, (m, i) => [...mentions(m, i), ...((m === 4 ? i % 3 === 2 : i % 30 === 2) ? ["spike"] : [])]);
    const result = analyseTrends(spiky, { flow: false })!;
    expect(result.time.entities.spike!.bursts?.map(([start, end]) => [start, end])).toEqual([[4, 4]]);
    expect(result.emerging.map((e) => e.id)).toEqual(["rising", "partner"]);
    expect(result.fading.map((e) => e.id)).not.toContain("spike");
  });

  it("steady and filler are neither", () => {
    const listed = [...result.emerging, ...result.fading].map((e) => e.id);
    expect(listed).not.toContain("steady");
    expect(listed).not.toContain("filler");
  });

  it("per-entity profiles: counts per period, first, last and mean date", () => {
    const rising = result.time.entities.rising!;
    expect(rising.counts).toEqual([0, 0, 0, 20, 20, 20]);
    expect(rising.first).toBe("2025-04-01");
    expect(rising.last.startsWith("2025-06")).toBe(true);
    expect(rising.mean.startsWith("2025-05")).toBe(true);
    expect(result.time.entities.steady!.bursts).toBeUndefined();
  });

  it("new pairs: partner with steady first seen in May; pairs seen before the window are not new", () => {
    const pair = result.emergingPairs.find((p) => p.source === "partner" && p.target === "steady");
    expect(pair).toMatchObject({ papers: 12, first_seen: "2025-05", source_label: "PARTNER", target_label: "STEADY" });
    expect(result.emergingPairs.find((p) => p.source === "filler" && p.target === "steady")).toBeUndefined();
  });

  it("assign: mean_year on the nodes and fieldmap.time in the document", () => {
    const copy = syntheticDocument(6, 60, mentions);
    analyseTrends.assign(copy, { flow: false });
    const rising = copy.graph.nodes.find((n) => n.key === "rising")!.attributes.mean_year!;
    const steady = copy.graph.nodes.find((n) => n.key === "steady")!.attributes.mean_year!;
    expect(rising).toBeGreaterThan(steady);
    expect(rising).toBeCloseTo(2025.37, 1);
    expect(copy.fieldmap.time?.emerging).toEqual(["rising", "partner"]);
  });

  it("same input, same output (JSON bytes)", () => {
    const again = analyseTrends(syntheticDocument(6, 60, mentions));
    const first = analyseTrends(syntheticDocument(6, 60, mentions));
    expect(JSON.stringify({ ...again, meanYear: [...again!.meanYear] })).toBe(JSON.stringify({ ...first, meanYear: [...first!.meanYear] }));
  });

  it("no dated paper: no analysis", () => {
    const undated = syntheticDocument(1, 5, () => ["x"]);
    for (const paper of undated.papers) delete paper.date;
    expect(analyseTrends(undated)).toBeUndefined();
  });
});

describe("cluster flow on a synthetic corpus", () => {
  // Months 1-2: a, b, c, d always together (one cluster); months 3-4: {a, b} and {c, d} apart;
  // months 3-4 also bring {x, y}, which were never seen before.
  const flowMentions = (m: number, i: number): string[] => {
    if (m < 2) return ["a", "b", "c", "d"];
    if (i % 3 === 0) return ["a", "b"];
    if (i % 3 === 1) return ["c", "d"];
    return ["x", "y"];
  };
  const document = syntheticDocument(4, 30, flowMentions, { a: 0, b: 0, c: 1, d: 1, x: 1, y: 1 });
  const flow = analyseTrends(document, { minSlicePapers: 60 })!.clusterFlow!;

  it("slices of at least 60 papers: two slices of two months", () => {
    expect(flow.slices.map((s) => [s.label, s.papers])).toEqual([["2025-01..2025-02", 60], ["2025-03..2025-04", 60]]);
    expect(flow.slices[0]!.clusters).toHaveLength(1);
    expect(flow.slices[1]!.clusters).toHaveLength(3);
  });

  it("the one cluster splits in two and {x, y} is born", () => {
    const events = flow.transitions[0]!.events;
    const later = flow.slices[1]!.clusters;
    const idOf = (community: number, size: number) => later.filter((c) => c.community === community && c.size === size).map((c) => c.id);
    expect(events.map((e) => e.kind).sort()).toEqual(["birth", "split"]);
    const split = events.find((e) => e.kind === "split")!;
    expect(split.to).toHaveLength(2);
    const birth = events.find((e) => e.kind === "birth")!;
    expect(split.to).not.toContain(birth.to[0]);
    expect(idOf(0, 2)).toHaveLength(1);
  });

  it("slice clusters are named by their entities' labels, as the map's are", () => {
    expect(flow.slices[0]!.clusters[0]!.label.split(" · ").sort()).toEqual(["A", "B", "C"]);
  });

  it("flows carry shared members and Jaccard for an alluvial chart", () => {
    const links = flow.transitions[0]!.links;
    expect(links.map((l) => [l.shared, l.jaccard])).toEqual([[2, 0.5], [2, 0.5]]);
  });
});
