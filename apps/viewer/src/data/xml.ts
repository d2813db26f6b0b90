import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf/browser";
import { parse as parseGraphml } from "graphology-graphml/browser";
import type { XmlGraphReaders } from "./parse";

/** The browser's XML readers for parseMapText. */
export const BROWSER_XML_READERS: XmlGraphReaders = {
  parseXml: (text) => new DOMParser().parseFromString(text, "application/xml"),
  gexf: (doc) => parseGexf(Graph, doc),
  graphml: (doc) => parseGraphml(Graph, doc),
};
