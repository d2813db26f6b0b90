import type { AppContext } from "./context";
import { el } from "./dom";
import { mountEmergingPanel } from "./emerging-panel";
import { mountPeriodSlider } from "./period-slider";
import { mountTimeLegend } from "./time-legend";

export interface TimePanels {
  legend: HTMLElement;
  /** Empty when the map has no fieldmap.time. */
  emerging: HTMLElement;
  slider: HTMLElement | null;
  destroy(): void;
}

/** The time legend (sidebar), the Emerging list (sidebar) and the period slider (over the stage). */
export function mountTimePanels(app: AppContext, extent: [number, number] | null): TimePanels {
  const time = app.data.time;
  const usable = time !== undefined && time.periods.length > 0;
  const slider = usable ? mountPeriodSlider(app, time) : null;
  return {
    legend: mountTimeLegend(app, extent),
    emerging: usable ? mountEmergingPanel(app, time) : el("div", { attrs: { hidden: "" } }),
    slider,
    destroy: () => slider?.dispatchEvent(new Event("fieldmap:destroy")),
  };
}
