import { CorpusError } from "@fieldmap/corpus";
import { parse } from "csv-parse/sync";
import { foldKey } from "./keys";

/**
 * A user's thesaurus, like VOSviewer's: each term maps to the name to use instead, or to
 * null to drop it. Keys are folded (case, spaces, hyphens, plural s do not matter).
 */
export interface Thesaurus {
  source: string;
  /** Rows that hold in every paper. */
  replacements: Map<string, string | null>;
  /** Rows with a `paper` column: paper id -> its own replacements. */
  byPaper: Map<string, Map<string, string | null>>;
}

const FROM = /^(?:from|label|term)$/i;
const TO = /^(?:to|replace by|replacement)$/i;
const PAPER = /^paper$/i;

interface Row {
  record: string[];
  info: { lines: number };
}

function readRows(csvText: string, source: string): Row[] {
  const firstLine = csvText.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  try {
    return parse(csvText, { bom: true, comment: "#", delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as Row[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new CorpusError(`invalid CSV (${(error as Error).message.split(":")[0]}; expected: from,to)`, source, line);
  }
}

/** A build's CSV writes text that starts like a formula with a leading `'`: read it back as it was. */
function restoreFormulaText(field: string): string {
  return /^'[=+\-@]/.test(field) ? field.slice(1) : field;
}

/**
 * Reads `from,to` rows (header optional, # comments and blank lines ignored); an empty `to`
 * drops the term. A header may name more columns, as a build's merges.csv does
 * (`from,to,reason,paper`): `reason` is ignored, and a row with a `paper` holds in that paper
 * only, so the merge log can be edited and fed back as it is.
 */
export function parseThesaurus(csvText: string, source: string): Thesaurus {
  const thesaurus: Thesaurus = { source, replacements: new Map(), byPaper: new Map() };
  const rows = readRows(csvText, source);
  const header = rows[0] && FROM.test(rows[0].record[0] ?? "") && TO.test(rows[0].record[1] ?? "") ? rows[0] : undefined;
  const width = header ? header.record.length : 2;
  const paperColumn = header ? header.record.findIndex((name) => PAPER.test(name)) : -1;
  for (const { record, info } of header ? rows.slice(1) : rows) {
    if (record.length > width) throw new CorpusError(`expected ${width} fields (from,to), found ${record.length}`, source, info.lines);
    const [from, to = ""] = record.map(restoreFormulaText);
    if (!from) throw new CorpusError("empty 'from' term (expected: from,to)", source, info.lines);
    const paper = paperColumn >= 0 ? record[paperColumn] : undefined;
    let table = thesaurus.replacements;
    if (paper) {
      table = thesaurus.byPaper.get(paper) ?? new Map();
      thesaurus.byPaper.set(paper, table);
    }
    table.set(foldKey(from), to === "" ? null : to);
  }
  return thesaurus;
}
