import "./time.css";
import { interpolateViridis } from "d3-scale-chromatic";
import { TIME_RAMP, UNDATED_COLOR, formatDecimalYear } from "../time/time-scale";
import type { AppContext } from "./context";
import { el, swatch } from "./dom";

/**
 * The legend of the colour-by-time mode: the viridis ramp from the earliest mean date to the
 * latest, and the grey of undated nodes. Shown only in that mode.
 */
export function mountTimeLegend(app: AppContext, extent: [number, number] | null): HTMLElement {
  const unit = app.data.time?.period;
  const ramp = el("div", { class: "time-ramp", attrs: { "aria-hidden": "true" } });
  const stops = Array.from({ length: 9 }, (_, i) => interpolateViridis(TIME_RAMP[0] + (i / 8) * (TIME_RAMP[1] - TIME_RAMP[0])));
  ramp.style.background = `linear-gradient(to right, ${stops.join(", ")})`;
  const section = el("section", { class: "time-legend", testid: "time-legend" }, [
    el("h3", {}, ["Mean date"]),
    ramp,
    el("div", { class: "time-range muted" }, [
      // The domain leaves out the earliest and latest 5%: the ends read "or before" / "or after".
      el("span", { testid: "time-legend-from", title: "and earlier" }, [extent ? `≤ ${formatDecimalYear(extent[0], unit)}` : "no dates"]),
      el("span", { testid: "time-legend-to", title: "and later" }, [extent ? `≥ ${formatDecimalYear(extent[1], unit)}` : ""]),
    ]),
    el("div", { class: "muted time-undated" }, [swatch(UNDATED_COLOR), "no date"]),
  ]);
  const sync = () => (section.hidden = app.store.getState().colorMode !== "time");
  sync();
  app.store.subscribe((s, p) => s.colorMode !== p.colorMode && sync());
  return section;
}
