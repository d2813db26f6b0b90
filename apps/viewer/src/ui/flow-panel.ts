import type { ClusterFlow } from "@fieldmap/graph";
import { fallbackCommunityColor } from "../data/palette";
import { DEFAULT_FLOW_LAYOUT_OPTIONS, layoutFlow, type FlowBand } from "../time/flow-layout";
import type { AppContext } from "./context";
import { el } from "./dom";
import { svg } from "./svg";

/**
 * The clusters' flow between time slices as an alluvial chart, in a panel over the stage
 * opened from the period bar. Bars and bands carry their names and sizes as SVG titles.
 */
export function mountFlowPanel(app: AppContext, flow: ClusterFlow): { panel: HTMLElement; toggle: HTMLButtonElement } {
  const close = el("button", { class: "icon-button close", title: "Close", attrs: { "aria-label": "Close the cluster flow" } }, ["×"]);
  const panel = el("section", { class: "flow-panel", testid: "flow-panel", attrs: { "aria-label": "Clusters over time" } }, [
    el("header", { class: "details-header" }, [el("h2", {}, ["Clusters over time"]), close]),
    flowChart(app, flow),
    el("p", { class: "muted" }, [`Bands: members shared by clusters of neighbouring slices (matched at Jaccard ≥ ${flow.threshold}).`]),
  ]);
  const toggle = el("button", { class: "button", testid: "flow-toggle", title: "How the clusters split, merge and grow over time" }, ["Flow"]);
  const setOpen = (open: boolean) => app.store.dispatch({ type: "setFlowOpen", open });
  const sync = () => {
    const open = app.store.getState().flowOpen;
    panel.hidden = !open;
    toggle.classList.toggle("active", open);
    toggle.setAttribute("aria-pressed", String(open));
  };
  sync();
  app.store.subscribe((s, p) => s.flowOpen !== p.flowOpen && sync());
  toggle.addEventListener("click", () => setOpen(!app.store.getState().flowOpen));
  close.addEventListener("click", () => setOpen(false));
  return { panel, toggle };
}

function flowChart(app: AppContext, flow: ClusterFlow): SVGSVGElement {
  const o = DEFAULT_FLOW_LAYOUT_OPTIONS;
  const { bars, bands, columns } = layoutFlow(flow, o);
  const color = (community: number) => app.data.communities.find((c) => c.id === community)?.color ?? fallbackCommunityColor(community);
  const last = flow.slices.length - 1;
  return svg("svg", { class: "flow-chart", viewBox: `0 0 ${o.width} ${o.height}`, width: o.width, height: o.height, role: "img", "aria-label": "Alluvial chart of the clusters over time" }, [
    ...bands.map((band) => bandPath(band, color(band.community), flow)),
    ...bars.map((bar) =>
      svg("rect", { class: "flow-bar", x: bar.x, y: bar.y, width: o.barWidth, height: bar.height, fill: color(bar.community), "data-slice": bar.slice, "data-cluster": bar.id }, [
        svg("title", {}, [`${flow.slices[bar.slice]?.label ?? ""}: ${bar.label} (${bar.size})`]),
      ]),
    ),
    // Names only on the last column (the present); the others are in the titles.
    ...bars.filter((bar) => bar.slice === last && bar.height >= 9).map((bar) =>
      svg("text", { class: "flow-label", x: bar.x + o.barWidth + 4, y: bar.y + Math.min(bar.height / 2, 8) + 4 }, [shorten(bar.label, 30)]),
    ),
    ...columns.map((x, i) => svg("text", { class: "axis-label", x: x + o.barWidth / 2, y: o.height - 4, "text-anchor": "middle" }, [flow.slices[i]?.label ?? ""])),
  ]);
}

function bandPath(band: FlowBand, color: string, flow: ClusterFlow): SVGPathElement {
  const mid = (band.x0 + band.x1) / 2;
  const { x0, x1, y0, y1, thickness: t } = band;
  // Two cubic curves (top and bottom edge) make a band of constant vertical thickness.
  const d = `M${x0},${y0} C${mid},${y0} ${mid},${y1} ${x1},${y1} L${x1},${y1 + t} C${mid},${y1 + t} ${mid},${y0 + t} ${x0},${y0 + t} Z`;
  const from = flow.slices[band.slice]?.clusters.find((c) => c.id === band.from)?.label ?? "";
  const to = flow.slices[band.slice + 1]?.clusters.find((c) => c.id === band.to)?.label ?? "";
  return svg("path", { class: "flow-band", d, fill: color, "data-shared": band.shared }, [svg("title", {}, [`${from} → ${to}: ${band.shared} shared`])]);
}

function shorten(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}
