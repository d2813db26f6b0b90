import type Graph from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram, EdgeRectangleProgram, createEdgeArrowProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { LabelFonts } from "./label-draw";
import { HOVER_PADDING_PX, hoverLabelBox } from "./label-geometry";
import { createEdgeReducer, createNodeReducer, type HighlightContext } from "./reducers";

export interface RendererOptions {
  /** Above this many edges, draw 1px lines (one vertex pair each) instead of rectangles. */
  thinEdgesAbove: number;
  labelFont: string;
}

export const DEFAULT_RENDERER_OPTIONS: RendererOptions = {
  thinEdgesAbove: 30_000,
  labelFont: "Inter, system-ui, -apple-system, 'Segoe UI', sans-serif",
};

const NODE_LABEL_PX = 13;

/** The label layer's fonts: node labels as sigma would draw them, cluster names bigger. */
export function labelFonts(options: RendererOptions = DEFAULT_RENDERER_OPTIONS): LabelFonts {
  return { family: options.labelFont, nodeWeight: "500", nodePx: NODE_LABEL_PX, communityPx: 18, subcommunityPx: 15 };
}

/** Creates the sigma renderer with the settings that keep 20k nodes / 100k edges smooth. */
export function createRenderer(
  container: HTMLElement,
  graph: Graph,
  ctx: HighlightContext,
  options: RendererOptions = DEFAULT_RENDERER_OPTIONS,
): Sigma {
  const settings: Partial<Settings> = {
    hideEdgesOnMove: graph.size > 5_000,
    hideLabelsOnMove: graph.order > 5_000,
    // Node labels and cluster names are placed without overlap by controllers/label-layer.ts;
    // sigma still draws the hovered and selected node's boxed label (drawHoverLabel).
    renderLabels: false,
    labelFont: options.labelFont,
    labelSize: NODE_LABEL_PX,
    labelWeight: "500",
    labelColor: { color: ctx.palette.label },
    // zIndex sorts every node and edge on each refresh: worth it for the highlight on small maps only.
    zIndex: graph.order <= 5_000,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    stagePadding: 40,
    // Relation edges are arrows (render/relation-reducer.ts), heads a little longer than sigma's default.
    edgeProgramClasses: {
      line: graph.size > options.thinEdgesAbove ? EdgeLineProgram : EdgeRectangleProgram,
      arrow: createEdgeArrowProgram({ lengthToThicknessRatio: 3.5, widenessToThicknessRatio: 3 }),
    },
    nodeReducer: createNodeReducer(ctx) as Settings["nodeReducer"],
    edgeReducer: createEdgeReducer(ctx, graph) as Settings["edgeReducer"],
    defaultDrawNodeHover: (context, data, s) => drawHoverLabel(context, data, s, ctx),
  };
  return new Sigma(graph, container, settings);
}

/** A hover label box in the theme's colours (sigma's default box is always white). */
function drawHoverLabel(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">,
  settings: Settings,
  ctx: HighlightContext,
): void {
  const size = settings.labelSize + 1;
  context.font = `600 ${size}px ${settings.labelFont}`;
  const label = typeof data.label === "string" ? data.label : "";
  // The same box the label layer keeps free of other labels.
  const box = hoverLabelBox(data.x, data.y, data.size, label ? context.measureText(label).width : 0, size);
  context.fillStyle = ctx.palette.labelBackground;
  context.shadowBlur = 6;
  context.shadowColor = "rgba(0,0,0,0.35)";
  context.beginPath();
  context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  if (label) context.roundRect(box.left, box.top, box.right - box.left, box.bottom - box.top, 4);
  context.fill();
  context.shadowBlur = 0;
  if (!label) return;
  context.fillStyle = ctx.palette.label;
  context.fillText(label, box.left + HOVER_PADDING_PX, data.y + size / 3);
}
