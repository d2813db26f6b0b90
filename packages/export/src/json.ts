import type { MapDocument } from "@fieldmap/graph";
import { batchChunks } from "./chunks";

export interface GraphJsonOptions {
  /** Two-space indentation (default) or one line. */
  pretty?: boolean;
}

export const DEFAULT_GRAPH_JSON_OPTIONS: Required<GraphJsonOptions> = { pretty: true };

/** Copies a JSON value with object keys sorted, so key insertion order never changes bytes. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(sortedEntries(value as Record<string, unknown>).map(([k, v]) => [k, sortKeys(v)]));
}

function sortedEntries(value: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Objects and lists shallower than this depth, and lists at it, are written member by member;
 * everything else (a node, an edge, a paper) is stringified whole. The document's big lists
 * (papers at depth 1, graph.nodes and graph.edges at depth 2) are thus split into their
 * members, and no piece grows with the corpus.
 */
const EXPANDED_DEPTH = 2;

/** One value as JSON.stringify(sortKeys(value), null, gap) would print it at `indent`. */
function stringifyAt(value: unknown, indent: string, gap: string): string {
  const text = JSON.stringify(sortKeys(value), null, gap === "" ? undefined : gap) ?? "null";
  // Line breaks inside strings are escaped (\n), so every raw one is the pretty-printer's own.
  return gap === "" || indent === "" ? text : text.replace(/\n/g, `\n${indent}`);
}

/**
 * The pieces of JSON.stringify(sortKeys(value), null, gap), in order: the same bytes, but
 * never more than one member of a big list in a piece.
 */
function* jsonPieces(value: unknown, indent: string, gap: string, depth: number): Generator<string> {
  const expand = value !== null && typeof value === "object" && (depth < EXPANDED_DEPTH || (Array.isArray(value) && depth === EXPANDED_DEPTH));
  if (!expand) {
    yield stringifyAt(value, indent, gap);
    return;
  }
  const newline = gap === "" ? "" : "\n";
  const inner = indent + gap;
  const members: Array<[string | undefined, unknown]> = Array.isArray(value)
    ? value.map((item): [undefined, unknown] => [undefined, item])
    : sortedEntries(value as Record<string, unknown>);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (members.length === 0) {
    yield `${open}${close}`;
    return;
  }
  yield open;
  for (const [i, [key, member]] of members.entries()) {
    const name = key === undefined ? "" : `${JSON.stringify(key)}:${gap === "" ? "" : " "}`;
    yield `${i > 0 ? "," : ""}${newline}${inner}${name}`;
    yield* jsonPieces(member, inner, gap, depth + 1);
  }
  yield `${newline}${indent}${close}`;
}

/**
 * graph.json as a sequence of string chunks (each about 64 KB), so a writer can stream a
 * document bigger than V8's longest string (~512 MB: a map of a million papers).
 * Joined, the chunks are exactly toGraphJson's bytes.
 */
export function* graphJsonChunks(doc: MapDocument, options: GraphJsonOptions = {}): Generator<string> {
  const { pretty } = { ...DEFAULT_GRAPH_JSON_OPTIONS, ...options };
  yield* batchChunks(jsonPieces(doc, "", pretty ? "  " : "", 0));
  yield "\n";
}

/** graph.json: the document with sorted keys; arrays keep their (meaningful) order. */
export function toGraphJson(doc: MapDocument, options: GraphJsonOptions = {}): string {
  return [...graphJsonChunks(doc, options)].join("");
}
