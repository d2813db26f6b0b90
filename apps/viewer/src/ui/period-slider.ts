import type { MapTime } from "@fieldmap/graph";
import { formatPeriod } from "../state/period-param";
import { periodIndices } from "../time/time-scale";
import type { AppContext } from "./context";
import { el } from "./dom";

export interface PeriodSliderOptions {
  /** Milliseconds per period while playing. */
  playStepMs: number;
}

export const DEFAULT_PERIOD_SLIDER_OPTIONS: PeriodSliderOptions = { playStepMs: 900 };

/**
 * Picks one period (the slider) or all of them; Play grows the map period by period: the range
 * runs from the first period to the one shown, so the field builds up as it did.
 */
export function mountPeriodSlider(app: AppContext, time: MapTime, options = DEFAULT_PERIOD_SLIDER_OPTIONS): HTMLElement {
  const { periods } = time;
  const last = periods.length - 1;
  const slider = el("input", { testid: "period-slider", attrs: { type: "range", min: "0", max: String(last), step: "1", "aria-label": "Period" } });
  const label = el("span", { class: "period-label", testid: "period-label" });
  const all = el("button", { class: "button", testid: "period-all", title: "Show every period" }, ["All"]);
  const play = el("button", { class: "button", testid: "period-play", title: "Play the periods in order" }, ["▶ Play"]);
  let timer: ReturnType<typeof setInterval> | undefined;
  const setRange = (from: number, to: number) =>
    app.store.dispatch({ type: "setPeriod", period: { from: periods[from] ?? "", to: periods[to] ?? "" } });
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    play.textContent = "▶ Play";
  };
  slider.addEventListener("input", () => {
    stop();
    setRange(Number(slider.value), Number(slider.value));
  });
  all.addEventListener("click", () => {
    stop();
    app.store.dispatch({ type: "setPeriod", period: null });
  });
  play.addEventListener("click", () => {
    if (timer !== undefined) return stop();
    let step = 0;
    play.textContent = "❚❚ Pause";
    setRange(0, 0);
    timer = setInterval(() => {
      step++;
      if (step > last) return stop();
      setRange(0, step);
    }, options.playStepMs);
  });
  const sync = () => {
    const range = periodIndices(periods, app.store.getState().period);
    slider.value = String(range ? range[1] : last);
    // Short: the bar must stay clear of the details panel on the right.
    label.textContent = range ? formatPeriod({ from: periods[range[0]] ?? "", to: periods[range[1]] ?? "" }) : "All periods";
    label.title = `${periods[0]} to ${periods[last]}`;
    all.disabled = range === null;
  };
  sync();
  app.store.subscribe((s, p) => s.period !== p.period && sync());
  const bar = el("div", { class: "time-bar", testid: "period-control", attrs: { role: "group", "aria-label": "Period" } }, [play, slider, label, all]);
  // The app's teardown: no timer left running on a closed map.
  bar.addEventListener("fieldmap:destroy", stop);
  return bar;
}
