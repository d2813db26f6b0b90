import { describe, expect, it } from "vitest";
import { buildTimeline, choosePeriodUnit, isoFromDecimal, paperTime, periodIndex, periodLabel, type PaperTime } from "../src/index";

const times = (dates: string[]) => dates.map((d) => paperTime(d, undefined)!);
/** `perMonth` papers dated in each of `months` months from January of `from`. */
const monthly = (from: number, months: number, perMonth = 30) =>
  Array.from({ length: months * perMonth }, (_, k) => {
    const i = Math.floor(k / perMonth);
    return `${from + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-${String(1 + (k % perMonth) % 28).padStart(2, "0")}`;
  });

describe("period choice", () => {
  it.each([
    ["a few months -> month", monthly(2025, 4), "month"],
    ["two and a half years -> month", monthly(2023, 30), "month"],
    ["five years -> year", monthly(2019, 60), "year"],
    ["one 2015 classic among 2024-25 papers -> month", ["2015-03-01", ...monthly(2024, 20)], "month"],
    ["thin: 8 papers a month over two years -> quarter", monthly(2023, 24, 8), "quarter"],
    ["thinner: 2 papers a month over two years -> year", monthly(2023, 24, 2), "year"],
  ])("%s", (_rule, dates, unit) => {
    expect(choosePeriodUnit(times(dates))).toBe(unit);
  });

  it("years only (BibTeX) -> year", () => {
    const onlyYears = [2020, 2021, 2022].map((y) => paperTime(undefined, y)!) satisfies PaperTime[];
    expect(choosePeriodUnit(onlyYears)).toBe("year");
  });

  it("mostly years with a few full dates -> year", () => {
    const mixed = [...[2020, 2021, 2022, 2023].map((y) => paperTime(undefined, y)!), ...times(["2025-01-02"])];
    expect(choosePeriodUnit(mixed)).toBe("year");
  });

  it.each([
    ["2025-06-14", "month", "2025-06"],
    ["2025-06-14", "quarter", "2025-Q2"],
    ["2025-12-01", "quarter", "2025-Q4"],
    ["2025-06-14", "year", "2025"],
  ] as const)("label: %s by %s is %s", (date, unit, label) => {
    expect(periodLabel(periodIndex(paperTime(date, undefined)!, unit)!, unit)).toBe(label);
  });

  it("a year-only paper has no month or quarter", () => {
    expect(periodIndex(paperTime(undefined, 2024)!, "month")).toBeUndefined();
    expect(periodIndex(paperTime(undefined, 2024)!, "year")).toBe(2024);
  });

  it("decimal years round-trip to the same day", () => {
    for (const date of ["2024-02-29", "2025-01-01", "2025-12-31"]) expect(isoFromDecimal(paperTime(date, undefined)!.decimal)).toBe(date);
  });
});

describe("buildTimeline", () => {
  const papers = [
    { id: "a", date: "2025-01-10", entities: [], evidence: [], title: "a" },
    { id: "b", date: "2025-04-02", entities: [], evidence: [], title: "b" },
    { id: "c", year: 2025, entities: [], evidence: [], title: "c" },
    { id: "d", entities: [], evidence: [], title: "d" },
  ];

  it("consecutive periods from first to last, empty ones included; undated counted", () => {
    const timeline = buildTimeline(papers, "month")!;
    expect(timeline.labels).toEqual(["2025-01", "2025-02", "2025-03", "2025-04"]);
    expect(timeline.papers).toEqual([1, 0, 0, 1]);
    expect(timeline.nonEmpty).toEqual([0, 3]);
    expect(timeline.undated).toBe(2);
  });

  it("by year the year-only paper counts", () => {
    const timeline = buildTimeline(papers, "year")!;
    expect(timeline.labels).toEqual(["2025"]);
    expect(timeline.papers).toEqual([3]);
  });

  it("no dated paper: no timeline", () => {
    expect(buildTimeline([papers[3]!], "auto")).toBeUndefined();
  });
});
