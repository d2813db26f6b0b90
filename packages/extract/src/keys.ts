// Comparison keys. Two surface forms name the same thing when their keys are equal:
// case-folded, without spaces, hyphens, underscores, dots and quotes, and without a
// trailing plural "s" (the same rule the evaluation uses, see data/gold/GUIDELINES.md).

const SEPARATORS = /[\s\-_.'"’‘“”`´]+/g;

/** Strips separators but keeps case ("Qwen-2.5-7B" -> "Qwen257B"). */
export function squash(text: string): string {
  return isAsciiAlphanumeric(text) ? text : text.replace(SEPARATORS, "");
}

/**
 * Only ASCII letters and digits, so no separator to strip: most words, checked by a loop that
 * costs less than the replace (the lexicon scan squashes every token).
 */
function isAsciiAlphanumeric(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57))) return false;
  }
  return true;
}

// An acronym's plural keeps the acronym upper case ("RMs", "PRMs"), so even a short one is a plural.
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;

export function dropPlural(key: string): string {
  return key.length > 3 && key.endsWith("s") && !key.endsWith("ss") ? key.slice(0, -1) : key;
}

/** "RMs" -> "RM": an entity is named by the singular acronym even when the plural is more frequent. */
export function singularAcronym(name: string): string {
  return dropAcronymPlural(name);
}

function dropAcronymPlural(squashed: string): string {
  // endsWith first: the Unicode pattern is the slow part and only a word ending in "s" can match.
  return squashed.endsWith("s") && ACRONYM_PLURAL.test(squashed) ? squashed.slice(0, -1) : squashed;
}

/** Case-sensitive key: "LLMs" -> "LLM", "CoT" stays "CoT". */
export function exactKey(text: string): string {
  return exactKeyOfSquashed(squash(text));
}

/** exactKey of a text already squashed (the lexicon scan squashes every token once). */
export function exactKeyOfSquashed(squashed: string): string {
  return dropPlural(dropAcronymPlural(squashed));
}

/** Case-insensitive key: "Chain-of-Thoughts" -> "chainofthought". */
export function foldKey(text: string): string {
  return foldKeyOfSquashed(squash(text));
}

/** foldKey of a text already squashed (a lexicon lookup squashes once for both keys). */
export function foldKeyOfSquashed(squashed: string): string {
  return dropPlural(dropAcronymPlural(squashed).toLowerCase());
}
