// Whether a paper's long form gives letters the lexicon knows another sense: "Motion Object
// Segmentation (MOS)" is not MOS, the mean opinion score, and "spatial autoencoders (SAEs)" are no
// sparse autoencoders. Long forms are compared by their content words, abbreviations and stems.

import type { LexiconEntry } from "./lexicon";
import { LONG_FORM_FUNCTION_WORDS } from "./long-form-words";
import { typeFromAppositive } from "./typing";
import { typeFromFollowingNoun } from "./context-typing";

// Every word capitalised, as a name is written: "Long Chain-of-Thought", "Enzyme Commission".
export const TITLE_CASE = /^\p{Lu}[\p{L}\p{N}'-]*(?:[\s-]+(?:(?:of|for|and|to|the|in|on|with)\s+)?\p{Lu}[\p{L}\p{N}'-]*)+$/u;

/** Content words of a long form, case-folded and singular, so spellings of one name compare. */
function contentWords(phrase: string): Set<string> {
  const words = phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "" && !LONG_FORM_FUNCTION_WORDS.has(w));
  return new Set(words.map((w) => (w.length > 3 ? w.replace(/(?:s|es)$/, "").replace(/is(?=ation)/, "iz") : w)));
}

/**
 * A known short form defined by a long form that shares under half its words with every long
 * form the lexicon knows is another sense of the letters: MOS as "Motion Object Segmentation"
 * is not MOS "mean opinion score". A lexicon entry with no long form cannot be compared.
 */
export function definesOtherSense(entry: LexiconEntry, long: string): boolean {
  const forms = [entry.name, ...entry.aliases].filter((form) => /\s/.test(form.trim()));
  if (forms.length === 0) return false;
  const words = contentWords(long);
  return forms.every((form) => {
    const known = contentWords(form);
    let shared = 0;
    for (const word of known) if (words.has(word) || sharesAbbreviation(word, words)) shared++;
    if (shared / Math.max(1, Math.min(known.size, words.size)) < 0.5) return true;
    return otherModifier(known, words);
  });
}

/**
 * A known short form the lexicon spells out nowhere, defined by a Title-Case long form that the
 * noun after it says is of another kind: "Temporal Alignment for Contrastive Objectives (TACO), a
 * training method" is no TACO benchmark.
 */
export function saysOtherKind(entry: LexiconEntry, long: string, after: string): boolean {
  if (!TITLE_CASE.test(long) || [entry.name, ...entry.aliases].some((form) => /\s/.test(form.trim()))) return false;
  const said = typeFromFollowingNoun(after) ?? typeFromAppositive(after);
  return said !== undefined && said !== entry.type;
}

// Modifiers long forms write either way: a "Visual Transformer" is the Vision Transformer.
const SAME_MODIFIER = new Map([["visual", "vision"]]);

/**
 * Two words each, the same head, and modifiers of which neither is the other's abbreviation or
 * spelling: "spatial autoencoders (SAEs)" is no sparse autoencoder. Longer long forms differ in a
 * word as often by a spelling or an abbreviation of it (Twin Delayed DDPG) as by their sense.
 */
function otherModifier(known: Set<string>, words: Set<string>): boolean {
  if (known.size !== 2 || words.size !== 2) return false;
  const [knownModifier, knownHead] = [...known] as [string, string];
  const [modifier, head] = [...words] as [string, string];
  const same = (a: string, b: string) => a === b || (SAME_MODIFIER.get(a) ?? a) === (SAME_MODIFIER.get(b) ?? b) || sharesAbbreviation(a, new Set([b]));
  return same(knownHead, head) && !same(knownModifier, modifier);
}

/**
 * A word one of `words` abbreviates or shares its stem with: "sim" and "simulation", "real" and
 * "reality", "observed" and "observable" (six letters or more in common; "transformations" and
 * "translation", "spatial" and "sparse" share fewer).
 */
function sharesAbbreviation(word: string, words: Set<string>): boolean {
  for (const other of words) {
    const [short, long] = word.length < other.length ? [word, other] : [other, word];
    if (short.length >= 3 && long.startsWith(short)) return true;
    if (commonPrefixLength(word, other) >= 6) return true;
  }
  return false;
}

function commonPrefixLength(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}
