import "./relations.css";
import type { MapPaper } from "@fieldmap/graph";
import type { ViewerData } from "../data/model";
import { typeColor } from "../data/palette";
import { RELATION_COLORS } from "../data/relation-edges";
import { evidenceSegments, indexRelations, paperCount, relationGroups, type RelationGroup, type RelationItem } from "../data/relation-groups";
import type { MapRelation, RelationEvidence } from "../data/relations";
import type { AppContext } from "./context";
import { el, swatch } from "./dom";

/**
 * The details panel's "Relations" section: the selected entity's typed relations by kind, both
 * directions ("evaluated on: MATH-500 (12 papers)"), each item expandable to the sentences that
 * state it, head and tail marked. Sentences, titles and labels are data: inserted as text only.
 */
export interface RelationsSectionOptions {
  /** Items a group shows before "Show all". */
  itemsShown: number;
}

export const DEFAULT_RELATIONS_SECTION_OPTIONS: RelationsSectionOptions = { itemsShown: 8 };

/** What the section looks up, built once per loaded map. */
interface RelationLookup {
  byEntity: Map<string, MapRelation[]>;
  papers: Map<string, MapPaper>;
  generic: Map<string, { label: string; type: string }>;
}

const lookups = new WeakMap<ViewerData, RelationLookup>();

function lookupFor(data: ViewerData): RelationLookup {
  let lookup = lookups.get(data);
  if (!lookup) {
    lookup = {
      byEntity: indexRelations(data.relations ?? []),
      papers: new Map(data.papers.map((p) => [p.id, p])),
      generic: new Map((data.generic ?? []).map((g) => [g.id, g])),
    };
    lookups.set(data, lookup);
  }
  return lookup;
}

/** The section for `entity`; nothing (an empty fragment) when it takes part in no relation. */
export function relationsSection(app: AppContext, entity: string, options: RelationsSectionOptions = DEFAULT_RELATIONS_SECTION_OPTIONS): HTMLElement | DocumentFragment {
  const lookup = lookupFor(app.data);
  const relations = lookup.byEntity.get(entity) ?? [];
  if (relations.length === 0) return document.createDocumentFragment();
  const labelOf = (id: string) => entityLabel(app, lookup, id);
  const groups = relationGroups(entity, relations, labelOf);
  return el("section", { class: "relations", testid: "relations" }, [
    el("h3", {}, [`Relations (${relations.length})`]),
    ...groups.map((group) => groupElement(app, lookup, group, options)),
  ]);
}

function groupElement(app: AppContext, lookup: RelationLookup, group: RelationGroup, options: RelationsSectionOptions): HTMLElement {
  const list = el("ul", { class: "relation-items" });
  // Only the first count names its unit: "MATH-500 (12 papers), AIME 2024 (9)".
  const show = (from: number, to: number) => group.items.slice(from, to).forEach((item, i) => list.appendChild(itemElement(app, lookup, item, from + i === 0)));
  show(0, options.itemsShown);
  const more = group.items.length > options.itemsShown
    ? el("button", { class: "link-button more", testid: "relation-more", on: { click: () => { show(options.itemsShown, group.items.length); more?.remove(); } } }, [`Show all ${group.items.length}`])
    : null;
  const arrow = swatch(RELATION_COLORS[group.kind]);
  arrow.classList.add("relation-swatch");
  return el("div", { class: "relation-group", testid: "relation-group", attrs: { "data-kind": group.kind, "data-direction": group.direction } }, [
    el("h4", { class: "relation-phrase", testid: "relation-phrase" }, [arrow, `${group.phrase}:`]),
    list,
    more,
  ]);
}

function itemElement(app: AppContext, lookup: RelationLookup, item: RelationItem, first: boolean): HTMLLIElement {
  const { other, relation } = item;
  const label = entityLabel(app, lookup, other);
  const onMap = app.data.graph.hasNode(other);
  const color = onMap ? String(app.data.graph.getNodeAttribute(other, "color") ?? "#999") : typeColor(lookup.generic.get(other)?.type);
  const open = () => {
    // A generic entity has no node to fly to: selecting it shows its details, as search does.
    app.store.dispatch({ type: "select", node: other });
    if (onMap) app.focusNode(other);
  };
  const evidence = el("div", { class: "relation-evidence", testid: "relation-evidence" });
  evidence.hidden = true;
  const toggle = el("button", { class: "link-button relation-toggle", testid: "relation-toggle", attrs: { "aria-expanded": "false" } }, ["sentences ▸"]);
  toggle.addEventListener("click", () => {
    if (evidence.childElementCount === 0) relation.evidence.forEach((e) => evidence.appendChild(sentenceElement(app, lookup, e)));
    evidence.hidden = !evidence.hidden;
    toggle.setAttribute("aria-expanded", String(!evidence.hidden));
    toggle.textContent = evidence.hidden ? "sentences ▸" : "sentences ▾";
  });
  return el("li", { class: "relation-item", testid: "relation-item", attrs: { "data-key": other } }, [
    el("button", { class: "link-button relation-entity", testid: "relation-entity", title: onMap ? label : `${label} (generic: not drawn)`, attrs: { "data-key": other }, on: { click: open } }, [swatch(color), el("span", {}, [label])]),
    el("span", { class: "muted relation-count", testid: "relation-count" }, [` (${paperCount(item.count, first)})`]),
    relation.evidence.length > 0 ? toggle : null,
    evidence,
  ]);
}

/** The sentence with head and tail in <mark>, then the paper it comes from (which opens that paper). */
function sentenceElement(app: AppContext, lookup: RelationLookup, evidence: RelationEvidence): HTMLElement {
  const parts = evidenceSegments(evidence.sentence, evidence.head, evidence.tail).map((segment) =>
    segment.role ? el("mark", { class: `relation-${segment.role}`, testid: `relation-${segment.role}` }, [segment.text]) : segment.text,
  );
  const paper = lookup.papers.get(evidence.paper);
  const source = paper
    ? el("button", { class: "link-button relation-paper", testid: "relation-paper", title: "Open this paper", attrs: { "data-paper": paper.id }, on: { click: () => app.store.dispatch({ type: "selectPaper", paper: paper.id }) } }, [paper.title])
    : el("span", { class: "muted relation-paper", testid: "relation-paper" }, [evidence.paper]);
  return el("blockquote", { class: "evidence relation-sentence", testid: "relation-sentence" }, [...parts, el("span", { class: "relation-source" }, ["— ", source])]);
}

function entityLabel(app: AppContext, lookup: RelationLookup, id: string): string {
  if (app.data.graph.hasNode(id)) return String(app.data.graph.getNodeAttribute(id, "label") ?? id);
  return lookup.generic.get(id)?.label ?? id;
}
