/**
 * How VOSviewer Online 1.2.3 reads the text of a JSON file, written apart from our writer:
 * labels and descriptions are HTML (htmlparser2 underneath), and every text node of a
 * description is searched for `{name}` placeholders, which blank it when the item has no
 * such field (utils/helpers2.js, _replaceDescriptionPlaceholders).
 */

const REFERENCE = /&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);/gi;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeReferences(text: string): string {
  return text.replace(REFERENCE, (_, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED[name.toLowerCase()] ?? "";
  });
}

/** The decoded text nodes of an HTML fragment (tags are anything from `<` to `>`). */
export function htmlTextNodes(html: string): string[] {
  return html
    .split(/<[^>]*>/)
    .filter((piece) => piece !== "")
    .map(decodeReferences);
}

/** An item's label as VOSviewer draws it: the fragment's first node, which must be its only one. */
export function readVosviewerLabel(label: string): string {
  // A `<` would open a tag (or drop the rest), an unescaped `&` could start a reference.
  if (/[<>]/.test(label) || /&(?!(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);)/i.test(label)) throw new Error(`label is not escaped HTML: ${label}`);
  return decodeReferences(label);
}

/** A description's text after VOSviewer's placeholder pass: a text node holding `{...}` is blanked. */
export function readVosviewerDescription(description: string): string {
  return htmlTextNodes(description)
    .map((text) => (/\{(.*?)\}/.test(text) ? "" : text))
    .join("");
}

/** VOSviewer's key for a link: the two ids (numbers when they look like one), lower first, joined by "-". */
export function vosviewerLinkKey(source: string | number, target: string | number): string {
  const asRead = (id: string | number) => (Number.isNaN(Number(id)) ? id : Number(id));
  let [a, b] = [asRead(source), asRead(target)];
  if (a > b) [a, b] = [b, a];
  return `${a}-${b}`;
}
