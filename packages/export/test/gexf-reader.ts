import { DOMParser, type Element } from "@xmldom/xmldom";

export interface XmlGraphElement {
  /** The element's own XML attributes (id, source, target, type, kind, label...). */
  attributes: Record<string, string>;
  /** Its GEXF attvalues (static ones) by attribute id. */
  values: Record<string, string>;
}

/**
 * The nodes and edges of a GEXF file as xmldom reads them: an independent reader that, unlike
 * graphology-gexf 0.13, also reads files with a dynamic attribute block (the time dimension).
 */
export function readGexfElements(text: string): { nodes: XmlGraphElement[]; edges: XmlGraphElement[] } {
  const dom = new DOMParser().parseFromString(text, "text/xml");
  const read = (element: Element): XmlGraphElement => {
    const attributes: Record<string, string> = {};
    for (const attribute of Array.from(element.attributes)) attributes[attribute.name] = attribute.value;
    const values: Record<string, string> = {};
    for (const value of Array.from(element.getElementsByTagName("attvalue"))) {
      if (!value.hasAttribute("start") && !value.hasAttribute("end")) values[value.getAttribute("for") ?? ""] = value.getAttribute("value") ?? "";
    }
    return { attributes, values };
  };
  return {
    nodes: Array.from(dom.getElementsByTagName("node")).map(read),
    edges: Array.from(dom.getElementsByTagName("edge")).map(read),
  };
}
