import type Graph from "graphology";
import type { Attributes } from "graphology-types";
import { THEME_PALETTES, typeColor, type ThemePalette } from "../data/palette";
import type { ClusterFocus, ColorMode, EdgeKind } from "../state/state";
import { reduceRelationEdge } from "./relation-reducer";
import { createTimeOverlay, reduceTimeNode, type TimeOverlay } from "./time-reducer";

/**
 * What the reducers read. It is updated in place when the state changes (hover, filters,
 * colour mode, theme), then sigma is refreshed with skipIndexation. The reducers only read
 * it: no graph attribute is ever rewritten to highlight or filter.
 */
export interface HighlightContext {
  /** The hovered node, else the selected one; null when nothing is focused. */
  focus: string | null;
  /** Neighbours of `focus` (empty when there is none). */
  neighbours: Set<string>;
  selected: string | null;
  hidden: Set<string>;
  minEdgeWeight: number;
  colorMode: ColorMode;
  palette: ThemePalette;
  /** Links of rank >= maxLinks are not drawn (except those of the focused node). */
  maxLinks: number;
  /** Co-occurrence lines, relation arrows, or both. */
  edgeKind: EdgeKind;
  /** The focused cluster's members get label priority (the label layer reads it). */
  clusterFocus: ClusterFocus | null;
  /** Colours by mean date and the chosen period's counts (render/time-reducer.ts). */
  time: TimeOverlay;
  /** Bumped whenever anything above changes: the label layer recomputes its layout then. */
  version: number;
}

export function createHighlightContext(): HighlightContext {
  return {
    focus: null,
    neighbours: new Set(),
    selected: null,
    hidden: new Set(),
    minEdgeWeight: 1,
    colorMode: "community",
    palette: THEME_PALETTES.light,
    maxLinks: Number.MAX_SAFE_INTEGER,
    edgeKind: "cooccurrence",
    clusterFocus: null,
    time: createTimeOverlay(),
    version: 0,
  };
}

/**
 * sigma hands each reducer a fresh shallow copy of the attributes, so the reducers change
 * that copy in place and return it: no allocation beyond sigma's own. They run on refresh,
 * not on every frame.
 */
export function createNodeReducer(ctx: HighlightContext) {
  return (node: string, data: Attributes): Attributes => {
    // Our `type` is the entity type; sigma reads `type` as the node program.
    data.entityType = data.type;
    data.type = "circle";
    if (ctx.hidden.has(node)) {
      data.hidden = true;
      return data;
    }
    if (ctx.colorMode === "type") data.color = typeColor(data.entityType);
    reduceTimeNode(ctx, node, data);
    // Which labels are drawn is decided by the label layer (controllers/label-layer.ts), which
    // skips the empty labels of dimmed nodes and draws the focused node's label first.
    if (ctx.focus !== null) {
      if (node === ctx.focus) {
        data.highlighted = true;
        data.zIndex = 2;
      } else if (ctx.neighbours.has(node)) {
        data.zIndex = 1;
      } else {
        data.color = ctx.palette.dimmedNode;
        data.label = "";
        data.dimmed = true;
        data.zIndex = 0;
      }
    }
    if (node === ctx.selected) {
      data.highlighted = true;
      data.zIndex = 2;
    }
    return data;
  };
}

export function createEdgeReducer(ctx: HighlightContext, graph: Graph) {
  return (edge: string, data: Attributes): Attributes => {
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (data.relation === true) return reduceRelationEdge(ctx, data, source, target);
    data.type = "line";
    if (ctx.edgeKind === "relations" || Number(data.weight ?? 1) < ctx.minEdgeWeight || ctx.hidden.has(source) || ctx.hidden.has(target)) {
      data.hidden = true;
      return data;
    }
    data.size = 0.5 + Math.min(2.5, Math.log2(Number(data.weight ?? 1)));
    if (ctx.focus !== null) {
      // The focused node shows all its links, strong or not: they are what the hover is for.
      if (source === ctx.focus || target === ctx.focus) {
        data.color = ctx.palette.edgeFocus;
        data.zIndex = 1;
      } else {
        data.hidden = true;
      }
      return data;
    }
    // Only the strongest links (rank 0 = strongest): a map of 30,000 links drawn at once is a grey felt.
    if (!(Number(data.rank) < ctx.maxLinks)) {
      data.hidden = true;
      return data;
    }
    data.color = ctx.palette.edge;
    return data;
  };
}
