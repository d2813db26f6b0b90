/**
 * Every export format as data (Gephi Lite's descriptor pattern): the CLI builds `--format`
 * and its help from this list, and `fieldmap build` writes each format by default.
 */
import type { MapDocument } from "@fieldmap/graph";
import { csvChunks, toCsv } from "./csv";
import { gexfChunks, toGexf } from "./gexf";
import { graphmlChunks, toGraphml } from "./graphml";
import { toMapHtml } from "./html";
import { graphJsonChunks, toGraphJson } from "./json";
import { renderSvgToPng, type PngFontOptions } from "./png";
import { DEFAULT_SVG_OPTIONS, toSvg, type SvgOptions, type Theme } from "./svg";
import { toTriplesCsv, toTurtle, triplesCsvChunks, turtleChunks } from "./triples";
import { toVosviewerJson } from "./vosviewer";

export type ExportFormatId = "gexf" | "gexf12" | "graphml" | "csv" | "json" | "vosviewer" | "svg" | "png" | "html" | "ttl" | "triples";

/** One output file: its default name (relative to the output directory) and bytes. */
export interface ExportFile {
  name: string;
  content: string | Uint8Array;
}

/**
 * One output file as a sequence of chunks, written one after another: a big map's graph.json
 * is longer than the longest string V8 can hold, so it must never be one.
 */
export interface ExportStream {
  name: string;
  chunks: Iterable<string | Uint8Array>;
}

/** What some formats need besides the document. */
export interface ExportContext {
  width?: number;
  height?: number;
  theme?: Theme;
  title?: string;
  /** For svg/png: links drawn, rank < maxLinks (0 = all; default the strongest 1,000). */
  maxLinks?: number;
  /** For png: font files / system fonts for resvg. */
  fonts?: PngFontOptions;
  /** For html: the built single-file viewer (apps/viewer/dist/index.html). */
  viewerHtml?: string;
  /** For gexf, gexf12 and graphml: papers as nodes linked to the entities they propose and mention. */
  papers?: boolean;
}

export interface ExportFormat {
  id: ExportFormatId;
  /** File extensions, with the dot; the first is the main one. */
  extensions: string[];
  description: string;
  /** Default file names `write` returns, in order. */
  fileNames: string[];
  /** True when `write` needs `context.viewerHtml`. */
  needsViewer: boolean;
  write(doc: MapDocument, context?: ExportContext): ExportFile[];
  /**
   * The same files and bytes as `write`, as chunks, for the formats whose size grows with the
   * corpus (json, gexf, graphml, csv). exportStreams falls back on `write` for the others.
   */
  stream?(doc: MapDocument, context?: ExportContext): ExportStream[];
}

/** A format's files as chunks: its own `stream` when it has one, else each file in one chunk. */
export function exportStreams(format: ExportFormat, doc: MapDocument, context: ExportContext = {}): ExportStream[] {
  if (format.stream) return format.stream(doc, context);
  return format.write(doc, context).map((file) => ({ name: file.name, chunks: [file.content] }));
}

/**
 * The drawing of each (document, options) pair, so `fieldmap build`, which writes map.svg and
 * map.png from the same options, lays the map out and serialises it once.
 */
const drawings = new WeakMap<MapDocument, Map<string, string>>();

function drawing(doc: MapDocument, options: SvgOptions): string {
  const byOptions = drawings.get(doc) ?? new Map<string, string>();
  drawings.set(doc, byOptions);
  const key = JSON.stringify(options);
  const cached = byOptions.get(key);
  if (cached !== undefined) return cached;
  const svg = toSvg(doc, options);
  byOptions.set(key, svg);
  return svg;
}

function drawingOptions(context: ExportContext) {
  return {
    width: context.width ?? DEFAULT_SVG_OPTIONS.width,
    height: context.height ?? DEFAULT_SVG_OPTIONS.height,
    theme: context.theme ?? DEFAULT_SVG_OPTIONS.theme,
    maxLinks: context.maxLinks ?? DEFAULT_SVG_OPTIONS.maxLinks,
    ...(context.title !== undefined ? { title: context.title } : {}),
  };
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: "gexf",
    extensions: [".gexf"],
    description: "GEXF 1.3 for Gephi and Gephi Lite (colours, sizes, positions, attributes)",
    fileNames: ["graph.gexf"],
    needsViewer: false,
    write: (doc, context = {}) => [{ name: "graph.gexf", content: toGexf(doc, { papers: context.papers === true }) }],
    stream: (doc, context = {}) => [{ name: "graph.gexf", chunks: gexfChunks(doc, { papers: context.papers === true }) }],
  },
  {
    id: "gexf12",
    extensions: [".gexf"],
    description: "GEXF 1.2draft for older readers (networkx read_gexf, Gephi 0.9)",
    fileNames: ["graph-1.2.gexf"],
    needsViewer: false,
    write: (doc, context = {}) => [{ name: "graph-1.2.gexf", content: toGexf(doc, { version: "1.2", papers: context.papers === true }) }],
    stream: (doc, context = {}) => [{ name: "graph-1.2.gexf", chunks: gexfChunks(doc, { version: "1.2", papers: context.papers === true }) }],
  },
  {
    id: "graphml",
    extensions: [".graphml"],
    description: "GraphML for networkx, igraph, yEd and Cytoscape",
    fileNames: ["graph.graphml"],
    needsViewer: false,
    write: (doc, context = {}) => [{ name: "graph.graphml", content: toGraphml(doc, { papers: context.papers === true }) }],
    stream: (doc, context = {}) => [{ name: "graph.graphml", chunks: graphmlChunks(doc, { papers: context.papers === true }) }],
  },
  {
    id: "csv",
    extensions: [".csv"],
    description: "two CSV tables, nodes.csv and edges.csv (spreadsheets, Gephi's spreadsheet import)",
    fileNames: ["nodes.csv", "edges.csv"],
    needsViewer: false,
    write: (doc) => {
      const { nodes, edges } = toCsv(doc);
      return [{ name: "nodes.csv", content: nodes }, { name: "edges.csv", content: edges }];
    },
    stream: (doc) => {
      const { nodes, edges } = csvChunks(doc);
      return [{ name: "nodes.csv", chunks: nodes }, { name: "edges.csv", chunks: edges }];
    },
  },
  {
    id: "json",
    extensions: [".json"],
    description: "graph.json, the map document the viewer reads (sorted keys, stable bytes)",
    fileNames: ["graph.json"],
    needsViewer: false,
    write: (doc) => [{ name: "graph.json", content: toGraphJson(doc) }],
    stream: (doc) => [{ name: "graph.json", chunks: graphJsonChunks(doc) }],
  },
  {
    id: "ttl",
    extensions: [".ttl"],
    description: "relations.ttl: the typed relations as RDF (Turtle), entity types and names, papers per relation",
    fileNames: ["relations.ttl"],
    needsViewer: false,
    write: (doc) => [{ name: "relations.ttl", content: toTurtle(doc) }],
    stream: (doc) => [{ name: "relations.ttl", chunks: turtleChunks(doc) }],
  },
  {
    id: "triples",
    extensions: [".csv"],
    description: "triples.csv: head,relation,tail,papers, one row per typed relation (Neo4j LOAD CSV, spreadsheets)",
    fileNames: ["triples.csv"],
    needsViewer: false,
    write: (doc) => [{ name: "triples.csv", content: toTriplesCsv(doc) }],
    stream: (doc) => [{ name: "triples.csv", chunks: triplesCsvChunks(doc) }],
  },
  {
    id: "vosviewer",
    extensions: [".json"],
    description: "VOSviewer / VOSviewer Online JSON (items, links, cluster labels)",
    fileNames: ["vosviewer.json"],
    needsViewer: false,
    write: (doc) => [{ name: "vosviewer.json", content: toVosviewerJson(doc) }],
  },
  {
    id: "svg",
    extensions: [".svg"],
    description: "static vector drawing with labels, legend and title (slides, papers)",
    fileNames: ["map.svg"],
    needsViewer: false,
    write: (doc, context = {}) => [{ name: "map.svg", content: drawing(doc, drawingOptions(context)) }],
  },
  {
    id: "png",
    extensions: [".png"],
    description: "the same drawing as PNG, 1920x1080 by default (use 3840x2160 for 4K)",
    fileNames: ["map.png"],
    needsViewer: false,
    write: (doc, context = {}) => [
      { name: "map.png", content: renderSvgToPng(drawing(doc, drawingOptions(context)), context.fonts) },
    ],
  },
  {
    id: "html",
    extensions: [".html"],
    description: "map.html: the interactive viewer and the map in one offline file (iframe-ready)",
    fileNames: ["map.html"],
    needsViewer: true,
    write: (doc, context = {}) => {
      if (context.viewerHtml === undefined) throw new Error("the html format needs the built viewer (context.viewerHtml)");
      return [{ name: "map.html", content: toMapHtml(doc, context.viewerHtml) }];
    },
  },
];

export function findExportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}
