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

/**
 * What the time analysis reads of one dated paper: its period, decimal year and date label,
 * found with one look-up by id instead of three (a 100k-paper map's nodes list its papers a
 * million times over).
 */
export interface PaperStamp {
  period: number;
  decimal: number;
  label: string;
}

/** Every dated paper's stamp; its label is its date (`dateOf`), else its year. */
export function paperStamps(timeline: Timeline, dateOf: ReadonlyMap<string, string>): Map<string, PaperStamp> {
  const stamps = new Map<string, PaperStamp>();
  for (const [id, period] of timeline.periodOf) {
    const time = timeline.timeOf.get(id)!;
    stamps.set(id, { period, decimal: time.decimal, label: dateOf.get(id) ?? String(time.year) });
  }
  return stamps;
}

/** Counts per period (of `periods`), first, last and mean date of a set of papers; undefined if none is dated. */
export function timeProfile(paperIds: Iterable<string>, periods: number, stamps: ReadonlyMap<string, PaperStamp>): TimeProfile | undefined {
  const counts = new Array<number>(periods).fill(0);
  let sum = 0;
  let dated = 0;
  let first: PaperStamp | undefined;
  let last: PaperStamp | undefined;
  for (const id of paperIds) {
    const stamp = stamps.get(id);
    if (stamp === undefined) continue;
    counts[stamp.period]!++;
    sum += stamp.decimal;
    dated++;
    if (!first || stamp.decimal < first.decimal || (stamp.decimal === first.decimal && stamp.label < first.label)) first = stamp;
    if (!last || stamp.decimal > last.decimal || (stamp.decimal === last.decimal && stamp.label > last.label)) last = stamp;
  }
  if (!first || !last) return undefined;
  return { counts, first: first.label, last: last.label, mean: isoFromDecimal(sum / dated) };
}

/** Mean decimal year of a set of papers (the node's mean_year), 3 decimals. */
export function meanYear(paperIds: Iterable<string>, stamps: ReadonlyMap<string, PaperStamp>): number | undefined {
  let sum = 0;
  let dated = 0;
  for (const id of paperIds) {
    const stamp = stamps.get(id);
    if (!stamp) continue;
    sum += stamp.decimal;
    dated++;
  }
  return dated > 0 ? Math.round((sum / dated) * 1000) / 1000 : undefined;
}
