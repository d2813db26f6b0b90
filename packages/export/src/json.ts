import type { MapDocument } from "@fieldmap/graph";
import { batchChunks } from "./chunks";

export interface GraphJsonOptions {
  /** Two-space indentation (default) or one line. */
  pretty?: boolean;
}

export const DEFAULT_GRAPH_JSON_OPTIONS: Required<GraphJsonOptions> = { pretty: true };

/**
 * A JSON value with object keys sorted, so key insertion order never changes bytes. Parts whose
 * keys are already in order (and hold no undefined) are returned as they are, not copied: the
 * graph.json of 100,000 papers has millions of small objects, and the document builds them in
 * key order.
 */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return sortedArray(value);
  if (value === null || typeof value !== "object") return value;
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  if (!inOrderAndDefined(object, keys)) return sortedCopy(object, keys);
  let copy: Record<string, unknown> | undefined;
  for (const [i, key] of keys.entries()) {
    const member = object[key];
    const sorted = sortKeys(member);
    if (sorted === member) continue;
    copy ??= Object.fromEntries(keys.slice(0, i).map((k) => [k, object[k]]));
    copy[key] = sorted;
    // Once copying, every later member goes into the copy too.
    for (const later of keys.slice(i + 1)) copy[later] = sortKeys(object[later]);
    return copy;
  }
  return object;
}

/**
 * `object` with its keys in order and its undefined members left out, each member sorted in
 * turn. Built key by key: graph.json's nodes and edges (150,000 at 100k papers) come here, and
 * going through entry pairs cost three lists per object.
 */
function sortedCopy(object: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  // The default sort compares UTF-16 code units, as `<` does for strings.
  const sorted = keys.slice().sort();
  const copy: Record<string, unknown> = {};
  for (const key of sorted) {
    const member = object[key];
    if (member !== undefined) copy[key] = sortKeys(member);
  }
  return copy;
}

function sortedArray(value: unknown[]): unknown[] {
  for (let i = 0; i < value.length; i++) {
    const sorted = sortKeys(value[i]);
    if (sorted === value[i]) continue;
    const copy = value.slice(0, i);
    copy.push(sorted);
    for (let j = i + 1; j < value.length; j++) copy.push(sortKeys(value[j]));
    return copy;
  }
  return value;
}

function inOrderAndDefined(object: Record<string, unknown>, keys: readonly string[]): boolean {
  for (let i = 0; i < keys.length; i++) {
    if (object[keys[i]!] === undefined) return false;
    if (i > 0 && !(keys[i - 1]! < keys[i]!)) return false;
  }
  return true;
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
  // A string pattern, not /\n/g: half the time on a big map's papers (the indent holds no "$").
  return gap === "" || indent === "" ? text : text.replaceAll("\n", `\n${indent}`);
}

/** Whether jsonPieces writes `value` member by member at `depth` (else it is stringified whole). */
function isExpanded(value: unknown, depth: number): boolean {
  return value !== null && typeof value === "object" && (depth < EXPANDED_DEPTH || (Array.isArray(value) && depth === EXPANDED_DEPTH));
}

/**
 * About this many characters of a list's members are stringified in one call: a batch of a
 * big map's papers is a dozen, of its edges a hundred or so. A piece stays small whatever the
 * corpus, and one call per member cost 40% more on a 100k map's papers.
 */
export const LIST_BATCH_SIZE = 1 << 14;

/**
 * Members of a list, printed at `inner`, as JSON.stringify prints them inside the list: each
 * batch is stringified inside as many enclosing lists as put its members at that indent, which
 * are then cut off, so no member is re-indented line by line afterwards.
 */
function* listMemberPieces(items: readonly unknown[], inner: string, gap: string, depth: number): Generator<string> {
  const newline = gap === "" ? "" : "\n";
  const levels = gap === "" ? 1 : inner.length / gap.length;
  let open = "";
  let close = "";
  for (let level = 0; level < levels; level++) {
    open += `${gap.repeat(level)}[${newline}`;
    close = `${newline}${gap.repeat(level)}]${close}`;
  }
  let batch = 1;
  for (let i = 0; i < items.length; ) {
    const lead = `${i > 0 ? "," : ""}${newline}`;
    if (isExpanded(items[i], depth)) {
      yield `${lead}${inner}`;
      yield* jsonPieces(items[i], inner, gap, depth);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < items.length && end - i < batch && !isExpanded(items[end], depth)) end++;
    let wrapped: unknown = sortKeys(items.slice(i, end));
    for (let level = 1; level < levels; level++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, gap === "" ? undefined : gap);
    yield `${lead}${text.slice(open.length, text.length - close.length)}`;
    // The next batch's size from this one's characters per member.
    batch = Math.max(1, Math.min(1024, Math.floor((LIST_BATCH_SIZE * (end - i)) / Math.max(1, text.length))));
    i = end;
  }
}

/**
 * The pieces of JSON.stringify(sortKeys(value), null, gap), in order: the same bytes, but
 * never more than a batch of a big list's members (about LIST_BATCH_SIZE characters) in a piece.
 */
function* jsonPieces(value: unknown, indent: string, gap: string, depth: number): Generator<string> {
  if (!isExpanded(value, depth)) {
    yield stringifyAt(value, indent, gap);
    return;
  }
  const newline = gap === "" ? "" : "\n";
  const inner = indent + gap;
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  const members = Array.isArray(value) ? undefined : sortedEntries(value as Record<string, unknown>);
  if ((members ?? (value as unknown[])).length === 0) {
    yield `${open}${close}`;
    return;
  }
  yield open;
  if (members === undefined) yield* listMemberPieces(value as unknown[], inner, gap, depth + 1);
  for (const [i, [key, member]] of (members ?? []).entries()) {
    yield `${i > 0 ? "," : ""}${newline}${inner}${JSON.stringify(key)}:${gap === "" ? "" : " "}`;
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
  for (const section of graphJsonSections(doc, options)) yield* section.chunks;
}

/** One top-level member of graph.json (`fieldmap`, `graph`, `papers`, `relations`) as chunks. */
export interface GraphJsonSection {
  /** The member's key; undefined for a document that is not an object (written whole). */
  key: string | undefined;
  chunks: Iterable<string>;
}

/**
 * graph.json cut at its top-level members, in file order: the first section opens the
 * document, the last closes it, and joined they are graphJsonChunks's bytes. A build writes the
 * `papers` section (most of the file) while the time analysis, which adds to `fieldmap` and
 * `graph`, runs on another thread. Each section is lazy: it reads the document as it is written.
 */
export function graphJsonSections(doc: MapDocument, options: GraphJsonOptions = {}): GraphJsonSection[] {
  const { pretty } = { ...DEFAULT_GRAPH_JSON_OPTIONS, ...options };
  const gap = pretty ? "  " : "";
  const value: unknown = doc;
  const members = value !== null && typeof value === "object" && !Array.isArray(value) ? sortedEntries(value as Record<string, unknown>) : [];
  if (members.length === 0) return [{ key: undefined, chunks: batchChunks(withEnd(jsonPieces(value, "", gap, 0), "\n")) }];
  return members.map(([key, member], i) => ({ key, chunks: batchChunks(sectionPieces(key, member, i, members.length, gap)) }));
}

/** What jsonPieces writes for the top-level member `key` (the i-th of `count`), with the document's opening and end. */
function* sectionPieces(key: string, member: unknown, i: number, count: number, gap: string): Generator<string> {
  const newline = gap === "" ? "" : "\n";
  if (i === 0) yield "{";
  yield `${i > 0 ? "," : ""}${newline}${gap}${JSON.stringify(key)}:${gap === "" ? "" : " "}`;
  yield* jsonPieces(member, gap, gap, 1);
  if (i === count - 1) yield `${newline}}\n`;
}

function* withEnd(pieces: Iterable<string>, end: string): Generator<string> {
  yield* pieces;
  yield end;
}

/** graph.json: the document with sorted keys; arrays keep their (meaningful) order. */
export function toGraphJson(doc: MapDocument, options: GraphJsonOptions = {}): string {
  return [...graphJsonChunks(doc, options)].join("");
}
