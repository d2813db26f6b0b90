import type Sigma from "sigma";
import type { ViewerData } from "../data/model";
import type { HighlightContext } from "../render/reducers";
import type { ViewState } from "../state/state";
import type { Store } from "../state/store";
import { colorDomain, countsInPeriods, periodIndices, timeColor } from "../time/time-scale";

/** Mean-date colours of the map's nodes, and the colour domain (null when no node is dated). */
export function meanYearColors(data: ViewerData): { colors: Map<string, string>; extent: [number, number] | null } {
  const colors = new Map<string, string>();
  const extent = colorDomain(data.graph.mapNodes((_node, attrs) => attrs.mean_year));
  if (extent) {
    data.graph.forEachNode((node, attrs) => {
      if (typeof attrs.mean_year === "number") colors.set(node, timeColor(attrs.mean_year, extent));
    });
  }
  return { colors, extent };
}

/** Sets the reducers' period counts from the state; returns whether they changed. */
export function syncPeriod(state: ViewState, data: ViewerData, ctx: HighlightContext): boolean {
  const range = data.time ? periodIndices(data.time.periods, state.period) : null;
  const previous = ctx.time.periodCounts;
  if (!range || !data.time) {
    ctx.time.periodCounts = null;
    return previous !== null;
  }
  const counts = countsInPeriods(data.time.entities, range);
  ctx.time.periodCounts = counts;
  ctx.time.maxPeriodCount = Math.max(1, ...counts.values());
  return true;
}

/** Keeps the period overlay in step with the state and refreshes sigma. Renders nothing. */
export function bindTime(store: Store, sigma: Sigma, data: ViewerData, ctx: HighlightContext): () => void {
  return store.subscribe((state, previous) => {
    if (state.period === previous.period || !syncPeriod(state, data, ctx)) return;
    ctx.version++;
    sigma.refresh({ skipIndexation: true });
  });
}
