import "./clusters.css";
import type { CommunityInfo, SubcommunityInfo } from "@fieldmap/graph";
import type { ClusterFocus, ViewState } from "../state/state";
import type { AppContext } from "./context";
import { clear, el, swatch } from "./dom";

/**
 * Every top-level community with its colour, name, size and show/hide toggles; a community
 * with sub-clusters expands to list them. Clicking a name focuses that cluster (camera fit,
 * summary panel).
 */
export function mountLegend(app: AppContext): HTMLElement {
  const list = el("ul", { class: "legend-list" });
  const all = app.data.communities.map((c) => c.id);
  const expanded = new Set<number>();
  const render = () => {
    clear(list);
    const state = app.store.getState();
    const hidden = new Set(state.filters.hiddenCommunities);
    for (const community of app.data.communities) {
      list.appendChild(communityEntry(app, community, { hidden: hidden.has(community.id), expanded, all, rerender: render, focus: state.focus }));
    }
  };
  const expandFocused = (state: ViewState) => {
    const parent = state.focus?.level === "subcommunity" ? parentOf(app.data.communities, state.focus.id) : undefined;
    if (parent !== undefined) expanded.add(parent);
  };
  expandFocused(app.store.getState());
  render();
  app.store.subscribe((state, previous) => {
    if (state.focus !== previous.focus) expandFocused(state);
    if (state.filters.hiddenCommunities !== previous.filters.hiddenCommunities || state.focus !== previous.focus) render();
  });
  return el("section", { class: "legend", testid: "legend" }, [
    el("h3", {}, [`Communities (${app.data.communities.length})`]),
    list,
  ]);
}

interface EntryContext {
  hidden: boolean;
  expanded: Set<number>;
  all: number[];
  focus: ClusterFocus | null;
  rerender: () => void;
}

function communityEntry(app: AppContext, community: CommunityInfo, ctx: EntryContext): HTMLLIElement {
  const { store } = app;
  const checkbox = el("input", {
    attrs: { type: "checkbox", "data-community": String(community.id), "aria-label": `Show ${community.label}` },
    on: { change: () => store.dispatch({ type: "toggleCommunity", community: community.id }) },
  });
  checkbox.checked = !ctx.hidden;
  const only = el("button", {
    class: "link-button only",
    title: "Show only this community",
    on: { click: () => store.dispatch({ type: "showOnlyCommunity", community: community.id, all: ctx.all }) },
  }, ["only"]);
  const subs = community.subcommunities ?? [];
  const drillable = subs.length > 1;
  const isOpen = drillable && ctx.expanded.has(community.id);
  const focused = ctx.focus?.level === "community" && ctx.focus.id === community.id;
  const row = el("div", { class: `legend-item${ctx.hidden ? " off" : ""}${focused ? " focused" : ""}` }, [
    drillable ? expandButton(community, isOpen, ctx) : el("span", { class: "legend-expand", attrs: { "aria-hidden": "true" } }),
    el("label", {}, [checkbox, swatch(community.color)]),
    nameButton(community.label, "legend-name", () => store.dispatch({ type: "focusCluster", focus: { level: "community", id: community.id } })),
    el("span", { class: "muted count", testid: "legend-size" }, [String(community.size)]),
    only,
  ]);
  const entry = el("li", { class: "legend-entry", attrs: { "data-community": String(community.id) } }, [row]);
  if (isOpen) entry.appendChild(subclusterList(app, community, subs, ctx.focus));
  return entry;
}

function expandButton(community: CommunityInfo, open: boolean, ctx: EntryContext): HTMLButtonElement {
  return el("button", {
    class: "legend-expand",
    testid: "legend-expand",
    title: open ? "Hide sub-clusters" : "Show sub-clusters",
    attrs: { "aria-expanded": String(open), "aria-label": `Sub-clusters of ${community.label}` },
    on: {
      click: () => {
        if (open) ctx.expanded.delete(community.id);
        else ctx.expanded.add(community.id);
        ctx.rerender();
      },
    },
  }, ["▸"]);
}

function nameButton(label: string, testid: string, onClick: () => void): HTMLButtonElement {
  return el("button", { class: "legend-name", testid, title: `Focus: ${label}`, on: { click: onClick } }, [label]);
}

function subclusterList(app: AppContext, community: CommunityInfo, subs: SubcommunityInfo[], focus: ClusterFocus | null): HTMLUListElement {
  const items = [...subs].sort((a, b) => b.size - a.size || a.id - b.id).map((sub) => {
    const focused = focus?.level === "subcommunity" && focus.id === sub.id;
    return el("li", { class: focused ? "subcluster-item focused" : "subcluster-item", attrs: { "data-subcommunity": String(sub.id) } }, [
      nameButton(sub.label, "subcluster-name", () => app.store.dispatch({ type: "focusCluster", focus: { level: "subcommunity", id: sub.id } })),
      el("span", { class: "muted count", testid: "subcluster-size" }, [String(sub.size)]),
    ]);
  });
  return el("ul", { class: "subcluster-list", testid: "subcluster-list", attrs: { "aria-label": `Sub-clusters of ${community.label}` } }, items);
}

function parentOf(communities: CommunityInfo[], subId: number): number | undefined {
  return communities.find((c) => (c.subcommunities ?? []).some((s) => s.id === subId))?.id;
}
