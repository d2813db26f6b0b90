import { csvField } from "@fieldmap/export";
import type { TrendItem, TrendResult } from "@fieldmap/trends";

const COLUMNS = ["id", "label", "type", "first_seen", "burst_start", "burst_end", "weight", "share_growth", "papers"] as const;

function burstSpan(item: TrendItem): string {
  return item.burst_start === item.burst_end ? item.burst_start : `${item.burst_start}..${item.burst_end}`;
}

/** Fixed-width columns: text left-aligned, numbers right-aligned. */
function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === "number" ? String(cell) : cell)));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === "number"));
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), ...cells.map(line)].map((l) => `  ${l}`);
}

function itemTable(items: readonly TrendItem[]): string[] {
  const rows = items.map((e) => [e.label, e.type, e.first_seen, burstSpan(e), e.weight, e.share_growth, e.papers]);
  return table(["entity", "type", "first seen", "burst", "weight", "share growth", "papers"], rows);
}

/** What `fieldmap trends` prints: emerging and fading entities, then new pairs. */
export function formatTrends(result: TrendResult, limit: number): string {
  const { periods, period, undated } = result.time;
  const last = periods[periods.length - 1] ?? "";
  const section = (title: string, items: readonly TrendItem[], none: string) =>
    items.length === 0 ? [`${title}: ${none}`] : [`${title}:`, ...itemTable(items.slice(0, limit))];
  const pairs = result.emergingPairs.slice(0, limit).map((p) => [p.source_label, p.target_label, p.first_seen, p.papers]);
  return [
    `periods: ${periods.length} ${period}s, ${periods[0] ?? ""}..${last} (${undated} undated papers left out)`,
    "",
    ...section("emerging (Kleinberg burst running in the recent periods), strongest first", result.emerging, "none"),
    "",
    ...section("fading (last burst over, share fallen), strongest first", result.fading, "none"),
    "",
    ...(pairs.length === 0 ? ["new pairs: none"] : ["new pairs (first together in the recent periods):", ...table(["entity", "with", "first seen", "papers"], pairs)]),
    "",
  ].join("\n");
}

/** trends CSV: one row per emerging or fading entity, `list` saying which. */
export function trendsCsv(result: TrendResult): string {
  const rows = [
    ...result.emerging.map((item) => ["emerging", item] as const),
    ...result.fading.map((item) => ["fading", item] as const),
  ].map(([list, item]) => [list, ...COLUMNS.map((c) => item[c])].map(csvField).join(","));
  return `list,${COLUMNS.join(",")}\n${rows.map((r) => `${r}\n`).join("")}`;
}
