import { describe, expect, it } from "vitest";
import { toGraphml } from "../src";
import { fixtureDoc } from "./fixture";
import { expectCoreAttributes, readWithPython, writeTemp, type PythonReader } from "./helpers";

const doc = fixtureDoc();
const graphml = toGraphml(doc);
const path = writeTemp("map.graphml", graphml);

describe.each<PythonReader>(["networkx-graphml", "igraph-graphml"])("toGraphml read by %s", (reader) => {
  const read = readWithPython(reader, path);

  it(`${reader}: same nodes and edges, undirected`, () => {
    expect(read.directed).toBe(false);
    expect(Object.keys(read.nodes).sort()).toEqual(doc.graph.nodes.map((n) => n.key).sort());
    expect(read.edges).toHaveLength(doc.graph.edges.length);
  });

  it.each(doc.graph.nodes.map((n) => [n.key, n.attributes] as const))(`${reader}: node %s keeps its attributes`, (key, n) => {
    const back = read.nodes[key] as Record<string, unknown>;
    expectCoreAttributes(back, n);
    expect([back.x, back.y, back.size, back.color]).toEqual([n.x, n.y, n.size, n.color]);
    if (n.aliases) expect(back.aliases).toBe(n.aliases.join("|"));
  });

  it(`${reader}: edge weights and ranks survive`, () => {
    const weights = new Map(read.edges.map(([s, t, d]) => [[s, t].sort().join("\u0000"), [d.weight, d.rank]]));
    for (const e of doc.graph.edges) {
      expect(weights.get([e.source, e.target].sort().join("\u0000")), `${e.source}--${e.target}`).toEqual([e.attributes.weight, e.attributes.rank]);
    }
  });
});

it("toGraphml is byte-deterministic", () => {
  expect(toGraphml(fixtureDoc())).toBe(graphml);
});
