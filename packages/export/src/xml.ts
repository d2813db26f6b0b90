/**
 * The few XML helpers the GEXF, GraphML and SVG writers share. Text from papers is data,
 * so every attribute value and text node goes through these escapes.
 */

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF even when escaped.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters that no XML 1.0 document may contain. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, "");
}

/** Escapes a value for a double-quoted attribute (newlines and tabs kept as references). */
export function escapeXmlAttribute(value: string): string {
  return stripInvalidXmlChars(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/** Escapes character data. */
export function escapeXmlText(value: string): string {
  return stripInvalidXmlChars(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export type XmlAttributes = Array<[name: string, value: string | number | undefined]>;

/** `name="value"` pairs in the given order (order is part of byte-determinism). */
export function xmlAttributes(attributes: XmlAttributes): string {
  return attributes
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join("");
}

/** An empty element: `<name a="1"/>`. */
export function emptyElement(name: string, attributes: XmlAttributes): string {
  return `<${name}${xmlAttributes(attributes)}/>`;
}

/** An element with text content. */
export function textElement(name: string, text: string, attributes: XmlAttributes = []): string {
  return `<${name}${xmlAttributes(attributes)}>${escapeXmlText(text)}</${name}>`;
}
