import type { LayoutController } from "../controllers/layout";
import { downloadBlob, gexfBlob } from "../export/download";
import { renderViewPng } from "../export/view-png";
import { visibleSubgraph } from "../export/subgraph";
import type { ColorMode } from "../state/state";
import type { AppContext } from "./context";
import { el } from "./dom";

export interface ToolbarActions {
  layout: LayoutController;
  openFile: () => void;
}

/** Colour mode, theme, re-layout, export, share and open: buttons that dispatch or call. */
export function mountToolbar(app: AppContext, actions: ToolbarActions): HTMLElement {
  return el("div", { class: "toolbar" }, [
    colorModeSwitch(app),
    layoutButton(actions.layout),
    exportMenu(app),
    shareButton(),
    el("button", { class: "button", title: "Open a graph.json, GEXF or GraphML file", testid: "open-file", on: { click: actions.openFile } }, ["Open…"]),
    themeButton(app),
  ]);
}

function colorModeSwitch(app: AppContext): HTMLElement {
  const modes: Array<[ColorMode, string]> = [["community", "Community"], ["type", "Type"]];
  // Colour by mean date only when the map carries dates.
  if (app.data.graph.someNode((_node, attrs) => typeof attrs.mean_year === "number")) modes.push(["time", "Time"]);
  const buttons = modes.map(([mode, text]) =>
    el("button", { class: "segment", attrs: { "data-mode": mode, "aria-pressed": "false" }, on: { click: () => app.store.dispatch({ type: "setColorMode", mode }) } }, [text]),
  );
  const sync = () => buttons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.mode === app.store.getState().colorMode)));
  sync();
  app.store.subscribe((s, p) => s.colorMode !== p.colorMode && sync());
  return el("div", { class: "segmented", testid: "color-mode", attrs: { role: "group", "aria-label": "Colour nodes by" } }, [el("span", { class: "muted group-label" }, ["Colour"]), ...buttons]);
}

function layoutButton(layout: LayoutController): HTMLElement {
  const button = el("button", { class: "button", testid: "relayout", title: "Run ForceAtlas2 in a background worker", on: { click: () => (layout.isRunning() ? layout.stop() : layout.start()) } }, ["Re-layout"]);
  layout.onChange((running) => {
    button.textContent = running ? "Stop layout" : "Re-layout";
    button.classList.toggle("active", running);
    const stopped = running ? null : layout.lastStop();
    if (stopped) button.dataset.lastStop = stopped;
    button.title = stopped === "settled" ? "The layout has settled; run ForceAtlas2 again" : "Run ForceAtlas2 in a background worker";
  });
  return button;
}

function exportMenu(app: AppContext): HTMLElement {
  const scale = el("select", { testid: "png-scale", attrs: { "aria-label": "PNG resolution" } }, [1, 2, 4].map((s) => el("option", { attrs: { value: String(s) } }, [`${s}×`])));
  scale.value = "2";
  const png = el("button", { class: "button", testid: "export-png", title: "The current view with its title and legend", on: { click: async () => {
    downloadBlob(await renderViewPng(app, Number(scale.value)), "fieldmap.png");
  } } }, ["PNG"]);
  const gexf = el("button", { class: "button", testid: "export-gexf", title: "The visible subgraph (filters applied)", on: { click: () => {
    const sub = visibleSubgraph(app.data.graph, app.highlight.hidden, app.highlight.minEdgeWeight);
    downloadBlob(gexfBlob(sub), "fieldmap-visible.gexf");
  } } }, ["GEXF"]);
  return el("div", { class: "export", attrs: { role: "group", "aria-label": "Export" } }, [el("span", { class: "muted group-label" }, ["Export"]), scale, png, gexf]);
}

function shareButton(): HTMLElement {
  const button = el("button", { class: "button", testid: "copy-link", title: "Copy a link to this exact view" }, ["Copy link"]);
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      button.textContent = "Copied";
    } catch {
      button.textContent = "Copy failed: use the address bar";
    }
    setTimeout(() => (button.textContent = "Copy link"), 1500);
  });
  return button;
}

function themeButton(app: AppContext): HTMLElement {
  const button = el("button", { class: "icon-button", testid: "theme-toggle", attrs: { "aria-label": "Switch light/dark theme" } });
  const sync = () => {
    const dark = app.store.getState().theme === "dark";
    button.textContent = dark ? "☀" : "☾";
    button.title = dark ? "Light theme" : "Dark theme";
  };
  button.addEventListener("click", () => app.store.dispatch({ type: "setTheme", theme: app.store.getState().theme === "dark" ? "light" : "dark" }));
  sync();
  app.store.subscribe((s, p) => s.theme !== p.theme && sync());
  return button;
}
