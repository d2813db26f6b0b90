/**
 * Format detection, kept apart from parsing: the file name's extension first, then the
 * first few kilobytes of content. Returns undefined for files that are not a corpus.
 */
import { looksLikeDailyPapers } from "./daily-papers";

export const CORPUS_FORMATS = ["daily-papers", "jsonl", "json", "csv", "tsv", "arxiv-atom", "bibtex", "ris"] as const;
export type CorpusFormat = (typeof CORPUS_FORMATS)[number];

export function isCorpusFormat(name: string): name is CorpusFormat {
  return (CORPUS_FORMATS as readonly string[]).includes(name);
}

const BY_EXTENSION: Record<string, CorpusFormat> = {
  jsonl: "jsonl",
  ndjson: "jsonl",
  json: "json",
  csv: "csv",
  tsv: "tsv",
  tab: "tsv",
  atom: "arxiv-atom",
  xml: "arxiv-atom",
  bib: "bibtex",
  bibtex: "bibtex",
  ris: "ris",
};

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** Two or more lines that each start an object: JSON Lines, whatever the extension says. */
function looksLikeJsonl(head: string): boolean {
  const lines = head.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length < 2 || !lines[0]!.trim().startsWith("{") || !lines[1]!.trim().startsWith("{")) return false;
  try {
    JSON.parse(lines[0]!);
    return true;
  } catch {
    return false;
  }
}

/** What may precede an XML root: declaration, processing instructions, comments, doctype. */
const XML_PROLOG_ITEM = /\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)/y;
const XML_PROLOG_OPENING = /^\s*(?:<\?|<!--|<!DOCTYPE|<!?-?-?$|<\??$|<!D[A-Z]*$)/;

/**
 * The text after a leading XML prolog, or undefined when `head` ends inside it (a comment
 * longer than the head): the caller reads a longer head and asks again.
 */
export function afterXmlProlog(head: string): string | undefined {
  const text = head.replace(/^\uFEFF/, "");
  const item = new RegExp(XML_PROLOG_ITEM); // sticky: each item must start where the last ended
  let end = 0;
  while (item.exec(text)) end = item.lastIndex;
  const rest = text.slice(end);
  return XML_PROLOG_OPENING.test(rest) ? undefined : rest.trimStart();
}

/**
 * False when the head was cut before it could tell the format: inside a leading XML prolog
 * (a licence comment longer than the head), or inside the first line of a JSON document
 * (JSON Lines and JSON are told apart by a second line that starts a record).
 */
export function headIsConclusive(head: string): boolean {
  const rest = afterXmlProlog(head);
  if (rest === undefined || rest.length < 64) return false;
  return !(rest.startsWith("{") && !rest.includes("\n"));
}

/** An Atom feed's root element, found past any declaration, comments and doctype. */
function looksLikeAtom(head: string): boolean {
  return /^<feed[\s>]/.test(afterXmlProlog(head) ?? "");
}

function byContent(head: string): CorpusFormat | undefined {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (looksLikeDailyPapers(text)) return "daily-papers";
  if (looksLikeAtom(text)) return "arxiv-atom";
  if (/^TY {2}- /m.test(text)) return "ris";
  if (/^@\w+\s*[{(]/m.test(text)) return "bibtex";
  if (looksLikeJsonl(text)) return "jsonl";
  if (text.startsWith("{") || text.startsWith("[")) return "json";
  return undefined;
}

/** Picks a reader for a file: `name` for its extension, `head` = its first few KB as text. */
export function detectFormat(name: string, head: string): CorpusFormat | undefined {
  const fromExtension = BY_EXTENSION[extensionOf(name)];
  if (fromExtension === "json" && looksLikeJsonl(head)) return "jsonl";
  if (fromExtension === "arxiv-atom" && !looksLikeAtom(head)) return undefined;
  return fromExtension ?? byContent(head);
}

/** Formats the CLI reads as a stream of lines instead of one string. */
export function isLineStreamFormat(format: CorpusFormat): boolean {
  return format === "jsonl" || format === "csv" || format === "tsv";
}
