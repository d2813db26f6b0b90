import { detectBursts, type Burst, type BurstOptions } from "./burst";
import type { Timeline } from "./timeline";

/** One entity in the emerging or fading list (report.json, `fieldmap trends`). */
export interface TrendItem {
  id: string;
  label: string;
  type: string;
  /** Period of the entity's first dated paper. */
  first_seen: string;
  burst_start: string;
  burst_end: string;
  /** Kleinberg burst weight: the strength the lists are ordered by. */
  weight: number;
  /** Share of the recent periods' papers over the share of the earlier ones' (smoothed). */
  share_growth: number;
  /** Papers mentioning the entity. */
  papers: number;
}

export interface EntitySeries {
  id: string;
  label: string;
  type: string;
  /** Papers per period, aligned with the timeline's labels. */
  counts: number[];
  papers: number;
}

/** An entity's bursts (period positions) and share growth. */
export interface EntityTrend {
  series: EntitySeries;
  bursts: Burst[];
  shareGrowth: number;
  firstSeen: number;
}

/**
 * The recent window: the shortest run of final non-empty periods holding at least a third
 * of the dated papers (always leaving one earlier period). Counting papers rather than
 * periods keeps a gap of empty months or a thin last month from deciding what is "recent".
 */
export function recentWindowStart(timeline: Timeline): number {
  const total = timeline.papers.reduce((a, b) => a + b, 0);
  const periods = timeline.nonEmpty;
  let held = 0;
  for (let k = periods.length - 1; k >= 1; k--) {
    held += timeline.papers[periods[k]!]!;
    if (held * 3 >= total) return periods[k]!;
  }
  return periods[periods.length - 1] ?? 0;
}

/**
 * The last period that weighs as a whole period: non-empty and holding at least half the median
 * papers of the non-empty periods. A final period just begun (ten papers of a month) is not it:
 * leaving a burst is free in Kleinberg's model, so such a period would end every burst.
 */
export function lastFullPeriod(timeline: Timeline): number {
  const periods = timeline.nonEmpty;
  const sizes = periods.map((p) => timeline.papers[p]!).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  for (let k = periods.length - 1; k >= 0; k--) if (timeline.papers[periods[k]!]! * 2 >= median) return periods[k]!;
  // Only without a non-empty period: the median period itself passes the test.
  return 0;
}

/**
 * Share in the recent window over share before it, each smoothed with half a paper
 * (Jeffreys prior) so an entity absent before gets a large but finite growth.
 */
export function shareGrowth(counts: readonly number[], totals: readonly number[], recentStart: number): number {
  let recent = 0;
  let recentTotal = 0;
  let early = 0;
  let earlyTotal = 0;
  counts.forEach((count, t) => {
    if (t >= recentStart) {
      recent += count;
      recentTotal += totals[t]!;
    } else {
      early += count;
      earlyTotal += totals[t]!;
    }
  });
  const growth = (recent + 0.5) / (recentTotal + 1) / ((early + 0.5) / (earlyTotal + 1));
  return Math.round(growth * 1000) / 1000;
}

/** Bursts over the non-empty periods only (an empty period carries no evidence), mapped back to positions. */
export function entityTrend(series: EntitySeries, timeline: Timeline, recentStart: number, options: Partial<BurstOptions>): EntityTrend {
  const positions = timeline.nonEmpty;
  const relevant = positions.map((p) => series.counts[p]!);
  const totals = positions.map((p) => timeline.papers[p]!);
  const bursts = detectBursts(relevant, totals, options).map((b) => ({ ...b, start: positions[b.start]!, end: positions[b.end]! }));
  const firstSeen = series.counts.findIndex((n) => n > 0);
  return { series, bursts, shareGrowth: shareGrowth(series.counts, timeline.papers, recentStart), firstSeen: Math.max(0, firstSeen) };
}

function item(trend: EntityTrend, burst: Burst, labels: readonly string[]): TrendItem {
  const { series } = trend;
  return {
    id: series.id,
    label: series.label,
    type: series.type,
    first_seen: labels[trend.firstSeen]!,
    burst_start: labels[burst.start]!,
    burst_end: labels[burst.end]!,
    weight: burst.weight,
    share_growth: trend.shareGrowth,
    papers: series.papers,
  };
}

const byWeight = (a: TrendItem, b: TrendItem) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Emerging: the latest burst still runs in the last full period (lastFullPeriod, and inside the
 * recent window): a burst that rose and ended within the window, a spike of one month that has
 * fallen back since, is not emerging, as its sparkline shows. Fading: the latest burst ended
 * before the recent window (the final periods holding a third of the papers) and the share has
 * fallen since (share growth below 1). Both strongest burst first.
 */
export function emergingAndFading(
  trends: readonly EntityTrend[],
  periods: { recentStart: number; lastFull: number },
  labels: readonly string[],
): { emerging: TrendItem[]; fading: TrendItem[] } {
  const { recentStart } = periods;
  const runningAt = Math.max(recentStart, periods.lastFull);
  const emerging: TrendItem[] = [];
  const fading: TrendItem[] = [];
  for (const trend of trends) {
    const latest = trend.bursts[trend.bursts.length - 1];
    if (!latest) continue;
    if (latest.end >= runningAt) emerging.push(item(trend, latest, labels));
    else if (trend.shareGrowth < 1) fading.push(item(trend, latest, labels));
  }
  return { emerging: emerging.sort(byWeight), fading: fading.sort(byWeight) };
}
