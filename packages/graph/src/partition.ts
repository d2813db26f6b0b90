import type Graph from "graphology";

/** A clustering: node key -> cluster id (ids need not be contiguous). */
export type Partition = Map<string, number>;

/**
 * A graph's nodes by index and each one's neighbours, in graphology's orders: made once for the
 * many Louvain runs on one graph (seeds, resolutions), whose clusters splitDisconnected then
 * walks over arrays instead of the graph. Valid while the graph is not changed.
 */
export interface NodeIndex {
  nodes: string[];
  /** Node i's neighbours are neighbours[offsets[i]] .. neighbours[offsets[i + 1] - 1]. */
  offsets: Int32Array;
  neighbours: Int32Array;
}

export function nodeIndexOf(graph: Graph): NodeIndex {
  const nodes = graph.nodes();
  const position = new Map(nodes.map((node, i) => [node, i]));
  const offsets = new Int32Array(nodes.length + 1);
  const neighbours: number[] = [];
  nodes.forEach((node, i) => {
    graph.forEachNeighbor(node, (neighbour) => void neighbours.push(position.get(neighbour)!));
    offsets[i + 1] = neighbours.length;
  });
  return { nodes, offsets, neighbours: Int32Array.from(neighbours) };
}

/**
 * Splits every cluster into its connected components (within the cluster), so no cluster is
 * internally disconnected. Louvain can return such clusters (Traag, Waltman & van Eck 2019,
 * "From Louvain to Leiden", doi:10.1038/s41598-019-41695-z); Leiden's guarantee is restored
 * here by the simplest fix: each component becomes a cluster of its own. Components are
 * numbered, and entered in the result, in the order of a depth-first walk from each node in
 * graph order: the same Map whether `index` is given or made here.
 */
export function splitDisconnected(graph: Graph, partition: Partition, index: NodeIndex = nodeIndexOf(graph)): Partition {
  const { nodes, offsets, neighbours } = index;
  // -1: not in the partition, so in no cluster (a partition's ids are never negative).
  const cluster = new Float64Array(nodes.length).fill(-1);
  nodes.forEach((node, i) => (cluster[i] = partition.get(node) ?? -1));
  const component = new Int32Array(nodes.length).fill(-1);
  const result: Partition = new Map();
  const stack: number[] = [];
  let next = 0;
  for (let start = 0; start < nodes.length; start++) {
    if (component[start] !== -1 || cluster[start] === -1) continue;
    const id = next++;
    const own = cluster[start];
    component[start] = id;
    result.set(nodes[start]!, id);
    stack.push(start);
    while (stack.length > 0) {
      const node = stack.pop()!;
      for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
        const neighbour = neighbours[k]!;
        if (component[neighbour] === -1 && cluster[neighbour] === own) {
          component[neighbour] = id;
          result.set(nodes[neighbour]!, id);
          stack.push(neighbour);
        }
      }
    }
  }
  return result;
}

/** Renumbers cluster ids 0..k-1 in order of first appearance over graph.nodes(). */
export function compact(graph: Graph, partition: Partition): Partition {
  const ids = new Map<number, number>();
  const result: Partition = new Map();
  for (const node of graph.nodes()) {
    const raw = partition.get(node);
    if (raw === undefined) continue;
    if (!ids.has(raw)) ids.set(raw, ids.size);
    result.set(node, ids.get(raw)!);
  }
  return result;
}

/** Cluster sizes by id. */
export function clusterSizes(partition: Partition): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const id of partition.values()) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  return sizes;
}

/** The cluster of most weight in `weights` (cluster id -> weight), the lowest id on a tie; undefined when empty. */
export function heaviest(weights: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  for (const [id, w] of weights) if (best === undefined || w > weights.get(best)! || (w === weights.get(best)! && id < best)) best = id;
  return best;
}

/** Link weight between clusters, both ways: between.get(a).get(b) = between.get(b).get(a). */
export type Links = Map<number, Map<number, number>>;

export function addLink(between: Links, a: number, b: number, w: number): void {
  const row = between.get(a) ?? new Map<number, number>();
  row.set(b, (row.get(b) ?? 0) + w);
  between.set(a, row);
}

export interface ClusterLinks {
  between: Links;
  /** Sum of the weights of the links that touch each cluster (a link inside counts twice). */
  degree: Map<number, number>;
  /** Weight of the links inside each cluster. */
  internal: Map<number, number>;
  /** Weight of all links between partitioned nodes. */
  total: number;
}

/**
 * A graph's links by node index, in graphology's edge order, with their weights under one
 * attribute: made once for the many partitions of one graph that clusterLinks sums (one per
 * Louvain run), so each sum reads arrays instead of the graph. Valid while the graph is not changed.
 */
export interface LinkIndex {
  nodes: string[];
  weightAttribute: string;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

export function linkIndexOf(graph: Graph, weightAttribute: string): LinkIndex {
  const nodes = graph.nodes();
  const position = new Map(nodes.map((node, i) => [node, i]));
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  const weight = new Float64Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, attrs, s, t) => {
    source[e] = position.get(s)!;
    target[e] = position.get(t)!;
    weight[e++] = Number(attrs[weightAttribute] ?? 1);
  });
  return { nodes, weightAttribute, source, target, weight };
}

/** Each link's ends and weight, in graphology's edge order: from `links` when it is the graph's for this attribute. */
function forEachLink(graph: Graph, partition: Partition, weightAttribute: string, links: LinkIndex | undefined, visit: (a: number | undefined, b: number | undefined, w: number) => void): void {
  if (links && links.weightAttribute === weightAttribute) {
    const clusterOf = links.nodes.map((node) => partition.get(node));
    for (let e = 0; e < links.source.length; e++) visit(clusterOf[links.source[e]!], clusterOf[links.target[e]!], links.weight[e]!);
    return;
  }
  graph.forEachEdge((_edge, attrs, source, target) => visit(partition.get(source), partition.get(target), Number(attrs[weightAttribute] ?? 1)));
}

/** One pass over the links: what modularity, merging and the cluster graph all need. */
export function clusterLinks(graph: Graph, partition: Partition, weightAttribute: string, links?: LinkIndex): ClusterLinks {
  const between: Links = new Map();
  const degree = new Map<number, number>();
  const internal = new Map<number, number>();
  let total = 0;
  forEachLink(graph, partition, weightAttribute, links, (a, b, w) => {
    if (a === undefined || b === undefined) return;
    total += w;
    degree.set(a, (degree.get(a) ?? 0) + w);
    degree.set(b, (degree.get(b) ?? 0) + w);
    if (a === b) {
      internal.set(a, (internal.get(a) ?? 0) + w);
      return;
    }
    addLink(between, a, b, w);
    addLink(between, b, a, w);
  });
  return { between, degree, internal, total };
}

/**
 * Newman-Girvan modularity with resolution (Reichardt & Bornholdt 2006) of a partition on
 * weighted undirected edges: sum over clusters of w_in / m - gamma * (d_c / 2m)^2.
 */
export function modularity(graph: Graph, partition: Partition, weightAttribute: string, resolution = 1): number {
  const { degree, internal, total } = clusterLinks(graph, partition, weightAttribute);
  if (total === 0) return 0;
  let q = 0;
  for (const [id, d] of degree) q += (internal.get(id) ?? 0) / total - resolution * (d / (2 * total)) ** 2;
  return q;
}

/**
 * Connected components, largest first (ties by their first node), as lists of node keys.
 */
export function connectedComponents(graph: Graph): string[][] {
  const seen = new Set<string>();
  const components: string[][] = [];
  for (const start of graph.nodes()) {
    if (seen.has(start)) continue;
    const component = [start];
    seen.add(start);
    for (let i = 0; i < component.length; i++) {
      graph.forEachNeighbor(component[i]!, (neighbour) => {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          component.push(neighbour);
        }
      });
    }
    components.push(component);
  }
  return components.sort((a, b) => b.length - a.length);
}
