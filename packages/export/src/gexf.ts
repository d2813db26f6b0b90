/**
 * GEXF writer (https://gexf.net), 1.3 by default and 1.2draft for older readers.
 *
 * Why not graphology-gexf's writer: in 0.13.2 it (1) writes list items unquoted, so an
 * alias containing a comma comes back as two aliases; (2) declares the 1.2draft viz
 * namespace as `http:///www.gexf.net/1.1draft/viz`, so networkx drops every position,
 * size and colour; (3) adds an xsi:schemaLocation to an XSD that rejects valid files;
 * (4) invents edge ids from a per-process counter when keys are missing, which breaks
 * byte-determinism. Patching all four by post-processing its output would be more code
 * than this writer. We still read our files back with graphology-gexf in the tests.
 */
import type { MapDocument } from "@fieldmap/graph";
import { lineChunks } from "./chunks";
import { parseColor } from "./color";
import { EDGE_COLUMNS, NODE_COLUMNS, formatNumber, isPresent, usedColumns, type Column } from "./columns";
import { exportGraph, type ExportEdge, type ExportEdgeAttributes, type ExportGraph, type ExportNodeAttributes } from "./layers";
import { gexfTime, withNodeTime, withTimeDeclarations } from "./gexf-time";
import { emptyElement, textElement, xmlAttributes } from "./xml";

export type GexfVersion = "1.3" | "1.2";

export interface GexfOptions {
  version?: GexfVersion;
  /**
   * Papers as nodes (type "paper") linked to the entities they propose and mention. Relation
   * edges are written in 1.3 only: they are directed in an undirected graph, which Gephi reads
   * and networkx's read_gexf (the reader 1.2draft is kept for) refuses.
   */
  papers?: boolean;
}

export const DEFAULT_GEXF_OPTIONS: Required<GexfOptions> = { version: "1.3", papers: false };

export const GEXF_CREATOR = "fieldmap";

const NAMESPACES: Record<GexfVersion, { gexf: string; viz: string; version: string }> = {
  "1.3": { gexf: "http://gexf.net/1.3", viz: "http://gexf.net/1.3/viz", version: "1.3" },
  "1.2": { gexf: "http://www.gexf.net/1.2draft", viz: "http://www.gexf.net/1.2draft/viz", version: "1.2" },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Serialises a map as GEXF: undirected, with viz colour/size/position and every attribute. */
export function toGexf(doc: MapDocument, options: GexfOptions = {}): string {
  return [...gexfChunks(doc, options)].join("");
}

/** The same GEXF as chunks of about 64 KB, for files bigger than one string can hold. */
export function gexfChunks(doc: MapDocument, options: GexfOptions = {}): Iterable<string> {
  const { nodes, edges } = gexfSections(doc, options);
  return joined(nodes, edges);
}

/**
 * graph.gexf cut where its edges begin, for a build that writes the edges (two thirds of the
 * file on a big map) while its time analysis runs: the analysis adds to the nodes' attributes
 * and to fieldmap.time, never to an edge. The map's nodes and edges are taken when the sections
 * are made; `nodes` (the file up to its edges) reads the nodes' attributes and the time
 * analysis when it is written. Joined in order, the sections' chunks are gexfChunks's bytes.
 */
export interface GexfSections {
  nodes: Iterable<string>;
  edges: Iterable<string>;
}

export function gexfSections(doc: MapDocument, options: GexfOptions = {}): GexfSections {
  const { version, papers } = { ...DEFAULT_GEXF_OPTIONS, ...options };
  const graph = exportGraph(doc, { relations: version === "1.3", papers });
  const edgeColumns = usedColumns(EDGE_COLUMNS, graph.edges.map((e) => e.attributes));
  return {
    nodes: lineChunks(nodeSectionLines(doc, graph, edgeColumns, version), "\n"),
    edges: lineChunks(edgeSectionLines(graph, edgeColumns, version), "\n"),
  };
}

function* joined<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part;
}

/**
 * The file's lines, made as they are written: a map of 100k papers has some two million, and
 * held in one array until the end they outlived the young generation, which made writing
 * graph.gexf in a build's big heap two to three times slower than on its own.
 */
function* nodeSectionLines(doc: MapDocument, graph: ExportGraph, edgeColumns: Array<Column<ExportEdgeAttributes>>, version: GexfVersion): Generator<string> {
  const ns = NAMESPACES[version];
  const nodeColumns = usedColumns(NODE_COLUMNS, graph.nodes.map((n) => n.attributes));
  const created = ISO_DATE.test(doc.fieldmap.created) ? doc.fieldmap.created : undefined;
  // Time as GEXF 1.3 dynamics (gexf-time.ts); the 1.2draft file stays static for older readers.
  const time = version === "1.3" ? gexfTime(doc) : undefined;
  yield `<?xml version="1.0" encoding="UTF-8"?>`;
  yield `<gexf${xmlAttributes([["xmlns", ns.gexf], ["xmlns:viz", ns.viz], ["version", ns.version]])}>`;
  yield `  <meta${xmlAttributes([["lastmodifieddate", created]])}>`;
  yield `    ${textElement("creator", GEXF_CREATOR)}`;
  yield `    ${textElement("description", doc.fieldmap.title)}`;
  yield `  </meta>`;
  yield `  <graph${xmlAttributes([["defaultedgetype", "undirected"], ...(time?.graphAttributes ?? [])])}>`;
  yield* withTimeDeclarations(columnDeclarations("node", nodeColumns), time);
  yield* columnDeclarations("edge", edgeColumns);
  yield `    <nodes count="${graph.nodes.length}">`;
  for (const node of graph.nodes) yield* withNodeTime(nodeLines(node.key, node.attributes, nodeColumns, version), node.key, time);
  yield `    </nodes>`;
}

function* edgeSectionLines(graph: ExportGraph, edgeColumns: Array<Column<ExportEdgeAttributes>>, version: GexfVersion): Generator<string> {
  yield `    <edges count="${graph.edges.length}">`;
  for (const edge of graph.edges) yield* edgeLines(edge, edgeColumns, version);
  yield `    </edges>`;
  yield `  </graph>`;
  yield `</gexf>`;
}

/**
 * One edge. Relation edges say type="directed" (the graph's default is undirected); in 1.3 the
 * native `kind` also tells parallel edges apart (co-occurrence and a relation between the same
 * two entities), and a `kind` attvalue carries it for readers that only see attributes.
 */
function edgeLines(edge: ExportEdge, columns: Array<Column<ExportEdgeAttributes>>, version: GexfVersion): string[] {
  const head = xmlAttributes([
    ["id", edge.id],
    ["type", edge.directed ? "directed" : undefined],
    ["kind", version === "1.3" ? edge.attributes.kind : undefined],
    ["source", edge.source],
    ["target", edge.target],
    ["weight", Number.isFinite(edge.attributes.weight) ? formatNumber(edge.attributes.weight) : undefined],
  ]);
  const values = attvalueLines(edge.attributes, columns, version);
  return values.length === 0 ? [`      <edge${head}/>`] : [`      <edge${head}>`, ...values, `      </edge>`];
}

function columnDeclarations<T>(kind: "node" | "edge", columns: Array<Column<T>>): string[] {
  if (columns.length === 0) return [];
  return [
    `    <attributes class="${kind}">`,
    ...columns.map((c) => `      ${emptyElement("attribute", [["id", c.id], ["title", c.id], ["type", c.type]])}`),
    `    </attributes>`,
  ];
}

function nodeLines(key: string, n: ExportNodeAttributes, columns: Array<Column<ExportNodeAttributes>>, version: GexfVersion): string[] {
  const rgb = parseColor(n.color);
  const viz = [
    rgb ? emptyElement("viz:color", [["r", rgb.r], ["g", rgb.g], ["b", rgb.b]]) : undefined,
    isFiniteNumber(n.x) && isFiniteNumber(n.y)
      ? emptyElement("viz:position", [["x", formatNumber(n.x)], ["y", formatNumber(n.y)]])
      : undefined,
    isFiniteNumber(n.size) ? emptyElement("viz:size", [["value", formatNumber(n.size)]]) : undefined,
  ].filter((line): line is string => line !== undefined);
  return [
    `      <node${xmlAttributes([["id", key], ["label", n.label]])}>`,
    ...attvalueLines(n, columns, version),
    ...viz.map((line) => `        ${line}`),
    `      </node>`,
  ];
}

function isFiniteNumber(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value);
}

function attvalueLines<T>(element: T, columns: Array<Column<T>>, version: GexfVersion): string[] {
  const values = columns
    .map((column) => [column, column.get(element)] as const)
    .filter(([, value]) => isPresent(value))
    .map(([column, value]) => emptyElement("attvalue", [["for", column.id], ["value", gexfValue(value, version)]]));
  if (values.length === 0) return [];
  return [`        <attvalues>`, ...values.map((v) => `          ${v}`), `        </attvalues>`];
}

/**
 * GEXF 1.3 writes lists as `["a", "b"]` (items JSON-quoted so commas and quotes survive);
 * 1.2draft has no list syntax of its own and readers split on `|`.
 */
function gexfValue(value: string | number | boolean | string[] | undefined, version: GexfVersion): string {
  if (Array.isArray(value)) {
    return version === "1.3" ? `[${value.map((item) => JSON.stringify(item)).join(", ")}]` : value.join("|");
  }
  if (typeof value === "number") return formatNumber(value);
  return String(value);
}
