/** Where the map comes from, in order of precedence (see README): inline, ?file=, graph.json. */
export type MapSource =
  | { kind: "inline"; text: string; name: string; embed: boolean }
  | { kind: "url"; url: string; name: string; explicit: boolean };

export const INLINE_DATA_ID = "fieldmap-data";
export const DEFAULT_MAP_URL = "graph.json";
/** Set to "1" on the inline data element by the map.html exporter: the file opens in embed mode. */
export const INLINE_EMBED_ATTRIBUTE = "data-embed";

export function pickSource(doc: Document, params: URLSearchParams): MapSource {
  const inline = doc.getElementById(INLINE_DATA_ID);
  const text = inline?.textContent ?? "";
  if (text.trim() !== "") {
    return { kind: "inline", text, name: "embedded map", embed: inline?.getAttribute(INLINE_EMBED_ATTRIBUTE) === "1" };
  }
  const file = params.get("file");
  if (file) return { kind: "url", url: file, name: file, explicit: true };
  return { kind: "url", url: DEFAULT_MAP_URL, name: DEFAULT_MAP_URL, explicit: false };
}

/**
 * Reads the source's text. Returns null when the implicit graph.json is simply absent (the
 * page then offers to open a file); throws a one-line message for anything else.
 */
export async function readSource(source: MapSource): Promise<{ text: string; name: string } | null> {
  if (source.kind === "inline") return { text: source.text, name: source.name };
  let response: Response;
  try {
    response = await fetch(source.url);
  } catch (error) {
    if (!source.explicit) return null;
    throw new Error(`${source.name}: could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) {
    if (!source.explicit) return null;
    throw new Error(`${source.name}: could not be fetched (HTTP ${response.status} ${response.statusText})`.trim());
  }
  return { text: await response.text(), name: source.name };
}
