/**
 * RIS (Scopus, Web of Science, Zotero, EndNote exports). The format is a tag per line,
 * `TI  - text`, records from `TY` to `ER`, so a small hand-written reader is all it takes.
 */
import { cleanText } from "./clean";
import { recordToPaper } from "./fields";
import { requirePapers, skip } from "./result";
import type { Paper, ReadResult, SkippedRecord } from "./types";

const TAG_LINE = /^([A-Z][A-Z0-9])  -(?: (.*))?$/;

/** RIS tag -> the common field name recordToPaper understands; first tag listed wins. */
const TAGS: Record<string, string> = {
  TI: "title", T1: "title", CT: "title",
  AB: "abstract", N2: "abstract",
  PY: "year", Y1: "year", DA: "date",
  DO: "doi", UR: "url", ID: "id", KW: "keywords",
  AU: "authors", A1: "authors",
};
const LIST_FIELDS = new Set(["authors", "keywords"]);

interface RisRecord {
  line: number;
  fields: Record<string, string | string[]>;
}

function addField(record: RisRecord, tag: string, value: string): void {
  const name = TAGS[tag];
  if (!name || value.trim() === "") return;
  const existing = record.fields[name];
  if (LIST_FIELDS.has(name)) record.fields[name] = [...((existing as string[] | undefined) ?? []), value.trim()];
  else if (existing === undefined) record.fields[name] = value.trim();
}

/** "2023/05/01/" (RIS PY/DA) -> "2023-05-01"; "2023///" -> "2023". */
function risDate(value: string | string[] | undefined): string | undefined {
  if (typeof value !== "string") return undefined;
  const [year = "", month = "", day = ""] = value.split("/");
  if (month && day) return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return year || undefined;
}

function toPaper(record: RisRecord, source: string): Paper | string {
  const fields = { ...record.fields };
  fields.date = risDate(fields.date) ?? risDate(fields.year) ?? "";
  delete fields.year;
  if (typeof fields.title === "string") fields.title = cleanText(fields.title);
  return recordToPaper(fields, `${source}:${record.line}`);
}

export function readRis(text: string, source: string): ReadResult {
  const papers: Paper[] = [];
  const skipped: SkippedRecord[] = [];
  let current: RisRecord | undefined;
  let lastTag = "";
  const finish = (record: RisRecord) => {
    const paper = toPaper(record, source);
    if (typeof paper === "string") skipped.push(skip(source, record.line, paper));
    else papers.push(paper);
  };
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.replace(/^\uFEFF/, "");
    const match = TAG_LINE.exec(line.trimEnd());
    if (!match) {
      // Some exporters wrap long abstracts: an untagged line continues the previous field.
      if (current && line.trim() !== "" && lastTag) addContinuation(current, lastTag, line);
      return;
    }
    const [, tag = "", value = ""] = match;
    lastTag = tag;
    if (tag === "TY") {
      if (current) skipped.push(skip(source, current.line, "record not closed by ER before the next TY"));
      current = { line: index + 1, fields: {} };
    } else if (tag === "ER") {
      if (current) finish(current);
      current = undefined;
    } else if (current) addField(current, tag, value);
  });
  if (current) skipped.push(skip(source, current.line, "record not closed by ER (file cut short?)"));
  return requirePapers({ papers, skipped }, source, "records");
}

function addContinuation(record: RisRecord, tag: string, line: string): void {
  const name = TAGS[tag];
  const existing = name ? record.fields[name] : undefined;
  if (name && typeof existing === "string") record.fields[name] = `${existing} ${line.trim()}`;
}
