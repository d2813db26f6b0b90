import { ENTITY_TYPE_ORDER, typeColor } from "../data/palette";
import { hasActiveFilters, type Action } from "../state/state";
import type { AppContext } from "./context";
import { el, swatch } from "./dom";
import { mountEdgeKindControl } from "./edge-kind-control";
import { mountLinksControl } from "./links-control";

/** Type checkboxes, minimum count and edge weight, year range, a visible-node count and Clear. */
export function mountFilters(app: AppContext): HTMLElement {
  const { graph } = app.data;
  const typeCounts = new Map<string, number>();
  let maxCount = 1;
  let maxWeight = 1;
  graph.forEachNode((_n, a) => {
    typeCounts.set(String(a.type), (typeCounts.get(String(a.type)) ?? 0) + 1);
    maxCount = Math.max(maxCount, Number(a.count ?? 1));
  });
  graph.forEachEdge((_e, a) => {
    maxWeight = Math.max(maxWeight, Number(a.weight ?? 1));
  });
  const types = [...ENTITY_TYPE_ORDER.filter((t) => typeCounts.has(t)), ...[...typeCounts.keys()].filter((t) => !ENTITY_TYPE_ORDER.includes(t as never))];
  const typeBoxes = types.map((type) => {
    const box = el("input", { testid: `type-filter-${type}`, attrs: { type: "checkbox", "data-type": type }, on: { change: () => app.store.dispatch({ type: "toggleType", entityType: type }) } });
    return { type, box, row: el("label", { class: "type-row" }, [box, swatch(typeColor(type)), type, el("span", { class: "muted count" }, [String(typeCounts.get(type) ?? 0)])]) };
  });
  const minCount = rangeControl("Min. papers", "min-count", maxCount, (value) => app.store.dispatch({ type: "setMinCount", value }));
  const minWeight = rangeControl("Min. link weight", "min-weight", maxWeight, (value) => app.store.dispatch({ type: "setMinEdgeWeight", value }));
  const years = app.data.years ? yearControl(app, app.data.years) : null;
  const visible = el("p", { class: "muted visible-count", testid: "visible-count" });
  const clearButton = el("button", { class: "button", testid: "clear-filters", on: { click: () => app.store.dispatch({ type: "clearFilters" }) } }, ["Clear filters"]);

  const sync = () => {
    const { filters } = app.store.getState();
    for (const { type, box } of typeBoxes) box.checked = !filters.hiddenTypes.includes(type);
    minCount.set(filters.minCount);
    minWeight.set(filters.minEdgeWeight);
    years?.set(filters.years);
    clearButton.disabled = !hasActiveFilters(filters);
    visible.textContent = `${graph.order - app.highlight.hidden.size} of ${graph.order} entities shown`;
  };
  sync();
  app.store.subscribe((state, previous) => {
    if (state.filters !== previous.filters) sync();
  });
  return el("section", { class: "filters" }, [
    el("h3", {}, ["Filters"]),
    el("fieldset", { class: "type-filter", testid: "type-filter" }, [el("legend", {}, ["Entity types"]), ...typeBoxes.map((t) => t.row)]),
    minCount.element,
    minWeight.element,
    mountLinksControl(app),
    mountEdgeKindControl(app),
    years?.element,
    el("div", { class: "filter-footer" }, [visible, clearButton]),
  ]);
}

function rangeControl(label: string, testid: string, max: number, onChange: (value: number) => void) {
  const input = el("input", { testid, attrs: { type: "range", min: "1", max: String(Math.max(2, max)), step: "1", "aria-label": label } });
  const output = el("output", { class: "range-value" });
  input.addEventListener("input", () => {
    output.textContent = input.value;
  });
  input.addEventListener("change", () => onChange(Number(input.value)));
  return {
    element: el("label", { class: "range-row" }, [el("span", {}, [label]), input, output]),
    set(value: number) {
      input.value = String(value);
      output.textContent = String(value);
    },
  };
}

function yearControl(app: AppContext, extent: [number, number]) {
  const from = el("input", { testid: "year-from", attrs: { type: "number", min: String(extent[0]), max: String(extent[1]), "aria-label": "From year" } });
  const to = el("input", { testid: "year-to", attrs: { type: "number", min: String(extent[0]), max: String(extent[1]), "aria-label": "To year" } });
  const commit = () => {
    const a = Number(from.value || extent[0]);
    const b = Number(to.value || extent[1]);
    const action: Action = a <= extent[0] && b >= extent[1] ? { type: "setYears", years: null } : { type: "setYears", years: [a, b] };
    app.store.dispatch(action);
  };
  from.addEventListener("change", commit);
  to.addEventListener("change", commit);
  return {
    element: el("div", { class: "range-row years" }, [el("span", {}, ["Years"]), from, "–", to]),
    set(years: [number, number] | null) {
      from.value = String(years?.[0] ?? extent[0]);
      to.value = String(years?.[1] ?? extent[1]);
    },
  };
}
