import type { AppContext } from "./context";
import { el } from "./dom";
import { mountEmergingPanel } from "./emerging-panel";
import { mountFlowPanel } from "./flow-panel";
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
  // The cluster flow opens from the period bar, over the stage.
  if (slider && time?.flow && time.flow.slices.length > 1) {
    const flow = mountFlowPanel(app, time.flow);
    slider.append(flow.toggle);
    app.sigma.getContainer().parentElement?.append(flow.panel);
  }
  return {
    legend: mountTimeLegend(app, extent),
    emerging: usable ? mountEmergingPanel(app, time) : el("div", { attrs: { hidden: "" } }),
    slider,
    destroy: () => slider?.dispatchEvent(new Event("fieldmap:destroy")),
  };
}
