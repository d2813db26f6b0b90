/**
 * Periods: the time unit of the trend analysis. A paper's date ("2025-06-14", or only a year)
 * maps to a period index (months and quarters counted from year 0, so consecutive periods have
 * consecutive indices), and back to a label ("2025-06", "2025-Q2", "2025").
 */
export type PeriodUnit = "month" | "quarter" | "year";

/** A paper's place in time: month is absent when the source gives only a year. */
export interface PaperTime {
  year: number;
  month?: number;
  /** Decimal year (2025.45) used for means. */
  decimal: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

/** Reads "yyyy-mm-dd" (or "yyyy-mm"), falling back to the year; undefined when neither is usable. */
export function paperTime(date: string | undefined, year: number | undefined): PaperTime | undefined {
  const match = date !== undefined ? ISO_DATE.exec(date) : null;
  if (match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    const d = match[3] !== undefined ? Number(match[3]) : 15;
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { year: y, month: m, decimal: decimalYear(y, m, d) };
  }
  if (year !== undefined && Number.isInteger(year) && year > 0) return { year, decimal: year + 0.5 };
  return undefined;
}

function decimalYear(year: number, month: number, day: number): number {
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return year + (Date.UTC(year, month - 1, day) - start + 43_200_000) / length;
}

/** The decimal year back as yyyy-mm-dd (for mean dates). */
export function isoFromDecimal(decimal: number): string {
  const year = Math.floor(decimal);
  const start = Date.UTC(year, 0, 1);
  const at = new Date(start + (decimal - year) * (Date.UTC(year + 1, 0, 1) - start));
  return at.toISOString().slice(0, 10);
}

/** The period index of a paper, or undefined when the unit needs a month the paper lacks. */
export function periodIndex(time: PaperTime, unit: PeriodUnit): number | undefined {
  if (unit === "year") return time.year;
  if (time.month === undefined) return undefined;
  return unit === "month" ? time.year * 12 + time.month - 1 : time.year * 4 + Math.floor((time.month - 1) / 3);
}

export function periodLabel(index: number, unit: PeriodUnit): string {
  if (unit === "year") return String(index);
  if (unit === "quarter") return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Months below about three years of papers, years above (CiteSpace slices by year). */
export const MONTHLY_SPAN_LIMIT_YEARS = 3;

/**
 * A share needs a few dozen papers behind it to be more than noise: a unit whose periods hold
 * fewer on average gives way to the next coarser one (month -> quarter -> year).
 */
export const MIN_PAPERS_PER_PERIOD = 20;

const UNITS: readonly PeriodUnit[] = ["month", "quarter", "year"];
const PERIODS_PER_YEAR: Record<PeriodUnit, number> = { month: 12, quarter: 4, year: 1 };

/**
 * The period unit for a corpus: months when the papers' central 90% spans under three years
 * and most dated papers have a month, otherwise years; then coarser while the central span's
 * periods hold fewer than MIN_PAPERS_PER_PERIOD papers on average. The central span keeps one
 * old paper (a 2020 classic among 2025 preprints) from deciding the unit.
 */
export function choosePeriodUnit(times: readonly PaperTime[]): PeriodUnit {
  const withMonth = times.filter((t) => t.month !== undefined);
  if (withMonth.length === 0 || withMonth.length * 2 < times.length) return "year";
  const sorted = withMonth.map((t) => t.decimal).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
  const span = at(0.95) - at(0.05);
  if (span >= MONTHLY_SPAN_LIMIT_YEARS) return "year";
  const central = sorted.filter((t) => t >= at(0.05) && t <= at(0.95)).length;
  const unit = UNITS.find((u) => central / Math.max(1, Math.ceil(span * PERIODS_PER_YEAR[u])) >= MIN_PAPERS_PER_PERIOD);
  return unit ?? "year";
}
