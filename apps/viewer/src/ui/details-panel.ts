import type { Evidence, GenericEntity, MapPaper } from "@fieldmap/graph";
import { typeColor } from "../data/palette";
import { isRelationEdge } from "../data/relation-edges";
import type { AppContext } from "./context";
import { clear, el, swatch } from "./dom";
import { paperLinkList, renderPaperDetails } from "./paper-details";
import { relationsSection } from "./relations-panel";
import { timeSection } from "./time-details";
import type { ViewState } from "../state/state";

export interface DetailsOptions {
  topNeighbours: number;
  /** Papers shown before "Show more". */
  papersPageSize: number;
}

export const DEFAULT_DETAILS_OPTIONS: DetailsOptions = { topNeighbours: 12, papersPageSize: 25 };

/** The panel for the selected node; everything from the data is inserted as text. */
export function mountDetailsPanel(app: AppContext, options: DetailsOptions = DEFAULT_DETAILS_OPTIONS): HTMLElement {
  const panel = el("aside", { class: "details", testid: "details-panel", attrs: { "aria-label": "Entity details" } });
  const show = ({ selected, paper: paperId }: ViewState) => {
    clear(panel);
    const paper = paperId === null ? undefined : app.data.papers.find((p) => p.id === paperId);
    if (paper) {
      panel.hidden = false;
      return renderPaperDetails(panel, app, paper);
    }
    const generic = selected === null ? undefined : app.data.generic?.find((g) => g.id === selected);
    panel.hidden = selected === null || (!app.data.graph.hasNode(selected) && !generic);
    if (panel.hidden || selected === null) return;
    if (generic) renderGenericDetails(panel, app, generic, options);
    else renderDetails(panel, app, selected, options);
  };
  show(app.store.getState());
  app.store.subscribe((state, previous) => {
    if (state.selected !== previous.selected || state.paper !== previous.paper) show(state);
  });
  return panel;
}

function renderDetails(panel: HTMLElement, app: AppContext, key: string, options: DetailsOptions): void {
  const attrs = app.data.graph.getNodeAttributes(key);
  const label = String(attrs.label ?? key);
  const aliases = Array.isArray(attrs.aliases) ? attrs.aliases.map(String).filter((a) => a !== label) : [];
  const community = app.data.communities.find((c) => c.id === Number(attrs.community));
  const papers = app.data.papersByEntity.get(key) ?? [];
  const close = el("button", { class: "icon-button close", title: "Close (Esc)", attrs: { "aria-label": "Close details" }, on: { click: () => app.store.dispatch({ type: "select", node: null }) } }, ["×"]);
  panel.append(
    el("header", { class: "details-header" }, [el("h2", { testid: "details-title" }, [label]), close]),
    el("dl", { class: "facts" }, [
      fact("Type", el("span", { class: "chip" }, [swatch(typeColor(attrs.type)), String(attrs.type ?? "unknown")])),
      fact("Papers", String(attrs.count ?? papers.length)),
      community ? fact("Community", el("span", { class: "chip" }, [swatch(community.color), community.label])) : null,
      attrs.first_year ? fact("Years", attrs.first_year === attrs.last_year ? String(attrs.first_year) : `${attrs.first_year}–${attrs.last_year}`) : null,
      aliases.length > 0 ? fact("Also written", aliases.join(", ")) : null,
    ]),
    timeSection(app, key) ?? "",
    relationsSection(app, key),
    neighboursSection(app, key, options.topNeighbours),
    papersSection(key, label, papers, options.papersPageSize),
  );
}

/**
 * An entity kept off the map as generic (its links spread over every cluster): no node to
 * show, but its type, count and papers stay one search away.
 */
function renderGenericDetails(panel: HTMLElement, app: AppContext, entity: GenericEntity, options: DetailsOptions): void {
  const papers = app.data.papersByEntity.get(entity.id) ?? [];
  const close = el("button", { class: "icon-button close", title: "Close (Esc)", attrs: { "aria-label": "Close details" }, on: { click: () => app.store.dispatch({ type: "select", node: null }) } }, ["×"]);
  panel.append(
    el("header", { class: "details-header" }, [el("h2", { testid: "details-title" }, [entity.label]), close]),
    el("dl", { class: "facts" }, [
      fact("Type", el("span", { class: "chip" }, [swatch(typeColor(entity.type)), entity.type])),
      fact("Papers", String(entity.count)),
      fact("On the map", el("span", { testid: "generic-note" }, ["No: generic, its links spread over all clusters"])),
    ]),
    relationsSection(app, entity.id),
    papersSection(entity.id, entity.label, papers, options.papersPageSize),
  );
}

function fact(name: string, value: Node | string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(el("dt", {}, [name]), el("dd", {}, [value]));
  return fragment;
}

function neighboursSection(app: AppContext, key: string, limit: number): HTMLElement {
  const { graph } = app.data;
  // Co-occurrence links only: relation arrows have their own section.
  const linked = graph
    .filterEdges(key, (_edge, attrs) => !isRelationEdge(attrs))
    .map((edge) => ({ node: graph.opposite(key, edge), weight: Number(graph.getEdgeAttribute(edge, "weight") ?? 1) }))
    .sort((a, b) => b.weight - a.weight || String(a.node).localeCompare(String(b.node)));
  const items = linked.slice(0, limit).map(({ node, weight }) => {
    const label = String(graph.getNodeAttribute(node, "label") ?? node);
    // Two columns cut long names; the tooltip keeps them readable.
    const button = el("button", { class: "link-button", testid: "neighbour", title: label, attrs: { "data-key": node }, on: { click: () => app.focusNode(node) } }, [
      swatch(String(graph.getNodeAttribute(node, "color") ?? "#999")),
      el("span", { class: "neighbour-label" }, [label]),
    ]);
    return el("li", {}, [
      button,
      el("span", { class: "muted", title: "papers in common" }, [String(weight)]),
    ]);
  });
  return el("section", { class: "neighbours" }, [
    el("h3", {}, [`Co-occurs with (${linked.length})`]),
    items.length > 0 ? el("ul", { class: "neighbour-list" }, items) : el("p", { class: "muted" }, ["No co-occurring entities."]),
  ]);
}

function papersSection(key: string, label: string, papers: MapPaper[], pageSize: number): HTMLElement {
  const list = el("ol", { class: "paper-list", testid: "paper-list" });
  const more = el("button", { class: "link-button more" });
  let shown = 0;
  const showMore = () => {
    for (const paper of papers.slice(shown, shown + pageSize)) list.appendChild(paperItem(paper, key, label));
    shown = Math.min(papers.length, shown + pageSize);
    more.hidden = shown >= papers.length;
    more.textContent = `Show ${Math.min(pageSize, papers.length - shown)} more`;
  };
  more.addEventListener("click", showMore);
  showMore();
  return el("section", { class: "papers" }, [
    el("h3", {}, [`Papers (${papers.length})`]),
    papers.length > 0 ? list : el("p", { class: "muted" }, ["No papers in this map mention it (the file has no paper list)."]),
    more,
  ]);
}

function paperItem(paper: MapPaper, key: string, label: string): HTMLLIElement {
  const title = paper.url && /^https?:\/\//i.test(paper.url)
    ? el("a", { class: "paper-title", attrs: { href: paper.url, target: "_blank", rel: "noopener noreferrer" } }, [paper.title])
    : el("span", { class: "paper-title" }, [paper.title]);
  const date = paper.date ?? (paper.year ? String(paper.year) : "");
  const evidence = (paper.evidence ?? []).find((e) => e.entity === key);
  return el("li", { class: "paper", testid: "paper" }, [
    title,
    date ? el("span", { class: "paper-date" }, [date]) : null,
    paperLinkList(paper, false),
    evidence ? evidenceSentence(evidence, label) : null,
  ]);
}

/** The sentence with the mention in <mark>; offsets are checked, falling back to a text search. */
export function evidenceSentence(evidence: Evidence, label: string): HTMLElement {
  const { sentence } = evidence;
  let { start, end } = evidence;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= sentence.length && start < end)) {
    start = sentence.toLowerCase().indexOf(label.toLowerCase());
    end = start + label.length;
  }
  if (start < 0) return el("blockquote", { class: "evidence", testid: "evidence" }, [sentence]);
  return el("blockquote", { class: "evidence", testid: "evidence" }, [
    sentence.slice(0, start),
    el("mark", { testid: "mention" }, [sentence.slice(start, end)]),
    sentence.slice(end),
  ]);
}
