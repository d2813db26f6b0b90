import type { AppContext } from "./context";
import { clear, el, swatch } from "./dom";

/** Communities with their labels, sizes and show/hide toggles. */
export function mountLegend(app: AppContext): HTMLElement {
  const list = el("ul", { class: "legend-list" });
  const all = app.data.communities.map((c) => c.id);
  const render = () => {
    clear(list);
    const hidden = new Set(app.store.getState().filters.hiddenCommunities);
    for (const community of app.data.communities) {
      const checkbox = el("input", {
        attrs: { type: "checkbox", "data-community": String(community.id), "aria-label": `Show ${community.label}` },
        on: { change: () => app.store.dispatch({ type: "toggleCommunity", community: community.id }) },
      });
      checkbox.checked = !hidden.has(community.id);
      const only = el("button", {
        class: "link-button only",
        title: "Show only this community",
        on: { click: () => app.store.dispatch({ type: "showOnlyCommunity", community: community.id, all }) },
      }, ["only"]);
      list.appendChild(
        el("li", { class: hidden.has(community.id) ? "legend-item off" : "legend-item" }, [
          el("label", {}, [checkbox, swatch(community.color), el("span", { class: "legend-label", title: community.label }, [community.label])]),
          el("span", { class: "muted count" }, [String(community.size)]),
          only,
        ]),
      );
    }
  };
  render();
  app.store.subscribe((state, previous) => {
    if (state.filters.hiddenCommunities !== previous.filters.hiddenCommunities) render();
  });
  return el("section", { class: "legend", testid: "legend" }, [
    el("h3", {}, [`Communities (${app.data.communities.length})`]),
    list,
  ]);
}
