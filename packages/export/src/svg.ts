/**
 * Static drawing of the map for slides and papers: the strongest links, nodes, the cluster
 * names, labels of the most mentioned entities (greedy, overlapping neither each other nor a
 * name), a legend of communities and a title. With `focus`, the view frames one cluster: its
 * members labelled, the rest dimmed, and a panel that sums the cluster up instead of the legend.
 * Text is drawn with a halo in the background colour so it stays readable over links,
 * on light and dark slide backgrounds alike.
 */
import { COMMUNITY_PALETTE, summariseCluster, type ClusterInfo, type ClusterRef, type MapDocument } from "@fieldmap/graph";
import { DEFAULT_MAX_LINKS, strongestLinks } from "./links";
import { placeClusterNames, type PlacedName } from "./svg-names";
import { placeLabels, placeNodesIn, round, type Box, type PlacedLabel, type PlacedNode } from "./svg-layout";
import { drawFocusPanel, drawLegend, drawTitle } from "./svg-panels";
import { colorOf, halo, readableColor, SVG_FONT_FAMILY, THEMES, type Frame, type Theme } from "./svg-style";
import { emptyElement, textElement, xmlAttributes } from "./xml";

export { THEMES, SVG_FONT_FAMILY, type Theme, type ThemeColors } from "./svg-style";
export { wrapLabel } from "./wrap";

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
  /** Most communities named on the map, largest first (the palette tells about 12 apart). */
  maxNames?: number;
  /** Links drawn: those of rank < maxLinks (0 = all). */
  maxLinks?: number;
  /** Frame this cluster, label its members, dim the rest (the viewer's cluster focus). */
  focus?: ClusterRef;
}

// The legend lists every coloured cluster (the palette's twelve) as far as the panel has room.
export const DEFAULT_SVG_OPTIONS = { width: 1920, height: 1080, theme: "light" as Theme, maxLabels: 40, legendItems: COMMUNITY_PALETTE.length as number, maxNames: 12, maxLinks: DEFAULT_MAX_LINKS };

/** Labels drawn on a focused cluster: the view is zoomed in, so there is room for more. */
const FOCUS_MAX_LABELS = 60;
/** Node labels grow with the node's count up to this size (1080p pixels); names are bigger. */
const LABEL_MAX_SIZE = 24;
const NAME_STYLE = (unit: number) => ({ fontSizes: [32, 28, 24, 20].map((size) => round(size * unit)), lineWidth: 22 });
/** Opacity of what lies outside a focused cluster. */
const DIMMED_OPACITY = 0.15;

type Options = typeof DEFAULT_SVG_OPTIONS & { title?: string; focus?: ClusterRef };

interface Drawing {
  nodes: PlacedNode[];
  members?: ReadonlySet<string>;
  names: PlacedName[];
  labels: PlacedLabel[];
}

/** Node keys of the focused cluster. */
function focusMembers(doc: MapDocument, focus: ClusterRef): Set<string> {
  const inFocus = (n: MapDocument["graph"]["nodes"][number]) => (focus.level === "community" ? n.attributes.community : n.attributes.subcommunity) === focus.id;
  return new Set(doc.graph.nodes.filter(inFocus).map((n) => n.key));
}

/** Names drawn on the map: every community; on a focused community, its sub-clusters (or itself). */
function namedClusters(doc: MapDocument, focus: ClusterRef | undefined, maxNames: number): ClusterInfo[] {
  const communities = doc.fieldmap.communities;
  if (!focus) return [...communities].sort((a, b) => b.size - a.size || a.id - b.id).slice(0, maxNames);
  if (focus.level === "subcommunity") return communities.flatMap((c) => c.subcommunities.filter((s) => s.id === focus.id));
  const community = communities.find((c) => c.id === focus.id);
  if (!community) return [];
  return community.subcommunities.length > 1 ? community.subcommunities : [community];
}

/** 1. nodes 2. cluster names 3. node labels clear of the names. */
function layOut(doc: MapDocument, area: Box, o: Options, frame: Frame): Drawing {
  const members = o.focus ? focusMembers(doc, o.focus) : undefined;
  const { nodes, project } = placeNodesIn(doc, area, { min: 4 * frame.unit, max: 22 * frame.unit }, members);
  const named = namedClusters(doc, o.focus, o.maxNames);
  // A focused community is named by its sub-clusters, whose ground is their own members'.
  const level = named.some((c) => "parent" in c) ? "subcommunity" : "community";
  const points = nodes.map((n) => ({ x: n.cx, y: n.cy, cluster: Number(n.attributes[level]) }));
  const names = placeClusterNames(named, project, area, NAME_STYLE(frame.unit), [], points);
  const labels = placeLabels(nodes, area, { min: 15 * frame.unit, max: LABEL_MAX_SIZE * frame.unit }, members ? Math.max(o.maxLabels, FOCUS_MAX_LABELS) : o.maxLabels, {
    obstacles: names.flatMap((name) => name.lines.map((line) => line.box)),
    ...(members ? { labelled: (node: PlacedNode) => members.has(node.key) } : {}),
  });
  return { nodes, names, labels, ...(members ? { members } : {}) };
}

/** Draws the map as a standalone SVG document. */
export function toSvg(doc: MapDocument, options: SvgOptions = {}): string {
  const o: Options = { ...DEFAULT_SVG_OPTIONS, ...options };
  // One "unit" is a pixel of a 1080p slide: everything scales with the output size.
  const frame: Frame = { width: o.width, height: o.height, unit: Math.min(o.width / 1920, o.height / 1080), colors: THEMES[o.theme], theme: o.theme };
  const margin = round(40 * frame.unit);
  const panelWidth = round(Math.min(440 * frame.unit, o.width * 0.3));
  const top = round(margin + 96 * frame.unit);
  const area: Box = { x: margin, y: top, width: o.width - panelWidth - 2 * margin, height: o.height - top - margin };
  const drawing = layOut(doc, area, o, frame);
  const title = o.title ?? doc.fieldmap.title;
  const panel: Box = { x: o.width - panelWidth - margin / 2, y: top, width: panelWidth, height: area.height };
  const summary = o.focus ? summariseCluster(doc, o.focus) : undefined;
  return [
    `<svg${xmlAttributes([["xmlns", "http://www.w3.org/2000/svg"], ["width", o.width], ["height", o.height], ["viewBox", `0 0 ${o.width} ${o.height}`], ["font-family", SVG_FONT_FAMILY]])}>`,
    textElement("title", title),
    textElement("desc", `${doc.graph.nodes.length} entities, ${doc.graph.edges.length} links, ${doc.fieldmap.communities.length} communities; built ${doc.fieldmap.created} by fieldmap`),
    emptyElement("rect", [["width", "100%"], ["height", "100%"], ["fill", frame.colors.background]]),
    ...drawEdges(doc, drawing, o.maxLinks, frame),
    ...drawNodes(drawing, frame),
    ...drawNames(drawing.names, frame),
    ...drawLabels(drawing.labels, frame),
    ...drawTitle(doc, title, margin, frame),
    ...(summary ? drawFocusPanel(summary, panel, frame) : drawLegend(doc, panel, o.legendItems, frame)),
    `</svg>`,
    "",
  ].join("\n");
}

function drawEdges(doc: MapDocument, drawing: Drawing, maxLinks: number, frame: Frame): string[] {
  const byKey = new Map(drawing.nodes.map((n) => [n.key, n]));
  const edges = strongestLinks(doc, maxLinks);
  const maxWeight = edges.reduce((max, e) => Math.max(max, e.attributes.weight), 1);
  const [lit, dimmed]: [string[], string[]] = [[], []];
  for (const e of edges) {
    const [a, b] = [byKey.get(e.source), byKey.get(e.target)];
    if (!a || !b) continue;
    const sameCommunity = a.attributes.community === b.attributes.community;
    const width = round((0.6 + 2.4 * Math.sqrt(e.attributes.weight / maxWeight)) * frame.unit);
    const stroke = sameCommunity ? colorOf(a.attributes.color) : frame.colors.edge;
    const line = `  ${emptyElement("line", [["x1", a.cx], ["y1", a.cy], ["x2", b.cx], ["y2", b.cy], ["stroke", stroke], ["stroke-width", width]])}`;
    const inFocus = !drawing.members || (drawing.members.has(a.key) && drawing.members.has(b.key));
    (inFocus ? lit : dimmed).push(line);
  }
  const group = (id: string, lines: string[], opacity: number) => [`<g${xmlAttributes([["id", id], ["stroke-opacity", opacity], ["stroke-linecap", "round"]])}>`, ...lines, `</g>`];
  return [...(dimmed.length > 0 ? group("edges-dimmed", dimmed, round(0.35 * DIMMED_OPACITY)) : []), ...group("edges", lit, 0.35)];
}

function drawNodes(drawing: Drawing, frame: Frame): string[] {
  // Big nodes first so small ones stay visible on top.
  const ordered = [...drawing.nodes].sort((a, b) => b.r - a.r || (a.key < b.key ? -1 : 1));
  const circle = (n: PlacedNode) => `  ${emptyElement("circle", [["cx", n.cx], ["cy", n.cy], ["r", n.r], ["fill", colorOf(n.attributes.color)]])}`;
  const stroke = xmlAttributes([["stroke", frame.colors.background], ["stroke-width", round(1.2 * frame.unit)]]);
  const members = drawing.members;
  if (!members) return [`<g id="nodes"${stroke}>`, ...ordered.map(circle), `</g>`];
  return [
    `<g id="nodes-dimmed"${stroke}${xmlAttributes([["opacity", DIMMED_OPACITY]])}>`,
    ...ordered.filter((n) => !members.has(n.key)).map(circle),
    `</g>`,
    `<g id="nodes"${stroke}>`,
    ...ordered.filter((n) => members.has(n.key)).map(circle),
    `</g>`,
  ];
}

function drawNames(names: PlacedName[], frame: Frame): string[] {
  const texts = names.flatMap((name) =>
    name.lines.map((line) =>
      `  ${textElement("text", line.text, [["x", line.x], ["y", line.y], ["font-size", name.fontSize], ["text-anchor", "middle"], ["fill", readableColor(name.color, frame)], ...halo(frame, name.fontSize, 0.3)])}`,
    ),
  );
  return [`<g id="cluster-names"${xmlAttributes([["font-weight", "bold"]])}>`, ...texts, `</g>`];
}

function drawLabels(labels: PlacedLabel[], frame: Frame): string[] {
  const texts = labels.map(
    (l) => `  ${textElement("text", l.text, [["x", l.x], ["y", l.y], ["font-size", l.fontSize], ["text-anchor", l.anchor], ...halo(frame, l.fontSize)])}`,
  );
  return [`<g id="labels"${xmlAttributes([["fill", frame.colors.text]])}>`, ...texts, `</g>`];
}
