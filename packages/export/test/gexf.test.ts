import Graph from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { toGexf } from "../src";
import { parseColor, toHex } from "../src/color";
import { fixtureDoc, HOSTILE_LABEL } from "./fixture";
import { expectCoreAttributes, GEXF_13_SCHEMA, readWithPython, validateRelaxNg, writeTemp } from "./helpers";

const doc = fixtureDoc();

describe("toGexf 1.3", () => {
  const gexf = toGexf(doc);

  it("validates against the official GEXF 1.3 RelaxNG schema", () => {
    const result = validateRelaxNg(GEXF_13_SCHEMA, writeTemp("map.gexf", gexf));
    expect(result.ok, result.output).toBe(true);
  });

  it("writes the graph meta (creator, description, lastmodifieddate)", () => {
    expect(gexf).toContain(`<meta lastmodifieddate="2024-05-17">`);
    expect(gexf).toContain("<creator>fieldmap</creator>");
    expect(gexf).toContain("<description>Fixture map: attention &lt;&amp; graphs&gt;</description>");
  });

  it("is byte-deterministic", () => {
    expect(toGexf(fixtureDoc())).toBe(gexf);
  });

  const graph = parse(Graph, gexf);

  it("reads back through graphology-gexf with the same nodes and edges", () => {
    expect(graph.type).toBe("undirected");
    expect(graph.nodes()).toEqual(doc.graph.nodes.map((n) => n.key));
    expect(graph.size).toBe(doc.graph.edges.length);
  });

  it.each(doc.graph.nodes.map((n) => [n.key, n.attributes] as const))("node %s keeps its attributes", (key, n) => {
    const back = graph.getNodeAttributes(key);
    expectCoreAttributes(back, n);
    expect(back.last_year).toBe(n.last_year);
    expect(back.aliases).toEqual(n.aliases);
    expect(back.family).toBe(n.family);
    expect([back.x, back.y, back.size]).toEqual([n.x, n.y, n.size]);
    expect(toHex(parseColor(back.color as string) ?? { r: -1, g: 0, b: 0 })).toBe(n.color);
  });

  it.each(doc.graph.edges.map((e) => [e.source, e.target, e.attributes.weight, e.attributes.strength, e.attributes.rank] as const))(
    "edge %s -- %s keeps weight %d, strength %d and rank %d",
    (source, target, weight, strength, rank) => {
      const edge = graph.edge(source, target);
      expect(edge, "edge missing").toBeDefined();
      expect(graph.getEdgeAttribute(edge, "weight")).toBe(weight);
      expect(graph.getEdgeAttribute(edge, "strength")).toBe(strength);
      expect(graph.getEdgeAttribute(edge, "rank")).toBe(rank);
    },
  );
});

describe("toGexf 1.2draft", () => {
  const gexf = toGexf(doc, { version: "1.2" });
  const read = readWithPython("networkx-gexf", writeTemp("map12.gexf", gexf));

  it("uses the 1.2draft namespaces networkx reads", () => {
    expect(gexf).toContain(`xmlns="http://www.gexf.net/1.2draft"`);
    expect(gexf).toContain(`xmlns:viz="http://www.gexf.net/1.2draft/viz"`);
    expect(gexf).toContain(`version="1.2"`);
  });

  it("reads back in networkx 2.8 with the same node and edge counts", () => {
    expect(read.directed).toBe(false);
    expect(Object.keys(read.nodes).sort()).toEqual(doc.graph.nodes.map((n) => n.key).sort());
    expect(read.edges).toHaveLength(doc.graph.edges.length);
  });

  it.each(doc.graph.nodes.map((n) => [n.key, n.attributes] as const))("networkx keeps node %s", (key, n) => {
    const back = read.nodes[key] as Record<string, unknown>;
    expectCoreAttributes(back, n);
    expect(back.viz).toEqual({
      color: { ...parseColor(n.color), a: 1.0 },
      position: { x: n.x, y: n.y, z: 0 },
      size: n.size,
    });
    if (n.aliases) expect(back.aliases).toBe(n.aliases.join("|"));
  });

  it("networkx keeps edge weights and ranks", () => {
    const weights = new Map(read.edges.map(([s, t, d]) => [[s, t].sort().join("\u0000"), [d.weight, d.rank]]));
    for (const e of doc.graph.edges) {
      expect(weights.get([e.source, e.target].sort().join("\u0000")), `${e.source}--${e.target}`).toEqual([e.attributes.weight, e.attributes.rank]);
    }
  });
});

describe("toGexf edge cases", () => {
  it.each([
    ["control characters are dropped", "bad\u0001label\u0008", "badlabel"],
    ["the hostile label is escaped", HOSTILE_LABEL, HOSTILE_LABEL],
    ["newlines survive", "two\nlines", "two\nlines"],
  ])("%s", (_name, label, expected) => {
    const d = fixtureDoc();
    const first = d.graph.nodes[0];
    if (!first) throw new Error("fixture has no nodes");
    first.attributes.label = label;
    const gexf = toGexf(d);
    expect(validateRelaxNg(GEXF_13_SCHEMA, writeTemp("edge.gexf", gexf)).ok).toBe(true);
    expect(parse(Graph, gexf).getNodeAttribute(first.key, "label")).toBe(expected);
  });

  it("omits an invalid created date instead of writing an invalid file", () => {
    const d = fixtureDoc();
    d.fieldmap.created = "yesterday";
    const gexf = toGexf(d);
    expect(gexf).toContain("<meta>");
    expect(validateRelaxNg(GEXF_13_SCHEMA, writeTemp("date.gexf", gexf)).ok).toBe(true);
  });
});
