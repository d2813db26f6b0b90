import type Graph from "graphology";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";

/**
 * ForceAtlas2 for an update that pins the previous map's nodes: only the few new nodes move.
 *
 * graphology's ForceAtlas2 with `fixed` nodes computes the forces on every node (a Barnes-Hut
 * tree over the whole map each iteration) and then leaves the fixed ones where they are; on a
 * map of 19,000 nodes that is about 75 ms an iteration, for the 30 nodes a +1% update adds
 * (issue 16). Here the forces are computed for the free nodes only, with the same model as
 * graphology's iteration (linear repulsion between masses of 1 + weighted degree, strong
 * gravity, LinLog or linear attraction, per-node speed and convergence), repulsion summed
 * exactly rather than through the tree: free x all pairs, which bounds where it is used.
 */

/** Above this many free-node x node pairs an iteration, graphology's Barnes-Hut tree is cheaper. */
export const MAX_FREE_PAIRS = 2_000_000;

interface Arrays {
  x: Float64Array;
  y: Float64Array;
  mass: Float64Array;
  /** Indices of the free nodes. */
  free: number[];
  /** For each free node (by its place in `free`): neighbour indices and edge weights. */
  neighbours: number[][];
  weights: number[][];
  keys: string[];
}

function toArrays(graph: Graph, isFixed: (node: string) => boolean, weightAttribute: string): Arrays {
  const index = new Map<string, number>();
  const keys: string[] = [];
  const x = new Float64Array(graph.order);
  const y = new Float64Array(graph.order);
  const mass = new Float64Array(graph.order).fill(1);
  const free: number[] = [];
  graph.forEachNode((node, attrs) => {
    const i = keys.length;
    index.set(node, i);
    keys.push(node);
    x[i] = attrs.x as number;
    y[i] = attrs.y as number;
    if (!isFixed(node)) free.push(i);
  });
  const slot = new Map(free.map((i, k) => [i, k]));
  const neighbours: number[][] = free.map(() => []);
  const weights: number[][] = free.map(() => []);
  /** Records `to` as a neighbour of `from` when `from` is free. */
  const link = (from: number, to: number, weight: number) => {
    const k = slot.get(from);
    if (k === undefined) return;
    neighbours[k]!.push(to);
    weights[k]!.push(weight);
  };
  graph.forEachEdge((_edge, attrs, source, target) => {
    const weight = (attrs[weightAttribute] as number | undefined) ?? 1;
    const s = index.get(source)!;
    const t = index.get(target)!;
    // Mass is 1 + weighted degree, as graphology's ForceAtlas2 sets it.
    mass[s]! += weight;
    mass[t]! += weight;
    link(s, t, weight);
    link(t, s, weight);
  });
  return { x, y, mass, free, neighbours, weights, keys };
}

/** The force on free node i (index into the arrays), as one iteration of graphology's ForceAtlas2 sums it. */
function forceOn(a: Arrays, k: number, settings: ForceAtlas2Settings): [number, number] {
  const i = a.free[k]!;
  const { x, y, mass } = a;
  const xi = x[i]!;
  const yi = y[i]!;
  const mi = mass[i]!;
  const scaling = settings.scalingRatio ?? 1;
  let dx = 0;
  let dy = 0;
  // Repulsion: scalingRatio * m_i * m_j / d^2, along the line between them.
  for (let j = 0; j < x.length; j++) {
    if (j === i) continue;
    const xDist = xi - x[j]!;
    const yDist = yi - y[j]!;
    const d2 = xDist * xDist + yDist * yDist;
    if (d2 <= 0) continue;
    const factor = (scaling * mi * mass[j]!) / d2;
    dx += xDist * factor;
    dy += yDist * factor;
  }
  // Gravity towards the origin.
  const distance = Math.hypot(xi, yi);
  if (distance > 0) {
    const gravity = settings.gravity ?? 1;
    const factor = settings.strongGravityMode ? mi * gravity : (mi * gravity) / distance;
    dx -= xi * factor;
    dy -= yi * factor;
  }
  // Attraction along the node's edges.
  const influence = settings.edgeWeightInfluence ?? 1;
  const neighbours = a.neighbours[k]!;
  const weights = a.weights[k]!;
  for (let n = 0; n < neighbours.length; n++) {
    const j = neighbours[n]!;
    const xDist = xi - x[j]!;
    const yDist = yi - y[j]!;
    const d = Math.hypot(xDist, yDist);
    if (d <= 0) continue;
    const ewc = influence === 1 ? weights[n]! : weights[n]! ** influence;
    const factor = settings.linLogMode ? (-ewc * Math.log(1 + d)) / d : -ewc;
    dx += xDist * factor;
    dy += yDist * factor;
  }
  return [dx, dy];
}

/**
 * `iterations` of ForceAtlas2 moving only the nodes `isFixed` says are free, written back to
 * the graph. Undefined (nothing moved) when the free nodes are too many for exact sums
 * (MAX_FREE_PAIRS): the caller then runs graphology's ForceAtlas2. Settings as for
 * graphology's ForceAtlas2, without adjustSizes or outbound attraction distribution.
 */
export function settleFreeNodes(
  graph: Graph,
  isFixed: (node: string) => boolean,
  iterations: number,
  settings: ForceAtlas2Settings,
  weightAttribute: string,
): true | undefined {
  if (settings.adjustSizes || settings.outboundAttractionDistribution) return undefined;
  // Counted before the arrays are built: a large update goes to graphology without building them.
  if (graph.filterNodes((node) => !isFixed(node)).length * graph.order > MAX_FREE_PAIRS) return undefined;
  const arrays = toArrays(graph, isFixed, weightAttribute);
  const slowDown = settings.slowDown ?? 1;
  const count = arrays.free.length;
  const oldDx = new Float64Array(count);
  const oldDy = new Float64Array(count);
  const convergence = new Float64Array(count).fill(1);
  for (let step = 0; step < iterations; step++) {
    // Every force from the positions at the iteration's start, then every move (as graphology).
    const forces = arrays.free.map((_, k) => forceOn(arrays, k, settings));
    forces.forEach(([dx, dy], k) => {
      const i = arrays.free[k]!;
      const swinging = arrays.mass[i]! * Math.hypot(oldDx[k]! - dx, oldDy[k]! - dy);
      const traction = Math.hypot(oldDx[k]! + dx, oldDy[k]! + dy) / 2;
      const speed = (convergence[k]! * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
      convergence[k] = Math.min(1, Math.sqrt((speed * (dx * dx + dy * dy)) / (1 + Math.sqrt(swinging))));
      arrays.x[i] = arrays.x[i]! + dx * (speed / slowDown);
      arrays.y[i] = arrays.y[i]! + dy * (speed / slowDown);
      oldDx[k] = dx;
      oldDy[k] = dy;
    });
  }
  for (const i of arrays.free) graph.mergeNodeAttributes(arrays.keys[i]!, { x: arrays.x[i], y: arrays.y[i] });
  return true;
}
