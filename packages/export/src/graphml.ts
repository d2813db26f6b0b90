/**
 * GraphML writer (http://graphml.graphdrawing.org). Hand-written for the same reasons as
 * gexf.ts (graphology-graphml only parses). Every node attribute of the contract is a
 * <key>; GraphML has no list type, so aliases are joined with "|" (as in our CSV).
 */
import type { MapDocument } from "@fieldmap/graph";
import { lineChunks } from "./chunks";
import { EDGE_COLUMNS, NODE_COLUMNS, formatNumber, isPresent, usedColumns, type ColumnType } from "./columns";
import { exportGraph, type ExportEdgeAttributes, type ExportNodeAttributes } from "./layers";
import { emptyElement, textElement, xmlAttributes } from "./xml";

interface GraphmlKey {
  id: string;
  domain: "node" | "edge";
  type: "string" | "int" | "double" | "boolean";
  get: (element: never) => unknown;
}

const GRAPHML_TYPES: Record<ColumnType, GraphmlKey["type"]> = {
  string: "string",
  integer: "int",
  double: "double",
  boolean: "boolean",
  liststring: "string",
};

export const ALIAS_SEPARATOR = "|";

export interface GraphmlOptions {
  /** Papers as nodes (type "paper") linked to the entities they propose and mention. */
  papers?: boolean;
}

export const DEFAULT_GRAPHML_OPTIONS: Required<GraphmlOptions> = { papers: false };

/**
 * Serialises a map as GraphML (Gephi, yEd, Cytoscape, igraph): undirected co-occurrence edges
 * and, between on-map entities, relation edges marked directed="true" with their kind.
 */
export function toGraphml(doc: MapDocument, options: GraphmlOptions = {}): string {
  return `${graphmlLines(doc, options).join("\n")}\n`;
}

/** The same GraphML as chunks of about 64 KB, for files bigger than one string can hold. */
export function graphmlChunks(doc: MapDocument, options: GraphmlOptions = {}): Iterable<string> {
  return lineChunks(graphmlLines(doc, options), "\n");
}

function graphmlLines(doc: MapDocument, options: GraphmlOptions): string[] {
  const { papers } = { ...DEFAULT_GRAPHML_OPTIONS, ...options };
  const { nodes, edges } = exportGraph(doc, { papers });
  const nodeAttributes: ExportNodeAttributes[] = nodes.map((n) => n.attributes);
  const nodeKeys: GraphmlKey[] = [
    { id: "label", domain: "node", type: "string", get: (n: (typeof nodeAttributes)[number]) => n.label },
    ...usedColumns(NODE_COLUMNS, nodeAttributes).map(
      (c): GraphmlKey => ({ id: c.id, domain: "node", type: GRAPHML_TYPES[c.type], get: c.get }),
    ),
    { id: "size", domain: "node", type: "double", get: (n: (typeof nodeAttributes)[number]) => n.size },
    { id: "color", domain: "node", type: "string", get: (n: (typeof nodeAttributes)[number]) => n.color },
    { id: "x", domain: "node", type: "double", get: (n: (typeof nodeAttributes)[number]) => n.x },
    { id: "y", domain: "node", type: "double", get: (n: (typeof nodeAttributes)[number]) => n.y },
  ];
  const edgeAttributes: ExportEdgeAttributes[] = edges.map((e) => e.attributes);
  const edgeKeys: GraphmlKey[] = [
    { id: "weight", domain: "edge", type: "double", get: (e: (typeof edgeAttributes)[number]) => e.weight },
    ...usedColumns(EDGE_COLUMNS, edgeAttributes).map(
      (c): GraphmlKey => ({ id: c.id, domain: "edge", type: GRAPHML_TYPES[c.type], get: c.get }),
    ),
  ];
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`,
    ...[...nodeKeys, ...edgeKeys].map((k) => `  ${keyDeclaration(k)}`),
    `  ${`<graph${xmlAttributes([["id", "G"], ["edgedefault", "undirected"]])}>`}`,
    ...nodes.flatMap((n) => element(`<node${xmlAttributes([["id", n.key]])}>`, "</node>", nodeKeys, n.attributes)),
    ...edges.flatMap((e) =>
      element(
        `<edge${xmlAttributes([["id", e.id], ["source", e.source], ["target", e.target], ["directed", e.directed ? "true" : undefined]])}>`,
        "</edge>",
        edgeKeys,
        e.attributes,
      ),
    ),
    `  </graph>`,
    `</graphml>`,
  ];
}

function keyDeclaration(key: GraphmlKey): string {
  return emptyElement("key", [["id", `${key.domain}_${key.id}`], ["for", key.domain], ["attr.name", key.id], ["attr.type", key.type]]);
}

function element(open: string, close: string, keys: GraphmlKey[], attributes: unknown): string[] {
  const data = keys.flatMap((key) => {
    const value = key.get(attributes as never);
    if (!isPresent(value)) return [];
    return [`      ${textElement("data", graphmlValue(value), [["key", `${key.domain}_${key.id}`]])}`];
  });
  return [`    ${open}`, ...data, `    ${close}`];
}

function graphmlValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(ALIAS_SEPARATOR);
  if (typeof value === "number") return formatNumber(value);
  return String(value);
}
