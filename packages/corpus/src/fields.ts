/**
 * One JSON object -> Paper, whatever the common field names: plain exports, Hugging Face
 * daily papers API (`{paper: {...}}`), OpenAlex works and Semantic Scholar papers.
 * Returns a reason string instead of a Paper when the record is unusable.
 */
import { titleFromAbstract } from "./abstract-title";
import { cleanText } from "./clean";
import { firstPaperDate } from "./dates";
import { arxivIdFromDoi, normaliseArxivId, normaliseDoi } from "./identifiers";
import { paperIdFromTitle } from "./ids";
import type { Paper } from "./types";

type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** First non-empty string among the keys, matched case-insensitively. */
function field(record: Obj, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const direct = text(record[key]);
    if (direct !== undefined) return direct;
  }
  const lower = new Map(Object.keys(record).map((k) => [k.toLowerCase(), k]));
  for (const key of keys) {
    const actual = lower.get(key.toLowerCase());
    const value = actual === undefined ? undefined : text(record[actual]);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** OpenAlex nests one level ({author: {display_name}}); deeper wrappers are not a name. */
const MAX_AUTHOR_NESTING = 8;

function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  let author = value;
  // A loop, not recursion: a hostile record nested 50,000 deep would overflow the stack.
  for (let depth = 0; isObject(author) && isObject(author.author); depth++) {
    if (depth === MAX_AUTHOR_NESTING) return undefined;
    author = author.author;
  }
  if (!isObject(author)) return undefined;
  const name = text(author.name) ?? text(author.display_name);
  if (name) return name.trim();
  const parts = [text(author.given) ?? text(author.firstName), text(author.family) ?? text(author.lastName)];
  return parts.filter(Boolean).join(" ") || undefined;
}

/** Authors as an array of strings or {name}, OpenAlex authorships, or one "A; B" / "A and B" string. */
export function authorsOf(record: Obj): string[] | undefined {
  const raw = record.authors ?? record.authorships ?? record.author ?? record.Authors ?? record.Author;
  const list = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/\s*;\s*|\s+and\s+/) : [];
  const names = list.map(nameOf).filter((n): n is string => n !== undefined).map(cleanText);
  return names.length > 0 ? names : undefined;
}

/** OpenAlex stores abstracts as {word: [positions]}; rebuild the text in word order. */
export function abstractFromInvertedIndex(index: unknown): string | undefined {
  if (!isObject(index)) return undefined;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) continue;
    for (const position of positions) {
      if (Number.isInteger(position) && position >= 0 && position < 1_000_000) words[position] = word;
    }
  }
  const joined = words.filter((w) => w !== undefined).join(" ");
  return joined || undefined;
}

function hintsOf(record: Obj): string[] | undefined {
  const raw = record.ai_keywords ?? record.keywords ?? record.hints ?? record.tags ?? record.categories ?? record.concepts;
  const list = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/\s*[;,]\s*/) : [];
  const hints = list
    .map((h) => (typeof h === "string" ? h : isObject(h) ? text(h.display_name) ?? text(h.name) ?? text(h.term) : undefined))
    .filter((h): h is string => h !== undefined && h.trim() !== "")
    .map(cleanText);
  return hints.length > 0 ? [...new Set(hints)] : undefined;
}

/** Flattens wrappers: HF daily API {paper:{...}, title, ...} and S2/OpenAlex id bags. */
function flatten(record: Obj): Obj {
  const inner = isObject(record.paper) ? { ...record, ...record.paper } : record;
  const external = isObject(inner.externalIds) ? inner.externalIds : isObject(inner.ids) ? inner.ids : {};
  return { ...external, ...inner };
}

function shortId(id: string | undefined): string | undefined {
  // OpenAlex ids are URLs (https://openalex.org/W2741809807); the W-number is the id.
  const openAlex = id ? /openalex\.org\/([A-Z]\d+)$/i.exec(id) : null;
  return openAlex?.[1] ?? id;
}

function identifiers(record: Obj, hfPaper: boolean): Pick<Paper, "doi" | "arxivId"> {
  const doi = normaliseDoi(field(record, ["doi", "DOI"]));
  const explicit = field(record, ["arxivId", "arxiv_id", "arxiv", "ArXiv", "arXiv", "eprint"]);
  const fromId = hfPaper ? text(record.id) : undefined;
  const arxivId = normaliseArxivId(explicit) ?? normaliseArxivId(fromId) ?? arxivIdFromDoi(doi);
  return { ...(doi ? { doi } : {}), ...(arxivId ? { arxivId } : {}) };
}

/** Maps one record; `where` is the location appended to the source (line or record number). */
export function recordToPaper(raw: unknown, source: string): Paper | string {
  if (!isObject(raw)) return "record is not an object";
  const hfPaper = isObject(raw.paper);
  const record = flatten(raw);
  const ownTitle = cleanText(field(record, ["title", "display_name", "name", "Title"]) ?? "");
  const abstractRaw =
    field(record, ["abstract", "summary", "text", "description", "Abstract"]) ??
    abstractFromInvertedIndex(record.abstract_inverted_index);
  const abstract = cleanText(abstractRaw ?? "");
  // Abstract-only records (SciERC and the like) are kept, titled by their first sentence.
  const title = ownTitle || (abstract ? titleFromAbstract(abstract) : "");
  if (!title) return "record has no title and no abstract";
  const paper: Paper = {
    id: shortId(field(record, ["id", "paperId", "paper_id", "key"])) ?? paperIdFromTitle(title),
    title,
    abstract,
    source,
    ...(ownTitle ? {} : { title_source: "abstract" as const }),
    ...identifiers(record, hfPaper),
  };
  const { date, year } = firstPaperDate([
    record.date, record.published, record.publishedAt, record.publication_date, record.publicationDate,
    record.year, record.publication_year,
  ]);
  if (date) paper.date = date;
  if (year) paper.year = year;
  const authors = authorsOf(record);
  if (authors) paper.authors = authors;
  const url = field(record, ["url", "link", "landing_page_url"]);
  if (url) paper.url = url;
  const upvotes = record.upvotes;
  if (typeof upvotes === "number" && Number.isInteger(upvotes) && upvotes >= 0) paper.upvotes = upvotes;
  const hints = hintsOf(record);
  if (hints) paper.hints = hints;
  return paper;
}
