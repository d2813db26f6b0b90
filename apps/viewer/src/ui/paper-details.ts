import type { MapPaper } from "@fieldmap/graph";
import { typeColor } from "../data/palette";
import { paperLinks } from "../data/paper-links";
import type { AppContext } from "./context";
import { evidenceSentence } from "./details-panel";
import { el, swatch } from "./dom";

/**
 * The paper's arXiv / Hugging Face / source links (http(s) only), or null when it has none.
 * `withSource` false leaves out its own URL (a paper list already links the title to it).
 */
export function paperLinkList(paper: MapPaper, withSource = true): HTMLElement | null {
  const links = paperLinks(paper).filter((link) => withSource || link.kind !== "source");
  if (links.length === 0) return null;
  return el(
    "span",
    { class: "paper-links" },
    links.map((link) => el("a", { class: "paper-link", testid: "paper-link", attrs: { href: link.href, target: "_blank", rel: "noopener noreferrer", "data-kind": link.kind } }, [link.label])),
  );
}

/**
 * A paper found by title: its date, links, and the entities it names (reading order), each
 * with the sentence naming it; clicking one opens that entity. Everything is inserted as text.
 */
export function renderPaperDetails(panel: HTMLElement, app: AppContext, paper: MapPaper): void {
  const close = el("button", { class: "icon-button close", title: "Close (Esc)", attrs: { "aria-label": "Close paper" }, on: { click: () => app.store.dispatch({ type: "selectPaper", paper: null }) } }, ["×"]);
  const date = paper.date ?? (paper.year ? String(paper.year) : "");
  const links = paperLinkList(paper);
  panel.append(
    el("header", { class: "details-header" }, [el("h2", { testid: "details-title" }, [paper.title]), close]),
    el("dl", { class: "facts" }, [
      fact("Kind", "paper"),
      date ? fact("Date", date) : null,
      links ? fact("Links", links) : null,
    ]),
    entitiesSection(app, paper),
  );
}

function entitiesSection(app: AppContext, paper: MapPaper): HTMLElement {
  const { graph } = app.data;
  const items = paper.entities.map((id) => {
    const onMap = graph.hasNode(id);
    const generic = app.data.generic?.find((g) => g.id === id);
    const label = onMap ? String(graph.getNodeAttribute(id, "label") ?? id) : generic?.label ?? id;
    const type = onMap ? String(graph.getNodeAttribute(id, "type") ?? "") : generic?.type ?? "";
    const open = () => {
      app.store.dispatch({ type: "select", node: id });
      if (onMap) app.focusNode(id);
    };
    const evidence = paper.evidence.find((e) => e.entity === id);
    return el("li", { class: "paper-entity" }, [
      el("button", { class: "link-button", testid: "paper-entity", title: label, attrs: { "data-key": id }, on: { click: open } }, [
        swatch(onMap ? String(graph.getNodeAttribute(id, "color") ?? typeColor(type)) : typeColor(type)),
        el("span", {}, [label]),
        el("span", { class: "muted" }, [` ${type}${onMap ? "" : " · generic"}`]),
      ]),
      evidence ? evidenceSentence(evidence, label) : null,
    ]);
  });
  return el("section", { class: "papers" }, [
    el("h3", {}, [`Entities (${items.length})`]),
    items.length > 0 ? el("ul", { class: "paper-entity-list", testid: "paper-entities" }, items) : el("p", { class: "muted" }, ["No entity of this map is named in it."]),
  ]);
}

function fact(name: string, value: Node | string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(el("dt", {}, [name]), el("dd", {}, [value]));
  return fragment;
}
