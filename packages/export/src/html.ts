/**
 * map.html: the single-file viewer (apps/viewer/dist/index.html) with the map inlined,
 * so it opens from file://, inside an iframe, and offline.
 *
 * Contract with the viewer (keep in sync with apps/viewer):
 * - the document is in `<script id="fieldmap-data" type="application/json">`, which the
 *   viewer reads at startup instead of fetching graph.json;
 * - the same element carries `data-embed="1"` when the viewer should start in embed mode
 *   (as with `?embed=1`); URL parameters still win.
 */
import type { MapDocument } from "@fieldmap/graph";
import { escapeXmlText } from "./xml";

export const FIELDMAP_DATA_SCRIPT_ID = "fieldmap-data";
export const FIELDMAP_EMBED_ATTRIBUTE = "data-embed";

export interface MapHtmlOptions {
  /** Start the viewer in embed mode (default true: map.html is made to be iframed). */
  embed?: boolean;
}

export const DEFAULT_MAP_HTML_OPTIONS: Required<MapHtmlOptions> = { embed: true };

/**
 * JSON that is safe inside a <script> element: `<` becomes \u003c so no `</script>` or
 * `<!--` in a title can end the element; U+2028/2029 are escaped for old JS parsers.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The data element the viewer looks for. */
export function dataScriptElement(doc: MapDocument, options: MapHtmlOptions = {}): string {
  const { embed } = { ...DEFAULT_MAP_HTML_OPTIONS, ...options };
  const embedAttribute = embed ? ` ${FIELDMAP_EMBED_ATTRIBUTE}="1"` : "";
  // The clusters relevance was judged on serve a rebuild (`--update`), not the viewer: left out.
  const { judged: _, ...fieldmap } = doc.fieldmap;
  return `<script id="${FIELDMAP_DATA_SCRIPT_ID}" type="application/json"${embedAttribute}>${scriptSafeJson({ ...doc, fieldmap })}</script>`;
}

const HEAD_OPEN = /<head(\s[^>]*)?>/i;
const HTML_OPEN = /<html(\s[^>]*)?>/i;
const TITLE = /<title>[^<]*<\/title>/i;

/**
 * Inserts the data right after `<head>`: before every inlined script (a bundle may
 * contain the text `</head>` in a string, never `<head>` before its own head).
 * Replacements use functions so `$&` in map text is never expanded.
 */
export function toMapHtml(doc: MapDocument, viewerHtml: string, options: MapHtmlOptions = {}): string {
  if (viewerHtml.includes(`id="${FIELDMAP_DATA_SCRIPT_ID}"`)) {
    throw new Error(`viewer HTML already contains a #${FIELDMAP_DATA_SCRIPT_ID} element`);
  }
  const data = dataScriptElement(doc, options);
  const title = `<title>${escapeXmlText(doc.fieldmap.title)}</title>`;
  let html = viewerHtml;
  const headMatch = HEAD_OPEN.exec(html);
  const headEnd = headMatch ? headMatch.index + headMatch[0].length : -1;
  if (headMatch && TITLE.test(html.slice(headEnd))) {
    html = html.slice(0, headEnd) + html.slice(headEnd).replace(TITLE, () => title);
  }
  if (headMatch) return `${html.slice(0, headEnd)}\n${data}${html.slice(headEnd)}`;
  const htmlMatch = HTML_OPEN.exec(html);
  if (htmlMatch) {
    const at = htmlMatch.index + htmlMatch[0].length;
    return `${html.slice(0, at)}\n<head>${data}</head>${html.slice(at)}`;
  }
  return `${data}\n${html}`;
}
