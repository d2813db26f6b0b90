import { interpolateViridis } from "d3-scale-chromatic";
import type { MapTime } from "@fieldmap/graph";
import type { PeriodRange } from "../state/state";

/**
 * Pure scales of the time overlay: mean date to colour, period count to size, period labels
 * to indices. No DOM, no sigma.
 */

/** Nodes without a date: a neutral grey, readable on both themes. */
export const UNDATED_COLOR = "#9c9c9c";

/**
 * The part of viridis used: its darkest purple vanishes on the dark theme and its last yellow
 * on the light one, so both ends are trimmed.
 */
export const TIME_RAMP: readonly [number, number] = [0.08, 0.9];

/** Colour of a decimal year inside [min, max]: early dark purple, late yellow-green. */
export function timeColor(year: number, extent: readonly [number, number]): string {
  const [min, max] = extent;
  const t = max > min ? Math.min(1, Math.max(0, (year - min) / (max - min))) : 0.5;
  return interpolateViridis(TIME_RAMP[0] + t * (TIME_RAMP[1] - TIME_RAMP[0]));
}

/**
 * The colour domain: the dates between two quantiles, so that a few early outliers (a stray
 * old paper) do not squeeze the rest of the map into one colour. Dates outside are clamped.
 */
export function colorDomain(values: Iterable<unknown>, tail = 0.05): [number, number] | null {
  const sorted = [...values].filter((v): v is number => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? 0;
  const low = at(tail);
  const high = at(1 - tail);
  // Too few distinct dates inside the quantiles: fall back to the whole span.
  return high > low ? [low, high] : [sorted[0] ?? 0, sorted[sorted.length - 1] ?? 0];
}

/** "2025.46" as "Jun 2025" for months and quarters, "2025" for years. */
export function formatDecimalYear(year: number, unit: MapTime["period"] | undefined): string {
  const whole = Math.floor(year);
  if (unit === "year") return String(Math.round(year));
  const month = Math.min(11, Math.floor((year - whole) * 12));
  return `${MONTHS[month]} ${whole}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Indices [first, last] of a range in `periods`; null when either end is not a period of the map. */
export function periodIndices(periods: readonly string[], range: PeriodRange | null): [number, number] | null {
  if (!range) return null;
  const from = periods.indexOf(range.from);
  const to = periods.indexOf(range.to);
  if (from < 0 || to < 0) return null;
  return from <= to ? [from, to] : [to, from];
}

/** Each entity's papers summed over periods first..last (entities with none are left out). */
export function countsInPeriods(entities: MapTime["entities"], [first, last]: readonly [number, number]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [id, profile] of Object.entries(entities)) {
    let sum = 0;
    for (let i = first; i <= last; i++) sum += profile.counts[i] ?? 0;
    if (sum > 0) counts.set(id, sum);
  }
  return counts;
}

/** Node size for a count in the chosen periods: area follows the count, as for the whole map. */
export function periodNodeSize(count: number, maxCount: number, sizes: { minSize: number; maxSize: number }): number {
  const span = sizes.maxSize - sizes.minSize;
  return sizes.minSize + span * Math.sqrt(Math.max(0, count - 1) / Math.max(1, maxCount - 1));
}

/** A series as shares of each period's papers (0 where a period has none): what sparklines draw. */
export function sharesPerPeriod(counts: readonly number[], papers: readonly number[]): number[] {
  return counts.map((count, i) => {
    const total = papers[i] ?? 0;
    return total > 0 ? count / total : 0;
  });
}
