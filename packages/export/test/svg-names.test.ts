import type { ClusterInfo } from "@fieldmap/graph";
import { describe, expect, it } from "vitest";
import { overlaps } from "../src/svg-layout";
import { placeClusterNames, type ClusterPoint, type PlacedName } from "../src/svg-names";

// Small clusters often sit in a map's crowded middle, where the larger clusters' names already
// fill the column above and below their position; their names must still be drawn, beside it.
const cluster = (id: number, label: string, size: number): ClusterInfo => ({ id, label, color: "#336699", size, top: [], x: 700, y: 450 });
const area = { x: 0, y: 0, width: 1400, height: 900 };
const style = { fontSizes: [32, 26, 20], lineWidth: 22 };

describe("cluster names in a crowded middle", () => {
  const clusters = [
    cluster(0, "reasoning · mathematical reasoning", 90),
    cluster(1, "diffusion model · image generation", 80),
    cluster(2, "robotic manipulation · imitation learning", 70),
    cluster(3, "quantization · KV cache · pruning", 60),
    cluster(4, "3D Gaussian Splatting · novel view synthesis", 50),
    cluster(5, "adversarial attacks · jailbreak", 40),
  ];
  const placed = placeClusterNames(clusters, (x, y) => [x, y], area, style);

  it("names every cluster even when all share one position", () => {
    expect(placed.map((name) => name.id).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("never draws one name over another", () => {
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) {
        for (const line of a.lines) for (const other of b.lines) expect(overlaps(line.box, other.box)).toBe(false);
      }
    }
  });
});

// On the dev corpus's map, the name of a small cluster in the crowded middle was pushed two
// name-widths aside, over another cluster's nodes, in a colour close to that cluster's: it read
// as that cluster's name. A name must sit on its own cluster's ground (where the nearest node is
// one of its members), and only a cluster with no such free spot is named beside it.
describe("cluster names over their own members", () => {
  const points: ClusterPoint[] = [];
  /** `n` nodes of `cluster` spread over a rectangle, as a force layout leaves a cluster. */
  const spread = (cluster: number, x: number, y: number, width: number, height: number, n: number) => {
    for (let i = 0; i < n; i++) points.push({ cluster, x: x + ((i * 37) % width), y: y + ((i * 53) % height) });
  };
  spread(0, 330, 200, 300, 500, 60);
  spread(1, 770, 200, 300, 500, 60);
  spread(2, 620, 400, 160, 100, 12);
  spread(3, 560, 180, 280, 180, 30);
  spread(4, 560, 540, 280, 180, 30);
  const at = (id: number, label: string, size: number): ClusterInfo => {
    const members = points.filter((p) => p.cluster === id);
    const mean = (pick: (p: ClusterPoint) => number) => members.reduce((sum, p) => sum + pick(p), 0) / members.length;
    return { id, label, color: "#336699", size, top: [], x: mean((p) => p.x), y: mean((p) => p.y) };
  };
  const clusters = [
    at(0, "reasoning · mathematical reasoning · GSM8K", 90),
    at(1, "diffusion model · image generation · DiT", 80),
    at(2, "multimodal fusion · BERT · cross-modal attention", 10),
    at(3, "long CoT · multi-step reasoning", 40),
    at(4, "knowledge graph · QA · information retrieval", 30),
  ];
  const nearest = (x: number, y: number) => points.reduce((best, p) => (Math.hypot(p.x - x, p.y - y) < Math.hypot(best.x - x, best.y - y) ? p : best)).cluster;
  const centre = (name: PlacedName): [number, number] => {
    const boxes = name.lines.map((line) => line.box);
    const top = Math.min(...boxes.map((b) => b.y));
    const bottom = Math.max(...boxes.map((b) => b.y + b.height));
    return [name.lines[0]!.x, (top + bottom) / 2];
  };
  const placed = placeClusterNames(clusters, (x, y) => [x, y], area, style, [], points);

  it("names every cluster", () => {
    expect(placed.map((name) => name.id).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it.each(clusters.map((c) => [c.label, c.id] as const))("draws %s where its own members are nearest", (_label, id) => {
    const name = placed.find((n) => n.id === id)!;
    expect(nearest(...centre(name))).toBe(id);
  });
});
