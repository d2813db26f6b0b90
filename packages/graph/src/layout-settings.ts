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
  /** Hubs are pushed to the borders of their cluster rather than pulling everything in. */
  outboundAttractionDistribution: boolean;
  /** Barnes-Hut approximation above this many nodes (exact repulsion below: small maps settle better). */
  barnesHutAbove: number;
  /** Edge attribute that pulls nodes together (association strength), else `weight`. */
  edgeWeightAttribute: "strength" | "weight";
}

export const DEFAULT_MAP_LAYOUT_SETTINGS: MapLayoutSettings = {
  linLogMode: true,
  outboundAttractionDistribution: true,
  barnesHutAbove: 2_000,
  edgeWeightAttribute: "strength",
};

/** graphology's FA2 settings for `graph`: inferred scaling and gravity plus the map's choices. */
export function forceAtlas2SettingsFor(graph: Graph, settings: MapLayoutSettings = DEFAULT_MAP_LAYOUT_SETTINGS): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > settings.barnesHutAbove,
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
