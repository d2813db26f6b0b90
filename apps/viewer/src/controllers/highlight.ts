import type Graph from "graphology";
import type Sigma from "sigma";
import { THEME_PALETTES } from "../data/palette";
import { linkedNodes } from "../data/relation-edges";
import type { HighlightContext } from "../render/reducers";
import type { ViewState } from "../state/state";
import type { Store } from "../state/store";
import { computeHiddenNodes } from "../state/visibility";

/**
 * Keeps the reducers' context in step with the state and refreshes sigma without
 * re-indexing (positions do not change when highlighting or filtering). Renders nothing.
 */
export function bindHighlight(store: Store, sigma: Sigma, graph: Graph, ctx: HighlightContext): () => void {
  document.documentElement.dataset.theme = store.getState().theme;
  return store.subscribe((state, previous) => {
    if (syncHighlight(state, previous, graph, ctx)) {
      if (state.theme !== previous.theme) {
        document.documentElement.dataset.theme = state.theme;
        sigma.setSetting("labelColor", { color: ctx.palette.label });
      }
      sigma.refresh({ skipIndexation: true });
    }
  });
}

/**
 * Updates `ctx` from the state; returns whether anything the reducers read has changed.
 * Called once with previous = null before the renderer exists, so its first pass is right.
 */
export function syncHighlight(state: ViewState, previous: ViewState | null, graph: Graph, ctx: HighlightContext): boolean {
  let changed = false;
  if (!previous || state.filters !== previous.filters) {
    ctx.hidden = computeHiddenNodes(graph, state.filters);
    ctx.minEdgeWeight = state.filters.minEdgeWeight;
    changed = true;
  }
  const focus = pickFocus(state, graph, ctx);
  // The focus's neighbours are the nodes the drawn kind of link reaches.
  if (focus !== ctx.focus || state.selected !== ctx.selected || state.edgeKind !== ctx.edgeKind) {
    ctx.focus = focus;
    ctx.edgeKind = state.edgeKind;
    ctx.selected = state.selected !== null && graph.hasNode(state.selected) ? state.selected : null;
    ctx.neighbours = focus === null ? new Set() : linkedNodes(graph, focus, state.edgeKind);
    changed = true;
  }
  if (state.colorMode !== ctx.colorMode) {
    ctx.colorMode = state.colorMode;
    changed = true;
  }
  if (!previous || state.theme !== previous.theme) {
    ctx.palette = THEME_PALETTES[state.theme];
    changed = true;
  }
  if (state.maxLinks !== ctx.maxLinks) {
    ctx.maxLinks = state.maxLinks;
    changed = true;
  }
  if (state.focus !== ctx.clusterFocus) {
    ctx.clusterFocus = state.focus;
    changed = true;
  }
  if (changed) ctx.version++;
  return changed;
}

/** Hover wins over selection; a node hidden by the filters is never the focus. */
function pickFocus(state: ViewState, graph: Graph, ctx: HighlightContext): string | null {
  for (const node of [state.hovered, state.selected]) {
    if (node !== null && graph.hasNode(node) && !ctx.hidden.has(node)) return node;
  }
  return null;
}
