// Comparison keys. Two surface forms name the same thing when their keys are equal:
// case-folded, without spaces, hyphens, underscores, dots and quotes, and without a
// trailing plural "s" (the same rule the evaluation uses, see data/gold/GUIDELINES.md).

import { isSpaceCode } from "./text";

/**
 * Strips separators but keeps case ("Qwen-2.5-7B" -> "Qwen257B"): spaces, hyphens, underscores,
 * dots and quotes (the pattern [\s\-_.'"’‘“”`´]+ removed, as a loop: the lexicon scan squashes
 * every token, and most have no separator, so the text itself comes back).
 */
export function squash(text: string): string {
  let squashed: string | undefined;
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    if (!isSeparatorCode(text.charCodeAt(k))) continue;
    squashed = (squashed ?? "") + text.slice(from, k);
    from = k + 1;
  }
  return squashed === undefined ? text : squashed + text.slice(from);
}

function isSeparatorCode(code: number): boolean {
  if (code < 128) return code === 45 || code === 95 || code === 46 || code === 39 || code === 34 || code === 96 || isSpaceCode(code);
  return code === 0x2019 || code === 0x2018 || code === 0x201c || code === 0x201d || code === 0xb4 || isSpaceCode(code);
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

/**
 * A lone s after a hyphen or an underscore names a variant, not a plural: ViT-S (small), YOLOv8-s,
 * GRPO-S, ZeroWaste-s. Squashed, it would read as a plural ("ViTS") and join the name before it.
 */
export function endsInVariantS(text: string): boolean {
  const n = text.length;
  if (n < 3) return false;
  const last = text.charCodeAt(n - 1);
  const before = text.charCodeAt(n - 2);
  return (last === 115 || last === 83) && (before === 45 || before === 95);
}

/** Case-sensitive key: "LLMs" -> "LLM", "CoT" stays "CoT", "ViT-S" is "ViTS". */
export function exactKey(text: string): string {
  const squashed = squash(text);
  return endsInVariantS(text) ? squashed : exactKeyOfSquashed(squashed);
}

/** exactKey of a text already squashed (the lexicon scan squashes every token once). */
export function exactKeyOfSquashed(squashed: string): string {
  return dropPlural(dropAcronymPlural(squashed));
}

/** Case-insensitive key: "Chain-of-Thoughts" -> "chainofthought", "YOLOv8-s" -> "yolov8s". */
export function foldKey(text: string): string {
  const squashed = squash(text);
  return endsInVariantS(text) ? squashed.toLowerCase() : foldKeyOfSquashed(squashed);
}

/** foldKey of a text already squashed (a lexicon lookup squashes once for both keys). */
export function foldKeyOfSquashed(squashed: string): string {
  return dropPlural(dropAcronymPlural(squashed).toLowerCase());
}
