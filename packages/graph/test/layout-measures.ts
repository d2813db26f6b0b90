import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { forceAtlas2SettingsFor } from "../src";

/** A laid-out node with the cluster it belongs to: what the layout quality measures read. */
export interface LabelledPoint {
  x: number;
  y: number;
  label: number;
}

/**
 * Mean distance of each node to its own cluster's centre divided by its mean distance to
 * the other clusters' centres: well under 1 when the layout sets the clusters apart, about 1
 * for positions that ignore the clusters (no ForceAtlas2, or a partition unrelated to the links).
 */
export function ownCentreDistanceRatio(points: readonly LabelledPoint[]): number {
  const centres = new Map<number, { x: number; y: number; n: number }>();
  for (const p of points) {
    const c = centres.get(p.label) ?? { x: 0, y: 0, n: 0 };
    c.x += p.x;
    c.y += p.y;
    c.n++;
    centres.set(p.label, c);
  }
  let own = 0;
  let other = 0;
  for (const p of points) {
    for (const [label, c] of centres) {
      const d = Math.hypot(p.x - c.x / c.n, p.y - c.y / c.n);
      if (label === p.label) own += d;
      else other += d / (centres.size - 1);
    }
  }
  return own / other;
}

/**
 * How far `iterations` more ForceAtlas2 steps, with the map's own settings, move the nodes:
 * the mean move as a share of the layout's width. Near 0 for a converged layout; large for
 * positions ForceAtlas2 never refined.
 */
export function furtherLayoutMove(graph: Graph, weightAttribute: string, iterations = 25): number {
  const again = graph.copy();
  forceAtlas2.assign(again, { iterations, getEdgeWeight: weightAttribute, settings: forceAtlas2SettingsFor(again) });
  let moved = 0;
  graph.forEachNode((n, a) => (moved += Math.hypot((a.x as number) - again.getNodeAttribute(n, "x"), (a.y as number) - again.getNodeAttribute(n, "y"))));
  const xs = graph.mapNodes((_n, a) => a.x as number);
  return moved / graph.order / (Math.max(...xs) - Math.min(...xs));
}
