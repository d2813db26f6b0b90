/** One research paper as every reader returns it. */
export interface Paper {
  /** Unique among the papers of one build (see unique-ids.ts); the source's own id when it is. */
  id: string;
  /** The id the source gave, when another paper of the build shared it and `id` had to differ. */
  sourceId?: string;
  title: string;
  /** "abstract" when the record had no title and `title` is its abstract's first sentence. */
  title_source?: "abstract";
  /** Plain text; empty string when the source had none (title-only record). */
  abstract: string;
  /** ISO date, yyyy-mm-dd, when the source gives a full date. */
  date?: string;
  /**
   * Where `date` came from: "record" when the paper's own entry gives it, "listing" when it
   * is the date of the page that listed the paper (Daily Papers fallback; when the listing
   * showed it, not when it was published). Undefined for readers that only read the record.
   */
  date_source?: "record" | "listing";
  year?: number;
  authors?: string[];
  /** Number of authors when only a count is known (Daily Papers "• N authors"). */
  authorCount?: number;
  organisation?: string;
  upvotes?: number;
  url?: string;
  doi?: string;
  arxivId?: string;
  /** The file (or file:line) the record came from. */
  source: string;
  /** Every source of a merged record, after dedupe. */
  sources?: string[];
  /** Keywords the source itself attaches (ai_keywords, arXiv categories, BibTeX keywords). */
  hints?: string[];
}

/** A record a reader could not use; counted and reported, never silently dropped. */
export interface SkippedRecord {
  source: string;
  line?: number;
  record?: number;
  reason: string;
}

export interface ReadResult {
  papers: Paper[];
  skipped: SkippedRecord[];
}

/** The one error type readers throw: the CLI prints `fieldmap: <message>` and exits non-zero. */
export class CorpusError extends Error {
  constructor(
    message: string,
    readonly source: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${source}: ${message}` : `${source} line ${line}: ${message}`);
    this.name = "CorpusError";
  }
}
