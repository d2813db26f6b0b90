import type { MapDocument } from "@fieldmap/graph";

export interface GraphJsonOptions {
  /** Two-space indentation (default) or one line. */
  pretty?: boolean;
}

export const DEFAULT_GRAPH_JSON_OPTIONS: Required<GraphJsonOptions> = { pretty: true };

/** Copies a JSON value with object keys sorted, so key insertion order never changes bytes. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/** graph.json: the document with sorted keys; arrays keep their (meaningful) order. */
export function toGraphJson(doc: MapDocument, options: GraphJsonOptions = {}): string {
  const { pretty } = { ...DEFAULT_GRAPH_JSON_OPTIONS, ...options };
  return `${JSON.stringify(sortKeys(doc), null, pretty ? 2 : undefined)}\n`;
}
