/**
 * CSV node and edge tables (RFC 4180), with Gephi's column names (id/label, source/target/weight)
 * so "Import spreadsheet" maps them without configuration.
 */
import type { MapDocument, NodeAttributes } from "@fieldmap/graph";
import { lineChunks } from "./chunks";
import { formatNumber } from "./columns";
import { ALIAS_SEPARATOR } from "./graphml";
import { exportGraph } from "./layers";

export interface CsvTables {
  nodes: string;
  edges: string;
}

const NODE_HEADER = [
  "id", "label", "type", "count", "community", "community_label", "subcommunity", "subcommunity_label", "size", "color", "x", "y",
  "aliases", "family", "first_year", "last_year",
] as const;

// `type` (Undirected / Directed) is the column Gephi's spreadsheet import reads for each edge's direction.
const EDGE_HEADER = ["source", "target", "weight", "strength", "rank", "kind", "type"] as const;

/**
 * Quotes a field when it holds a comma, quote or line break (RFC 4180 §2.6-2.7). Text that
 * starts like a spreadsheet formula (=, +, -, @, tab, carriage return) gets a leading `'`, as
 * OWASP advises against CSV injection: an entity named "=HYPERLINK(...)" must stay text when
 * the table is opened in a spreadsheet. Numbers are written as they are.
 */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? formatNumber(value) : "";
  const text = neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvRow(fields: Array<string | number | boolean | undefined>): string {
  return fields.map(csvField).join(",");
}

function nodeRow(key: string, n: NodeAttributes): string {
  return csvRow([
    key, n.label, n.type, n.count, n.community, n.community_label, n.subcommunity, n.subcommunity_label, n.size, n.color, n.x, n.y,
    n.aliases?.join(ALIAS_SEPARATOR), n.family, n.first_year, n.last_year,
  ]);
}

/** Two CSV tables (CRLF line ends, as RFC 4180 asks). */
export function toCsv(doc: MapDocument): CsvTables {
  const { nodes, edges } = csvRows(doc);
  return { nodes: `${nodes.join("\r\n")}\r\n`, edges: `${edges.join("\r\n")}\r\n` };
}

/** The same two tables as chunks of about 64 KB, for files bigger than one string can hold. */
export function csvChunks(doc: MapDocument): { nodes: Iterable<string>; edges: Iterable<string> } {
  const { nodes, edges } = csvRows(doc);
  return { nodes: lineChunks(nodes, "\r\n"), edges: lineChunks(edges, "\r\n") };
}

function csvRows(doc: MapDocument): { nodes: string[]; edges: string[] } {
  const nodes = [csvRow([...NODE_HEADER]), ...doc.graph.nodes.map((n) => nodeRow(n.key, n.attributes))];
  const edges = [
    csvRow([...EDGE_HEADER]),
    // Co-occurrence links, then relations between on-map entities (kind = the relation, type Directed).
    ...exportGraph(doc).edges.map(({ source, target, directed, attributes: a }) =>
      csvRow([source, target, a.weight, a.strength, a.rank, a.kind, directed ? "Directed" : "Undirected"]),
    ),
  ];
  return { nodes, edges };
}
