import type Graph from "graphology";
import type Sigma from "sigma";
import type { CommunityInfo } from "@fieldmap/graph";
import { drawLabels, type LabelFonts, type PlacedLabel } from "../render/label-draw";
import type { Box } from "../render/label-geometry";
import { createTextMeasurer, DEFAULT_LABEL_PLACEMENT_OPTIONS, LabelPlacement, type LabelPlacementOptions } from "../render/label-placement";
import type { HighlightContext } from "../render/reducers";
import type { ClusterFocus } from "../state/state";

/**
 * The canvas's labels: cluster names and node labels that never overlap. sigma's own label
 * grid lets forced labels print over each other, so sigma draws none (renderLabels: false);
 * after every render this layer places labels (render/label-placement.ts) and draws them on
 * sigma's label canvas. A placement is recomputed only when the camera, the viewport, the
 * positions or the highlight change. Clicks on cluster names focus the cluster.
 */
export interface LabelLayerOptions extends LabelPlacementOptions {
  /** Above this many nodes, node labels wait for the camera to stop (cluster names stay). */
  hideNodeLabelsOnMoveAbove: number;
}

export const DEFAULT_LABEL_LAYER_OPTIONS: LabelLayerOptions = { ...DEFAULT_LABEL_PLACEMENT_OPTIONS, hideNodeLabelsOnMoveAbove: 5_000 };

export interface LabelLayerDeps {
  graph: Graph;
  communities: CommunityInfo[];
  highlight: HighlightContext;
  fonts: LabelFonts;
  onClusterClick(focus: ClusterFocus): void;
  /** Elements laid over the canvas (the hint line, the embed badge): no label goes under them. */
  overlays?: () => Element[];
}

export interface LabelLayer {
  /** What is drawn now, in viewport pixels. */
  labels(): readonly PlacedLabel[];
  clusterAt(x: number, y: number): ClusterFocus | null;
  /** Draws the current labels on another canvas (the PNG export), every size times `scale`. */
  drawOn(context: CanvasRenderingContext2D, scale: number): void;
  /** How long the last placement took (ms), for the benchmark. */
  lastPlacementMs(): number;
  destroy(): void;
}

type StageEvent = { event: { x: number; y: number } };

export function bindLabelLayer(sigma: Sigma, deps: LabelLayerDeps, options: LabelLayerOptions = DEFAULT_LABEL_LAYER_OPTIONS): LabelLayer {
  const { graph, highlight: ctx, fonts } = deps;
  const placement = new LabelPlacement(sigma, { ...deps, measure: createTextMeasurer() }, options);
  let placed: PlacedLabel[] = [];
  let lastKey = "";
  let processed = 0;
  let placementMs = 0;

  const onRender = () => {
    const camera = sigma.getCamera().getState();
    const { width, height } = sigma.getDimensions();
    const moving = isMoving(sigma);
    const key = `${camera.x},${camera.y},${camera.ratio},${camera.angle}|${width}x${height}|${ctx.version}|${processed}|${moving}`;
    if (key !== lastKey) {
      const started = performance.now();
      placed = placement.place(overlayBoxes(sigma, deps.overlays?.() ?? []), moving && graph.order > options.hideNodeLabelsOnMoveAbove);
      lastKey = key;
      placementMs = performance.now() - started;
    }
    const context = sigma.getCanvases().labels?.getContext("2d");
    if (context) drawLabels(context, placed, fonts, ctx.palette);
  };
  const onProcess = () => processed++;
  const onMoved = () => placement.markPositionsMoved();
  const clusterAt = (x: number, y: number): ClusterFocus | null => {
    for (const label of placed) {
      const { box } = label;
      if (label.kind === "cluster" && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return { level: label.level, id: label.id };
    }
    return null;
  };
  const onClick = ({ event }: StageEvent) => {
    const hit = clusterAt(event.x, event.y);
    if (hit) deps.onClusterClick(hit);
  };
  let pointer = false;
  const onMoveBody = ({ event }: StageEvent) => {
    const over = clusterAt(event.x, event.y) !== null;
    if (over === pointer) return;
    pointer = over;
    sigma.getContainer().style.cursor = over ? "pointer" : "";
  };
  sigma.on("afterRender", onRender);
  sigma.on("afterProcess", onProcess);
  sigma.on("clickStage", onClick);
  sigma.on("clickNode", onClick);
  sigma.on("moveBody", onMoveBody);
  graph.on("eachNodeAttributesUpdated", onMoved);
  graph.on("nodeAttributesUpdated", onMoved);
  // sigma drew its first frame before this layer existed: draw again (no re-indexing, no reducers).
  sigma.scheduleRender();
  return {
    labels: () => placed,
    clusterAt,
    drawOn: (context, scale) => drawLabels(context, placed, fonts, ctx.palette, scale),
    lastPlacementMs: () => placementMs,
    destroy() {
      sigma.off("afterRender", onRender);
      sigma.off("afterProcess", onProcess);
      sigma.off("clickStage", onClick);
      sigma.off("clickNode", onClick);
      sigma.off("moveBody", onMoveBody);
      graph.off("eachNodeAttributesUpdated", onMoved);
      graph.off("nodeAttributesUpdated", onMoved);
    },
  };
}

function isMoving(sigma: Sigma): boolean {
  const captor = sigma.getMouseCaptor();
  return sigma.getCamera().isAnimated() || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
}

/** The overlays' rectangles in the container's pixels; hidden ones (display: none) are left out. */
function overlayBoxes(sigma: Sigma, elements: Element[]): Box[] {
  const origin = sigma.getContainer().getBoundingClientRect();
  return elements.flatMap((element) => {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return [];
    return [{ left: rect.left - origin.left, top: rect.top - origin.top, right: rect.right - origin.left, bottom: rect.bottom - origin.top }];
  });
}
