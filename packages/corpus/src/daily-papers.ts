/**
 * Hugging Face Daily Papers listing pages saved as text (data/seeds/*.txt):
 *
 *   new / Get trending papers in your email inbox! / Subscribe / Daily Papers /
 *   byAK and the research community / Sep 30            <- header and page date
 *   <title>
 *
 *   <abstract paragraph>
 *
 *     • 14 authors        (or an organisation line: "tencent Tencent")
 *   ·
 *   Jan 11, 2024 1        (date, optional upvote count; the year is left out for the listing's own year)
 *
 * Year rule for "Jul 14 3": Hugging Face prints the year only for dates outside the
 * current year, so the listing year is `options.listingYear` or, failing that, one more
 * than the latest explicit year in the same listing. A yearless date later in the year
 * than the page date belongs to the year before. With no explicit year anywhere the date
 * is left unknown rather than guessed.
 *
 * Listing date fallback: a paper without a date line takes the page's own date ("Sep 30",
 * in the listing year), marked `date_source: "listing"`; dates from a paper's own line are
 * marked "record". The page date says when the listing showed the paper, not when it was
 * published, so time analyses can tell the two apart.
 */
import { cleanText } from "./clean";
import { paperIdFromTitle } from "./ids";
import { requirePapers, skip } from "./result";
import type { Paper, ReadResult, SkippedRecord } from "./types";

export interface DailyPapersOptions {
  /** The year the listing was saved in; inferred from the listing when absent. */
  listingYear?: number;
}

export const DEFAULT_DAILY_PAPERS_OPTIONS: DailyPapersOptions = {};

const HEADER_LINES = new Set([
  "new",
  "get trending papers in your email inbox!",
  "subscribe",
  "daily papers",
  "byak and the research community",
]);
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DATE_LINE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{1,2})(?:, (\d{4}))?(?: (\d+))?$/;
const AUTHORS_LINE = /^•\s*(\d+)\s+authors?$/;
const SEPARATOR = "·";
/** A paragraph longer than this is never a title. */
const MAX_TITLE_CHARS = 300;

interface Block {
  line: number;
  lines: string[];
}

interface ListingDate {
  month: number;
  day: number;
  year?: number;
  upvotes?: number;
}

interface Meta {
  authorCount?: number;
  organisation?: string;
  date?: ListingDate;
}

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") {
      current = undefined;
      return;
    }
    if (!current) {
      current = { line: index + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  return blocks;
}

function parseDateLine(line: string): ListingDate | undefined {
  const match = DATE_LINE.exec(line);
  if (!match) return undefined;
  const [, month = "", day = "", year, upvotes] = match;
  const date: ListingDate = { month: MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1, day: Number(day) };
  if (year !== undefined) date.year = Number(year);
  if (upvotes !== undefined) date.upvotes = Number(upvotes);
  return date;
}

function isMetaBlock(block: Block): boolean {
  if (block.lines.length > 4) return false;
  return block.lines.some((line) => line === SEPARATOR || AUTHORS_LINE.test(line));
}

/** "X-GenGroup X-Gen Group" is an org handle followed by its display name: keep the name. */
function organisationName(line: string): string {
  const [handle = "", ...rest] = line.split(" ");
  const name = rest.join(" ");
  const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  return name && squash(handle) === squash(name) ? name : line;
}

function parseMeta(block: Block): Meta {
  const meta: Meta = {};
  for (const line of block.lines) {
    const authors = AUTHORS_LINE.exec(line);
    const date = parseDateLine(line);
    if (authors) meta.authorCount = Number(authors[1]);
    else if (date) meta.date = date;
    else if (line !== SEPARATOR) meta.organisation = organisationName(line);
  }
  return meta;
}

function looksLikeTitle(block: Block): boolean {
  const text = block.lines.join(" ");
  return block.lines.length === 1 && text.length <= MAX_TITLE_CHARS && !/[.!]$/.test(text);
}

/** Header lines and the page date come first; returns the index of the first paper block. */
function readHeader(blocks: Block[]): { start: number; pageDate?: ListingDate } {
  let start = 0;
  let pageDate: ListingDate | undefined;
  while (start < blocks.length) {
    const block = blocks[start]!;
    const text = block.lines.join(" ");
    const date = block.lines.length === 1 ? parseDateLine(text) : undefined;
    if (HEADER_LINES.has(text.toLowerCase())) start++;
    else if (date && pageDate === undefined) {
      pageDate = date;
      start++;
    } else break;
  }
  return pageDate ? { start, pageDate } : { start };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function inferListingYear(metas: Meta[], options: DailyPapersOptions): number | undefined {
  if (options.listingYear !== undefined) return options.listingYear;
  let latest: number | undefined;
  for (const m of metas) if (m.date?.year !== undefined && (latest === undefined || m.date.year > latest)) latest = m.date.year;
  return latest !== undefined ? latest + 1 : undefined;
}

function resolveYear(date: ListingDate, listingYear: number | undefined, page: ListingDate | undefined): number | undefined {
  if (date.year !== undefined) return date.year;
  if (listingYear === undefined) return undefined;
  const afterPage = page !== undefined && (date.month > page.month || (date.month === page.month && date.day > page.day));
  return afterPage ? listingYear - 1 : listingYear;
}

interface Draft {
  title: Block;
  abstract: Block;
  meta?: Meta;
}

/** Groups blocks into title / abstract / optional metadata; anything that does not fit is skipped. */
function groupRecords(blocks: Block[], start: number, source: string): { drafts: Draft[]; skipped: SkippedRecord[] } {
  const drafts: Draft[] = [];
  const skipped: SkippedRecord[] = [];
  let i = start;
  while (i < blocks.length) {
    const title = blocks[i]!;
    const next = blocks[i + 1];
    const afterNext = blocks[i + 2];
    if (isMetaBlock(title)) {
      skipped.push(skip(source, title.line, "metadata without a paper above it"));
      i += 1;
    } else if (!looksLikeTitle(title)) {
      skipped.push(skip(source, title.line, "paragraph without a title"));
      i += 1;
    } else if (!next || isMetaBlock(next) || (looksLikeTitle(next) && afterNext && !isMetaBlock(afterNext))) {
      skipped.push(skip(source, title.line, `title without an abstract: "${title.lines.join(" ")}"`));
      i += next && isMetaBlock(next) ? 2 : 1;
    } else {
      const meta = afterNext && isMetaBlock(afterNext) ? parseMeta(afterNext) : undefined;
      drafts.push(meta ? { title, abstract: next, meta } : { title, abstract: next });
      i += meta ? 3 : 2;
    }
  }
  return { drafts, skipped };
}

/** The paper's own date line, else the page date (in the listing year): yyyy-mm-dd and where it came from. */
function paperDate(meta: Meta | undefined, listingYear: number | undefined, page: ListingDate | undefined) {
  const own = meta?.date;
  const date = own ?? page;
  if (!date) return undefined;
  const year = own ? resolveYear(own, listingYear, page) : listingYear;
  if (year === undefined) return undefined;
  const iso = `${year}-${pad(date.month)}-${pad(date.day)}`;
  return { year, iso, source: own ? ("record" as const) : ("listing" as const) };
}

function toPaper(draft: Draft, source: string, listingYear: number | undefined, page: ListingDate | undefined): Paper {
  const title = cleanText(draft.title.lines.join(" "));
  const paper: Paper = {
    id: paperIdFromTitle(title),
    title,
    abstract: cleanText(draft.abstract.lines.join(" ")),
    source: `${source}:${draft.title.line}`,
  };
  const meta = draft.meta;
  if (meta?.authorCount !== undefined) paper.authorCount = meta.authorCount;
  if (meta?.organisation !== undefined) paper.organisation = meta.organisation;
  const date = paperDate(meta, listingYear, page);
  if (date) {
    paper.year = date.year;
    paper.date = date.iso;
    paper.date_source = date.source;
  }
  if (meta?.date?.upvotes !== undefined) paper.upvotes = meta.date.upvotes;
  return paper;
}

/** Reads one saved Daily Papers listing; truncated records are skipped with their line. */
export function readDailyPapers(text: string, source: string, options: DailyPapersOptions = {}): ReadResult {
  const merged = { ...DEFAULT_DAILY_PAPERS_OPTIONS, ...options };
  const blocks = splitBlocks(text);
  const { start, pageDate } = readHeader(blocks);
  const { drafts, skipped } = groupRecords(blocks, start, source);
  const listingYear = inferListingYear(
    drafts.flatMap((d) => (d.meta ? [d.meta] : [])),
    merged,
  );
  const papers = drafts.map((draft) => toPaper(draft, source, listingYear, pageDate));
  return requirePapers({ papers, skipped }, source);
}

/** True when a text looks like a saved Daily Papers page (used by format detection). */
export function looksLikeDailyPapers(head: string): boolean {
  const lines = head.split(/\r?\n/, 40).map((l) => l.trim().toLowerCase());
  return lines.includes("daily papers") && lines.some((l) => HEADER_LINES.has(l) && l !== "daily papers");
}
