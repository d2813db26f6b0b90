/**
 * The few XML helpers the GEXF, GraphML and SVG writers share. Text from papers is data,
 * so every attribute value and text node goes through these escapes.
 */

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF even when escaped.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// Non-global twins for a quick test: most values (ids, numbers, plain names) need no escaping,
// and skipping the replace chain for them halves the time to write a 10 MB GEXF.
const HAS_INVALID_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ATTRIBUTE_SPECIALS = /[&<>"'\t\n\r]/g;
const HAS_ATTRIBUTE_SPECIAL = /[&<>"'\t\n\r]/;
const TEXT_SPECIALS = /[&<>]/g;
const HAS_TEXT_SPECIAL = /[&<>]/;

const REFERENCES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

const reference = (char: string) => REFERENCES[char] ?? char;

/** Removes characters that no XML 1.0 document may contain. */
export function stripInvalidXmlChars(text: string): string {
  return HAS_INVALID_XML_CHAR.test(text) ? text.replace(INVALID_XML_CHARS, "") : text;
}

/** Escapes a value for a double-quoted attribute (newlines and tabs kept as references). */
export function escapeXmlAttribute(value: string): string {
  const clean = stripInvalidXmlChars(value);
  return HAS_ATTRIBUTE_SPECIAL.test(clean) ? clean.replace(ATTRIBUTE_SPECIALS, reference) : clean;
}

/** Escapes character data. */
export function escapeXmlText(value: string): string {
  const clean = stripInvalidXmlChars(value);
  return HAS_TEXT_SPECIAL.test(clean) ? clean.replace(TEXT_SPECIALS, reference) : clean;
}

export type XmlAttributes = Array<[name: string, value: string | number | undefined]>;

/** `name="value"` pairs in the given order (order is part of byte-determinism). */
export function xmlAttributes(attributes: XmlAttributes): string {
  // A loop, not filter/map/join: a big GEXF calls this for each of its millions of elements.
  let out = "";
  for (const [name, value] of attributes) if (value !== undefined) out += ` ${name}="${escapeXmlAttribute(String(value))}"`;
  return out;
}

/** An empty element: `<name a="1"/>`. */
export function emptyElement(name: string, attributes: XmlAttributes): string {
  return `<${name}${xmlAttributes(attributes)}/>`;
}

/** An element with text content. */
export function textElement(name: string, text: string, attributes: XmlAttributes = []): string {
  return `<${name}${xmlAttributes(attributes)}>${escapeXmlText(text)}</${name}>`;
}
