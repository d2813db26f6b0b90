/** Dates as sources write them -> ISO yyyy-mm-dd and/or a year. */

export interface PaperDate {
  date?: string;
  year?: number;
}

const MIN_YEAR = 1600;
const MAX_YEAR = 2200;

function plausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

function validDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Accepts 2024-01-11, 2024-01-11T08:00:00Z, 2024/01/11, 2024-01, 2024, and a number year. */
export function parsePaperDate(raw: unknown): PaperDate {
  if (typeof raw === "number") return plausibleYear(raw) ? { year: raw } : {};
  if (typeof raw !== "string") return {};
  const text = raw.trim();
  const full = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/.exec(text);
  if (full) {
    const [year, month, day] = [Number(full[1]), Number(full[2]), Number(full[3])];
    if (plausibleYear(year) && validDay(year, month, day)) {
      return { date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, year };
    }
    return plausibleYear(year) ? { year } : {};
  }
  const yearOnly = /^(\d{4})(?:$|[-/\s])/.exec(text) ?? /\b(\d{4})\b/.exec(text);
  const year = yearOnly ? Number(yearOnly[1]) : NaN;
  return plausibleYear(year) ? { year } : {};
}

/** Picks the first field that yields a full date, else the first that yields a year. */
export function firstPaperDate(candidates: unknown[]): PaperDate {
  const parsed = candidates.map(parsePaperDate);
  const full = parsed.find((d) => d.date !== undefined);
  if (full) return full;
  return parsed.find((d) => d.year !== undefined) ?? {};
}
