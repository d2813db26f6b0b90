import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { gexfSections, toGexf } from "../src/gexf";
import { periodBounds, PERIOD_COUNT_ATTRIBUTE } from "../src/gexf-time";
import { fixtureDoc } from "./fixture";
import { GEXF_13_SCHEMA, validateRelaxNg, writeTemp } from "./helpers";
import { timedDoc } from "./timed";

const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");

describe("GEXF time dimension", () => {
  it.each([
    ["2025-05", "2025-05-01", "2025-05-31"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2025-Q2", "2025-04-01", "2025-06-30"],
    ["2025-Q4", "2025-10-01", "2025-12-31"],
    ["2025", "2025-01-01", "2025-12-31"],
  ])("period %s runs from %s to %s", (label, start, end) => {
    expect(periodBounds(label)).toEqual({ start, end });
  });

  it("a timed map's GEXF 1.3 validates against the official RelaxNG schema", () => {
    const result = validateRelaxNg(GEXF_13_SCHEMA, writeTemp("timed.gexf", toGexf(timedDoc())));
    expect(result.ok, result.output).toBe(true);
  });

  it("round trip: each node's spell and per-period counts read back equal graph.json's time section", () => {
    const doc = timedDoc();
    const xml = parse(toGexf(doc));
    const graph = xml.getElementsByTagName("graph")[0]!;
    expect([graph.getAttribute("mode"), graph.getAttribute("timeformat")]).toEqual(["dynamic", "date"]);
    const nodes = Array.from(xml.getElementsByTagName("node"));
    expect(nodes).toHaveLength(doc.graph.nodes.length);
    for (const node of nodes) {
      const key = node.getAttribute("id")!;
      const counts = doc.fieldmap.time!.entities[key]!.counts;
      const first = counts.findIndex((n) => n > 0);
      const spells = Array.from(node.getElementsByTagName("spell")).map((s) => [s.getAttribute("start"), s.getAttribute("end")]);
      expect(spells, key).toEqual([[`2025-0${first + 1}-01`, "2025-04-30"]]);
      const values = Array.from(node.getElementsByTagName("attvalue"))
        .filter((v) => v.getAttribute("for") === PERIOD_COUNT_ATTRIBUTE)
        .map((v) => [v.getAttribute("start")!.slice(0, 7), Number(v.getAttribute("value"))]);
      expect(values, key).toEqual(counts.flatMap((n, p) => (n > 0 ? [[`2025-0${p + 1}`, n]] : [])));
      const mean = Array.from(node.getElementsByTagName("attvalue")).find((v) => v.getAttribute("for") === "mean_year");
      expect(Number(mean?.getAttribute("value"))).toBe(doc.graph.nodes.find((n) => n.key === key)!.attributes.mean_year);
    }
    // One node attribute block, dynamic, declaring the static columns and papers_in_period.
    const blocks = Array.from(xml.getElementsByTagName("attributes")).filter((a) => a.getAttribute("class") === "node");
    expect(blocks.map((a) => a.getAttribute("mode"))).toEqual(["dynamic"]);
    const declared = Array.from(blocks[0]!.getElementsByTagName("attribute")).map((a) => a.getAttribute("id"));
    expect(declared).toEqual(expect.arrayContaining(["type", "community", "mean_year", PERIOD_COUNT_ATTRIBUTE]));
  });

  it("graphology-gexf (the viewer's ?file= reader) reads the timed file: every node with its static attributes", () => {
    const doc = timedDoc();
    const graph = parseGexf(Graph, toGexf(doc));
    expect(graph.order).toBe(doc.graph.nodes.length);
    for (const node of doc.graph.nodes) {
      expect(graph.getNodeAttribute(node.key, "community")).toBe(node.attributes.community);
      expect(graph.getNodeAttribute(node.key, "mean_year")).toBe(node.attributes.mean_year);
    }
  });

  it("GEXF 1.2draft and maps without time stay static", () => {
    expect(toGexf(timedDoc(), { version: "1.2" })).not.toMatch(/mode="dynamic"|<spells>|papers_in_period/);
    expect(toGexf(fixtureDoc())).not.toMatch(/mode="dynamic"|<spells>|papers_in_period/);
    expect(toGexf(fixtureDoc())).toMatch(/<graph defaultedgetype="undirected">/);
  });

  // A build writes the edges while its time analysis runs, then the rest: the analysis adds
  // fieldmap.time and the nodes' mean_year after the sections are made.
  it.each([
    ["1.3", false],
    ["1.3", true],
    ["1.2", false],
  ] as const)("GEXF %s (papers as nodes: %s) in two sections, the time analysis added after the cut: the one-step file's bytes", (version, papers) => {
    const timed = timedDoc();
    const untimed = timedDoc();
    delete untimed.fieldmap.time;
    for (const node of untimed.graph.nodes) delete node.attributes.mean_year;
    const sections = gexfSections(untimed, { version, papers });
    const edges = [...sections.edges].join("");
    untimed.fieldmap.time = timed.fieldmap.time;
    untimed.graph.nodes.forEach((node, i) => (node.attributes.mean_year = timed.graph.nodes[i]!.attributes.mean_year));
    expect(`${[...sections.nodes].join("")}${edges}`).toBe(toGexf(timed, { version, papers }));
    expect(edges).toMatch(/^ {4}<edges count="\d+">\n/);
  });
});
