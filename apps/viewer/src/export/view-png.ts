import { THEME_PALETTES, TYPE_COLORS, ENTITY_TYPE_ORDER } from "../data/palette";
import { DEFAULT_RENDERER_OPTIONS } from "../render/renderer";
import type { AppContext } from "../ui/context";
import { relationLegend } from "./relation-legend";
import { renderMapPng, type LegendEntry } from "./png";
import { timeLegendEntries } from "./time-legend";

/** The PNG of the current view: the legend follows the colour mode and the community filter. */
export function renderViewPng(app: AppContext, scale: number): Promise<Blob> {
  const state = app.store.getState();
  const byType = state.colorMode === "type";
  const byTime = state.colorMode === "time";
  const main = byTime
    ? timeLegendEntries(app.data.graph.mapNodes((_node, attrs) => attrs.mean_year), app.data.time?.period)
    : byType ? typeLegend(app) : communityLegend(app, state.filters.hiddenCommunities);
  return renderMapPng(
    {
      sigma: app.sigma,
      drawLabels: (context, s) => app.labels.drawOn(context, s),
      title: app.data.title,
      legendTitle: byTime ? "Mean date" : byType ? "Entity types" : "Communities",
      legend: [...main, ...relationLegend(app, state.edgeKind)],
      palette: THEME_PALETTES[state.theme],
      font: DEFAULT_RENDERER_OPTIONS.labelFont,
    },
    scale,
  );
}

function communityLegend(app: AppContext, hidden: number[]): LegendEntry[] {
  const off = new Set(hidden);
  return app.data.communities.filter((c) => !off.has(c.id)).map((c) => ({ color: c.color, label: c.label }));
}

function typeLegend(app: AppContext): LegendEntry[] {
  const present = new Set<string>();
  app.data.graph.forEachNode((_node, attrs) => {
    if (!app.highlight.hidden.has(_node)) present.add(String(attrs.type));
  });
  return ENTITY_TYPE_ORDER.filter((type) => present.has(type)).map((type) => ({ color: TYPE_COLORS[type], label: type }));
}
