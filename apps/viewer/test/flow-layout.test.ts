import { describe, expect, it } from "vitest";
import type { ClusterFlow } from "@fieldmap/graph";
import { DEFAULT_FLOW_LAYOUT_OPTIONS, layoutFlow } from "../src/time/flow-layout";

const FLOW: ClusterFlow = {
  threshold: 0.3,
  slices: [
    { label: "2025-05", papers: 10, clusters: [{ id: 0, label: "RL", size: 10, community: 0 }, { id: 1, label: "vision", size: 30, community: 1 }] },
    { label: "2025-06", papers: 20, clusters: [{ id: 2, label: "RL", size: 20, community: 0 }, { id: 3, label: "vision", size: 20, community: 1 }] },
  ],
  transitions: [{ links: [{ from: 0, to: 2, shared: 8, jaccard: 0.4 }, { from: 1, to: 2, shared: 6, jaccard: 0.2 }, { from: 1, to: 3, shared: 18, jaccard: 0.5 }], events: [] }],
};

describe("alluvial layout of the cluster flow", () => {
  const { bars, bands, columns } = layoutFlow(FLOW);
  const bar = (slice: number, id: number) => bars.find((b) => b.slice === slice && b.id === id);

  it("flow: one bar per cluster of each slice, heights proportional to members, one column per slice", () => {
    expect(bars).toHaveLength(4);
    expect(columns).toHaveLength(2);
    expect(bar(0, 1)?.height).toBeCloseTo(3 * Number(bar(0, 0)?.height));
    expect(bar(1, 2)?.x).toBeGreaterThan(Number(bar(0, 0)?.x));
    // The fullest slice (40 members) fills the plot, gaps included.
    const o = DEFAULT_FLOW_LAYOUT_OPTIONS;
    const lowest = Math.max(...bars.map((b) => b.y + b.height));
    expect(lowest).toBeCloseTo(o.height - o.axisRoom);
  });

  it("flow: bands are as thick as the members shared and stay inside the bars they join", () => {
    expect(bands.map((b) => b.shared)).toEqual([8, 6, 18]);
    const unit = Number(bar(0, 0)?.height) / 10;
    for (const band of bands) {
      expect(band.thickness).toBeCloseTo(band.shared * unit);
      const from = bar(0, band.from);
      const to = bar(1, band.to);
      expect(band.y0).toBeGreaterThanOrEqual(Number(from?.y));
      expect(band.y0 + band.thickness).toBeLessThanOrEqual(Number(from?.y) + Number(from?.height) + 1e-9);
      expect(band.y1 + band.thickness).toBeLessThanOrEqual(Number(to?.y) + Number(to?.height) + 1e-9);
    }
    // Two bands reach cluster 2: the second arrives below the first.
    const into2 = bands.filter((b) => b.to === 2);
    expect(into2[1]?.y1).toBeCloseTo(Number(into2[0]?.y1) + Number(into2[0]?.thickness));
  });
});
