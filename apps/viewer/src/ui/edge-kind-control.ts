import "./relations.css";
import { RELATION_COLORS, isRelationEdge } from "../data/relation-edges";
import { RELATION_PHRASES } from "../data/relation-groups";
import { RELATION_KINDS, isRelationKind, type RelationKind } from "../data/relations";
import type { EdgeKind } from "../state/state";
import type { AppContext } from "./context";
import { el, swatch } from "./dom";

const CHOICES: Array<[EdgeKind, string]> = [["cooccurrence", "Co-occurrence"], ["relations", "Relations"], ["both", "Both"]];

/**
 * Which links the map draws: co-occurrence lines (what clusters and places the map), the typed
 * relation arrows, or both; with a legend of the arrows' kinds. Mounted only when the map has
 * arrows to draw (relations whose two ends are on the map).
 */
export function mountEdgeKindControl(app: AppContext): HTMLElement | null {
  const arrowsByKind = countArrowsByKind(app);
  if (arrowsByKind.size === 0) return null;
  const buttons = CHOICES.map(([edgeKind, text]) =>
    el("button", {
      class: "segment",
      testid: `edge-kind-${edgeKind}`,
      attrs: { "data-edge-kind": edgeKind, "aria-pressed": "false" },
      on: { click: () => app.store.dispatch({ type: "setEdgeKind", edgeKind }) },
    }, [text]),
  );
  const legend = el("ul", { class: "relation-legend", testid: "relation-legend" }, RELATION_KINDS.filter((k) => arrowsByKind.has(k)).map((kind) => {
    const mark = swatch(RELATION_COLORS[kind]);
    mark.classList.add("relation-swatch");
    return el("li", { attrs: { "data-kind": kind }, title: `A → B: A ${RELATION_PHRASES[kind].out} B` }, [mark, RELATION_PHRASES[kind].out, el("span", { class: "muted count" }, [String(arrowsByKind.get(kind))])]);
  }));
  const sync = () => {
    const { edgeKind } = app.store.getState();
    for (const button of buttons) button.setAttribute("aria-pressed", String(button.dataset.edgeKind === edgeKind));
    legend.hidden = edgeKind === "cooccurrence";
  };
  sync();
  app.store.subscribe((state, previous) => {
    if (state.edgeKind !== previous.edgeKind) sync();
  });
  return el("div", { class: "edge-kind-row", testid: "edge-kind", attrs: { role: "group", "aria-label": "Links drawn: co-occurrence or relations" } }, [
    el("span", {}, ["Link kind"]),
    el("div", { class: "segmented-inline" }, buttons),
    legend,
  ]);
}

/** Arrows on the map by the kind they are coloured with. */
function countArrowsByKind(app: AppContext): Map<RelationKind, number> {
  const counts = new Map<RelationKind, number>();
  app.data.graph.forEachEdge((_edge, attrs) => {
    if (isRelationEdge(attrs) && isRelationKind(attrs.kind)) counts.set(attrs.kind, (counts.get(attrs.kind) ?? 0) + 1);
  });
  return counts;
}
