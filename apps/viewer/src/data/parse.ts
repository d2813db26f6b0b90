import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { MapDocument } from "@fieldmap/graph";
import { fromMapDocument, fromPlainGraph, type ViewerData } from "./model";
import { parseRelations, type MapRelation } from "./relations";

/** A file the viewer cannot show; the message names the file and says what is wrong. */
export class MapLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MapLoadError";
  }
}

export type MapFormat = "json" | "gexf" | "graphml";

/** Turns XML text into a graph; injected because DOMParser exists only in browsers. */
export interface XmlGraphReaders {
  gexf: (doc: Document) => Graph;
  graphml: (doc: Document) => Graph;
  parseXml: (text: string) => Document;
}

/** Format by extension first, then by the first characters of the text. */
export function detectFormat(text: string, fileName: string): MapFormat | null {
  const lower = fileName.toLowerCase().replace(/[?#].*$/, "");
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".gexf")) return "gexf";
  if (lower.endsWith(".graphml")) return "graphml";
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith("{")) return "json";
  if (/<gexf[\s>]/.test(head)) return "gexf";
  if (/<graphml[\s>]/.test(head)) return "graphml";
  return null;
}

/** Parses the text of a map file (graph.json, GEXF or GraphML) into viewer data. */
export function parseMapText(text: string, fileName: string, xml?: XmlGraphReaders): ViewerData {
  if (text.trim() === "") throw new MapLoadError(`${fileName}: the file is empty`);
  const format = detectFormat(text, fileName);
  if (format === null) {
    throw new MapLoadError(`${fileName}: not a fieldmap graph.json, GEXF or GraphML file`);
  }
  const data = format === "json" ? parseJsonMap(text, fileName) : parseXmlMap(text, fileName, format, xml);
  if (data.graph.order === 0) throw new MapLoadError(`${fileName}: the map has no nodes`);
  return data;
}

function parseJsonMap(text: string, fileName: string): ViewerData {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new MapLoadError(`${fileName}: not valid JSON (${(error as Error).message})`);
  }
  const doc = asMapDocument(value, fileName);
  try {
    return doc ? fromMapDocument(doc, readRelations(value, fileName)) : fromPlainGraph(importGraphologyJson(value as Record<string, unknown>), titleOf(fileName));
  } catch (error) {
    if (error instanceof MapLoadError) throw error;
    throw new MapLoadError(`${fileName}: ${(error as Error).message}`);
  }
}

/** A fieldmap MapDocument, or null when the JSON is a bare graphology serialisation. */
function asMapDocument(value: unknown, fileName: string): MapDocument | null {
  if (!isObject(value)) throw new MapLoadError(`${fileName}: expected a JSON object with a "graph"`);
  if (Array.isArray(value.nodes)) return null;
  const graph = value.graph;
  if (!isObject(graph) || !Array.isArray(graph.nodes)) {
    throw new MapLoadError(`${fileName}: no "graph.nodes" list; is this a fieldmap graph.json?`);
  }
  graph.nodes.forEach((node, index) => {
    if (!isObject(node) || (typeof node.key !== "string" && typeof node.key !== "number")) {
      throw new MapLoadError(`${fileName}: node ${index + 1} has no "key"`);
    }
    if (node.attributes !== undefined && !isObject(node.attributes)) {
      throw new MapLoadError(`${fileName}: node ${index + 1} ("${String(node.key)}") has invalid attributes`);
    }
  });
  if (graph.edges !== undefined && !Array.isArray(graph.edges)) {
    throw new MapLoadError(`${fileName}: "graph.edges" must be a list`);
  }
  if (value.papers !== undefined && !Array.isArray(value.papers)) {
    throw new MapLoadError(`${fileName}: "papers" must be a list`);
  }
  return value as unknown as MapDocument;
}

/** The optional `relations` list; invalid items are left out and counted in the console, never fatal. */
function readRelations(value: unknown, fileName: string): MapRelation[] {
  const { relations, skipped } = parseRelations(isObject(value) ? value.relations : undefined);
  if (skipped > 0) console.warn(`fieldmap: ${fileName}: skipped ${skipped} invalid relation${skipped === 1 ? "" : "s"}`);
  return relations;
}

function importGraphologyJson(value: Record<string, unknown>): Graph {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.import(value as unknown as SerializedGraph);
  return graph;
}

function parseXmlMap(text: string, fileName: string, format: MapFormat, xml?: XmlGraphReaders): ViewerData {
  if (!xml) throw new MapLoadError(`${fileName}: cannot read ${format.toUpperCase()} here`);
  const doc = xml.parseXml(text);
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) {
    const detail = (error.textContent ?? "").split("\n").find((line) => line.trim() !== "") ?? "";
    throw new MapLoadError(`${fileName}: not well-formed XML (${detail.trim().slice(0, 160)})`);
  }
  const root = doc.documentElement?.nodeName.toLowerCase();
  if (root !== format) throw new MapLoadError(`${fileName}: expected a <${format}> document, found <${root ?? "nothing"}>`);
  try {
    const graph = format === "gexf" ? xml.gexf(doc) : xml.graphml(doc);
    return fromPlainGraph(graph, titleOf(fileName));
  } catch (error) {
    throw new MapLoadError(`${fileName}: invalid ${format.toUpperCase()} (${(error as Error).message})`);
  }
}

function titleOf(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, "").replace(/[?#].*$/, "") || "map";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
