import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { CommunityInfo } from "@fieldmap/graph";
import { deriveCommunities, ensureEdgeRanks } from "../src/data/clusters";
import { parseMapText } from "../src/data/parse";
import { selectClusterNames, splitClusterName } from "../src/render/cluster-names";
import { boxesOverlap, clusterNameBoxes, LabelPlacer, nodeLabelBox, placeClusterNameNear, type Box } from "../src/render/label-geometry";

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe("label placer", () => {
  it("placer: a label overlapping one placed before it is refused, a free one is placed", () => {
    const placer = new LabelPlacer(800, 600, { marginPx: 0 });
    expect(placer.tryPlace(box(100, 100, 200, 120))).toBe(true);
    expect(placer.tryPlace(box(150, 110, 260, 130)), "overlaps the first").toBe(false);
    expect(placer.tryPlace(box(200, 100, 300, 120)), "touches edge to edge").toBe(true);
    expect(placer.tryPlace(box(100, 121, 200, 140)), "just below").toBe(true);
  });

  it("placer: the margin keeps labels apart, across grid cells", () => {
    const placer = new LabelPlacer(800, 600, { marginPx: 3, cellPx: 16 });
    expect(placer.tryPlace(box(10, 10, 300, 30))).toBe(true);
    expect(placer.tryPlace(box(280, 32, 400, 50)), "2 px below, inside the margin").toBe(false);
    expect(placer.tryPlace(box(280, 40, 400, 58))).toBe(true);
  });

  it("placer: labels leaving the viewport are refused; obstacles added by add() block", () => {
    const placer = new LabelPlacer(400, 300);
    expect(placer.tryPlace(box(350, 10, 420, 30))).toBe(false);
    expect(placer.tryPlace(box(-5, 10, 40, 30))).toBe(false);
    placer.add(box(0, 0, 400, 300));
    expect(placer.tryPlace(box(10, 10, 40, 30))).toBe(false);
  });

  it("placer: greedy placement of many random labels never leaves two overlapping", () => {
    let seed = 3;
    const rng = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const placer = new LabelPlacer(1000, 700);
    const placed: Box[] = [];
    for (let i = 0; i < 3000; i++) {
      const candidate = nodeLabelBox(rng() * 1000, rng() * 700, 2 + rng() * 10, 20 + rng() * 150, 13);
      if (placer.tryPlace(candidate)) placed.push(candidate);
    }
    expect(placed.length).toBeGreaterThan(50);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i]!, placed[j]!)).toBe(false);
  });
});

function twoLevelMap(): CommunityInfo[] {
  const sub = (id: number, parent: number, size: number, label: string) => ({ id, parent, size, label, color: "#123", top: [], x: id, y: 0 });
  return [
    { id: 0, label: "RL · PPO", color: "#123", size: 30, top: [], x: 0, y: 0, subcommunities: [sub(10, 0, 20, "PPO · reward"), sub(11, 0, 10, "MARL")] },
    { id: 1, label: "vision", color: "#456", size: 50, top: [], x: 5, y: 5, subcommunities: [sub(12, 1, 50, "segmentation")] },
    { id: 2, label: "hidden one", color: "#789", size: 5, top: [], x: 9, y: 9, subcommunities: [sub(13, 2, 5, "x")] },
  ];
}

describe("a cluster name whose centre is taken", () => {
  it("is placed just above its anchor when another name holds the centre", () => {
    const placer = new LabelPlacer(800, 600, { marginPx: 0 });
    expect(placer.tryPlace(box(300, 290, 500, 330)), "the bigger cluster's name").toBe(true);
    const placed = clusterNameBoxes(400, 310, 160, 40).find((near) => placer.tryPlace(near));
    expect(placed).toEqual(box(320, 250, 480, 290));
  });

  it("stays near its cluster: every candidate within two heights and half a width of the anchor", () => {
    for (const near of clusterNameBoxes(400, 300, 160, 40)) {
      expect(Math.abs((near.left + near.right) / 2 - 400)).toBeLessThanOrEqual(80);
      expect(Math.abs((near.top + near.bottom) / 2 - 300)).toBeLessThanOrEqual(80);
    }
  });

  it("goes over one of its biggest members when every place near its centre is taken", () => {
    const placer = new LabelPlacer(800, 600, { marginPx: 0 });
    placer.add(box(200, 150, 600, 450)); // bigger clusters' names all around the centre (400, 300)
    const placed = placeClusterNameNear(placer, [{ x: 400, y: 300 }, { x: 700, y: 300 }], () => ({ width: 160, height: 40 }));
    expect(placed).toEqual({ box: box(620, 280, 780, 320), scale: 1 });
  });

  it("is drawn smaller, still near its cluster, when it fits nowhere at its own size", () => {
    const placer = new LabelPlacer(800, 600, { marginPx: 0 });
    placer.add(box(0, 0, 800, 280));
    placer.add(box(0, 321, 800, 600));
    const sizeAt = (scale: number) => ({ width: 160 * scale, height: 60 * scale });
    const placed = placeClusterNameNear(placer, [{ x: 400, y: 300 }], sizeAt);
    expect(placed?.scale).toBe(0.65);
    expect(placed?.box.top).toBeGreaterThanOrEqual(280);
    expect(placed?.box.bottom).toBeLessThanOrEqual(321);
  });

  it("is left out when every place near it is taken", () => {
    const placer = new LabelPlacer(800, 600, { marginPx: 0 });
    placer.add(box(0, 0, 800, 600));
    expect(clusterNameBoxes(400, 300, 160, 40).find((near) => placer.tryPlace(near))).toBeUndefined();
  });
});

describe("cluster names", () => {
  const visible = { visibleCommunities: new Set([0, 1]), visibleSubcommunities: new Set([10, 11, 12]) };
  const names = (list: ReturnType<typeof selectClusterNames>) => list.map((c) => `${c.level[0]}${c.id}`);

  it("names: top-level communities at first sight, biggest first; a community the filters hide has no name", () => {
    expect(names(selectClusterNames(twoLevelMap(), { ratio: 1, focus: null, ...visible }))).toEqual(["c1", "c0"]);
  });

  it("names: zoomed in, sub-cluster names replace community names", () => {
    expect(names(selectClusterNames(twoLevelMap(), { ratio: 0.2, focus: null, ...visible }))).toEqual(["s12", "s10", "s11"]);
  });

  it("names: a focused community shows its sub-clusters first, the others stay top-level", () => {
    expect(names(selectClusterNames(twoLevelMap(), { ratio: 1, focus: { level: "community", id: 0 }, ...visible }))).toEqual(["s10", "s11", "c1"]);
    expect(names(selectClusterNames(twoLevelMap(), { ratio: 1, focus: { level: "subcommunity", id: 11 }, ...visible }))).toEqual(["s11", "s10", "c1"]);
  });

  it.each([
    ["3D Gaussian Splatting · novel view synthesis · 3D reconstruction", ["3D Gaussian Splatting", "novel view synthesis"]],
    ["RL · multi-agent RL · PPO", ["RL · multi-agent RL · PPO"]],
    ["GRPO / RLHF / reasoning", ["GRPO · RLHF · reasoning"]],
    ["a-very-long-single-term-that-goes-on-and-on-and-on-forever", ["a-very-long-single-term-that-goes-on-a…"]],
  ])("names: %j is drawn as %j", (label, lines) => {
    expect(splitClusterName(label, 26, 2)).toEqual(lines);
  });
});

describe("cluster data for files without it", () => {
  it("ranks: links get ranks by weight when any lacks one; complete ranks are kept", () => {
    const graph = new Graph({ type: "undirected" });
    for (const key of ["a", "b", "c", "d"]) graph.addNode(key);
    graph.addEdgeWithKey("ab", "a", "b", { weight: 1 });
    graph.addEdgeWithKey("bc", "b", "c", { weight: 5 });
    graph.addEdgeWithKey("cd", "c", "d", { weight: 5, strength: 2 });
    ensureEdgeRanks(graph);
    expect(graph.mapEdges((edge, attrs) => `${edge}:${attrs.rank}`)).toEqual(["ab:2", "bc:1", "cd:0"]);
    graph.setEdgeAttribute("ab", "rank", 0);
    graph.setEdgeAttribute("cd", "rank", 2);
    ensureEdgeRanks(graph);
    expect(graph.getEdgeAttribute("ab", "rank")).toBe(0);
  });

  it("ranks: a bare graph opened in the viewer gets ranks and named clusters on load", () => {
    const bare = JSON.stringify({
      nodes: [{ key: "a", attributes: { community: 1 } }, { key: "b", attributes: { community: 1 } }, { key: "c", attributes: { community: 2 } }],
      edges: [{ source: "a", target: "b", attributes: { weight: 1 } }, { source: "b", target: "c", attributes: { weight: 3 } }],
    });
    const data = parseMapText(bare, "plain.json");
    expect(data.graph.mapEdges((_edge, attrs, source, target) => `${source}-${target}:${attrs.rank}`)).toEqual(["a-b:1", "b-c:0"]);
    for (const community of data.communities) {
      expect(Number.isFinite(community.x) && Number.isFinite(community.y), `community ${community.id} has a name position`).toBe(true);
      expect(community.subcommunities.length).toBe(1);
    }
  });

  it("hierarchy: communities and sub-clusters from node attributes, named at their members' mean position", () => {
    const graph = new Graph({ type: "undirected" });
    graph.addNode("a", { label: "A", community: 1, subcommunity: 7, count: 5, x: 0, y: 0 });
    graph.addNode("b", { label: "B", community: 1, subcommunity: 7, count: 3, x: 10, y: 20 });
    graph.addNode("c", { label: "C", community: 1, subcommunity: 8, count: 1, x: 30, y: 40 });
    graph.addNode("d", { label: "D", community: 2, count: 1, x: -5, y: -5 });
    const [first, second] = deriveCommunities(graph);
    expect(first).toMatchObject({ id: 1, size: 3, y: 20 });
    expect(first?.x).toBeCloseTo((0 + 10 + 30) / 3, 2);
    expect(first?.subcommunities.map((s) => [s.id, s.size, s.x, s.y, s.parent])).toEqual([[7, 2, 5, 10, 1], [8, 1, 30, 40, 1]]);
    expect(first?.subcommunities[0]?.color).toBe(first?.color);
    expect(second?.subcommunities.map((s) => s.id)).toEqual([2]);
  });
});
