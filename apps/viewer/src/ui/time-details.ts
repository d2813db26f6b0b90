import type { AppContext } from "./context";
import { el } from "./dom";
import { periodBarChart } from "./time-charts";

/** The details panel's "Over time" section: the entity's papers per period (null without time data). */
export function timeSection(app: AppContext, key: string): HTMLElement | null {
  const time = app.data.time;
  const profile = time?.entities[key];
  if (!time || !profile) return null;
  const range = profile.first === profile.last ? profile.first : `${profile.first} – ${profile.last}`;
  return el("section", { class: "time-details", testid: "time-details" }, [
    el("h3", {}, ["Over time"]),
    periodBarChart(profile.counts, time.periods),
    el("p", { class: "muted" }, [`${range} · mean ${profile.mean}`]),
  ]);
}
