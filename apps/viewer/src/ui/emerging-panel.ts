import type { MapTime } from "@fieldmap/graph";
import { sharesPerPeriod } from "../time/time-scale";
import type { AppContext } from "./context";
import { el } from "./dom";
import { sparkline } from "./time-charts";

export const EMERGING_PANEL_SIZE = 8;

/**
 * graph.json's emerging entities, strongest first, each with a sparkline of its share of the
 * period's papers (what the burst detection reads). Clicking one selects it.
 */
export function mountEmergingPanel(app: AppContext, time: MapTime, size = EMERGING_PANEL_SIZE): HTMLElement {
  const items = time.emerging.slice(0, size).map((id) => {
    const profile = time.entities[id];
    const name = entityLabel(app, id);
    const button = el("button", {
      class: "link-button emerging-item",
      testid: "emerging-item",
      title: `Select ${name}`,
      attrs: { "data-node": id },
      on: { click: () => select(app, id) },
    }, [el("span", { class: "emerging-name" }, [name]), profile ? sparkline(sharesPerPeriod(profile.counts, time.papers)) : null]);
    return el("li", {}, [button]);
  });
  const list = el("ul", { class: "emerging-list" }, items);
  const sync = () => {
    const selected = app.store.getState().selected;
    for (const button of list.querySelectorAll<HTMLButtonElement>(".emerging-item")) button.classList.toggle("selected", button.dataset.node === selected);
  };
  sync();
  app.store.subscribe((s, p) => s.selected !== p.selected && sync());
  return el("section", { class: "emerging", testid: "emerging-panel" }, [
    el("h3", {}, [`Emerging (${time.emerging.length})`]),
    items.length > 0 ? list : el("p", { class: "muted" }, ["No entity bursts in the latest periods."]),
  ]);
}

function entityLabel(app: AppContext, id: string): string {
  if (app.data.graph.hasNode(id)) return String(app.data.graph.getNodeAttribute(id, "label") ?? id);
  return app.data.generic?.find((g) => g.id === id)?.label ?? id;
}

function select(app: AppContext, id: string): void {
  app.store.dispatch({ type: "select", node: id });
  if (app.data.graph.hasNode(id)) app.focusNode(id);
}
