/**
 * The clusters' flow between time slices (graph.json's fieldmap.time.flow) as an alluvial
 * chart: one column of cluster bars per slice (height = members), bands between neighbouring
 * columns for the members two clusters share, coloured by the map community the earlier
 * cluster mostly belongs to.
 */
import type { ClusterFlow, MapDocument } from "@fieldmap/graph";
import { SVG_FONT_FAMILY, THEMES } from "./svg-style";
import { DEFAULT_TREND_CHART_OPTIONS, type TrendChartOptions } from "./trend-charts";
import { emptyElement, textElement, xmlAttributes } from "./xml";

const round = (n: number) => Math.round(n * 10) / 10;

/** Pixels (of a 1080p slide) kept right of the last column for its names. */
const LABEL_ROOM = 380;
const LABEL_SIZE = 16;

/** A cluster name cut to what fits in `pixels` (DejaVu Sans averages ~0.6 em per character). */
function fitLabel(label: string, pixels: number, fontSize: number): string {
  const chars = Math.max(4, Math.floor(pixels / (fontSize * 0.6)));
  return label.length <= chars ? label : `${label.slice(0, chars - 1).trimEnd()}…`;
}

interface Bar {
  x: number;
  y: number;
  height: number;
  color: string;
  label: string;
  /** Where the next band leaves (right side) and arrives (left side). */
  outY: number;
  inY: number;
}

/** Cluster bars of every slice, stacked from the top, scaled so the fullest slice fits. */
function layoutBars(flow: ClusterFlow, doc: MapDocument, o: TrendChartOptions, u: number): { bars: Array<Map<number, Bar>>; scale: number } {
  const top = 90 * u;
  const gap = 14 * u;
  const usable = o.height - top - 40 * u;
  const mostClusters = Math.max(1, ...flow.slices.map((s) => s.clusters.length));
  const fullest = Math.max(1, ...flow.slices.map((s) => s.clusters.reduce((sum, c) => sum + c.size, 0)));
  const scale = Math.max(0.1 * u, (usable - gap * (mostClusters - 1)) / fullest);
  const n = flow.slices.length;
  const left = 80 * u;
  // Room on the right for the last column's names: every name is drawn right of its bar.
  const right = o.width - LABEL_ROOM * u;
  const bars = flow.slices.map((slice, i) => {
    const x = n === 1 ? o.width / 2 : left + ((right - left - 24 * u) * i) / (n - 1);
    let y = top;
    const column = new Map<number, Bar>();
    for (const cluster of [...slice.clusters].sort((a, b) => a.id - b.id)) {
      const height = Math.max(2 * u, cluster.size * scale);
      const color = doc.fieldmap.communities[cluster.community]?.color ?? THEMES[o.theme].edge;
      column.set(cluster.id, { x, y, height, color, label: cluster.label, outY: y, inY: y });
      y += height + gap;
    }
    return column;
  });
  return { bars, scale };
}

/** A band from the right side of one bar to the left side of the next slice's bar. */
function band(from: Bar, to: Bar, thickness: number, barWidth: number): string {
  const x0 = from.x + barWidth;
  const x1 = to.x;
  const mid = (x0 + x1) / 2;
  const [a, b] = [from.outY, to.inY];
  from.outY += thickness;
  to.inY += thickness;
  const d = `M${round(x0)},${round(a)} C${round(mid)},${round(a)} ${round(mid)},${round(b)} ${round(x1)},${round(b)} L${round(x1)},${round(b + thickness)} C${round(mid)},${round(b + thickness)} ${round(mid)},${round(a + thickness)} ${round(x0)},${round(a + thickness)} Z`;
  return emptyElement("path", [["d", d], ["fill", from.color], ["fill-opacity", 0.35]]);
}

/** The alluvial chart of the map's cluster flow; undefined with fewer than two slices. */
export function alluvialSvg(doc: MapDocument, options: Partial<TrendChartOptions> = {}): string | undefined {
  const o = { ...DEFAULT_TREND_CHART_OPTIONS, ...options };
  const flow = doc.fieldmap.time?.flow;
  if (!flow || flow.slices.length < 2) return undefined;
  const colors = THEMES[o.theme];
  const u = o.height / 1080;
  const barWidth = 24 * u;
  const { bars, scale } = layoutBars(flow, doc, o, u);
  const bands = flow.transitions.flatMap((t, i) =>
    t.links.flatMap((link) => {
      const from = bars[i]?.get(link.from);
      const to = bars[i + 1]?.get(link.to);
      return from && to ? [band(from, to, link.shared * scale, barWidth)] : [];
    }),
  );
  const last = flow.slices.length - 1;
  const columnGap = last > 0 ? ((bars[1]?.values().next().value?.x ?? 0) - (bars[0]?.values().next().value?.x ?? 0)) : o.width;
  const labelPixels = Math.min(columnGap, LABEL_ROOM * u) - barWidth - 24 * u;
  const text = (content: string, x: number, y: number, size: number, fill: string, anchor: string) =>
    textElement("text", content, [["x", round(x)], ["y", round(y)], ["font-size", round(size * u)], ["fill", fill], ["text-anchor", anchor]]);
  const columns = bars.flatMap((column, i) => [
    text(flow.slices[i]!.label, [...column.values()][0]?.x ?? 0, 60 * u, 24, colors.muted, i === 0 ? "start" : i === last ? "end" : "middle"),
    ...[...column.values()].flatMap((bar) => [
      emptyElement("rect", [["x", round(bar.x)], ["y", round(bar.y)], ["width", round(barWidth)], ["height", round(bar.height)], ["fill", bar.color]]),
      // Names of clusters tall enough to hold one, beside the bar (inside the chart on the last column).
      ...(bar.height >= 18 * u ? [text(fitLabel(bar.label, labelPixels, LABEL_SIZE * u), bar.x + barWidth + 8 * u, bar.y + Math.min(bar.height, 40 * u) / 2 + 6 * u, LABEL_SIZE, colors.text, "start")] : []),
    ]),
  ]);
  return [
    `<svg${xmlAttributes([["xmlns", "http://www.w3.org/2000/svg"], ["width", o.width], ["height", o.height], ["viewBox", `0 0 ${o.width} ${o.height}`], ["font-family", SVG_FONT_FAMILY]])}>`,
    emptyElement("rect", [["width", o.width], ["height", o.height], ["fill", colors.background]]),
    ...bands,
    ...columns,
    "</svg>",
    "",
  ].join("\n");
}
