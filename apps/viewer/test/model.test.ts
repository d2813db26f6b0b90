import { describe, expect, it } from "vitest";
import { MapLoadError, detectFormat, parseMapText } from "../src/data/parse";
import { computeHiddenNodes } from "../src/state/visibility";
import { DEFAULT_FILTERS } from "../src/state/state";
import { visibleSubgraph } from "../src/export/subgraph";
import { generateMapDocument } from "../src/dev/synthetic";

const doc = generateMapDocument({ nodes: 120, edges: 400, papers: 80, communities: 5 });
const text = JSON.stringify(doc);

describe("reading map files", () => {
  it("reads a MapDocument with its papers indexed by entity, newest first", () => {
    const data = parseMapText(text, "graph.json");
    expect(data.graph.order).toBe(120);
    expect(data.graph.size).toBe(400);
    expect(data.communities).toHaveLength(5);
    const grpo = data.papersByEntity.get("GRPO") ?? [];
    expect(grpo.length).toBe(data.graph.getNodeAttribute("GRPO", "count"));
    const dates = grpo.map((p) => p.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    expect(data.hasPositions).toBe(true);
    expect(data.years?.[0]).toBeGreaterThanOrEqual(2019);
  });

  it("sizes nodes by count (bigger count, bigger node)", () => {
    const { graph } = parseMapText(text, "graph.json");
    const nodes = graph.mapNodes((_k, a) => [a.count as number, a.size as number] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < nodes.length; i++) expect(nodes[i]![1]).toBeGreaterThanOrEqual(nodes[i - 1]![1]);
  });

  it("reads a bare graphology serialisation and fills the missing attributes", () => {
    const bare = JSON.stringify({ nodes: [{ key: "a" }, { key: "b", attributes: { label: "B", community: 2 } }], edges: [{ source: "a", target: "b" }] });
    const data = parseMapText(bare, "plain.json");
    expect(data.graph.getNodeAttributes("a")).toMatchObject({ label: "a", count: 1, type: "concept" });
    expect(data.hasPositions).toBe(false);
    expect(data.communities.map((c) => c.id).sort()).toEqual([0, 2]);
  });

  it.each([
    ["empty file", "", "graph.json", "graph.json: the file is empty"],
    ["truncated JSON", text.slice(0, 200), "graph.json", "graph.json: not valid JSON"],
    ["JSON array", "[1,2]", "graph.json", 'graph.json: expected a JSON object with a "graph"'],
    ["no graph.nodes", '{"fieldmap":{}}', "graph.json", 'graph.json: no "graph.nodes" list'],
    ["node without key", '{"graph":{"nodes":[{"attributes":{}}],"edges":[]}}', "graph.json", 'graph.json: node 1 has no "key"'],
    ["edge to a missing node", '{"graph":{"nodes":[{"key":"a","attributes":{"x":0,"y":0}}],"edges":[{"source":"a","target":"zz","attributes":{"weight":1}}]},"papers":[]}', "graph.json", "graph.json: "],
    ["no nodes", '{"graph":{"nodes":[],"edges":[]},"papers":[]}', "graph.json", "graph.json: the map has no nodes"],
    ["unknown format", "hello world", "notes.txt", "notes.txt: not a fieldmap graph.json, GEXF or GraphML file"],
  ])("rejects %s with a specific message", (_name, input, name, message) => {
    expect(() => parseMapText(input, name)).toThrow(MapLoadError);
    expect(() => parseMapText(input, name)).toThrow(message);
  });

  it.each([
    ["graph.json", "", "json"],
    ["map.gexf", "", "gexf"],
    ["g.graphml?x=1", "", "graphml"],
    ["download", '<?xml version="1.0"?>\n<gexf xmlns="x">', "gexf"],
    ["download", "<graphml>", "graphml"],
    ["download", '  {"graph": {}}', "json"],
    ["download", "name,count", null],
  ])("detects the format of %s %j", (name, content, format) => {
    expect(detectFormat(content, name)).toBe(format);
  });
});

describe("filters and the visible subgraph", () => {
  const data = parseMapText(text, "graph.json");
  const { graph } = data;

  it("hides the nodes of a hidden type, community, low count or outside the years", () => {
    const filters = { ...DEFAULT_FILTERS, hiddenTypes: ["dataset"], hiddenCommunities: [1], minCount: 2, years: [2021, 2022] as [number, number] };
    const hidden = computeHiddenNodes(graph, filters);
    graph.forEachNode((node, a) => {
      const expected =
        a.type === "dataset" || a.community === 1 || a.count < 2 || a.last_year < 2021 || a.first_year > 2022;
      expect(hidden.has(node), `node ${node}`).toBe(Boolean(expected));
    });
  });

  it("no filter hides nothing", () => {
    expect(computeHiddenNodes(graph, DEFAULT_FILTERS).size).toBe(0);
  });

  it("the visible subgraph drops hidden nodes and light edges, leaving the graph untouched", () => {
    const hidden = computeHiddenNodes(graph, { ...DEFAULT_FILTERS, hiddenTypes: ["model"] });
    const sub = visibleSubgraph(graph, hidden, 3);
    expect(sub.order).toBe(graph.order - hidden.size);
    sub.forEachEdge((_e, a, s, t) => {
      expect(a.weight).toBeGreaterThanOrEqual(3);
      expect(hidden.has(s) || hidden.has(t)).toBe(false);
    });
    expect(typeof sub.getNodeAttribute("GRPO", "aliases")).toBe("string");
    expect(Array.isArray(graph.getNodeAttribute("GRPO", "aliases"))).toBe(true);
  });
});
