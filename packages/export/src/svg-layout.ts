/**
 * Geometry for the static drawing: fit graph coordinates into the drawing area and pick
 * which labels to show. Pure numbers, no SVG, so it is easy to test.
 */
import type { MapDocument, NodeAttributes } from "@fieldmap/graph";

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

export interface PlacedLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  fontSize: number;
  box: Box;
}

/** Average advance of DejaVu Sans glyphs relative to the font size (measured: ~0.55-0.6). */
const CHAR_WIDTH_EM = 0.6;

/**
 * Projects graph coordinates into `area`, keeping the aspect ratio. The graph's y axis
 * points up (sigma and Gephi), SVG's down, hence the flip. Radii scale with the area.
 */
export function placeNodes(doc: MapDocument, area: Box, radius: { min: number; max: number }): PlacedNode[] {
  const nodes = doc.graph.nodes.filter((n) => Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y));
  if (nodes.length === 0) return [];
  const xs = nodes.map((n) => n.attributes.x);
  const ys = nodes.map((n) => n.attributes.y);
  const sizes = nodes.map((n) => (Number.isFinite(n.attributes.size) ? n.attributes.size : 1));
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [minSize, maxSize] = [Math.min(...sizes), Math.max(...sizes)];
  const inner = { width: area.width - 2 * radius.max, height: area.height - 2 * radius.max };
  const scale = Math.min(inner.width / Math.max(maxX - minX, 1e-9), inner.height / Math.max(maxY - minY, 1e-9));
  const offsetX = area.x + radius.max + (inner.width - (maxX - minX) * scale) / 2;
  const offsetY = area.y + radius.max + (inner.height - (maxY - minY) * scale) / 2;
  return nodes.map((n, i) => {
    const t = maxSize > minSize ? ((sizes[i] ?? minSize) - minSize) / (maxSize - minSize) : 0.5;
    return {
      key: n.key,
      attributes: n.attributes,
      cx: round(offsetX + (n.attributes.x - minX) * scale),
      cy: round(offsetY + (maxY - n.attributes.y) * scale),
      r: round(radius.min + Math.sqrt(t) * (radius.max - radius.min)),
    };
  });
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Estimated box of a label drawn centred under its node. */
export function labelBox(text: string, x: number, y: number, fontSize: number): Box {
  const width = text.length * fontSize * CHAR_WIDTH_EM;
  return { x: x - width / 2, y: y - fontSize * 0.85, width, height: fontSize * 1.15 };
}

/**
 * Greedy label placement, most-mentioned nodes first (the approach of sigma's label grid
 * and Gephi's label adjust): a label is drawn only if its box hits no earlier label,
 * stays in the area, and at most `max` labels are drawn.
 */
export function placeLabels(nodes: PlacedNode[], area: Box, fontSize: { min: number; max: number }, max: number): PlacedLabel[] {
  const ranked = [...nodes].sort((a, b) => b.attributes.count - a.attributes.count || (a.key < b.key ? -1 : 1));
  const topCount = ranked[0]?.attributes.count ?? 1;
  const placed: PlacedLabel[] = [];
  for (const node of ranked) {
    if (placed.length >= max) break;
    const text = truncate(node.attributes.label, 32);
    const size = round(fontSize.min + (fontSize.max - fontSize.min) * Math.sqrt(node.attributes.count / Math.max(topCount, 1)));
    // Below the node first, above it when that is taken or off the area.
    const candidates = [round(node.cy + node.r + size), round(node.cy - node.r - size * 0.3)];
    for (const y of candidates) {
      const box = labelBox(text, node.cx, y, size);
      if (!inside(box, area) || placed.some((other) => overlaps(box, other.box))) continue;
      placed.push({ key: node.key, text, x: node.cx, y, fontSize: size, box });
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
