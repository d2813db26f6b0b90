import { describe, expect, it } from "vitest";
import { exportGraph } from "../src/layers";
import { fixtureDoc } from "./fixture";
import { fitProjection } from "../src/svg-layout";

describe("drawings of big maps", () => {
  it("frames 300,000 points without overflowing the stack", () => {
    const points = Array.from({ length: 300_000 }, (_, i) => ({ x: i % 1000, y: Math.floor(i / 1000) }));
    const project = fitProjection(points, { x: 0, y: 0, width: 1000, height: 1000 }, 0);
    // The widest extent (x: 0..999) fills the width; y keeps the aspect ratio, centred.
    expect(project(0, 0)[0]).toBeCloseTo(0, 0);
    expect(project(999, 0)[0]).toBeCloseTo(1000, 0);
    expect(project(0, 0)[1] - project(0, 299)[1]).toBeCloseTo((299 * 1000) / 999, 0);
  });
});

describe("the papers layer of a big corpus", () => {
  it("adds 200,000 paper nodes and their links without overflowing the stack", () => {
    const doc = fixtureDoc();
    const entity = doc.graph.nodes[0]!.key;
    doc.papers = Array.from({ length: 200_000 }, (_, i) => ({ id: `p${i}`, title: `Paper ${i}`, entities: [entity], evidence: [] }));
    const graph = exportGraph(doc, { papers: true });
    expect(graph.nodes).toHaveLength(doc.graph.nodes.length + 200_000);
    expect(graph.edges.filter((e) => e.attributes.kind === "mentions")).toHaveLength(200_000);
  });
});
