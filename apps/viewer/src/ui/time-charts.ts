import { svg } from "./svg";

export interface BarChartOptions {
  width: number;
  height: number;
  /** Room under the bars for the first and last period's labels. */
  labelHeight: number;
}

export const DEFAULT_BAR_CHART_OPTIONS: BarChartOptions = { width: 240, height: 64, labelHeight: 14 };

/**
 * One bar per period, heights proportional to the counts (the tallest fills the chart), the
 * first and last period named under their bars. Each bar's title gives its period and count.
 */
export function periodBarChart(counts: readonly number[], periods: readonly string[], options = DEFAULT_BAR_CHART_OPTIONS): SVGSVGElement {
  const { width, height, labelHeight } = options;
  const plot = height - labelHeight;
  const max = Math.max(1, ...counts);
  const step = width / Math.max(1, counts.length);
  const gap = step > 4 ? 1 : 0;
  const bars = counts.map((count, i) => {
    const h = (count / max) * plot;
    const title = svg("title", {}, [`${periods[i] ?? ""}: ${count}`]);
    return svg("rect", { class: "bar", x: i * step, y: plot - h, width: Math.max(0.5, step - gap), height: h, "data-count": count, "data-period": periods[i] ?? "" }, [title]);
  });
  const labels = [
    svg("text", { class: "axis-label", x: 0, y: height - 2, "text-anchor": "start" }, [periods[0] ?? ""]),
    periods.length > 1 ? svg("text", { class: "axis-label", x: width, y: height - 2, "text-anchor": "end" }, [periods[periods.length - 1] ?? ""]) : null,
  ].filter((x): x is SVGTextElement => x !== null);
  return svg("svg", { class: "period-bars", viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-label": "Papers per period" }, [
    svg("line", { class: "baseline", x1: 0, x2: width, y1: plot, y2: plot }),
    ...bars,
    ...labels,
  ]);
}

/** A line over the values (shares per period), scaled to its own maximum. */
export function sparkline(values: readonly number[], width = 80, height = 18): SVGSVGElement {
  const max = Math.max(...values, 0);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 1 - (max > 0 ? v / max : 0) * (height - 2)).toFixed(1)}`);
  return svg("svg", { class: "sparkline", viewBox: `0 0 ${width} ${height}`, width, height, "aria-hidden": "true" }, [
    svg("polyline", { points: points.join(" "), fill: "none" }),
  ]);
}
