import "./clusters.css";
import { summariseCluster, type ClusterPaper, type ClusterSummary, type MapDocument, type NodeAttributes } from "@fieldmap/graph";
import type { ViewerData } from "../data/model";
import { ENTITY_TYPE_ORDER, typeColor } from "../data/palette";
import type { ClusterFocus, ViewState } from "../state/state";
import type { AppContext } from "./context";
import { evidenceSentence } from "./details-panel";
import { append, clear, el, swatch } from "./dom";

/**
 * The focused cluster's summary: size, parent or sub-clusters, top entities by type, its most
 * representative papers with their evidence sentence, and its years. It shares the right of the
 * stage with the node details panel: while a node is selected the details show instead, and
 * closing them brings the cluster back. Everything from the data is inserted as text.
 */
export function mountClusterPanel(app: AppContext): HTMLElement {
  const panel = el("aside", { class: "details cluster-panel", testid: "cluster-panel", attrs: { "aria-label": "Cluster summary" } });
  const doc = summaryDocument(app.data);
  const show = (state: ViewState) => {
    clear(panel);
    const summary = state.focus && state.selected === null ? summariseCluster(doc, state.focus) : undefined;
    panel.hidden = summary === undefined;
    if (summary) renderSummary(panel, app, summary);
  };
  show(app.store.getState());
  app.store.subscribe((state, previous) => {
    if (state.focus !== previous.focus || state.selected !== previous.selected) show(state);
  });
  return panel;
}

/** graph.json's shape over the live graph, so the summary follows what the viewer shows. */
function summaryDocument(data: ViewerData): MapDocument {
  return {
    fieldmap: { version: 1, title: data.title, created: "", communities: data.communities },
    graph: { nodes: data.graph.mapNodes((key, attributes) => ({ key, attributes: attributes as NodeAttributes })), edges: [] },
    papers: data.papers,
  };
}

function renderSummary(panel: HTMLElement, app: AppContext, summary: ClusterSummary): void {
  const focus = (target: ClusterFocus) => app.store.dispatch({ type: "focusCluster", focus: target });
  const close = el("button", {
    class: "icon-button close", title: "Close (Esc)", testid: "cluster-close",
    attrs: { "aria-label": "Close cluster summary" }, on: { click: () => app.store.dispatch({ type: "focusCluster", focus: null }) },
  }, ["×"]);
  const kind = summary.level === "community" ? "Community" : "Sub-cluster";
  const parent = summary.parent;
  append(panel, [
    el("header", { class: "details-header" }, [
      swatch(summary.color),
      el("h2", { testid: "cluster-title", title: summary.label }, [summary.label]),
      close,
    ]),
    el("dl", { class: "facts" }, [
      fact(kind, el("span", { testid: "cluster-size" }, [`${summary.size} entities`])),
      parent ? fact("Part of", clusterButton(parent.label, () => focus({ level: "community", id: parent.id }), "cluster-parent")) : null,
      summary.years.first !== null ? fact("Years", yearSpan(summary.years.first, summary.years.last)) : null,
    ]),
    summary.subclusters.length > 1 ? subclusterSection(summary, focus) : null,
    topEntitiesSection(app, summary),
    papersSection(app, summary.papers),
    summary.years.byYear.length > 1 ? yearsSection(summary.years.byYear) : null,
  ]);
}

function fact(name: string, value: Node | string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(el("dt", {}, [name]), el("dd", {}, [value]));
  return fragment;
}

function yearSpan(first: number, last: number | null): string {
  return last === null || last === first ? String(first) : `${first}–${last}`;
}

function clusterButton(label: string, onClick: () => void, testid: string): HTMLButtonElement {
  return el("button", { class: "link-button cluster-link", testid, title: label, on: { click: onClick } }, [label]);
}

function subclusterSection(summary: ClusterSummary, focus: (target: ClusterFocus) => void): HTMLElement {
  const items = summary.subclusters.map((sub) =>
    el("li", { attrs: { "data-subcommunity": String(sub.id) } }, [
      clusterButton(sub.label, () => focus({ level: "subcommunity", id: sub.id }), "cluster-subcluster"),
      el("span", { class: "muted count" }, [String(sub.size)]),
    ]),
  );
  return el("section", {}, [el("h3", {}, [`Sub-clusters (${summary.subclusters.length})`]), el("ul", { class: "cluster-rows" }, items)]);
}

function topEntitiesSection(app: AppContext, summary: ClusterSummary): HTMLElement {
  const groups = ENTITY_TYPE_ORDER.flatMap((type) => {
    const entities = summary.topByType[type];
    if (!entities || entities.length === 0) return [];
    const buttons = entities.map((entity) =>
      el("li", {}, [
        el("button", { class: "link-button", testid: "cluster-entity", title: entity.label, attrs: { "data-key": entity.id }, on: { click: () => app.focusNode(entity.id) } }, [entity.label]),
        el("span", { class: "muted count", title: "papers" }, [String(entity.count)]),
      ]),
    );
    return [el("div", { class: "type-group" }, [el("h4", {}, [swatch(typeColor(type)), type]), el("ul", { class: "cluster-rows" }, buttons)])];
  });
  return el("section", { class: "cluster-top" }, [el("h3", {}, ["Top entities"]), ...groups]);
}

function papersSection(app: AppContext, papers: ClusterPaper[]): HTMLElement {
  const { graph } = app.data;
  const items = papers.map((paper) => {
    const title = paper.url && /^https?:\/\//i.test(paper.url)
      ? el("a", { class: "paper-title", attrs: { href: paper.url, target: "_blank", rel: "noopener noreferrer" } }, [paper.title])
      : el("span", { class: "paper-title" }, [paper.title]);
    const date = paper.date ?? (paper.year ? String(paper.year) : "");
    const label = paper.evidence && graph.hasNode(paper.evidence.entity) ? String(graph.getNodeAttribute(paper.evidence.entity, "label")) : "";
    return el("li", { class: "paper", testid: "cluster-paper" }, [
      title,
      date ? el("span", { class: "paper-date" }, [date]) : null,
      paper.evidence ? evidenceSentence(paper.evidence, label) : null,
    ]);
  });
  return el("section", { class: "papers" }, [
    el("h3", {}, ["Representative papers"]),
    items.length > 0 ? el("ol", { class: "paper-list" }, items) : el("p", { class: "muted" }, ["No paper is mostly about this cluster."]),
  ]);
}

/** Papers per year as a bar list: the bar's length is the year's share of the busiest year. */
function yearsSection(byYear: Array<[number, number]>): HTMLElement {
  const max = Math.max(...byYear.map(([, count]) => count));
  const rows = byYear.map(([year, count]) => {
    const bar = el("span", { class: "year-bar" });
    bar.style.width = `${Math.max(2, (100 * count) / max)}%`;
    return el("li", { testid: "cluster-year", attrs: { "data-year": String(year) } }, [
      el("span", { class: "year-label" }, [String(year)]),
      el("span", { class: "year-track" }, [bar]),
      el("span", { class: "muted count" }, [String(count)]),
    ]);
  });
  return el("section", {}, [el("h3", {}, ["Papers per year"]), el("ul", { class: "year-bars" }, rows)]);
}
