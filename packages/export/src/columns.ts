import type { MapDocument } from "@fieldmap/graph";
import type { ExportEdgeAttributes, ExportNodeAttributes } from "./layers";

/** Value types shared by GEXF and GraphML (GraphML has no list type: lists become strings). */
export type ColumnType = "string" | "integer" | "double" | "boolean" | "liststring";

export interface Column<T> {
  id: string;
  type: ColumnType;
  get: (attributes: T) => string | number | boolean | string[] | undefined;
}

/**
 * Node data columns written besides the native label, colour, size and position
 * (DESIGN.md: label, type, count, community, community_label, plus the optional ones), and the
 * second level of the hierarchy: `subcommunity` (ids unique across the map) and its label.
 */
export const NODE_COLUMNS: Array<Column<ExportNodeAttributes>> = [
  { id: "type", type: "string", get: (n) => n.type },
  { id: "count", type: "integer", get: (n) => n.count },
  { id: "community", type: "integer", get: (n) => n.community },
  { id: "community_label", type: "string", get: (n) => n.community_label },
  { id: "subcommunity", type: "integer", get: (n) => n.subcommunity },
  { id: "subcommunity_label", type: "string", get: (n) => n.subcommunity_label },
  { id: "aliases", type: "liststring", get: (n) => (n.aliases && n.aliases.length > 0 ? n.aliases : undefined) },
  { id: "family", type: "string", get: (n) => n.family },
  { id: "first_year", type: "integer", get: (n) => n.first_year },
  { id: "last_year", type: "integer", get: (n) => n.last_year },
  // Mean publication time as a decimal year (packages/trends): numeric, so Gephi can colour by it.
  { id: "mean_year", type: "double", get: (n) => n.mean_year },
  { id: "proposed", type: "boolean", get: (n) => n.proposed },
];

/** Edge data columns besides the native weight. */
export const EDGE_COLUMNS: Array<Column<ExportEdgeAttributes>> = [
  // cooccurrence, a relation type (evaluated-on, builds-on, ...), or a paper's proposes / mentions.
  { id: "kind", type: "string", get: (e) => e.kind },
  { id: "strength", type: "double", get: (e) => e.strength },
  // 0 = the strongest link; drawings keep rank < 1,000 (as VOSviewer does), other tools can filter on it.
  { id: "rank", type: "integer", get: (e) => e.rank },
];

/** Columns that at least one element fills, in declaration order (so files stay small). */
export function usedColumns<T>(columns: Array<Column<T>>, elements: T[]): Array<Column<T>> {
  return columns.filter((column) => elements.some((element) => isPresent(column.get(element))));
}

export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (typeof value === "number") return Number.isFinite(value);
  return true;
}

/** Numbers as JavaScript prints them (shortest round-trip form, valid xsd:double). */
export function formatNumber(value: number): string {
  return Object.is(value, -0) ? "0" : String(value);
}

/** A stable key for every edge: its own, or its position in the document. */
export function edgeKey(doc: MapDocument, index: number): string {
  return doc.graph.edges[index]?.key ?? `e${index}`;
}
