import { CorpusError } from "@fieldmap/corpus";
import { foldKey } from "./keys";

/**
 * A user's thesaurus, like VOSviewer's: each term maps to the name to use instead, or to
 * null to drop it. Keys are folded (case, spaces, hyphens, plural s do not matter).
 */
export interface Thesaurus {
  source: string;
  replacements: Map<string, string | null>;
}

const HEADER = /^\s*"?(?:from|label|term)"?\s*[,\t]\s*"?(?:to|replace by|replacement)"?\s*$/i;

/** Splits one CSV (or tab-separated) line; fields may be "quoted, with commas" and "" escapes. */
function splitRow(line: string): string[] | undefined {
  const separator = line.includes("\t") && !line.includes(",") ? "\t" : ",";
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') field += line[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (char === separator) {
      fields.push(field.trim());
      field = "";
    } else field += char;
  }
  if (quoted) return undefined;
  fields.push(field.trim());
  return fields;
}

/** Reads `from,to` rows (header optional, # comments and blank lines ignored); an empty `to` drops the term. */
export function parseThesaurus(csvText: string, source: string): Thesaurus {
  const replacements = new Map<string, string | null>();
  const lines = csvText.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === "" || line.trimStart().startsWith("#") || (index === 0 && HEADER.test(line))) return;
    const fields = splitRow(line);
    if (!fields) throw new CorpusError("unterminated quoted field (expected: from,to)", source, index + 1);
    if (fields.length > 2) throw new CorpusError(`expected 2 fields (from,to), found ${fields.length}`, source, index + 1);
    const [from, to = ""] = fields;
    if (!from) throw new CorpusError("empty 'from' term (expected: from,to)", source, index + 1);
    replacements.set(foldKey(from), to === "" ? null : to);
  });
  return { source, replacements };
}
