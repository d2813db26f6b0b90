/**
 * Geometry for the static drawing: fit graph coordinates into the drawing area and pick
 * which labels to show. Pure numbers, no SVG, so it is easy to test.
 */
import { extent, type MapDocument, type NodeAttributes } from "@fieldmap/graph";
import { escapeXmlText } from "./xml";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode {
  key: string;
  attributes: NodeAttributes;
  cx: number;
  cy: number;
  r: number;
}

export type TextAnchor = "start" | "middle" | "end";

export interface PlacedLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  fontSize: number;
  anchor: TextAnchor;
  box: Box;
}

/** Graph coordinates -> drawing coordinates. */
export type Projection = (x: number, y: number) => [number, number];

/** Average advance of DejaVu Sans glyphs relative to the font size (measured: ~0.55-0.6). */
const CHAR_WIDTH_EM = 0.6;
/**
 * Readers that measure the SVG source (e.g. a quality check that counts 0.55 em per source
 * character) see `&amp;` as five characters: a label's box covers both measures.
 */
const SOURCE_CHAR_WIDTH_EM = 0.55;
/** Below the baseline, for descenders. */
const DESCENT_EM = 0.25;

function finite(n: { attributes: NodeAttributes }): boolean {
  return Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y);
}

/**
 * The projection that fits `fit` (graph points) into `area` with `padding` pixels inside each side,
 * keeping the aspect ratio. The graph's y axis points up (sigma and Gephi), SVG's down, hence the flip.
 * A fit extent below `minExtent` (e.g. a one-node cluster) is widened to it around its centre.
 */
export function fitProjection(fit: Array<{ x: number; y: number }>, area: Box, padding: number, minExtent = 1e-9): Projection {
  const [minX, maxX] = extent(fit.map((p) => p.x));
  const [minY, maxY] = extent(fit.map((p) => p.y));
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  const spanX = Math.max(maxX - minX, minExtent);
  const spanY = Math.max(maxY - minY, minExtent);
  const inner = { width: Math.max(area.width - 2 * padding, 1), height: Math.max(area.height - 2 * padding, 1) };
  const scale = Math.min(inner.width / spanX, inner.height / spanY);
  const [midX, midY] = [area.x + area.width / 2, area.y + area.height / 2];
  return (x, y) => [round(midX + (x - cx) * scale), round(midY - (y - cy) * scale)];
}

export interface PlaceNodesResult {
  nodes: PlacedNode[];
  project: Projection;
}

/**
 * Projects the nodes into `area`; radii scale with the area. With `fitKeys`, the view frames
 * those nodes only (a focused cluster) and nodes that land outside the area are left out.
 */
export function placeNodesIn(doc: MapDocument, area: Box, radius: { min: number; max: number }, fitKeys?: ReadonlySet<string>): PlaceNodesResult {
  const nodes = doc.graph.nodes.filter(finite);
  const framed = fitKeys ? nodes.filter((n) => fitKeys.has(n.key)) : nodes;
  if (framed.length === 0) return { nodes: [], project: fitProjection([{ x: 0, y: 0 }], area, radius.max) };
  const all = nodes.map((n) => ({ x: n.attributes.x, y: n.attributes.y }));
  const [left, right] = extent(all.map((p) => p.x));
  const whole = right - left;
  // A focused cluster is framed with room around it; a tiny one is not blown up past 1/20 of the map.
  const padding = fitKeys ? radius.max * 4 : radius.max;
  const project = fitProjection(framed.map((n) => ({ x: n.attributes.x, y: n.attributes.y })), area, padding, fitKeys ? whole / 20 : 1e-9);
  const sizes = nodes.map((n) => (Number.isFinite(n.attributes.size) ? n.attributes.size : 1));
  const [minSize, maxSize] = extent(sizes);
  const placed = nodes.map((n, i): PlacedNode => {
    const t = maxSize > minSize ? ((sizes[i] ?? minSize) - minSize) / (maxSize - minSize) : 0.5;
    const [cx, cy] = project(n.attributes.x, n.attributes.y);
    return { key: n.key, attributes: n.attributes, cx, cy, r: round(radius.min + Math.sqrt(t) * (radius.max - radius.min)) };
  });
  return { nodes: fitKeys ? placed.filter((n) => inside({ x: n.cx - n.r, y: n.cy - n.r, width: 2 * n.r, height: 2 * n.r }, area)) : placed, project };
}

/** The nodes of the whole map projected into `area`. */
export function placeNodes(doc: MapDocument, area: Box, radius: { min: number; max: number }): PlacedNode[] {
  return placeNodesIn(doc, area, radius).nodes;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Estimated advance of a text: the larger of the glyph estimate and the source-character one. */
export function textWidth(text: string, fontSize: number): number {
  return fontSize * Math.max(text.length * CHAR_WIDTH_EM, escapeXmlText(text).length * SOURCE_CHAR_WIDTH_EM);
}

/** Estimated box of a text drawn at baseline `y`: a full em above it, descenders below. */
export function textBox(text: string, x: number, y: number, fontSize: number, anchor: TextAnchor = "middle"): Box {
  const width = textWidth(text, fontSize);
  const left = anchor === "middle" ? x - width / 2 : anchor === "end" ? x - width : x;
  return { x: left, y: y - fontSize, width, height: fontSize * (1 + DESCENT_EM) };
}

/** Estimated box of a label drawn centred under its node. */
export function labelBox(text: string, x: number, y: number, fontSize: number): Box {
  return textBox(text, x, y, fontSize, "middle");
}

export interface PlaceLabelsOptions {
  /** Boxes labels must keep clear of (cluster names). */
  obstacles?: Box[];
  /** Nodes that may be labelled (default all). */
  labelled?: (node: PlacedNode) => boolean;
}

/** Where a label may go around its node: below, above, right, left, in that order of preference. */
function labelCandidates(node: PlacedNode, size: number): Array<[x: number, y: number, anchor: TextAnchor]> {
  const gap = size * 0.2;
  return [
    [node.cx, round(node.cy + node.r + size), "middle"],
    [node.cx, round(node.cy - node.r - size * 0.3), "middle"],
    [round(node.cx + node.r + gap), round(node.cy + size * 0.35), "start"],
    [round(node.cx - node.r - gap), round(node.cy + size * 0.35), "end"],
  ];
}

/**
 * Greedy label placement, most-mentioned nodes first (the approach of sigma's label grid
 * and Gephi's label adjust): a label is drawn only if its box hits no earlier label nor
 * obstacle, stays in the area, and at most `max` labels are drawn.
 */
export function placeLabels(nodes: PlacedNode[], area: Box, fontSize: { min: number; max: number }, max: number, options: PlaceLabelsOptions = {}): PlacedLabel[] {
  const labelled = options.labelled ?? (() => true);
  const ranked = nodes.filter(labelled).sort((a, b) => b.attributes.count - a.attributes.count || (a.key < b.key ? -1 : 1));
  const topCount = ranked[0]?.attributes.count ?? 1;
  const taken: Box[] = [...(options.obstacles ?? [])];
  const placed: PlacedLabel[] = [];
  for (const node of ranked) {
    if (placed.length >= max) break;
    const text = truncate(node.attributes.label, 32);
    const size = round(fontSize.min + (fontSize.max - fontSize.min) * Math.sqrt(node.attributes.count / Math.max(topCount, 1)));
    for (const [x, y, anchor] of labelCandidates(node, size)) {
      const box = textBox(text, x, y, size, anchor);
      if (!inside(box, area) || taken.some((other) => overlaps(box, other))) continue;
      placed.push({ key: node.key, text, x, y, fontSize: size, anchor, box });
      taken.push(box);
      break;
    }
  }
  return placed;
}

export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}

/** Two decimals: enough for pixels, and keeps the SVG small and stable. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
