export { toGexf, gexfSections, DEFAULT_GEXF_OPTIONS, GEXF_CREATOR, type GexfOptions, type GexfSections, type GexfVersion } from "./gexf";
export { toGraphml, DEFAULT_GRAPHML_OPTIONS, type GraphmlOptions } from "./graphml";
export { exportGraph, DEFAULT_LAYER_OPTIONS, PAPER_NODE_TYPE, type ExportGraph, type ExportNode, type ExportEdge, type LayerOptions } from "./layers";
export {
  toTurtle,
  toTriplesCsv,
  entityIri,
  typeClass,
  turtleString,
  FIELDMAP_VOCABULARY,
  FIELDMAP_ENTITY_NAMESPACE,
  RELATION_PROPERTIES,
} from "./triples";
export { toCsv, csvField, type CsvTables } from "./csv";
export { toGraphJson, graphJsonChunks, graphJsonSections, DEFAULT_GRAPH_JSON_OPTIONS, type GraphJsonOptions, type GraphJsonSection } from "./json";
export { batchChunks, lineChunks, CHUNK_SIZE } from "./chunks";
export { toVosviewerJson, vosviewerDocument, SUBCLUSTER_SCORE, type VosviewerJson } from "./vosviewer";
export { DEFAULT_MAX_LINKS, linkRanks, strongestLinks } from "./links";
export { summaryAside } from "./slides-summary";
export { toSvg, DEFAULT_SVG_OPTIONS, THEMES, SVG_FONT_FAMILY, type SvgOptions, type Theme } from "./svg";
export { toPng, renderSvgToPng, DEFAULT_PNG_FONTS, type PngOptions, type PngFontOptions } from "./png";
export {
  toMapHtml,
  scriptSafeJson,
  FIELDMAP_DATA_SCRIPT_ID,
  FIELDMAP_EMBED_ATTRIBUTE,
  DEFAULT_MAP_HTML_OPTIONS,
  type MapHtmlOptions,
} from "./html";
export {
  EXPORT_FORMATS,
  findExportFormat,
  exportStreams,
  type ExportFormat,
  type ExportStream,
  type ExportFormatId,
  type ExportFile,
  type ExportContext,
} from "./formats";
export {
  toSlides,
  mapUrl,
  communityCamera,
  topCommunities,
  DEFAULT_SLIDES_OPTIONS,
  REVEAL_ASSETS,
  type SlidesOptions,
} from "./slides";
