import type { ClusterFlow } from "@fieldmap/graph";

/**
 * Geometry of the alluvial chart of fieldmap.time.flow: one column of cluster bars per time
 * slice (height = members), one band per pair of clusters sharing members between neighbouring
 * slices (thickness = shared members). Pure: the panel turns it into SVG.
 */
export interface FlowLayoutOptions {
  width: number;
  height: number;
  /** Vertical room between two bars of a column. */
  gap: number;
  barWidth: number;
  /** Room left free on the right of the last column for its names. */
  labelRoom: number;
  /** Room under the columns for the slice labels. */
  axisRoom: number;
}

export const DEFAULT_FLOW_LAYOUT_OPTIONS: FlowLayoutOptions = { width: 720, height: 360, gap: 8, barWidth: 12, labelRoom: 200, axisRoom: 20 };

export interface FlowBar {
  slice: number;
  id: number;
  community: number;
  label: string;
  size: number;
  x: number;
  y: number;
  height: number;
}

export interface FlowBand {
  slice: number;
  from: number;
  to: number;
  shared: number;
  /** Top of the band where it leaves the earlier bar and where it reaches the later one. */
  y0: number;
  y1: number;
  x0: number;
  x1: number;
  thickness: number;
  community: number;
}

export function layoutFlow(flow: ClusterFlow, options = DEFAULT_FLOW_LAYOUT_OPTIONS): { bars: FlowBar[]; bands: FlowBand[]; columns: number[] } {
  const { width, height, gap, barWidth, labelRoom, axisRoom } = options;
  const usable = height - axisRoom;
  // The tallest column (members plus its gaps) fills the plot.
  const scale = Math.max(0.01, Math.min(...flow.slices.map((s) => (usable - gap * Math.max(0, s.clusters.length - 1)) / Math.max(1, s.clusters.reduce((sum, c) => sum + c.size, 0)))));
  const n = flow.slices.length;
  // Room left of the first column for half its slice label.
  const left = 30;
  const span = width - labelRoom - barWidth - left;
  const columns = flow.slices.map((_, i) => left + (n === 1 ? span / 2 : (span * i) / (n - 1)));
  const bars: FlowBar[] = [];
  const index = new Map<string, FlowBar>();
  flow.slices.forEach((slice, i) => {
    let y = 0;
    for (const cluster of [...slice.clusters].sort((a, b) => a.id - b.id)) {
      const bar = { slice: i, id: cluster.id, community: cluster.community, label: cluster.label, size: cluster.size, x: columns[i] ?? 0, y, height: Math.max(1, cluster.size * scale) };
      bars.push(bar);
      index.set(`${i}:${cluster.id}`, bar);
      y += bar.height + gap;
    }
  });
  return { bars, bands: layoutBands(flow, index, scale, barWidth), columns };
}

/** Bands leave each bar from its top down and arrive likewise, in the order of the other end. */
function layoutBands(flow: ClusterFlow, bars: Map<string, FlowBar>, scale: number, barWidth: number): FlowBand[] {
  const bands: FlowBand[] = [];
  flow.transitions.forEach((transition, i) => {
    const outUsed = new Map<number, number>();
    const inUsed = new Map<number, number>();
    const links = [...transition.links].sort((a, b) => a.from - b.from || a.to - b.to);
    for (const link of links) {
      const from = bars.get(`${i}:${link.from}`);
      const to = bars.get(`${i + 1}:${link.to}`);
      if (!from || !to || link.shared <= 0) continue;
      const thickness = link.shared * scale;
      const y0 = from.y + (outUsed.get(link.from) ?? 0);
      const y1 = to.y + (inUsed.get(link.to) ?? 0);
      outUsed.set(link.from, (outUsed.get(link.from) ?? 0) + thickness);
      inUsed.set(link.to, (inUsed.get(link.to) ?? 0) + thickness);
      bands.push({ slice: i, from: link.from, to: link.to, shared: link.shared, y0, y1, x0: from.x + barWidth, x1: to.x, thickness, community: from.community });
    }
  });
  return bands;
}
