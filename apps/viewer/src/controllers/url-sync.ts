import type { ViewState } from "../state/state";
import type { Store } from "../state/store";
import { stateToParams } from "../state/url";

/** Mirrors the view state into the address bar (replaceState: no history entry per pan). */
export function bindUrlSync(store: Store, defaults: ViewState, delayMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const params = stateToParams(store.getState(), defaults, new URLSearchParams(location.search));
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
    try {
      history.replaceState(null, "", url);
    } catch {
      // Sandboxed iframes and some file:// pages refuse replaceState; the view still works.
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (!changedBeyondHover(state, previous)) return;
    clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

function changedBeyondHover(a: ViewState, b: ViewState): boolean {
  return (
    a.selected !== b.selected ||
    a.focus !== b.focus ||
    a.filters !== b.filters ||
    a.maxLinks !== b.maxLinks ||
    a.edgeKind !== b.edgeKind ||
    a.colorMode !== b.colorMode ||
    a.period !== b.period ||
    a.flowOpen !== b.flowOpen ||
    a.theme !== b.theme ||
    a.camera !== b.camera ||
    a.embed !== b.embed
  );
}
