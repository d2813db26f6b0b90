import type Graph from "graphology";
// A default import: the package is CommonJS, so Node cannot bind its named exports.
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";

/**
 * The ForceAtlas2 settings of the map (Jacomy et al. 2014, doi:10.1371/journal.pone.0098679),
 * shared by the build's layout and the viewer's Re-layout so that a re-layout continues the
 * build's layout instead of pulling the clusters into another shape.
 */
export interface MapLayoutSettings {
  /** LinLog attraction separates clusters (Noack 2007): what VOSviewer-like maps need. */
  linLogMode: boolean;
  /**
   * Off: dividing attraction by degree loosened the clusters (seed map: silhouette 0.27 without,
   * 0.24 with), since the hubs are already off the map as generic.
   */
  outboundAttractionDistribution: boolean;
  /** Barnes-Hut approximation above this many nodes (exact repulsion below: small maps settle better). */
  barnesHutAbove: number;
  /**
   * Edge attribute that pulls nodes together: the raw co-occurrence counts Louvain clusters on.
   * LinLog on the weights modularity uses places modularity clusters apart (Noack 2009,
   * "Modularity clustering is force-directed layout", doi:10.1103/PhysRevE.79.026102).
   */
  edgeWeightAttribute: "strength" | "weight";
}

export const DEFAULT_MAP_LAYOUT_SETTINGS: MapLayoutSettings = {
  linLogMode: true,
  outboundAttractionDistribution: false,
  barnesHutAbove: 2_000,
  edgeWeightAttribute: "weight",
};

/** graphology's FA2 settings for `graph`: inferred scaling and gravity plus the map's choices. */
export function forceAtlas2SettingsFor(graph: Graph, settings: MapLayoutSettings = DEFAULT_MAP_LAYOUT_SETTINGS): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > settings.barnesHutAbove,
    // Gephi's default approximation (graphology's 0.5 is finer and about twice as slow).
    barnesHutTheta: 1.2,
    // Strong gravity (pull growing with distance) keeps the map compact and lets it converge;
    // at graphology's inferred 0.05 it squeezed the clusters into a disc where they touch
    // (dev-corpus silhouette 0.27); a tenth of it lets LinLog set them apart (0.36) and still
    // settles within 200 iterations on 1,000 nodes.
    strongGravityMode: true,
    gravity: 0.005,
    linLogMode: settings.linLogMode,
    outboundAttractionDistribution: settings.outboundAttractionDistribution,
  };
}

/**
 * The edge attribute to weigh attraction with: `strength` when the map has it (graph.json),
 * else `weight` (a GEXF or GraphML file from another tool).
 */
export function layoutEdgeWeightFor(graph: Graph, settings: MapLayoutSettings = DEFAULT_MAP_LAYOUT_SETTINGS): "strength" | "weight" {
  const wanted = settings.edgeWeightAttribute;
  return graph.someEdge((_edge, attrs) => typeof attrs[wanted] === "number") ? wanted : "weight";
}
