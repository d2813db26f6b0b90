import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { aggregateClusters } from "./aggregate";
import { forceAtlas2SettingsFor } from "./layout-settings";
import { seededRng, type Rng } from "./rng";
import { settleFreeNodes } from "./settle-new-nodes";
import { placeFromPrevious, type PreviousMap, type UpdateStart } from "./update-start";

export interface LayoutOptions {
  /** Most ForceAtlas2 iterations; the layout stops earlier once it has converged. */
  iterations: number;
  rng: Rng;
  /** Edge attribute that pulls nodes together. */
  weightAttribute: "strength" | "weight";
  /** Converged when the mean move per iteration falls below this share of the layout's spread. */
  tolerance: number;
  /**
   * An update: start from these positions (new nodes among their neighbours) and run at most
   * `updateIterations`, so the map keeps its shape. Absent: a fresh layout.
   */
  previous?: PreviousMap["positions"];
  updateIterations: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  iterations: 300,
  rng: seededRng(7),
  weightAttribute: "weight",
  tolerance: 0.001,
  updateIterations: 50,
};

export interface LayoutResult {
  /** ForceAtlas2 iterations run. */
  iterations: number;
  /** Set when the layout started from a previous map. */
  update?: UpdateStart;
}

/** An update starts from the previous map only when it holds most of the nodes; else the map is laid out afresh. */
const MIN_KEPT_SHARE = 0.5;

const CHUNK = 25;

/**
 * ForceAtlas2 (Jacomy et al. 2014, "ForceAtlas2, a Continuous Graph Layout Algorithm for
 * Handy Network Visualization", PLoS ONE, doi:10.1371/journal.pone.0098679) in LinLog mode,
 * which separates clusters (Noack 2007), from community-aware start positions: the clusters
 * are first placed by a layout of the cluster graph, each sub-cluster around its cluster, and
 * nodes around their sub-cluster, so FA2 refines a map that is already separated instead of
 * untangling a random disc. Deterministic given the seeded start.
 */
export function layoutGraph(graph: Graph, options: Partial<LayoutOptions> = {}): LayoutResult {
  const opts = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  if (graph.order === 0) return { iterations: 0 };
  const update = opts.previous ? placeFromPrevious(graph, opts.previous, opts.rng, opts.weightAttribute) : undefined;
  const updating = update !== undefined && update.kept >= MIN_KEPT_SHARE * graph.order;
  if (!updating) placeByClusters(graph, opts.rng);
  const iterations = updating ? Math.min(opts.iterations, opts.updateIterations) : opts.iterations;
  // An update pins the previous map's nodes (FA2's `fixed` flag): only the new nodes move, so
  // the map a reader knows keeps its shape; a build without --update lays everything out again.
  if (updating) graph.forEachNode((node) => graph.setNodeAttribute(node, "fixed", opts.previous!.has(node)));
  const done = runForceAtlas2(graph, iterations, opts, updating ? (node) => opts.previous!.has(node) : undefined);
  if (updating) graph.forEachNode((node) => graph.removeNodeAttribute(node, "fixed"));
  // Round so the serialised output is short and identical across platforms' float printing.
  graph.updateEachNodeAttributes((_, attrs) => ({
    ...attrs,
    x: Math.round((attrs.x as number) * 100) / 100,
    y: Math.round((attrs.y as number) * 100) / 100,
  }));
  return { iterations: done, ...(update ? { update: updating ? update : { kept: 0, placed: graph.order } } : {}) };
}

/**
 * ForceAtlas2 in chunks of CHUNK iterations until `iterations` or convergence; returns the
 * iterations run. With `isFixed` (an update), the few free nodes move by settleFreeNodes when
 * they are few enough, the whole map's Barnes-Hut tree left out.
 */
function runForceAtlas2(graph: Graph, iterations: number, opts: LayoutOptions, isFixed?: (node: string) => boolean): number {
  const settings = forceAtlas2SettingsFor(graph);
  const getEdgeWeight = graph.size > 0 ? opts.weightAttribute : null;
  let done = 0;
  while (done < iterations) {
    const before = graph.mapNodes((_, a) => [a.x as number, a.y as number] as const);
    const chunk = Math.min(CHUNK, iterations - done);
    const settled = isFixed && settleFreeNodes(graph, isFixed, chunk, settings, opts.weightAttribute);
    if (!settled) forceAtlas2.assign(graph, { iterations: chunk, getEdgeWeight, settings });
    done += chunk;
    if (meanMove(graph, before) / chunk < opts.tolerance * spread(graph)) break;
  }
  return done;
}

/** Start positions: cluster centres from a small layout of the cluster graph, then nested discs. */
function placeByClusters(graph: Graph, rng: Rng): void {
  const top = new Map<string, number>();
  graph.forEachNode((node, attrs) => top.set(node, (attrs.community as number) ?? 0));
  const centres = clusterCentres(graph, top, rng);
  const subCentre = new Map<number, [number, number]>();
  const subSizes = new Map<number, number>();
  graph.forEachNode((_node, attrs) => subSizes.set(attrs.subcommunity as number, (subSizes.get(attrs.subcommunity as number) ?? 0) + 1));
  graph.forEachNode((node, attrs) => {
    const community = attrs.community as number;
    const sub = attrs.subcommunity as number;
    const [cx, cy, radius] = centres.get(community)!;
    if (!subCentre.has(sub)) {
      const angle = 2 * Math.PI * rng();
      const r = radius * 0.6 * Math.sqrt(rng());
      subCentre.set(sub, [cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
    }
    const [sx, sy] = subCentre.get(sub)!;
    const spreadR = radius * 0.4 * Math.sqrt((subSizes.get(sub) ?? 1) / Math.max(1, graph.order)) + 1;
    const angle = 2 * Math.PI * rng();
    const r = spreadR * Math.sqrt(rng());
    graph.mergeNodeAttributes(node, { x: sx + r * Math.cos(angle), y: sy + r * Math.sin(angle) });
  });
}

/** Centre and radius of each top-level cluster: ForceAtlas2 on the graph of clusters. */
function clusterCentres(graph: Graph, top: Map<string, number>, rng: Rng): Map<number, [number, number, number]> {
  const clusters = aggregateClusters(graph, top, "weight");
  const count = clusters.order;
  let i = 0;
  clusters.forEachNode((node) => {
    const angle = (2 * Math.PI * i++) / count + rng() * 0.1;
    clusters.mergeNodeAttributes(node, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle), size: Math.sqrt(clusters.getNodeAttribute(node, "members") as number) });
  });
  if (count > 2 && clusters.size > 0) {
    forceAtlas2.assign(clusters, {
      iterations: 200,
      getEdgeWeight: "strength",
      settings: { ...forceAtlas2.inferSettings(clusters), adjustSizes: true, linLogMode: true },
    });
  }
  const total = graph.order;
  const centres = new Map<number, [number, number, number]>();
  // Scale centres so that discs of radius ~ sqrt(size) sit apart.
  let maxDistance = 1;
  clusters.forEachNode((_node, attrs) => (maxDistance = Math.max(maxDistance, Math.hypot(attrs.x as number, attrs.y as number))));
  const scale = (100 * Math.sqrt(total)) / maxDistance;
  clusters.forEachNode((node, attrs) => {
    const members = attrs.members as number;
    centres.set(Number(node), [(attrs.x as number) * scale, (attrs.y as number) * scale, 30 * Math.sqrt(members)]);
  });
  return centres;
}

function meanMove(graph: Graph, before: ReadonlyArray<readonly [number, number]>): number {
  let sum = 0;
  let i = 0;
  graph.forEachNode((_node, attrs) => {
    const [x, y] = before[i++]!;
    sum += Math.hypot((attrs.x as number) - x, (attrs.y as number) - y);
  });
  return sum / Math.max(1, graph.order);
}

/** Root mean square distance to the centroid: the layout's scale. */
function spread(graph: Graph): number {
  let sx = 0;
  let sy = 0;
  graph.forEachNode((_node, attrs) => {
    sx += attrs.x as number;
    sy += attrs.y as number;
  });
  const cx = sx / graph.order;
  const cy = sy / graph.order;
  let sum = 0;
  graph.forEachNode((_node, attrs) => (sum += ((attrs.x as number) - cx) ** 2 + ((attrs.y as number) - cy) ** 2));
  return Math.sqrt(sum / graph.order) || 1;
}
