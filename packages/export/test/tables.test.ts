import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { MapDocument } from "@fieldmap/graph";
import { EXPORT_FORMATS, SUBCLUSTER_SCORE, toCsv, toGraphJson, toVosviewerJson, type VosviewerJson } from "../src";
import { csvField } from "../src/csv";
import { fixtureDoc, HOSTILE_LABEL } from "./fixture";
import { relationsFixtureDoc } from "./relations-fixture";
import { turtleValues } from "./turtle-reader";
import { readVosviewerDescription, readVosviewerLabel } from "./vosviewer-reader";

/** A small RFC 4180 reader, independent of the writer, to read our tables back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  return rows;
}

const doc = fixtureDoc();

/** Every attribute value and text of an XML file, parsed by xmldom (a parse error fails the test). */
function xmlValues(text: string | undefined): string[] {
  const errors: string[] = [];
  const dom = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(text ?? "", "text/xml");
  expect(errors).toEqual([]);
  const values: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) values.push(node.nodeValue ?? "");
    const attributes = (node as Element).attributes;
    for (let i = 0; attributes && i < attributes.length; i++) values.push(attributes[i]!.value);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(dom as unknown as Node);
  return values;
}

/** The graph.json inlined in map.html, read the way a browser ends a <script> element. */
function inlinedDocument(html: string | undefined): MapDocument {
  const match = /<script id="fieldmap-data"[^>]*>([\s\S]*?)<\/script/i.exec(html ?? "");
  return JSON.parse(match?.[1] ?? "null") as MapDocument;
}

type Files = Record<string, string>;
/** Formats a browser or XML parser reads as markup: the label's `<` must never be there raw. */
const MARKUP_FORMATS = new Set(["gexf", "gexf12", "graphml", "svg", "html"]);
const nodeLabels = (d: MapDocument) => d.graph.nodes.map((n) => n.attributes.label);

/** Per format: the values a reader of that format gets back from its files. */
const HOSTILE_READERS: Record<string, (files: Files) => string[]> = {
  gexf: (f) => xmlValues(f["graph.gexf"]),
  gexf12: (f) => xmlValues(f["graph-1.2.gexf"]),
  graphml: (f) => xmlValues(f["graph.graphml"]),
  svg: (f) => xmlValues(f["map.svg"]),
  csv: (f) => parseCsv(f["nodes.csv"] ?? "").flat(),
  json: (f) => nodeLabels(JSON.parse(f["graph.json"] ?? "null") as MapDocument),
  // Labels are HTML in VOSviewer Online: read back as it reads them.
  vosviewer: (f) => (JSON.parse(f["vosviewer.json"] ?? "null") as VosviewerJson).network.items.map((i) => readVosviewerLabel(i.label)),
  html: (f) => nodeLabels(inlinedDocument(f["map.html"])),
  ttl: (f) => turtleValues(f["relations.ttl"] ?? ""),
  triples: (f) => parseCsv(f["triples.csv"] ?? "").flat(),
};

/** Formats that write only the relations: read from the fixture with relations (one from the hostile-labelled node). */
const RELATION_FORMATS = new Set(["ttl", "triples"]);

describe("toCsv", () => {
  const { nodes, edges } = toCsv(doc);
  const nodeRows = parseCsv(nodes);
  const edgeRows = parseCsv(edges);

  it("writes a header and one row per node and edge", () => {
    expect(nodeRows[0]?.slice(0, 4)).toEqual(["id", "label", "type", "count"]);
    expect(nodeRows).toHaveLength(doc.graph.nodes.length + 1);
    expect(edgeRows[0]).toEqual(["source", "target", "weight", "strength", "rank", "kind", "type"]);
    expect(edgeRows).toHaveLength(doc.graph.edges.length + 1);
  });

  it.each(doc.graph.nodes.map((n, i) => [n.key, i] as const))("node %s reads back", (key, i) => {
    const header = nodeRows[0] ?? [];
    const row = Object.fromEntries(header.map((h, j) => [h, nodeRows[i + 1]?.[j]]));
    const n = doc.graph.nodes[i]?.attributes;
    expect(row.id).toBe(key);
    expect(row.label).toBe(n?.label);
    expect(Number(row.x)).toBe(n?.x);
    expect(row.aliases).toBe(n?.aliases?.join("|") ?? "");
    expect([row.community, row.community_label]).toEqual([String(n?.community), n?.community_label]);
    expect([row.subcommunity, row.subcommunity_label]).toEqual([String(n?.subcommunity), n?.subcommunity_label]);
  });

  it("writes each edge's rank (0 = strongest)", () => {
    const header = edgeRows[0] ?? [];
    const rank = header.indexOf("rank");
    expect(edgeRows.slice(1).map((row) => Number(row[rank]))).toEqual(doc.graph.edges.map((e) => e.attributes.rank));
  });

  it.each([
    ["plain", "abc", "abc"],
    ["comma", "a,b", '"a,b"'],
    ["quote", 'say "hi"', '"say ""hi"""'],
    ["newline", "a\nb", '"a\nb"'],
    ["hostile", HOSTILE_LABEL, `"<b>&""'</script>"`],
    ["number", 1.5, "1.5"],
    ["missing", undefined, ""],
  ])("csvField quotes %s", (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe("toGraphJson", () => {
  it("parses back to the same document", () => {
    expect(JSON.parse(toGraphJson(doc))).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it("does not depend on key insertion order", () => {
    const reordered = fixtureDoc();
    reordered.fieldmap = { ...{ created: doc.fieldmap.created }, ...reordered.fieldmap };
    const first = reordered.graph.nodes[0];
    if (first) first.attributes = Object.fromEntries(Object.entries(first.attributes).reverse()) as typeof first.attributes;
    expect(toGraphJson(reordered)).toBe(toGraphJson(doc));
  });

  it("compact mode is one line", () => {
    expect(toGraphJson(doc, { pretty: false }).trim().split("\n")).toHaveLength(1);
  });
});

describe("toVosviewerJson", () => {
  const vos = JSON.parse(toVosviewerJson(doc)) as VosviewerJson;
  const itemOf = (key: string) => vos.network.items[doc.graph.nodes.findIndex((n) => n.key === key)];

  it("has items, links and labelled, coloured clusters numbered from 1", () => {
    expect(vos.network.items).toHaveLength(doc.graph.nodes.length);
    expect(vos.network.links).toHaveLength(doc.graph.edges.length);
    expect(vos.network.clusters).toEqual(doc.fieldmap.communities.map((c) => ({ cluster: c.id + 1, label: c.label })));
    expect(vos.config.color_schemes.cluster_colors).toEqual(doc.fieldmap.communities.map((c) => ({ cluster: c.id + 1, color: c.color })));
    expect(Math.min(...vos.network.items.map((i) => i.cluster ?? 0))).toBe(1);
  });

  it("keeps labels as escaped HTML and escapes the HTML description", () => {
    const item = itemOf(HOSTILE_LABEL);
    expect(item?.label).toBe("&lt;b&gt;&amp;&quot;&#39;&lt;/script&gt;");
    expect(readVosviewerLabel(item?.label ?? "")).toBe(HOSTILE_LABEL);
    // The only markup is the span that keeps a brace from being a placeholder (none here).
    expect(item?.description.replace(/<span>[{}]<\/span>/g, "")).not.toMatch(/[<>]/);
    // Its sub-cluster's name holds the hostile label: the description carries it HTML-escaped.
    expect(item?.description).toContain("&lt;b&gt;&amp;&quot;&#39;&lt;/script&gt;");
    expect(item?.weights.Occurrences).toBe(3);
    expect(item?.weights.Links).toBe(2);
    expect(item?.weights["Total link strength"]).toBe(3);
  });

  it.each(doc.graph.nodes.map((n) => [n.key, n.attributes] as const))("item %s carries its sub-cluster as a score and by name", (key, n) => {
    const item = itemOf(key);
    expect(item?.cluster).toBe(n.community + 1);
    expect(item?.scores?.[SUBCLUSTER_SCORE]).toBe(n.subcommunity);
    expect(readVosviewerDescription(item?.description ?? "").endsWith(`${n.community_label} › ${n.subcommunity_label}`)).toBe(true);
  });

  it("links reference the items of their two nodes, with non-negative strengths", () => {
    const keyOf = (id: number) => doc.graph.nodes[id - 1]?.key;
    expect(vos.network.links.map((l) => [keyOf(l.source_id), keyOf(l.target_id)])).toEqual(doc.graph.edges.map((e) => [e.source, e.target]));
    for (const link of vos.network.links) expect(link.strength).toBeGreaterThanOrEqual(0);
  });
});

describe("EXPORT_FORMATS", () => {
  it("has unique ids and file names that match what write returns", () => {
    expect(new Set(EXPORT_FORMATS.map((f) => f.id)).size).toBe(EXPORT_FORMATS.length);
    for (const format of EXPORT_FORMATS) {
      const context = { viewerHtml: "<!doctype html><html><head><title>x</title></head><body></body></html>", width: 320, height: 180 };
      const files = format.write(doc, context);
      expect(files.map((f) => f.name), format.id).toEqual(format.fileNames);
      expect(format.fileNames.every((name) => format.extensions.some((ext) => name.endsWith(ext))), format.id).toBe(true);
    }
  });

  it("covers every format but the PNG image with a hostile-label reader below", () => {
    expect(Object.keys(HOSTILE_READERS).sort()).toEqual(EXPORT_FORMATS.filter((f) => f.id !== "png").map((f) => f.id).sort());
  });

  // Each format is parsed back with a reader that does not share the writer's code; the
  // hostile label must come back exactly, which fails if the writer stops escaping.
  it.each(Object.entries(HOSTILE_READERS))("%s gives the hostile label back unchanged once parsed", (id, readValues) => {
    const format = EXPORT_FORMATS.find((f) => f.id === id)!;
    const files = format.write(RELATION_FORMATS.has(id) ? relationsFixtureDoc() : doc, { viewerHtml: "<!doctype html><html><head><title>x</title></head><body></body></html>", width: 640, height: 360 });
    const texts = Object.fromEntries(files.map((f) => [f.name, typeof f.content === "string" ? f.content : ""]));
    expect(readValues(texts)).toContain(HOSTILE_LABEL);
    if (MARKUP_FORMATS.has(id)) expect(Object.values(texts).join("\n")).not.toContain("<b>&"); // never raw in markup
  });
});
