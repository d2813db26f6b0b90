import type Graph from "graphology";
import type { Attributes } from "graphology-types";
import { THEME_PALETTES, typeColor, type ThemePalette } from "../data/palette";
import type { ColorMode } from "../state/state";

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
  /** The most-mentioned entities: always labelled, so the map's landmarks are named at first sight. */
  landmarks: Set<string>;
}

/** How many of the most-mentioned entities keep their label whatever sigma's label grid picks. */
export const LANDMARK_COUNT = 12;

// The map's width in pixels at the default zoom, and a label's size, to keep forced labels apart.
const FRAME_PX = 600;
const CHAR_PX = 7.5;
const LABEL_PX = 16;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The most-mentioned nodes (ties by key, so the choice is stable), skipping one whose label
 * would overlap a more-mentioned landmark's label at the default zoom: a forced label is drawn
 * whatever sits under it, so two close landmarks would print over each other.
 */
export function pickLandmarks(graph: Graph, count = LANDMARK_COUNT): Set<string> {
  const ranked = graph
    .mapNodes((key, attrs) => ({ key, attrs, weight: Number(attrs.count ?? attrs.size ?? 0) }))
    .sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
  const xs = ranked.map((n) => Number(n.attrs.x ?? 0));
  const ys = ranked.map((n) => Number(n.attrs.y ?? 0));
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const unit = extent > 0 ? extent / FRAME_PX : 0; // graph units per pixel at the default zoom
  const chosen = new Set<string>();
  const boxes: Box[] = [];
  for (const { key, attrs } of ranked) {
    if (chosen.size >= count) break;
    const x = Number(attrs.x ?? 0);
    const y = Number(attrs.y ?? 0);
    const width = String(attrs.label ?? key).length * CHAR_PX * unit;
    const box = { left: x, right: x + width, top: y - (LABEL_PX / 2) * unit, bottom: y + (LABEL_PX / 2) * unit };
    if (unit > 0 && boxes.some((other) => overlaps(box, other))) continue;
    boxes.push(box);
    chosen.add(key);
  }
  return chosen;
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
    landmarks: new Set(),
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
    if (ctx.focus === null && ctx.landmarks.has(node)) data.forceLabel = true;
    if (ctx.focus !== null) {
      if (node === ctx.focus) {
        data.highlighted = true;
        data.forceLabel = true;
        data.zIndex = 2;
      } else if (ctx.neighbours.has(node)) {
        data.zIndex = 1;
        data.forceLabel = ctx.neighbours.size <= 30;
      } else {
        data.color = ctx.palette.dimmedNode;
        data.label = "";
        data.dimmed = true;
        data.zIndex = 0;
      }
    }
    if (node === ctx.selected) {
      data.highlighted = true;
      data.forceLabel = true;
      data.zIndex = 2;
    }
    return data;
  };
}

export function createEdgeReducer(ctx: HighlightContext, graph: Graph) {
  return (edge: string, data: Attributes): Attributes => {
    data.type = "line";
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (Number(data.weight ?? 1) < ctx.minEdgeWeight || ctx.hidden.has(source) || ctx.hidden.has(target)) {
      data.hidden = true;
      return data;
    }
    data.size = 0.5 + Math.min(2.5, Math.log2(Number(data.weight ?? 1)));
    if (ctx.focus !== null) {
      if (source === ctx.focus || target === ctx.focus) {
        data.color = ctx.palette.edgeFocus;
        data.zIndex = 1;
      } else {
        data.hidden = true;
      }
      return data;
    }
    data.color = ctx.palette.edge;
    return data;
  };
}
