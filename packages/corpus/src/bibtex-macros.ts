/**
 * A bound on BibTeX `@string` expansion, checked before the parser runs. Each macro may
 * concatenate others (`@string{b = a # a # a}`), so ten lines can expand to gigabytes (a
 * "macro bomb": 1 KB took 3.2 GB and 29 s before the parser failed). This pre-scan
 * over-estimates what the parser would build, cheaply, and refuses the file past the limit.
 */

/** Most characters of macro text a file may expand to (all references together). */
export const MAX_BIBTEX_MACRO_EXPANSION = 16 * 1024 * 1024;

const STRING_DEFINITION = /@string\s*[{(]\s*([^\s=#{}(),"]+)\s*=/gi;
/** A bare word in value position: after `=` or `#` (inside a literal too: over-counting is safe). */
const REFERENCE = /[=#]\s*([^\s#{}(),"=%]+)/g;

export interface MacroBomb {
  macro: string;
  /** Lower bound of the expansion that was refused, in characters. */
  size: number;
}

function referencesIn(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((match) => match[1]!.toUpperCase());
}

/** End of a `{...}` or `"..."` literal starting at `at` (the parser's rules: braces nest, `\` escapes). */
function literalEnd(text: string, at: number): number {
  const quoted = text[at] === '"';
  let depth = 0;
  for (let i = at + 1; i < text.length; i++) {
    const char = text[i];
    if (char === "\\") i++;
    else if (char === "{") depth++;
    else if (char === "}" && !quoted && depth === 0) return i + 1;
    else if (char === "}") depth--;
    else if (char === '"' && quoted && depth <= 0) return i + 1;
  }
  return text.length;
}

/** Literal length and macro names of a `part # part # ...` value starting at `at`. */
function scanValue(text: string, at: number): { literal: number; names: string[] } {
  const names: string[] = [];
  let literal = 0;
  let i = at;
  for (;;) {
    while (/\s/.test(text[i] ?? "")) i++;
    if (text[i] === "{" || text[i] === '"') {
      const end = literalEnd(text, i);
      literal += end - i;
      i = end;
    } else {
      const word = /^[^\s#{}(),"=%]+/.exec(text.slice(i, i + 256))?.[0] ?? "";
      if (word === "") break;
      names.push(word.toUpperCase());
      i += word.length;
    }
    while (/\s/.test(text[i] ?? "")) i++;
    if (text[i] !== "#") break;
    i++;
  }
  return { literal, names };
}

/** Size of each macro, in definition order (the parser resolves references as it meets them). */
function macroSizes(text: string, limit: number): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const definition of text.matchAll(STRING_DEFINITION)) {
    const { literal, names } = scanValue(text, definition.index + definition[0].length);
    let size = literal;
    for (const name of names) size = Math.min(limit + 1, size + (sizes.get(name) ?? name.length));
    sizes.set(definition[1]!.toUpperCase(), size);
  }
  return sizes;
}

/** The macro whose expansion passes `limit`, or undefined for a file that is safe to parse. */
export function findMacroBomb(text: string, limit = MAX_BIBTEX_MACRO_EXPANSION): MacroBomb | undefined {
  if (!/@string/i.test(text)) return undefined; // the common case: no macros at all
  const sizes = macroSizes(text, limit);
  let total = 0;
  for (const name of referencesIn(text)) {
    const size = sizes.get(name) ?? 0;
    total += size;
    if (size > limit || total > limit) return { macro: name.toLowerCase(), size: total };
  }
  return undefined;
}
