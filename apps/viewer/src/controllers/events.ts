import type Sigma from "sigma";
import type { Store } from "../state/store";

export interface GraphEventsOptions {
  /** Above this many nodes, hover highlighting waits for the pointer to rest (one reducer pass, not one per node crossed). */
  debounceAbove: number;
  hoverDelayMs: number;
}

export const DEFAULT_GRAPH_EVENTS_OPTIONS: GraphEventsOptions = { debounceAbove: 5_000, hoverDelayMs: 80 };

/** Mouse on the canvas -> actions. Renders nothing. */
export function bindGraphEvents(
  sigma: Sigma,
  store: Store,
  focusNode: (key: string) => void,
  options: GraphEventsOptions = DEFAULT_GRAPH_EVENTS_OPTIONS,
  /** A pointer on a cluster name belongs to the label layer, even over a node (no hover, no click). */
  isOnClusterName: (x: number, y: number) => boolean = () => false,
): () => void {
  const container = sigma.getContainer();
  const delay = sigma.getGraph().order > options.debounceAbove ? options.hoverDelayMs : 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hover = (node: string | null) => {
    clearTimeout(timer);
    if (delay === 0) store.dispatch({ type: "hover", node });
    else timer = setTimeout(() => store.dispatch({ type: "hover", node }), delay);
  };
  const onEnter = ({ node, event }: { node: string; event: { x: number; y: number } }) => {
    // A cluster name lies over the node here: the name is what the pointer is on. Hovering the
    // node would re-place the labels around it, hide that name, and turn the click into a
    // selection of the node.
    if (isOnClusterName(event.x, event.y)) return;
    hover(node);
    container.style.cursor = "pointer";
  };
  const onLeave = () => {
    hover(null);
    container.style.cursor = "";
  };
  const onClickNode = ({ node, event }: { node: string; event: { x: number; y: number } }) => {
    if (!isOnClusterName(event.x, event.y)) focusNode(node);
  };
  const onClickStage = ({ event }: { event: { x: number; y: number } }) => {
    if (!isOnClusterName(event.x, event.y)) store.dispatch({ type: "select", node: null });
  };
  sigma.on("enterNode", onEnter);
  sigma.on("leaveNode", onLeave);
  sigma.on("clickNode", onClickNode);
  sigma.on("clickStage", onClickStage);
  return () => {
    clearTimeout(timer);
    sigma.off("enterNode", onEnter);
    sigma.off("leaveNode", onLeave);
    sigma.off("clickNode", onClickNode);
    sigma.off("clickStage", onClickStage);
  };
}
