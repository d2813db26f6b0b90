import { bindCamera } from "./controllers/camera";
import { bindClusterFocus } from "./controllers/cluster-focus";
import { bindGraphEvents } from "./controllers/events";
import { bindHighlight, syncHighlight } from "./controllers/highlight";
import { bindLabelLayer } from "./controllers/label-layer";
import { createLayoutController } from "./controllers/layout";
import { bindTime, meanYearColors, syncPeriod } from "./controllers/time";
import { bindUrlSync } from "./controllers/url-sync";
import type { ViewerData } from "./data/model";
import { drawableEdgeKind } from "./data/relation-edges";
import { renderViewPng } from "./export/view-png";
import { createHighlightContext } from "./render/reducers";
import { createRenderer, labelFonts } from "./render/renderer";
import type { ViewState } from "./state/state";
import { createStore } from "./state/store";
import { hookForLabels, hookForSigma, setHook } from "./test-hook";
import { mountClusterPanel } from "./ui/cluster-panel";
import type { AppContext } from "./ui/context";
import { mountDetailsPanel } from "./ui/details-panel";
import { el } from "./ui/dom";
import { mountFilters } from "./ui/filters";
import { mountLegend } from "./ui/legend";
import { mountSearchBox } from "./ui/search-box";
import { mountToolbar } from "./ui/toolbar";
import { mountTimePanels } from "./ui/time-panels";

export interface MountOptions {
  initial: ViewState;
  /** State values left out of the URL (the defaults for this user). */
  defaults: ViewState;
  openFile: () => void;
}

export interface MountedApp {
  destroy(): void;
}

/** Builds the page for one loaded map and wires state, renderer, controllers and panels. */
export function mountApp(root: HTMLElement, data: ViewerData, options: MountOptions): MountedApp {
  // edges=relations on a map without arrows would leave it without links and without the control to undo it.
  const store = createStore({ ...options.initial, edgeKind: drawableEdgeKind(data.graph, options.initial.edgeKind) });
  // 1. Shell first: sigma needs a sized container.
  const graphContainer = el("div", { class: "graph", testid: "graph-container" });
  const header = el("header", { class: "topbar" });
  const sidebar = el("aside", { class: "sidebar", attrs: { "aria-label": "Legend and filters" } });
  const stage = el("div", { class: "stage" }, [graphContainer]);
  const shell = el("div", { class: options.initial.embed ? "app embed" : "app" }, [header, el("div", { class: "main" }, [sidebar, stage])]);
  root.replaceChildren(shell);
  document.title = `${data.title} · fieldmap`;

  // 2. Renderer and the controllers that render nothing.
  const started = performance.now();
  const highlight = createHighlightContext();
  syncHighlight(store.getState(), null, data.graph, highlight);
  const timeColors = meanYearColors(data);
  highlight.time.colors = timeColors.colors;
  syncPeriod(store.getState(), data, highlight);
  const sigma = createRenderer(graphContainer, data.graph, highlight);
  // sigma draws its first frame inside the constructor; the next animation frame presents it.
  requestAnimationFrame(() => setHook({ firstRenderMs: performance.now() - started, firstRenderAt: performance.now() }));
  const unbindHighlight = bindHighlight(store, sigma, data.graph, highlight);
  const unbindTime = bindTime(store, sigma, data, highlight);
  // The details panel covers the right of the stage: keep a focused node in the part left of it.
  const panelOffset = () => (store.getState().embed ? 0 : Math.min(200, stage.clientWidth * 0.21));
  const camera = bindCamera(sigma, store, panelOffset);
  const badge = embedBadge(data.title);
  const hintLine = hint();
  // The graph's mouse events are bound before the label layer's, so a click on a cluster name
  // over a node is judged on the names as they were drawn, before the focus the click starts
  // moves them (sigma calls listeners in the order they were added).
  const isOnClusterName = (x: number, y: number) => labels.clusterAt(x, y) !== null;
  const unbindEvents = bindGraphEvents(sigma, store, (key) => camera.focusNode(key), undefined, isOnClusterName);
  const labels = bindLabelLayer(sigma, {
    graph: data.graph,
    communities: data.communities,
    highlight,
    fonts: labelFonts(),
    onClusterClick: (focus) => store.dispatch({ type: "focusCluster", focus }),
    // Everything the stage lays over the canvas (time bar, panels, hint, badge) keeps its area
    // free of labels: a name drawn under a control is read half or not at all.
    overlays: () => [...stage.children].filter((child) => child !== graphContainer),
  });
  const app: AppContext = { data, store, sigma, highlight, labels, focusNode: (key) => camera.focusNode(key) };
  // A focused cluster is fitted left of the summary panel (.details: min(400px, 42%) plus its margin).
  const clusterPanelWidth = () => (store.getState().embed ? 0 : Math.min(400, stage.clientWidth * 0.42) + 10);
  const clusterFocus = bindClusterFocus(sigma, store, highlight, clusterPanelWidth);
  const unbindUrl = bindUrlSync(store, options.defaults);
  const layout = createLayoutController(data.graph);
  if (!data.hasPositions) layout.start(Math.min(15_000, 2_000 + data.graph.order));

  // 3. Panels.
  header.append(
    el("div", { class: "brand" }, [el("strong", {}, ["fieldmap"]), el("span", { class: "map-title", title: data.title }, [data.title])]),
    mountSearchBox(app),
    mountToolbar(app, { layout, openFile: options.openFile }),
  );
  const time = mountTimePanels(app, timeColors.extent);
  sidebar.append(time.legend, time.emerging, mountLegend(app), mountFilters(app));
  if (time.slider) stage.append(time.slider);
  stage.append(mountDetailsPanel(app), mountClusterPanel(app), badge, hintLine);
  // Escape closes the innermost view first: a paper's details, the selected node's, then the focused cluster.
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || (event.target as HTMLElement | null)?.tagName === "INPUT") return;
    if (store.getState().paper !== null) store.dispatch({ type: "selectPaper", paper: null });
    else if (store.getState().selected !== null) store.dispatch({ type: "select", node: null });
    else store.dispatch({ type: "focusCluster", focus: null });
  };
  document.addEventListener("keydown", onKey);

  setHook({
    ...hookForSigma(sigma),
    status: "ready",
    getState: store.getState,
    ...hookForLabels(labels, sigma),
    renderPngSize: async (scale) => (await renderViewPng(app, scale)).size,
    exportPng: (scale) => renderViewPng(app, scale),
  });
  return {
    destroy() {
      document.removeEventListener("keydown", onKey);
      layout.destroy();
      clusterFocus.destroy();
      unbindUrl();
      unbindEvents();
      labels.destroy();
      camera.destroy();
      unbindHighlight();
      unbindTime();
      time.destroy();
      sigma.kill();
    },
  };
}

function embedBadge(title: string): HTMLElement {
  const params = new URLSearchParams(location.search);
  params.delete("embed");
  const href = `${location.pathname}?${params.toString()}`;
  return el("div", { class: "embed-badge", testid: "embed-badge" }, [
    el("span", {}, [title]),
    el("a", { attrs: { href, target: "_blank", rel: "noopener" } }, ["Open full map ↗"]),
  ]);
}

function hint(): HTMLElement {
  return el("p", { class: "hint muted" }, ["Hover to see neighbours · click for papers · / to search · scroll to zoom"]);
}
