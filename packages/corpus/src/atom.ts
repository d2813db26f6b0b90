/**
 * arXiv API responses (Atom 1.0 with the arxiv: namespace), parsed with fast-xml-parser.
 * The arXiv id comes from <id>http://arxiv.org/abs/2401.01234v2</id>, version folded;
 * categories become hints; <arxiv:doi> becomes the DOI.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { cleanText } from "./clean";
import { parsePaperDate } from "./dates";
import { isObject } from "./fields";
import { normaliseArxivId, normaliseDoi } from "./identifiers";
import { paperIdFromTitle } from "./ids";
import { requirePapers } from "./result";
import { CorpusError, type Paper, type ReadResult, type SkippedRecord } from "./types";

const REPEATED = new Set(["entry", "author", "category", "link"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  processEntities: true,
  isArray: (name) => REPEATED.has(name),
});

type Node = Record<string, unknown>;

/** Text of an element whether the parser gave a string or {#text, @attr}. */
function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (isObject(value) && typeof value["#text"] === "string") return value["#text"];
  return undefined;
}

function list(value: unknown): Node[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function entryToPaper(entry: Node, source: string): Paper | string {
  const title = cleanText(textOf(entry.title) ?? "");
  if (!title) return "entry has no title";
  const rawId = textOf(entry.id);
  const arxivId = normaliseArxivId(rawId);
  const paper: Paper = {
    id: arxivId ?? paperIdFromTitle(title),
    title,
    abstract: cleanText(textOf(entry.summary) ?? ""),
    source,
  };
  if (arxivId) paper.arxivId = arxivId;
  if (rawId?.startsWith("http")) paper.url = rawId;
  const { date, year } = parsePaperDate(textOf(entry.published) ?? textOf(entry.updated));
  if (date) paper.date = date;
  if (year) paper.year = year;
  const doiLink = list(entry.link).find((l) => l["@title"] === "doi");
  const doi = normaliseDoi(textOf(entry.doi) ?? textOf(doiLink?.["@href"]));
  if (doi) paper.doi = doi;
  const authors = list(entry.author).map((a) => cleanText(textOf(a.name) ?? "")).filter(Boolean);
  if (authors.length > 0) paper.authors = authors;
  const hints = list(entry.category).map((c) => textOf(c["@term"])).filter((t): t is string => !!t);
  if (hints.length > 0) paper.hints = [...new Set(hints)];
  return paper;
}

export function readArxivAtom(text: string, source: string): ReadResult {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new CorpusError(`invalid XML: ${valid.err.msg}`, source, valid.err.line);
  let document: unknown;
  try {
    document = parser.parse(text);
  } catch (error) {
    throw new CorpusError(`invalid XML: ${error instanceof Error ? error.message : String(error)}`, source);
  }
  const feed = isObject(document) ? document.feed : undefined;
  if (!isObject(feed)) throw new CorpusError("not an Atom feed (no <feed> element)", source);
  const papers: Paper[] = [];
  const skipped: SkippedRecord[] = [];
  list(feed.entry).forEach((entry, index) => {
    const paper = entryToPaper(entry, `${source}#${index + 1}`);
    if (typeof paper === "string") skipped.push({ source, record: index + 1, reason: paper });
    else papers.push(paper);
  });
  return requirePapers({ papers, skipped }, source, "entries");
}
