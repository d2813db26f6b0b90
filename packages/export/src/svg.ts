/**
 * Static drawing of the map for slides and papers: edges, nodes, labels of the most
 * mentioned entities (greedy, no overlaps), a legend of communities and a title.
 * Text is drawn with a halo in the background colour so it stays readable over edges,
 * on light and dark slide backgrounds alike.
 */
import type { MapDocument } from "@fieldmap/graph";
import { parseColor, toHex } from "./color";
import { placeLabels, placeNodes, round, truncate, type Box, type PlacedNode } from "./svg-layout";
import { emptyElement, escapeXmlText, textElement, xmlAttributes } from "./xml";

export type Theme = "light" | "dark";

export interface SvgOptions {
  width?: number;
  height?: number;
  theme?: Theme;
  /** Defaults to the map's own title. */
  title?: string;
  /** Most labels drawn (fewer when they would overlap). */
  maxLabels?: number;
  /** Most communities listed in the legend. */
  legendItems?: number;
}

export const DEFAULT_SVG_OPTIONS = { width: 1920, height: 1080, theme: "light" as Theme, maxLabels: 40, legendItems: 10 };

export interface ThemeColors {
  background: string;
  text: string;
  muted: string;
  edge: string;
}

export const THEMES: Record<Theme, ThemeColors> = {
  light: { background: "#ffffff", text: "#1f2328", muted: "#59636e", edge: "#8c959f" },
  dark: { background: "#0d1117", text: "#e6edf3", muted: "#9198a1", edge: "#6e7681" },
};

export const SVG_FONT_FAMILY = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";
const FALLBACK_COLOR = "#8c959f";

interface Frame {
  width: number;
  height: number;
  unit: number;
  colors: ThemeColors;
}

/** Draws the map as a standalone SVG document. */
export function toSvg(doc: MapDocument, options: SvgOptions = {}): string {
  const o = { ...DEFAULT_SVG_OPTIONS, ...options };
  // One "unit" is a pixel of a 1080p slide: everything scales with the output size.
  const frame: Frame = { width: o.width, height: o.height, unit: Math.min(o.width / 1920, o.height / 1080), colors: THEMES[o.theme] };
  const margin = round(40 * frame.unit);
  const legendWidth = round(Math.min(440 * frame.unit, o.width * 0.3));
  const top = round(margin + 96 * frame.unit);
  const area: Box = { x: margin, y: top, width: o.width - legendWidth - 2 * margin, height: o.height - top - margin };
  const nodes = placeNodes(doc, area, { min: 4 * frame.unit, max: 22 * frame.unit });
  const labels = placeLabels(nodes, area, { min: 15 * frame.unit, max: 26 * frame.unit }, o.maxLabels);
  const title = o.title ?? doc.fieldmap.title;
  return [
    `<svg${xmlAttributes([["xmlns", "http://www.w3.org/2000/svg"], ["width", o.width], ["height", o.height], ["viewBox", `0 0 ${o.width} ${o.height}`], ["font-family", SVG_FONT_FAMILY]])}>`,
    textElement("title", title),
    textElement("desc", `${doc.graph.nodes.length} entities, ${doc.graph.edges.length} links, ${doc.fieldmap.communities.length} communities; built ${doc.fieldmap.created} by fieldmap`),
    emptyElement("rect", [["width", "100%"], ["height", "100%"], ["fill", frame.colors.background]]),
    ...drawEdges(doc, nodes, frame),
    ...drawNodes(nodes, frame),
    ...drawLabels(labels, frame),
    ...drawTitle(doc, title, margin, frame),
    ...drawLegend(doc, { x: o.width - legendWidth - margin / 2, y: top, width: legendWidth, height: area.height }, o.legendItems, frame),
    `</svg>`,
    "",
  ].join("\n");
}

function colorOf(color: string | undefined): string {
  const rgb = parseColor(color);
  return rgb ? toHex(rgb) : FALLBACK_COLOR;
}

function drawEdges(doc: MapDocument, nodes: PlacedNode[], frame: Frame): string[] {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const maxWeight = Math.max(1, ...doc.graph.edges.map((e) => e.attributes.weight));
  const lines = doc.graph.edges.flatMap((e) => {
    const [a, b] = [byKey.get(e.source), byKey.get(e.target)];
    if (!a || !b) return [];
    const sameCommunity = a.attributes.community === b.attributes.community;
    const width = round((0.6 + 2.4 * Math.sqrt(e.attributes.weight / maxWeight)) * frame.unit);
    const stroke = sameCommunity ? colorOf(a.attributes.color) : frame.colors.edge;
    return [`  ${emptyElement("line", [["x1", a.cx], ["y1", a.cy], ["x2", b.cx], ["y2", b.cy], ["stroke", stroke], ["stroke-width", width]])}`];
  });
  return [`<g id="edges" stroke-opacity="0.35" stroke-linecap="round">`, ...lines, `</g>`];
}

function drawNodes(nodes: PlacedNode[], frame: Frame): string[] {
  // Big nodes first so small ones stay visible on top.
  const ordered = [...nodes].sort((a, b) => b.r - a.r || (a.key < b.key ? -1 : 1));
  const circles = ordered.map(
    (n) => `  ${emptyElement("circle", [["cx", n.cx], ["cy", n.cy], ["r", n.r], ["fill", colorOf(n.attributes.color)]])}`,
  );
  return [`<g id="nodes"${xmlAttributes([["stroke", frame.colors.background], ["stroke-width", round(1.2 * frame.unit)]])}>`, ...circles, `</g>`];
}

function halo(frame: Frame, fontSize: number): Array<[string, string | number]> {
  return [["stroke", frame.colors.background], ["stroke-width", round(fontSize * 0.22)], ["stroke-linejoin", "round"], ["paint-order", "stroke"]];
}

function drawLabels(labels: ReturnType<typeof placeLabels>, frame: Frame): string[] {
  const texts = labels.map(
    (l) => `  ${textElement("text", l.text, [["x", l.x], ["y", l.y], ["font-size", l.fontSize], ...halo(frame, l.fontSize)])}`,
  );
  return [`<g id="labels"${xmlAttributes([["fill", frame.colors.text], ["text-anchor", "middle"]])}>`, ...texts, `</g>`];
}

function drawTitle(doc: MapDocument, title: string, margin: number, frame: Frame): string[] {
  const size = round(44 * frame.unit);
  const sub = round(20 * frame.unit);
  const subtitle = `${doc.graph.nodes.length} entities · ${doc.graph.edges.length} links · ${doc.papers.length} papers · ${doc.fieldmap.created}`;
  return [
    `<g id="title">`,
    `  ${textElement("text", truncate(title, 70), [["x", margin], ["y", round(margin + size)], ["font-size", size], ["font-weight", "bold"], ["fill", frame.colors.text]])}`,
    `  ${textElement("text", subtitle, [["x", margin], ["y", round(margin + size + sub * 1.6)], ["font-size", sub], ["fill", frame.colors.muted]])}`,
    `</g>`,
  ];
}

/**
 * Splits a community label ("A · B · C") into at most `maxLines` lines of `width` characters;
 * `suffix` (the size, " (12)") always ends the last line, so eliding never loses it.
 */
export function wrapLabel(label: string, width: number, maxLines: number, suffix = ""): string[] {
  const lines: string[] = [];
  for (const part of label.split(" · ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 3 + part.length <= width) lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(part);
  }
  const kept = lines.slice(0, maxLines).map((line) => truncate(line, width));
  const lastIndex = kept.length - 1;
  const elided = lines.length > maxLines ? ` …` : "";
  const room = width - suffix.length - elided.length;
  const last = kept[lastIndex] ?? "";
  kept[lastIndex] = `${last.length > room ? truncate(last, room) : last}${elided}${suffix}`;
  return kept;
}

function drawLegend(doc: MapDocument, box: Box, maxItems: number, frame: Frame): string[] {
  const communities = [...doc.fieldmap.communities].sort((a, b) => b.size - a.size || a.id - b.id);
  const shown = communities.slice(0, maxItems);
  const size = round(19 * frame.unit);
  const step = round(size * 1.9);
  const lineHeight = round(size * 1.2);
  // Labels wrap onto a second line rather than being cut: they are what a cluster means.
  let y = round(box.y + step * 1.6);
  const items = shown.flatMap((c) => {
    const lines = wrapLabel(c.label, 40, 2, ` (${c.size})`);
    const x = round(box.x + size * 1.5);
    const spans = lines.map((line, i) => (i === 0 ? escapeXmlText(line) : `<tspan${xmlAttributes([["x", x], ["dy", lineHeight]])}>${escapeXmlText(line)}</tspan>`));
    const element = [
      `  ${emptyElement("circle", [["cx", round(box.x + size * 0.5)], ["cy", round(y - size * 0.35)], ["r", round(size * 0.5)], ["fill", colorOf(c.color)]])}`,
      `  <text${xmlAttributes([["x", x], ["y", y], ["font-size", size]])}>${spans.join("")}</text>`,
    ];
    y = round(y + step + lineHeight * (lines.length - 1));
    return element;
  });
  const more = communities.length - shown.length;
  const moreLine =
    more > 0
      ? [`  ${textElement("text", `+ ${more} more`, [["x", box.x], ["y", y], ["font-size", size], ["fill", frame.colors.muted]])}`]
      : [];
  return [
    `<g id="legend"${xmlAttributes([["fill", frame.colors.text]])}>`,
    `  ${textElement("text", "Communities", [["x", box.x], ["y", round(box.y + size)], ["font-size", round(size * 1.1)], ["font-weight", "bold"]])}`,
    ...items,
    ...moreLine,
    `</g>`,
  ];
}
