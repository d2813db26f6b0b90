import type Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { seededRng } from "./rng";
import { splitDisconnected, modularity, type Partition } from "./partition";
import { meanPairwiseAri } from "./stability";

export interface HierarchyOptions {
  resolution: number | "auto";
  subResolution: number;
  weightAttribute: "strength" | "weight";
  seed: number;
}
export const DEFAULT_HIERARCHY_OPTIONS: HierarchyOptions = { resolution: "auto", subResolution: 1, weightAttribute: "strength", seed: 42 };

export interface Hierarchy {
  top: Partition;
  sub: Partition;
  modularity: number;
  resolution: { top: number; sub: number };
  stability: number;
}

function runLouvain(graph: Graph, resolution: number, weight: string, seed: number): Partition {
  if (graph.size === 0) return new Map(graph.nodes().map((n, i) => [n, i]));
  const c = louvain(graph, { getEdgeWeight: weight, resolution, rng: seededRng(seed) });
  return splitDisconnected(graph, new Map(Object.entries(c)));
}

export function clusterHierarchy(graph: Graph, opts: HierarchyOptions): Hierarchy {
  const resolution = opts.resolution === "auto" ? 1 : opts.resolution;
  const top = runLouvain(graph, resolution, opts.weightAttribute, opts.seed);
  const sub: Partition = new Map();
  for (const [node, id] of top) sub.set(node, id);
  const stability = meanPairwiseAri([top, runLouvain(graph, resolution, opts.weightAttribute, opts.seed + 1)]);
  return { top, sub, modularity: modularity(graph, top, opts.weightAttribute), resolution: { top: resolution, sub: opts.subResolution }, stability };
}
