import type Graph from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
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
    labelDensity: 1,
    labelGridCellSize: 70,
    labelRenderedSizeThreshold: 6,
    labelFont: options.labelFont,
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: ctx.palette.label },
    // zIndex sorts every node and edge on each refresh: worth it for the highlight on small maps only.
    zIndex: graph.order <= 5_000,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    stagePadding: 40,
    edgeProgramClasses: { line: graph.size > options.thinEdgesAbove ? EdgeLineProgram : EdgeRectangleProgram },
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
  const padding = 4;
  const label = typeof data.label === "string" ? data.label : "";
  const width = label ? context.measureText(label).width + 2 * padding : 0;
  const height = size + 2 * padding;
  const left = data.x + data.size + 3;
  context.fillStyle = ctx.palette.labelBackground;
  context.shadowBlur = 6;
  context.shadowColor = "rgba(0,0,0,0.35)";
  context.beginPath();
  context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  if (label) context.roundRect(left, data.y - height / 2, width, height, 4);
  context.fill();
  context.shadowBlur = 0;
  if (!label) return;
  context.fillStyle = ctx.palette.label;
  context.fillText(label, left + padding, data.y + size / 3);
}
