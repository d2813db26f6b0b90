import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { seededRng, type Rng } from "./rng";

export interface LayoutOptions {
  iterations: number;
  rng: Rng;
  /** Edge attribute that pulls nodes together. */
  weightAttribute: "strength" | "weight";
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  iterations: 300,
  rng: seededRng(7),
  weightAttribute: "strength",
};

/**
 * ForceAtlas2 (Jacomy et al. 2014, "ForceAtlas2, a Continuous Graph Layout Algorithm for
 * Handy Network Visualization", PLoS ONE, doi:10.1371/journal.pone.0098679). The algorithm is
 * deterministic given its start positions, so seeding those makes the layout repeatable.
 * Communities start in their own sector of the circle so clusters separate quickly.
 */
export function layoutGraph(graph: Graph, options: Partial<LayoutOptions> = {}): void {
  const opts = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  if (graph.order === 0) return;
  const communityCount = new Set(graph.mapNodes((_, a) => a.community as number)).size || 1;
  graph.forEachNode((node, attrs) => {
    const sector = ((attrs.community as number) ?? 0) / communityCount;
    const angle = 2 * Math.PI * (sector + opts.rng() / communityCount);
    const radius = 50 + 50 * opts.rng();
    graph.mergeNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, {
    iterations: opts.iterations,
    getEdgeWeight: graph.size > 0 ? opts.weightAttribute : null,
    settings: { ...settings, barnesHutOptimize: graph.order > 1000, linLogMode: true, outboundAttractionDistribution: true },
  });
  // Round so the serialised output is short and identical across platforms' float printing.
  graph.updateEachNodeAttributes((_, attrs) => ({
    ...attrs,
    x: Math.round((attrs.x as number) * 100) / 100,
    y: Math.round((attrs.y as number) * 100) / 100,
  }));
}
