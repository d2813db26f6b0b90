import type Graph from "graphology";
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import type { HighlightContext } from "../render/reducers";
import type { ClusterFocus } from "../state/state";
import type { Store } from "../state/store";

/**
 * The focused cluster on the canvas: the camera fits its members, and the other nodes and
 * links are dimmed by a layer over the highlight reducers (so hover and selection keep
 * working inside a focused cluster). Renders nothing itself.
 */
export interface ClusterFocusOptions {
  /** Pixels kept free around the fitted cluster (room for node discs). */
  paddingPx: number;
  /** More room on the right: node labels are drawn to the right of their node. */
  labelRoomPx: number;
  durationMs: number;
}

export const DEFAULT_CLUSTER_FOCUS_OPTIONS: ClusterFocusOptions = { paddingPx: 40, labelRoomPx: 90, durationMs: 600 };

/** The keys of a cluster's members, read from the node attributes (`community` or `subcommunity`). */
export function clusterMemberKeys(graph: Graph, focus: ClusterFocus): Set<string> {
  const attribute = focus.level === "community" ? "community" : "subcommunity";
  const members = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (Number(attrs[attribute]) === focus.id) members.add(node);
  });
  return members;
}

/**
 * The camera state that shows every node of `keys` inside the viewport minus `reservedRightPx`
 * (the panel over the right of the stage), with `paddingPx` around them. Sigma's viewport
 * distances scale as 1/ratio, so the ratio is the pixel extent at ratio 1 over the room.
 */
export function cameraStateToFit(sigma: Sigma, keys: Iterable<string>, reservedRightPx: number, paddingPx: number): CameraState | null {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const key of keys) {
    const data = sigma.getNodeDisplayData(key);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (minX > maxX) return null;
  const camera = sigma.getCamera();
  const unit: CameraState = { ...camera.getState(), x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: 1, angle: 0 };
  const a = sigma.framedGraphToViewport({ x: minX, y: minY }, { cameraState: unit });
  const b = sigma.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState: unit });
  const { width, height } = sigma.getDimensions();
  const roomX = Math.max(1, width - reservedRightPx - 2 * paddingPx);
  const roomY = Math.max(1, height - 2 * paddingPx);
  const wanted = Math.max(Math.abs(b.x - a.x) / roomX, Math.abs(b.y - a.y) / roomY);
  const ratio = Math.min(Number(sigma.getSetting("maxCameraRatio") ?? 8), Math.max(Number(sigma.getSetting("minCameraRatio") ?? 0.02), wanted));
  const target: CameraState = { ...unit, ratio };
  // Centre the cluster in the free part of the stage: move the camera right by half the panel.
  const centre = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState: target });
  const shifted = sigma.viewportToFramedGraph({ x: width / 2 + reservedRightPx / 2, y: height / 2 }, { cameraState: target });
  return { ...target, x: target.x + shifted.x - centre.x, y: target.y + shifted.y - centre.y };
}

export interface ClusterFocusController {
  /** The focused cluster's member keys, or null when no cluster is focused. */
  members(): Set<string> | null;
  destroy(): void;
}

export function bindClusterFocus(
  sigma: Sigma,
  store: Store,
  ctx: HighlightContext,
  reservedRightPx: () => number,
  options: ClusterFocusOptions = DEFAULT_CLUSTER_FOCUS_OPTIONS,
): ClusterFocusController {
  const graph = sigma.getGraph();
  // Members are computed lazily for the focus object in the state, so the highlight controller's
  // refresh (which runs on the same state change) already sees the new cluster.
  let cachedFor: ClusterFocus | null = null;
  let cached: Set<string> | null = null;
  const members = (): Set<string> | null => {
    const { focus } = store.getState();
    if (focus !== cachedFor) {
      cachedFor = focus;
      cached = focus ? clusterMemberKeys(graph, focus) : null;
    }
    return cached;
  };
  layerDimming(sigma, ctx, members);

  const fit = (animate: boolean) => {
    const keys = members();
    if (!keys || keys.size === 0) return;
    const target = cameraStateToFit(sigma, keys, reservedRightPx() + options.labelRoomPx, options.paddingPx);
    if (!target) return;
    if (animate) void sigma.getCamera().animate(target, { duration: options.durationMs, easing: "quadraticInOut" });
    else sigma.getCamera().setState(target);
  };
  // A cluster this map does not have (a stale link, another map's URL) is no focus at all,
  // rather than a map where everything is dimmed.
  const dropUnknown = () => {
    if (store.getState().focus && members()?.size === 0) store.dispatch({ type: "focusCluster", focus: null });
  };
  dropUnknown();
  const initial = store.getState();
  // A link that carries a camera reopens that exact view; one without fits the cluster.
  // After the next render: the reducers were just wrapped, so until sigma processes the graph
  // again its display data hold raw graph coordinates, not the framed ones the fit needs.
  if (initial.focus && !initial.camera && !initial.selected) sigma.once("afterRender", () => fit(false));
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.focus === previous.focus) return;
    dropUnknown();
    sigma.refresh({ skipIndexation: true });
    if (state.focus) fit(true);
  });
  return { members, destroy: unsubscribe };
}

/**
 * Wraps the highlight reducers: nodes outside the focused cluster are drawn dimmed and
 * unlabelled, links not inside it are hidden, except the hovered or selected node and its
 * neighbours, so exploring from a focused cluster keeps its context.
 */
function layerDimming(sigma: Sigma, ctx: HighlightContext, members: () => Set<string> | null): void {
  const graph = sigma.getGraph();
  const nodeReducer = sigma.getSetting("nodeReducer");
  const edgeReducer = sigma.getSetting("edgeReducer");
  const spared = (node: string) => node === ctx.focus || node === ctx.selected || ctx.neighbours.has(node);
  sigma.setSetting("nodeReducer", (node: string, attrs: Attributes) => {
    const data = nodeReducer ? nodeReducer(node, attrs) : attrs;
    const inside = members();
    if (inside && !inside.has(node) && !data.hidden && !spared(node)) {
      Object.assign(data, { color: ctx.palette.dimmedNode, label: "", dimmed: true, zIndex: 0, highlighted: false, forceLabel: false });
    }
    return data;
  });
  sigma.setSetting("edgeReducer", (edge: string, attrs: Attributes) => {
    const data = edgeReducer ? edgeReducer(edge, attrs) : attrs;
    const inside = members();
    if (!inside || data.hidden) return data;
    const source = graph.source(edge);
    const target = graph.target(edge);
    const touchesFocus = ctx.focus !== null && (source === ctx.focus || target === ctx.focus);
    if (!touchesFocus && !(inside.has(source) && inside.has(target))) data.hidden = true;
    return data;
  });
}
