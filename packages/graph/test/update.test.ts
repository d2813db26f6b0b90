import type Graph from "graphology";
import { describe, expect, it } from "vitest";
import { buildGraph, placeFromPrevious, seededRng, type PreviousMap } from "../src";
import { plantedCorpus } from "./planted";

// An update of a map (fieldmap build --update): the planted corpus's map built without a few
// entities, then updated with all of them.
const corpus = plantedCorpus();
const added = new Set(["t0s0e5", "t2s1e4", "t5s2e3"]);
const before = buildGraph(corpus.papers, corpus.entities.filter((e) => !added.has(e.id)), { minCount: 2 });
const previous: PreviousMap = { positions: positionsOf(before.graph), resolution: 0.75, communities: communitiesOf(before.graph) };
const updated = buildGraph(corpus.papers, corpus.entities, { minCount: 2 }, previous);

function positionsOf(graph: Graph): Map<string, [number, number]> {
  return new Map(graph.mapNodes((node, a) => [node, [a.x as number, a.y as number]] as const));
}

function communitiesOf(graph: Graph): Map<string, number> {
  return new Map(graph.mapNodes((node, a) => [node, a.community as number] as const));
}

function spread(points: ReadonlyArray<readonly [number, number]>): number {
  const cx = points.reduce((s, p) => s + p[0], 0) / points.length;
  const cy = points.reduce((s, p) => s + p[1], 0) / points.length;
  return Math.sqrt(points.reduce((s, p) => s + (p[0] - cx) ** 2 + (p[1] - cy) ** 2, 0) / points.length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe("update of a previous map", () => {
  it("update: nodes of the previous map stay near where they were", () => {
    const scale = spread([...previous.positions.values()]);
    const moves = updated.graph.filterNodes((node) => previous.positions.has(node)).map((node) => {
      const [x, y] = previous.positions.get(node)!;
      return Math.hypot(updated.graph.getNodeAttribute(node, "x") - x, updated.graph.getNodeAttribute(node, "y") - y);
    });
    expect(moves.length).toBe(before.graph.order);
    expect(median(moves) / scale).toBeLessThan(0.05);
  });

  it("update: counts the nodes kept and the new ones", () => {
    const fresh = updated.graph.filterNodes((node) => !previous.positions.has(node));
    expect(fresh.length).toBeGreaterThan(0);
    expect(updated.update).toEqual({ kept: before.graph.order, placed: fresh.length });
  });

  it("update: a new node lands among its own topic, nearer its centre than any other topic's", () => {
    const centres = new Map<number, [number, number, number]>();
    for (const [node, [x, y]] of previous.positions) {
      const topic = corpus.topicOf.get(node)!;
      const c = centres.get(topic) ?? [0, 0, 0];
      centres.set(topic, [c[0] + x, c[1] + y, c[2] + 1]);
    }
    for (const node of added) {
      if (!updated.graph.hasNode(node)) continue;
      const x = updated.graph.getNodeAttribute(node, "x") as number;
      const y = updated.graph.getNodeAttribute(node, "y") as number;
      expect(Number.isFinite(x) && Number.isFinite(y), node).toBe(true);
      const distance = (topic: number) => {
        const [sx, sy, n] = centres.get(topic)!;
        return Math.hypot(x - sx / n, y - sy / n);
      };
      const own = corpus.topicOf.get(node)!;
      for (const topic of centres.keys()) if (topic !== own) expect(distance(own), `${node} vs topic ${topic}`).toBeLessThan(distance(topic));
    }
  });

  it("update: a new node starts at the weighted mean of its neighbours on the previous map", () => {
    const start = updated.graph.copy();
    placeFromPrevious(start, previous.positions, seededRng(1), "weight");
    const scale = spread([...previous.positions.values()]);
    for (const node of added) {
      if (!start.hasNode(node)) continue;
      let [x, y, total] = [0, 0, 0];
      start.forEachEdge(node, (_edge, attrs, source, target) => {
        const position = previous.positions.get(source === node ? target : source);
        if (!position) return;
        x += attrs.weight * position[0];
        y += attrs.weight * position[1];
        total += attrs.weight;
      });
      const off = Math.hypot(start.getNodeAttribute(node, "x") - x / total, start.getNodeAttribute(node, "y") - y / total);
      expect(off / scale, node).toBeLessThan(0.02);
    }
  });

  it("update: clusters keep the previous map's numbers and colours, whatever their size rank", () => {
    // The previous numbers reversed: a fresh clustering numbers by size, so it cannot match them by chance.
    const k = before.communities.length;
    const reversed = new Map([...previous.communities].map(([node, id]) => [node, k - 1 - id]));
    const result = buildGraph(corpus.papers, corpus.entities, { minCount: 2 }, { ...previous, communities: reversed });
    const kept = result.graph.filterNodes((node) => reversed.has(node));
    const same = kept.filter((node) => result.graph.getNodeAttribute(node, "community") === reversed.get(node));
    expect(same.length / kept.length).toBeGreaterThan(0.9);
    result.communities.forEach((c, i) => {
      expect(c.id).toBe(i);
      if (i < k) expect(c.color, "the colour number i had").toBe(before.communities[i]!.color);
      for (const sub of c.subcommunities) expect(sub.parent).toBe(i);
    });
    const subIds = result.communities.flatMap((c) => c.subcommunities.map((s) => s.id));
    expect(subIds).toEqual(subIds.map((_, i) => i));
  });

  it("update: reuses the previous resolution instead of searching one, unless one is given", () => {
    expect(updated.resolution.top).toBe(0.75);
    expect(buildGraph(corpus.papers, corpus.entities, { minCount: 2, resolution: 1.25 }, previous).resolution.top).toBe(1.25);
  });

  it("update: the same previous map and inputs give the same map", () => {
    const again = buildGraph(corpus.papers, corpus.entities, { minCount: 2 }, previous);
    expect(again.graph.export()).toEqual(updated.graph.export());
  });

  it("update: runs far fewer layout iterations than a fresh layout", () => {
    const fresh = buildGraph(corpus.papers, corpus.entities, { minCount: 2 });
    expect(updated.layoutIterations).toBeLessThanOrEqual(50);
    expect(updated.layoutIterations).toBeLessThan(fresh.layoutIterations);
  });

  it("update: a previous map holding under half of the nodes is not a start: the map is laid out afresh", () => {
    const few = new Map([...previous.positions].slice(0, Math.floor(previous.positions.size / 3)));
    const result = buildGraph(corpus.papers, corpus.entities, { minCount: 2 }, { ...previous, positions: few });
    expect(result.update).toEqual({ kept: 0, placed: result.graph.order });
    expect(result.layoutIterations).toBeGreaterThan(50);
  });
});
