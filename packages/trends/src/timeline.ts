import type { MapPaper, TimeProfile } from "@fieldmap/graph";
import { choosePeriodUnit, isoFromDecimal, paperTime, periodIndex, periodLabel, type PaperTime, type PeriodUnit } from "./periods";

/** The corpus laid out on consecutive periods: which period each dated paper falls in. */
export interface Timeline {
  unit: PeriodUnit;
  /** Labels of every period from the first dated paper's to the last's. */
  labels: string[];
  /** Dated papers per period (aligned with labels). */
  papers: number[];
  /** Papers without a usable date for this unit. */
  undated: number;
  /** Paper id -> position in `labels`. */
  periodOf: Map<string, number>;
  timeOf: Map<string, PaperTime>;
  /** Positions of the periods that hold at least one paper, in order. */
  nonEmpty: number[];
}

/** Places the papers on periods of `unit` ("auto": chosen from the corpus span). */
export function buildTimeline(papers: ReadonlyArray<Pick<MapPaper, "id" | "date" | "year">>, unit: PeriodUnit | "auto"): Timeline | undefined {
  const timeOf = new Map<string, PaperTime>();
  for (const paper of papers) {
    const time = paperTime(paper.date, paper.year);
    if (time) timeOf.set(paper.id, time);
  }
  const chosen = unit === "auto" ? choosePeriodUnit([...timeOf.values()]) : unit;
  const indices = new Map<string, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const [id, time] of timeOf) {
    const index = periodIndex(time, chosen);
    if (index === undefined) continue;
    indices.set(id, index);
    first = Math.min(first, index);
    last = Math.max(last, index);
  }
  if (indices.size === 0) return undefined;
  const labels = Array.from({ length: last - first + 1 }, (_, i) => periodLabel(first + i, chosen));
  const counts = new Array<number>(labels.length).fill(0);
  const periodOf = new Map<string, number>();
  for (const [id, index] of indices) {
    periodOf.set(id, index - first);
    counts[index - first]!++;
  }
  const nonEmpty = counts.flatMap((n, i) => (n > 0 ? [i] : []));
  return { unit: chosen, labels, papers: counts, undated: papers.length - indices.size, periodOf, timeOf, nonEmpty };
}

/** Counts per period, first, last and mean date of a set of papers; undefined if none is dated. */
export function timeProfile(paperIds: Iterable<string>, timeline: Timeline, dateOf: Map<string, string>): TimeProfile | undefined {
  const counts = new Array<number>(timeline.labels.length).fill(0);
  let sum = 0;
  let dated = 0;
  let first: { at: number; label: string } | undefined;
  let last: { at: number; label: string } | undefined;
  for (const id of paperIds) {
    const period = timeline.periodOf.get(id);
    const time = timeline.timeOf.get(id);
    if (period === undefined || time === undefined) continue;
    counts[period]!++;
    sum += time.decimal;
    dated++;
    const label = dateOf.get(id) ?? String(time.year);
    if (!first || time.decimal < first.at || (time.decimal === first.at && label < first.label)) first = { at: time.decimal, label };
    if (!last || time.decimal > last.at || (time.decimal === last.at && label > last.label)) last = { at: time.decimal, label };
  }
  if (!first || !last) return undefined;
  return { counts, first: first.label, last: last.label, mean: isoFromDecimal(sum / dated) };
}

/** Mean decimal year of a set of papers (the node's mean_year), 3 decimals. */
export function meanYear(paperIds: Iterable<string>, timeline: Timeline): number | undefined {
  let sum = 0;
  let dated = 0;
  for (const id of paperIds) {
    const time = timeline.periodOf.has(id) ? timeline.timeOf.get(id) : undefined;
    if (!time) continue;
    sum += time.decimal;
    dated++;
  }
  return dated > 0 ? Math.round((sum / dated) * 1000) / 1000 : undefined;
}
