/** SVG built with DOM APIs: values are set as attributes and text nodes, never parsed as markup. */
const SVG_NS = "http://www.w3.org/2000/svg";

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, children: Array<SVGElement | string> = []): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  for (const child of children) element.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  return element;
}
