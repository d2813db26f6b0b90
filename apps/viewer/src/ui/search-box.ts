import { typeColor } from "../data/palette";
import { buildSearchIndex, searchEntities, type SearchEntry, type SearchHit } from "../search/search-index";
import type { AppContext } from "./context";
import { clear, el, swatch } from "./dom";

/** Autocomplete over entity labels and aliases, then paper titles (combobox pattern: arrows, Enter, Escape). */
export function mountSearchBox(app: AppContext): HTMLElement {
  const nodes = app.data.graph.mapNodes((key, attrs): SearchEntry => ({
    key,
    label: String(attrs.label ?? key),
    aliases: Array.isArray(attrs.aliases) ? attrs.aliases.map(String) : [],
    count: Number(attrs.count ?? 1),
    type: String(attrs.type ?? ""),
  }));
  // Generic entities are not drawn, but a reader looking for "accuracy" must still find it.
  const generic = (app.data.generic ?? []).map((g): SearchEntry => ({ key: g.id, label: g.label, aliases: g.aliases ?? [], count: g.count, type: g.type, generic: true }));
  const entityIndex = buildSearchIndex([...nodes, ...generic]);
  // Papers by title: a reader often remembers the paper before the entities in it.
  const paperIndex = buildSearchIndex(
    app.data.papers.map((paper): SearchEntry => ({ key: paper.id, label: paper.title, aliases: [], count: 0, type: "paper", paper: true, detail: paper.date ?? (paper.year ? String(paper.year) : undefined) })),
  );
  const input = el("input", {
    class: "search-input",
    testid: "search-input",
    attrs: {
      type: "search",
      placeholder: "Search entities and papers…  ( / )",
      "aria-label": "Search entities and paper titles",
      role: "combobox",
      "aria-expanded": "false",
      "aria-controls": "search-results",
      "aria-autocomplete": "list",
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = el("ul", { class: "search-results", testid: "search-results", attrs: { id: "search-results", role: "listbox" } });
  list.hidden = true;
  let hits: SearchHit[] = [];
  let active = 0;

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.label;
    close();
    // A paper opens its details (links, entities); a generic entity has no node to fly to:
    // select it so its details (and papers) show.
    if (hit.paper) app.store.dispatch({ type: "selectPaper", paper: hit.key });
    else if (hit.generic) app.store.dispatch({ type: "select", node: hit.key });
    else app.focusNode(hit.key);
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  };
  const render = () => {
    clear(list);
    hits.forEach((hit, i) => {
      if (hit.paper && !hits[i - 1]?.paper) list.appendChild(el("li", { class: "search-group", attrs: { role: "presentation" } }, ["Papers"]));
      list.appendChild(resultItem(hit, i, i === active, () => choose(hit)));
    });
    if (hits.length === 0 && input.value.trim()) list.appendChild(el("li", { class: "search-empty" }, ["No match"]));
    list.hidden = input.value.trim() === "";
    input.setAttribute("aria-expanded", String(!list.hidden));
    if (hits[active]) input.setAttribute("aria-activedescendant", `search-hit-${active}`);
  };
  input.addEventListener("input", () => {
    hits = [...searchEntities(entityIndex, input.value, 8), ...searchEntities(paperIndex, input.value, 5)];
    active = 0;
    render();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length === 0) return;
      active = (active + (event.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key === "/" && target?.tagName !== "INPUT" && target?.tagName !== "TEXTAREA") {
      event.preventDefault();
      input.focus();
    }
  });
  return el("div", { class: "search" }, [input, list]);
}

function resultItem(hit: SearchHit, index: number, active: boolean, onChoose: () => void): HTMLLIElement {
  return el(
    "li",
    {
      class: active ? "search-hit active" : "search-hit",
      testid: "search-result",
      attrs: { role: "option", id: `search-hit-${index}`, "aria-selected": String(active), "data-key": hit.key, "data-kind": hit.paper ? "paper" : "entity" },
      on: { mousedown: (event) => { event.preventDefault(); onChoose(); } },
    },
    [
      hit.paper ? null : swatch(typeColor(hit.type)),
      el("span", { class: hit.paper ? "hit-label hit-paper" : "hit-label" }, [hit.label]),
      hit.alias ? el("span", { class: "hit-alias" }, [hit.alias]) : null,
      el("span", { class: "hit-meta" }, [hit.paper ? hit.detail ?? "" : `${hit.type} · ${hit.count}${hit.generic ? " · generic" : ""}`]),
    ],
  );
}
