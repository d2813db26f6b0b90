// Relation edges and the --papers layer in the graph files (GEXF 1.3 and 1.2draft, GraphML, CSV),
// read back by independent readers: xmllint with the official GEXF 1.3 schema, graphology-gexf,
// xmldom, networkx and igraph.
import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { toCsv, toGexf, toGraphml } from "../src";
import { GEXF_13_SCHEMA, readWithPython, validateRelaxNg, writeTemp } from "./helpers";
import { HOSTILE_GENERIC, onMapRelations, relationsFixtureDoc } from "./relations-fixture";

const doc = relationsFixtureDoc();
const drawn = onMapRelations(doc);

/** Each <edge> of an XML graph file as its attributes, plus its data/attvalue values by key. */
function xmlEdges(text: string, valueTag: "attvalue" | "data"): Array<Record<string, string>> {
  const dom = new DOMParser().parseFromString(text, "text/xml");
  const edges = Array.from(dom.getElementsByTagName("edge"));
  return edges.map((edge) => {
    const out: Record<string, string> = {};
    for (const attribute of Array.from(edge.attributes)) out[attribute.name] = attribute.value;
    for (const value of Array.from(edge.getElementsByTagName(valueTag))) {
      const key = value.getAttribute(valueTag === "data" ? "key" : "for") ?? "";
      out[`@${key}`] = valueTag === "data" ? (value.textContent ?? "") : (value.getAttribute("value") ?? "");
    }
    return out;
  });
}

describe("GEXF 1.3 with relations", () => {
  const gexf = toGexf(doc);

  it("validates against the official GEXF 1.3 RelaxNG schema", () => {
    const result = validateRelaxNg(GEXF_13_SCHEMA, writeTemp("relations.gexf", gexf));
    expect(result.ok, result.output).toBe(true);
  });

  it("writes one directed edge per relation between on-map nodes, with its kind, and none to generic entities", () => {
    const directed = xmlEdges(gexf, "attvalue").filter((e) => e.type === "directed");
    expect(directed.map((e) => [e.source, e.target, e.kind, e["@kind"], Number(e.weight)])).toEqual(
      drawn.map((r) => [r.source, r.target, r.kind, r.kind, r.papers.length]),
    );
    expect(gexf).not.toContain("LLM &quot;big&quot;");
  });

  it("marks every co-occurrence edge kind cooccurrence, undirected", () => {
    const undirected = xmlEdges(gexf, "attvalue").filter((e) => e.type === undefined);
    expect(undirected).toHaveLength(doc.graph.edges.length);
    expect(new Set(undirected.map((e) => [e.kind, e["@kind"]].join()))).toEqual(new Set(["cooccurrence,cooccurrence"]));
  });

  it("reads back through graphology-gexf as a mixed graph keeping both edges between BERT and GLUE", () => {
    const graph = parse(Graph, gexf);
    expect(graph.type).toBe("mixed");
    expect(graph.directedSize).toBe(drawn.length);
    expect(graph.undirectedSize).toBe(doc.graph.edges.length);
    const kinds = graph.edges("BERT", "GLUE").map((e) => graph.getEdgeAttribute(e, "kind"));
    expect(kinds.sort()).toEqual(["cooccurrence", "evaluated-on"]);
    expect(graph.directedEdges("GraphSAGE", "GCN").map((e) => graph.getEdgeAttribute(e, "kind"))).toEqual(["builds-on"]);
  });
});

describe("GEXF 1.2draft with relations", () => {
  const gexf = toGexf(doc, { version: "1.2" });

  it("leaves relation edges out, so networkx's read_gexf (which refuses mixed graphs) still reads it", () => {
    const read = readWithPython("networkx-gexf", writeTemp("relations12.gexf", gexf));
    expect(read.edges).toHaveLength(doc.graph.edges.length);
    expect(new Set(read.edges.map(([, , data]) => data.kind))).toEqual(new Set(["cooccurrence"]));
  });
});

describe("GraphML with relations", () => {
  const graphml = toGraphml(doc);

  it("marks relation edges directed=true with their kind as data, co-occurrence edges kind cooccurrence", () => {
    const edges = xmlEdges(graphml, "data");
    expect(edges.filter((e) => e.directed === "true").map((e) => [e.source, e.target, e["@edge_kind"]])).toEqual(
      drawn.map((r) => [r.source, r.target, r.kind]),
    );
    expect(edges.filter((e) => e.directed === undefined).map((e) => e["@edge_kind"])).toEqual(doc.graph.edges.map(() => "cooccurrence"));
  });

  it("reads back in igraph with every edge and its kind", () => {
    const read = readWithPython("igraph-graphml", writeTemp("relations.graphml", graphml));
    expect(read.edges).toHaveLength(doc.graph.edges.length + drawn.length);
    const kinds = read.edges.map(([, , data]) => data.kind).filter((k) => k !== "cooccurrence");
    expect(kinds.sort()).toEqual(drawn.map((r) => r.kind).sort());
  });
});

describe("CSV with relations", () => {
  const rows = toCsv(doc).edges.trim().split("\r\n").map((line) => line.split(","));

  it("adds one Directed row per on-map relation after the Undirected co-occurrence rows", () => {
    const header = rows[0] ?? [];
    const column = (name: string) => header.indexOf(name);
    const body = rows.slice(1);
    expect(body).toHaveLength(doc.graph.edges.length + drawn.length);
    const relationRows = body.filter((r) => r[column("type")] === "Directed");
    expect(relationRows.map((r) => [r[column("kind")], r[column("weight")]])).toEqual(drawn.map((r) => [r.kind, String(r.papers.length)]));
    expect(body.slice(0, doc.graph.edges.length).every((r) => r[column("kind")] === "cooccurrence" && r[column("type")] === "Undirected")).toBe(true);
    expect(toCsv(doc).edges).not.toContain("LLM");
  });
});

describe("--papers: papers as nodes", () => {
  const gexf = toGexf(doc, { papers: true });
  const papers = doc.papers.filter((p) => p.entities.some((id) => doc.graph.nodes.some((n) => n.key === id)));

  it("GEXF 1.3 with paper nodes validates against the official schema", () => {
    const result = validateRelaxNg(GEXF_13_SCHEMA, writeTemp("papers.gexf", gexf));
    expect(result.ok, result.output).toBe(true);
  });

  it("adds one node per paper, type paper and labelled by its title, linked to what it proposes and mentions", () => {
    const graph = parse(Graph, gexf);
    for (const paper of papers) {
      const key = `paper:${paper.id}`;
      expect(graph.getNodeAttributes(key)).toMatchObject({ label: paper.title, type: "paper" });
      const links = Object.fromEntries(graph.mapEdges(key, (_edge, attributes, _s, target) => [target, attributes.kind]));
      const expected = Object.fromEntries(paper.entities.map((id) => [id, paper.proposes?.includes(id) ? "proposes" : "mentions"]));
      expect(links, paper.id).toEqual(expected);
    }
    expect(graph.getNodeAttribute("paper:arxiv:1706.03762", "type")).toBe("paper");
    expect(graph.edges("paper:arxiv:1706.03762", "Transformer").map((e) => graph.getEdgeAttribute(e, "kind"))).toEqual(["proposes"]);
  });

  it("leaves the entity graph unchanged without the option", () => {
    expect(parse(Graph, toGexf(doc)).order).toBe(doc.graph.nodes.length);
  });

  it("GEXF 1.2draft with paper nodes still reads in networkx (paper links are undirected)", () => {
    const read = readWithPython("networkx-gexf", writeTemp("papers12.gexf", toGexf(doc, { version: "1.2", papers: true })));
    expect(Object.keys(read.nodes)).toHaveLength(doc.graph.nodes.length + papers.length);
    expect(read.nodes[`paper:${papers[0]?.id}`]?.type).toBe("paper");
  });

  it("GraphML with paper nodes reads in igraph, titles as labels", () => {
    const read = readWithPython("igraph-graphml", writeTemp("papers.graphml", toGraphml(doc, { papers: true })));
    expect(Object.keys(read.nodes)).toHaveLength(doc.graph.nodes.length + papers.length);
    for (const paper of papers) expect(read.nodes[`paper:${paper.id}`]).toMatchObject({ type: "paper", label: paper.title });
  });

  it("a paper id that collides with an entity id gets its own node id", () => {
    // The entity Cora renamed, everywhere, to the id the first paper's node would take.
    const taken = `paper:${doc.papers[0]?.id}`;
    const d = JSON.parse(JSON.stringify(relationsFixtureDoc()).replaceAll('"Cora"', JSON.stringify(taken))) as typeof doc;
    const graph = parse(Graph, toGexf(d, { papers: true }));
    expect(graph.getNodeAttribute(taken, "type")).toBe("dataset");
    expect(graph.getNodeAttributes(`${taken}~2`)).toMatchObject({ type: "paper", label: doc.papers[0]?.title });
  });

  it("keeps the hostile generic entity out of graph files (no node to attach it to)", () => {
    expect(gexf).not.toContain(HOSTILE_GENERIC.slice(0, 3) + " &quot;");
  });
});
