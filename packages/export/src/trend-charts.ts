/**
 * Charts of the time analysis (graph.json's fieldmap.time) for slides: the emerging entities
 * with a sparkline of their share per period, and the clusters' flow between time slices as an
 * alluvial (Sankey) chart. Plain SVG strings; labels are paper text, so always escaped.
 */
import type { MapDocument, MapTime } from "@fieldmap/graph";
import { SVG_FONT_FAMILY, THEMES, type Theme } from "./svg-style";
import { emptyElement, textElement, xmlAttributes } from "./xml";

export interface TrendChartOptions {
  width: number;
  height: number;
  theme: Theme;
  /** Most emerging entities drawn. */
  limit: number;
}

export const DEFAULT_TREND_CHART_OPTIONS: TrendChartOptions = { width: 1920, height: 1080, theme: "light", limit: 10 };

const round = (n: number) => Math.round(n * 10) / 10;

function svgDocument(width: number, height: number, theme: Theme, body: string[]): string {
  const colors = THEMES[theme];
  return [
    `<svg${xmlAttributes([["xmlns", "http://www.w3.org/2000/svg"], ["width", width], ["height", height], ["viewBox", `0 0 ${width} ${height}`], ["font-family", SVG_FONT_FAMILY]])}>`,
    emptyElement("rect", [["width", width], ["height", height], ["fill", colors.background]]),
    ...body,
    "</svg>",
    "",
  ].join("\n");
}

function labelOf(doc: MapDocument, id: string): { label: string; type: string } {
  const node = doc.graph.nodes.find((n) => n.key === id);
  const generic = doc.fieldmap.generic?.find((g) => g.id === id);
  return { label: node?.attributes.label ?? generic?.label ?? id, type: node?.attributes.type ?? generic?.type ?? "" };
}

/** One sparkline: the entity's share of each non-empty period, its bursts shaded. */
function sparkline(time: MapTime, id: string, x: number, y: number, w: number, h: number, color: string, shade: string): string[] {
  const profile = time.entities[id];
  const periods = time.papers.flatMap((n, i) => (n > 0 ? [i] : []));
  if (!profile || periods.length === 0) return [];
  const shares = periods.map((p) => (profile.counts[p] ?? 0) / time.papers[p]!);
  const top = Math.max(...shares, 1e-9);
  const step = periods.length > 1 ? w / (periods.length - 1) : 0;
  const at = (k: number) => x + k * step;
  const shaded = (profile.bursts ?? []).map(([start, end]) => {
    const from = periods.findIndex((p) => p >= start);
    const to = periods.length - 1 - [...periods].reverse().findIndex((p) => p <= end);
    return emptyElement("rect", [["x", round(at(from) - step / 2)], ["y", y], ["width", round(Math.max(step, at(to) - at(from) + step))], ["height", h], ["fill", shade]]);
  });
  const points = shares.map((s, k) => `${round(at(k))},${round(y + h - (s / top) * h)}`).join(" ");
  return [...shaded, emptyElement("polyline", [["points", points], ["fill", "none"], ["stroke", color], ["stroke-width", 3]])];
}

/** The emerging entities, strongest first: name, type, share per period, papers. */
export function emergingChartSvg(doc: MapDocument, options: Partial<TrendChartOptions> = {}): string | undefined {
  const o = { ...DEFAULT_TREND_CHART_OPTIONS, ...options };
  const time = doc.fieldmap.time;
  const ids = time?.emerging.slice(0, o.limit) ?? [];
  if (!time || ids.length === 0) return undefined;
  const colors = THEMES[o.theme];
  const u = o.height / 1080;
  const rowHeight = Math.min(90 * u, (o.height - 140 * u) / ids.length);
  const sparkX = o.width * 0.42;
  const sparkW = o.width * 0.4;
  const body = ids.flatMap((id, row) => {
    const y = 60 * u + row * rowHeight;
    const { label, type } = labelOf(doc, id);
    const papers = time.entities[id]?.counts.reduce((a, b) => a + b, 0) ?? 0;
    const text = (content: string, x: number, size: number, fill: string, anchor = "start") =>
      textElement("text", content, [["x", round(x)], ["y", round(y + rowHeight * 0.6)], ["font-size", round(size * u)], ["fill", fill], ["text-anchor", anchor]]);
    return [
      text(label, 60 * u, 34, colors.text),
      text(type, sparkX - 30 * u, 24, colors.muted, "end"),
      ...sparkline(time, id, sparkX, y + rowHeight * 0.15, sparkW, rowHeight * 0.6, colors.text, o.theme === "dark" ? "#3d2f00" : "#fff1c2"),
      text(`${papers} papers`, o.width - 60 * u, 24, colors.muted, "end"),
    ];
  });
  const axisY = 60 * u + ids.length * rowHeight + 40 * u;
  const nonEmpty = time.periods.filter((_, i) => (time.papers[i] ?? 0) > 0);
  const axis = (content: string, x: number, anchor: string) =>
    textElement("text", content, [["x", round(x)], ["y", round(axisY)], ["font-size", round(22 * u)], ["fill", colors.muted], ["text-anchor", anchor]]);
  return svgDocument(o.width, o.height, o.theme, [...body, axis(nonEmpty[0] ?? "", sparkX, "start"), axis(nonEmpty[nonEmpty.length - 1] ?? "", sparkX + sparkW, "end")]);
}
