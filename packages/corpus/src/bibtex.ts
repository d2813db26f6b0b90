/**
 * BibTeX / BibLaTeX exports (Zotero, Mendeley, Google Scholar, JabRef) through
 * @retorquere/bibtex-parser, which turns LaTeX into Unicode and recovers after a broken
 * entry: an unbalanced brace costs that entry only, reported in `skipped` with its line.
 */
import { parse, type Creator, type Entry } from "@retorquere/bibtex-parser";
import { findMacroBomb, MAX_BIBTEX_MACRO_EXPANSION } from "./bibtex-macros";
import { cleanText } from "./clean";
import { recordToPaper } from "./fields";
import { requirePapers, skip } from "./result";
import { CorpusError, type Paper, type ReadResult, type SkippedRecord } from "./types";

const OPTIONS = { sentenceCase: false, english: false, caseProtection: false, unsupported: "ignore", raw: false } as const;

/** Where a parsed fragment sits in the text: [offset, 1-based line], searching from `from`. */
function locate(text: string, fragment: string | undefined, from = 0): [number, number] | undefined {
  if (!fragment) return undefined;
  const at = text.indexOf(fragment.slice(0, 200), from);
  return at < 0 ? undefined : [at, text.slice(0, at).split("\n").length];
}

function creatorName(creator: Creator): string {
  return creator.name ?? [creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(" ");
}

function entryToRecord(entry: Entry): Record<string, unknown> {
  const f = entry.fields as Record<string, unknown>;
  const authors = Array.isArray(f.author) ? (f.author as Creator[]).map(creatorName) : undefined;
  const month = typeof f.month === "string" && /^\d{1,2}$/.test(f.month) ? f.month.padStart(2, "0") : undefined;
  const day = typeof f.day === "string" && /^\d{1,2}$/.test(f.day) ? f.day.padStart(2, "0") : undefined;
  const date = typeof f.date === "string" ? f.date : month && day && typeof f.year === "string" ? `${f.year}-${month}-${day}` : undefined;
  const isArxiv = typeof f.archiveprefix === "string" && /arxiv/i.test(f.archiveprefix);
  return {
    id: entry.key,
    title: f.title,
    abstract: f.abstract,
    authors,
    date,
    year: f.year,
    doi: f.doi,
    url: f.url,
    // Google Scholar writes arXiv preprints as journal={arXiv preprint arXiv:1707.06347}.
    arxivId: isArxiv ? f.eprint : /arXiv:(\S+)/i.exec(String(f.journal ?? ""))?.[1],
    keywords: f.keywords,
  };
}

function refuseMacroBomb(text: string, source: string): void {
  const bomb = findMacroBomb(text);
  if (!bomb) return;
  const limit = `${MAX_BIBTEX_MACRO_EXPANSION / 1024 / 1024} MB`;
  throw new CorpusError(`@string macros expand to more than ${limit} (at '${bomb.macro}'); not read`, source);
}

export function readBibtex(text: string, source: string): ReadResult {
  refuseMacroBomb(text, source);
  let library: ReturnType<typeof parse>;
  try {
    library = parse(text, OPTIONS);
  } catch (error) {
    throw new CorpusError(`invalid BibTeX: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`, source);
  }
  // An error without input (an unresolved @string name) leaves its entry readable: not a skip.
  const skipped: SkippedRecord[] = library.errors
    .filter((error) => error.input)
    .map((error) => skip(source, locate(text, error.input)?.[1], error.error.replace(/ at line \d+, column \d+/, "").slice(0, 160)));
  const papers: Paper[] = [];
  let cursor = 0;
  for (const entry of library.entries) {
    // The parser keeps a broken entry (fields read up to the error, a title that swallowed the
    // rest after an unbalanced brace) but gives it no input text; it is in errors already.
    if (entry.input === "") continue;
    const found = locate(text, entry.input, cursor);
    if (found) cursor = found[0] + 1;
    const line = found?.[1];
    const paper = recordToPaper(entryToRecord(entry), line === undefined ? source : `${source}:${line}`);
    if (typeof paper === "string") skipped.push(skip(source, line, `@${entry.type}{${entry.key}}: ${paper}`));
    else papers.push({ ...paper, title: cleanText(paper.title) });
  }
  return requirePapers({ papers, skipped }, source, "entries");
}
