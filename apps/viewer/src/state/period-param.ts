import type { PeriodRange } from "./state";

/**
 * The `period` URL parameter: `2025-06` for one period, `2025-05..2025-07` for a range (the
 * separator fieldmap.time.flow uses for pooled slices). Labels are months, quarters or years.
 */
const LABEL = /^\d{4}(?:-\d{2}|-Q[1-4])?$/;

export function formatPeriod(period: PeriodRange): string {
  return period.from === period.to ? period.from : `${period.from}..${period.to}`;
}

export function parsePeriod(text: string | null): PeriodRange | null {
  if (!text) return null;
  const parts = text.split("..");
  const from = parts[0] ?? "";
  const to = parts[1] ?? from;
  if (parts.length > 2 || !LABEL.test(from) || !LABEL.test(to)) return null;
  // Labels of one unit sort as text; a reversed range is read in order.
  return from <= to ? { from, to } : { from: to, to: from };
}
