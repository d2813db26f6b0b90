import type { MapDocument, MapTime } from "@fieldmap/graph";
import { fixtureDoc } from "./fixture";

/**
 * The fixture map with a time section: four months, each node's counts made up from its index,
 * its first two nodes emerging, and a cluster flow over two slices (one split, one birth).
 */
export function timedDoc(): MapDocument {
  const doc = fixtureDoc();
  const periods = ["2025-01", "2025-02", "2025-03", "2025-04"];
  const entities: MapTime["entities"] = {};
  doc.graph.nodes.forEach((node, i) => {
    const counts = periods.map((_, p) => (p >= i % 3 ? ((i + p) % 4) + 1 : 0));
    entities[node.key] = { counts, first: "2025-01-05", last: "2025-04-20", mean: "2025-03-01", ...(i < 2 ? { bursts: [[2, 3, 4.5]] as Array<[number, number, number]> } : {}) };
    node.attributes.mean_year = 2025.1 + (i % 3) / 10;
  });
  const emerging = doc.graph.nodes.slice(0, 2).map((n) => n.key);
  const cluster = (id: number, label: string, size: number, community: number) => ({ id, label, size, community });
  doc.fieldmap.time = {
    period: "month", periods, papers: [10, 12, 14, 16], undated: 0, entities, communities: [], emerging, fading: [],
    flow: {
      threshold: 0.3,
      slices: [
        { label: "2025-01..2025-02", papers: 22, clusters: [cluster(0, "one & all", 6, 0)] },
        { label: "2025-03..2025-04", papers: 30, clusters: [cluster(0, "left", 3, 0), cluster(1, "right", 3, 1), cluster(2, "<new>", 2, 1)] },
      ],
      transitions: [{
        links: [{ from: 0, to: 0, shared: 3, jaccard: 0.5 }, { from: 0, to: 1, shared: 3, jaccard: 0.5 }],
        events: [{ kind: "split", from: [0], to: [0, 1] }, { kind: "birth", from: [], to: [2] }],
      }],
    },
  };
  return doc;
}
