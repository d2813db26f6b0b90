import type Graph from "graphology";
import type Sigma from "sigma";
import type { CommunityInfo } from "@fieldmap/graph";
import { placeClusterNames } from "@fieldmap/graph";
import type { ClusterFocus } from "../state/state";
import { selectClusterNames, type ClusterNameCandidate } from "./cluster-names";
import { clusterFont, LINE_HEIGHT, nodeFont, type LabelFonts, type PlacedLabel } from "./label-draw";
import { centredBox, hoverLabelBox, LabelPlacer, nodeLabelBox, placeClusterNameNear, type Box } from "./label-geometry";
import { indexNodesBySize, isInside, refreshPositions, type GraphRect, type NodeIndex } from "./node-index";
import type { HighlightContext } from "./reducers";

/**
 * Where labels go for one camera and highlight state, in screen space: the hovered or selected
 * node's boxed label first, then cluster names, then node labels biggest node first, each
 * placed only where it overlaps nothing placed before (VOSviewer's rule). Reads sigma's display
 * data (after the reducers), never the DOM beyond the overlays' rectangles.
 */
export interface LabelPlacementOptions {
  /** At most this many node labels (drawing more costs time and shows nothing readable). */
  maxNodeLabels: number;
  /** Nodes drawn smaller than this (px) get no label unless focused or a neighbour of the focus. */
  labelRenderedSizeThreshold: number;
  /** On-screen nodes examined per placement, biggest first: bounds the cost on dense maps. */
  maxCandidates: number;
}

/** How many of a cluster's biggest members may hold its name when its centre is crowded. */
const MEMBER_ANCHORS = 5;

export const DEFAULT_LABEL_PLACEMENT_OPTIONS: LabelPlacementOptions = { maxNodeLabels: 400, labelRenderedSizeThreshold: 6, maxCandidates: 4_000 };

export interface LabelPlacementInput {
  graph: Graph;
  communities: CommunityInfo[];
  highlight: HighlightContext;
  fonts: LabelFonts;
  measure(text: string, font: string): number;
}

interface Phase {
  /** Indices into the node index, biggest first. */
  order: number[];
  /** Label nodes of any size (neighbours of the focus, members of the focused cluster). */
  everySize: boolean;
}

export class LabelPlacement {
  private readonly nodes: NodeIndex;
  private readonly allNodes: number[];
  private phases = { version: -1, list: [] as Phase[] };
  private visible: ReturnType<typeof visibleClusters>;
  private positionsMoved = false;

  constructor(
    private readonly sigma: Sigma,
    private readonly input: LabelPlacementInput,
    private readonly options: LabelPlacementOptions = DEFAULT_LABEL_PLACEMENT_OPTIONS,
  ) {
    this.nodes = indexNodesBySize(input.graph);
    this.allNodes = this.nodes.keys.map((_key, i) => i);
    this.visible = visibleClusters(input.graph, input.highlight.hidden);
  }

  /** Nodes moved (a re-layout): cluster name positions and the culling index are refreshed on the next placement. */
  markPositionsMoved(): void {
    this.positionsMoved = true;
  }

  /** The labels to draw; `obstacles` (overlays) stay free; node labels are left out when `skipNodes`. */
  place(obstacles: Box[], skipNodes: boolean): PlacedLabel[] {
    const { graph, highlight } = this.input;
    if (this.visible.hidden !== highlight.hidden) this.visible = visibleClusters(graph, highlight.hidden);
    if (this.positionsMoved) {
      placeClusterNames(graph, this.input.communities);
      refreshPositions(this.nodes, graph);
      this.positionsMoved = false;
    }
    const { width, height } = this.sigma.getDimensions();
    const placer = new LabelPlacer(width, height);
    const out: PlacedLabel[] = [];
    for (const box of obstacles) placer.add(box);
    this.placeFocusLabels(placer, out);
    const view = { ratio: this.sigma.getCamera().getState().ratio, focus: highlight.clusterFocus, ...this.visible };
    for (const candidate of selectClusterNames(this.input.communities, view)) this.placeClusterName(placer, out, candidate);
    if (!skipNodes) this.placeNodeLabels(placer, out);
    return out;
  }

  /** sigma draws the hovered and selected nodes' boxed labels: they are obstacles placed first. */
  private placeFocusLabels(placer: LabelPlacer, out: PlacedLabel[]): void {
    const { highlight: ctx, fonts } = this.input;
    const px = this.sigma.getSetting("labelSize") + 1;
    for (const key of new Set([ctx.focus, ctx.selected])) {
      const data = key === null ? undefined : this.sigma.getNodeDisplayData(key);
      if (key === null || !data || data.hidden) continue;
      const { x, y } = this.sigma.framedGraphToViewport(data);
      const width = this.input.measure(String(data.label ?? ""), `600 ${px}px ${fonts.family}`);
      const box = hoverLabelBox(x, y, this.sigma.scaleSize(data.size), width, px);
      placer.add(box);
      out.push({ kind: "hover", key, box });
    }
  }

  private placeClusterName(placer: LabelPlacer, out: PlacedLabel[], candidate: ClusterNameCandidate): void {
    const { fonts } = this.input;
    const fullPx = candidate.level === "community" ? fonts.communityPx : fonts.subcommunityPx;
    const sizeAt = (scale: number) => {
      const px = Math.round(fullPx * scale);
      const font = clusterFont(fonts, px);
      const width = Math.max(...candidate.lines.map((line) => this.input.measure(line, font))) + 6; // + the halo
      return { width, height: candidate.lines.length * px * LINE_HEIGHT + 4 };
    };
    // Only the communities named at first sight fall back to their members and to a smaller font:
    // zoomed in, a sub-cluster's name over its own biggest node would hide the node from the pointer.
    const firstSight = candidate.level === "community";
    const anchors = this.nameAnchors(candidate, firstSight ? MEMBER_ANCHORS : 0);
    const placed = placeClusterNameNear(placer, anchors, sizeAt, firstSight ? undefined : [1]);
    if (!placed) return;
    const { box, scale } = placed;
    const [x, y] = [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
    out.push({ kind: "cluster", level: candidate.level, id: candidate.id, lines: candidate.lines, color: candidate.color, x, y, fontPx: Math.round(fullPx * scale), box });
  }

  /** The cluster's centre, then its biggest members that are drawn, in screen space. */
  private nameAnchors(candidate: ClusterNameCandidate, members: number): Array<{ x: number; y: number }> {
    const anchors = [this.sigma.graphToViewport({ x: candidate.x, y: candidate.y })];
    for (const key of candidate.top.slice(0, members)) {
      const data = this.input.graph.hasNode(key) ? this.sigma.getNodeDisplayData(key) : undefined;
      if (data && !data.hidden) anchors.push(this.sigma.framedGraphToViewport(data));
    }
    return anchors;
  }

  private placeNodeLabels(placer: LabelPlacer, out: PlacedLabel[]): void {
    const { highlight: ctx } = this.input;
    const rect = this.viewportRect(placer);
    let count = 0;
    let examined = 0;
    for (const { order, everySize } of this.nodePhases()) {
      for (const i of order) {
        if (count >= this.options.maxNodeLabels || examined >= this.options.maxCandidates) return;
        const key = this.nodes.keys[i]!;
        if (!isInside(this.nodes, i, rect) || key === ctx.focus || key === ctx.selected) continue;
        examined++;
        const placed = this.placeNodeLabel(placer, key, everySize);
        if (placed === "too small") break; // nodes come biggest first: all after it are smaller
        if (placed) {
          out.push(placed);
          count++;
        }
      }
    }
  }

  private placeNodeLabel(placer: LabelPlacer, key: string, everySize: boolean): PlacedLabel | "too small" | null {
    const { fonts } = this.input;
    const data = this.sigma.getNodeDisplayData(key);
    if (!data || data.hidden || !data.label) return null;
    const radius = this.sigma.scaleSize(data.size);
    if (!everySize && radius < this.options.labelRenderedSizeThreshold) return "too small";
    const { x, y } = this.sigma.framedGraphToViewport(data);
    // A labelled node's disc stays free too: a neighbour's label over it would read as its name.
    const disc = centredBox(x, y, 2 * radius, 2 * radius);
    if (!placer.fits(disc)) return null;
    const width = this.input.measure(data.label, nodeFont(fonts, fonts.nodePx));
    // Right of the node, as sigma draws labels; else left of it.
    const right = nodeLabelBox(x, y, radius, width, fonts.nodePx);
    const box = placer.tryPlace(right) ? right : nodeLabelBox(x, y, radius, width, fonts.nodePx, "left");
    if (box !== right && !placer.tryPlace(box)) return null;
    placer.add(disc);
    return { kind: "node", key, text: data.label, y, fontPx: fonts.nodePx, box };
  }

  /** The viewport in graph coordinates, widened by a big node's radius (its label may still fit on screen). */
  private viewportRect(placer: LabelPlacer): GraphRect {
    const margin = 24;
    const corners = [[-margin, -margin], [placer.width + margin, -margin], [-margin, placer.height + margin], [placer.width + margin, placer.height + margin]]
      .map(([x, y]) => this.sigma.viewportToGraph({ x: x!, y: y! }));
    const xs = corners.map((c) => c.x);
    const ys = corners.map((c) => c.y);
    return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
  }

  /** Label priority: the focused node's neighbours; else the focused cluster's members; then everyone, biggest first. */
  private nodePhases(): Phase[] {
    const { highlight: ctx, graph } = this.input;
    if (this.phases.version === ctx.version) return this.phases.list;
    const keep = (test: (key: string) => boolean) => this.allNodes.filter((i) => test(this.nodes.keys[i]!));
    let list: Phase[];
    const focus = ctx.clusterFocus;
    if (ctx.focus !== null) list = [{ order: keep((key) => ctx.neighbours.has(key)), everySize: true }];
    else if (focus === null) list = [{ order: this.allNodes, everySize: false }];
    else {
      const attribute = focus.level === "community" ? "community" : "subcommunity";
      const inside = (key: string) => Number(graph.getNodeAttribute(key, attribute)) === focus.id;
      list = [{ order: keep(inside), everySize: true }, { order: keep((key) => !inside(key)), everySize: false }];
    }
    this.phases = { version: ctx.version, list };
    return list;
  }
}

/** Clusters with at least one member the filters leave visible. */
function visibleClusters(graph: Graph, hidden: Set<string>) {
  const visibleCommunities = new Set<number>();
  const visibleSubcommunities = new Set<number>();
  graph.forEachNode((node, attrs) => {
    if (hidden.has(node)) return;
    visibleCommunities.add(Number(attrs.community));
    visibleSubcommunities.add(Number(attrs.subcommunity ?? attrs.community));
  });
  return { hidden, visibleCommunities, visibleSubcommunities };
}

/** Text widths by font, cached: the same labels are measured on every placement. */
export function createTextMeasurer(): (text: string, font: string) => number {
  const context = document.createElement("canvas").getContext("2d");
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font}\n${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (context) context.font = font;
      width = context ? context.measureText(text).width : text.length * 7;
      cache.set(key, width);
    }
    return width;
  };
}
