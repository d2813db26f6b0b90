import type Graph from "graphology";
import type Sigma from "sigma";
import type { CommunityInfo } from "@fieldmap/graph";
import { placeClusterNames } from "../data/clusters";
import { selectClusterNames, type ClusterNameCandidate } from "../render/cluster-names";
import { clusterFont, drawLabels, LINE_HEIGHT, nodeFont, type LabelFonts, type PlacedLabel } from "../render/label-draw";
import { centredBox, hoverLabelBox, LabelPlacer, nodeLabelBox, type Box } from "../render/label-geometry";
import type { HighlightContext } from "../render/reducers";
import { indexNodesBySize, isInside, refreshPositions, type GraphRect } from "../render/node-index";
import type { ClusterFocus } from "../state/state";

interface Phase {
  /** Indices into the node index, biggest first. */
  order: number[];
  /** Label nodes of any size (neighbours of the focus, members of the focused cluster). */
  everySize: boolean;
}

/**
 * The canvas's labels: cluster names and node labels that never overlap. sigma's own label
 * grid lets forced labels print over each other, so sigma draws none (renderLabels: false)
 * and this layer, after every render, places labels greedily in screen space — the hovered or
 * selected node first, then cluster names, then node labels biggest node first — and draws
 * them on sigma's label canvas. A placement is recomputed only when the camera, the viewport,
 * the positions or the highlight change. Renders nothing of its own beyond that canvas.
 */
export interface LabelLayerOptions {
  /** At most this many node labels (drawing more costs time and shows nothing readable). */
  maxNodeLabels: number;
  /** Above this many nodes, node labels wait for the camera to stop (cluster names stay). */
  hideNodeLabelsOnMoveAbove: number;
  /** Nodes drawn smaller than this (px) get no label unless focused or a neighbour of the focus. */
  labelRenderedSizeThreshold: number;
  /** On-screen nodes examined per placement, biggest first: bounds the cost on dense maps. */
  maxCandidates: number;
}

export const DEFAULT_LABEL_LAYER_OPTIONS: LabelLayerOptions = {
  maxNodeLabels: 400,
  hideNodeLabelsOnMoveAbove: 5_000,
  labelRenderedSizeThreshold: 6,
  maxCandidates: 4_000,
};

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
  destroy(): void;
}

export function bindLabelLayer(sigma: Sigma, deps: LabelLayerDeps, options: LabelLayerOptions = DEFAULT_LABEL_LAYER_OPTIONS): LabelLayer {
  const { graph, highlight: ctx, fonts } = deps;
  const measure = createTextMeasurer();
  const nodes = indexNodesBySize(graph);
  const allNodes = nodes.keys.map((_key, i) => i);
  let phases = { version: -1, list: [] as Phase[] };
  let placed: PlacedLabel[] = [];
  let lastKey = "";
  let processed = 0;
  let positionsMoved = false;
  let visible = visibleClusters(graph, ctx.hidden);

  const layout = (moving: boolean): PlacedLabel[] => {
    if (visible.hidden !== ctx.hidden) visible = visibleClusters(graph, ctx.hidden);
    if (positionsMoved) {
      placeClusterNames(graph, deps.communities);
      refreshPositions(nodes, graph);
    }
    positionsMoved = false;
    const { width, height } = sigma.getDimensions();
    const placer = new LabelPlacer(width, height);
    const out: PlacedLabel[] = [];
    for (const box of overlayBoxes()) placer.add(box);
    placeFocusObstacles(placer, out);
    const candidates = selectClusterNames(deps.communities, { ratio: sigma.getCamera().getState().ratio, focus: ctx.clusterFocus, ...visible });
    for (const candidate of candidates) placeClusterName(placer, out, candidate);
    if (!(moving && graph.order > options.hideNodeLabelsOnMoveAbove)) placeNodeLabels(placer, out);
    return out;
  };

  const placeFocusObstacles = (placer: LabelPlacer, out: PlacedLabel[]) => {
    const px = sigma.getSetting("labelSize") + 1;
    for (const key of new Set([ctx.focus, ctx.selected])) {
      const data = key === null ? undefined : sigma.getNodeDisplayData(key);
      if (key === null || !data || data.hidden) continue;
      const { x, y } = sigma.framedGraphToViewport(data);
      const box = hoverLabelBox(x, y, sigma.scaleSize(data.size), measure(String(data.label ?? ""), `600 ${px}px ${fonts.family}`), px);
      placer.add(box);
      out.push({ kind: "hover", key, box });
    }
  };

  const placeClusterName = (placer: LabelPlacer, out: PlacedLabel[], candidate: ClusterNameCandidate) => {
    const px = candidate.level === "community" ? fonts.communityPx : fonts.subcommunityPx;
    const font = clusterFont(fonts, px);
    const width = Math.max(...candidate.lines.map((line) => measure(line, font))) + 6; // + the halo
    const height = candidate.lines.length * px * LINE_HEIGHT + 4;
    const { x, y } = sigma.graphToViewport({ x: candidate.x, y: candidate.y });
    const box = centredBox(x, y, width, height);
    if (placer.tryPlace(box)) out.push({ kind: "cluster", level: candidate.level, id: candidate.id, lines: candidate.lines, color: candidate.color, x, y, fontPx: px, box });
  };

  const placeNodeLabels = (placer: LabelPlacer, out: PlacedLabel[]) => {
    const font = nodeFont(fonts, fonts.nodePx);
    const rect = viewportRect(placer);
    let count = 0;
    let examined = 0;
    for (const { order, everySize } of nodePhases()) {
      for (const i of order) {
        if (count >= options.maxNodeLabels || examined >= options.maxCandidates) return;
        const key = nodes.keys[i]!;
        if (!isInside(nodes, i, rect) || key === ctx.focus || key === ctx.selected) continue;
        examined++;
        const data = sigma.getNodeDisplayData(key);
        if (!data || data.hidden || !data.label) continue;
        const radius = sigma.scaleSize(data.size);
        // Nodes come biggest first: once one is too small to label, so are all after it.
        if (!everySize && radius < options.labelRenderedSizeThreshold) break;
        const { x, y } = sigma.framedGraphToViewport(data);
        // A labelled node's disc stays free too: a neighbour's label over it would read as its name.
        const disc = centredBox(x, y, 2 * radius, 2 * radius);
        if (!placer.fits(disc)) continue;
        const width = measure(data.label, font);
        const right = nodeLabelBox(x, y, radius, width, fonts.nodePx);
        const box = placer.tryPlace(right) ? right : nodeLabelBox(x, y, radius, width, fonts.nodePx, "left");
        if (box !== right && !placer.tryPlace(box)) continue;
        placer.add(disc);
        out.push({ kind: "node", key, text: data.label, y, fontPx: fonts.nodePx, box });
        count++;
      }
    }
  };

  /** The viewport in graph coordinates, widened by a big node's radius (its label may still fit on screen). */
  const viewportRect = (placer: LabelPlacer): GraphRect => {
    const margin = 24;
    const corners = [[-margin, -margin], [placer.width + margin, -margin], [-margin, placer.height + margin], [placer.width + margin, placer.height + margin]]
      .map(([x, y]) => sigma.viewportToGraph({ x: x!, y: y! }));
    const xs = corners.map((c) => c.x);
    const ys = corners.map((c) => c.y);
    return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
  };

  /** Label priority: the focused node's neighbours; else the focused cluster's members; then everyone, biggest first. */
  const nodePhases = (): Phase[] => {
    if (phases.version === ctx.version) return phases.list;
    const keep = (test: (key: string) => boolean) => allNodes.filter((i) => test(nodes.keys[i]!));
    let list: Phase[];
    const focus = ctx.clusterFocus;
    if (ctx.focus !== null) list = [{ order: keep((key) => ctx.neighbours.has(key)), everySize: true }];
    else if (focus === null) list = [{ order: allNodes, everySize: false }];
    else {
      const attribute = focus.level === "community" ? "community" : "subcommunity";
      const inside = (key: string) => Number(graph.getNodeAttribute(key, attribute)) === focus.id;
      list = [{ order: keep(inside), everySize: true }, { order: keep((key) => !inside(key)), everySize: false }];
    }
    phases = { version: ctx.version, list };
    return list;
  };

  const overlayBoxes = (): Box[] => {
    const origin = sigma.getContainer().getBoundingClientRect();
    return (deps.overlays?.() ?? []).flatMap((element) => {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return []; // hidden (display: none)
      return [{ left: rect.left - origin.left, top: rect.top - origin.top, right: rect.right - origin.left, bottom: rect.bottom - origin.top }];
    });
  };

  const isMoving = () => {
    const captor = sigma.getMouseCaptor();
    return sigma.getCamera().isAnimated() || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
  };

  const onRender = () => {
    const camera = sigma.getCamera().getState();
    const { width, height } = sigma.getDimensions();
    const moving = isMoving();
    const key = `${camera.x},${camera.y},${camera.ratio},${camera.angle}|${width}x${height}|${ctx.version}|${processed}|${moving}`;
    if (key !== lastKey) {
      placed = layout(moving);
      lastKey = key;
    }
    const context = sigma.getCanvases().labels?.getContext("2d");
    if (context) drawLabels(context, placed, fonts, ctx.palette);
  };
  const onProcess = () => processed++;
  const onMoved = () => {
    positionsMoved = true;
  };
  const clusterAt = (x: number, y: number): ClusterFocus | null => {
    for (const label of placed) {
      if (label.kind === "cluster" && x >= label.box.left && x <= label.box.right && y >= label.box.top && y <= label.box.bottom) return { level: label.level, id: label.id };
    }
    return null;
  };
  const onClick = ({ event }: { event: { x: number; y: number } }) => {
    const hit = clusterAt(event.x, event.y);
    if (hit) deps.onClusterClick(hit);
  };
  let pointer = false;
  const onMoveBody = ({ event }: { event: { x: number; y: number } }) => {
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
function createTextMeasurer(): (text: string, font: string) => number {
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
