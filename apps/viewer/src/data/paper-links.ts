import type { MapPaper } from "@fieldmap/graph";

/** A link from a paper to a page about it. `href` is always http(s). */
export interface PaperLink {
  kind: "arxiv" | "hf" | "source";
  label: string;
  href: string;
}

// arXiv identifiers: new style (2305.18290, with an optional version) and old style
// (hep-th/9901001, cs.LG/0102003). Only what these match ever goes into a built URL.
const NEW_STYLE = /^(\d{4}\.\d{4,5})(?:v\d+)?$/;
const OLD_STYLE = /^([a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i;
const ID_IN_URL = [
  /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/([^?#]+?)(?:\.pdf)?\/?(?:[?#].*)?$/i,
  /^https?:\/\/(?:www\.)?huggingface\.co\/papers\/([^/?#]+)\/?(?:[?#].*)?$/i,
  /^https?:\/\/(?:dx\.)?doi\.org\/10\.48550\/arxiv\.([^?#]+)$/i,
];

/** The bare arXiv id (no version) in `text`, or undefined. */
export function parseArxivId(text: string): string | undefined {
  const bare = text.trim().replace(/^arxiv:/i, "");
  return NEW_STYLE.exec(bare)?.[1] ?? OLD_STYLE.exec(bare)?.[1];
}

/** The paper's arXiv id from its arxivId field, its id, or an arXiv / Hugging Face / arXiv DOI URL. */
export function arxivIdOf(paper: Pick<MapPaper, "id" | "url" | "arxivId">): string | undefined {
  const fromFields = [paper.arxivId, paper.id].map((value) => (typeof value === "string" ? parseArxivId(value) : undefined)).find(Boolean);
  if (fromFields) return fromFields;
  const url = typeof paper.url === "string" ? paper.url.trim() : "";
  for (const pattern of ID_IN_URL) {
    const match = pattern.exec(url)?.[1];
    const id = match ? parseArxivId(decodeSafely(match)) : undefined;
    if (id) return id;
  }
  return undefined;
}

/**
 * The paper's arXiv and Hugging Face pages when its id or URL gives an arXiv id, then its own
 * URL when that is another http(s) page. Any other scheme (javascript:, data:, file:) is never
 * made a link: URLs come from the papers' files, which are data.
 */
export function paperLinks(paper: Pick<MapPaper, "id" | "url" | "arxivId">): PaperLink[] {
  const links: PaperLink[] = [];
  const id = arxivIdOf(paper);
  if (id) {
    links.push({ kind: "arxiv", label: "arXiv", href: `https://arxiv.org/abs/${id}` });
    links.push({ kind: "hf", label: "Hugging Face", href: `https://huggingface.co/papers/${id}` });
  }
  const url = typeof paper.url === "string" ? paper.url.trim() : "";
  if (isHttpUrl(url) && !(id && ID_IN_URL.some((pattern) => pattern.test(url)))) {
    links.push({ kind: "source", label: new URL(url).hostname.replace(/^www\./, ""), href: url });
  }
  return links;
}

/** An absolute http(s) URL that the browser parses. */
export function isHttpUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    return new URL(url).hostname !== "";
  } catch {
    return false;
  }
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
