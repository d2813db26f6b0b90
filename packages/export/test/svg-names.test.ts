import type { ClusterInfo } from "@fieldmap/graph";
import { describe, expect, it } from "vitest";
import { overlaps } from "../src/svg-layout";
import { placeClusterNames } from "../src/svg-names";

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
