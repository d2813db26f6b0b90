// The one module that touches compromise (it keeps global plugin state, so nobody else
// imports it). The extractor asks only its lexicon: which words are everyday English and of
// which kind. A parse (about 60 abstracts/s per core) is on no path of extraction.

import type compromise from "compromise";
// compromise's one-file build rather than its package entry (src/three.js), which loads some 600
// modules: 0.3-0.5 s less start-up in every process and worker thread that reads papers, and in
// every test file. Its exports map offers this build only to require(), so it is named by path.
// @ts-expect-error -- the build has no types beside it; they are those of the package's entry.
import compromiseBuild from "../node_modules/compromise/builds/three/compromise-three.mjs";

const nlp = compromiseBuild as typeof compromise;

// compromise's lexicon tags names of people and places too: those are not everyday words.
const NAME_TAG = /Name|Place|Country|City|Region|Organization|Acronym/;

/** "judge", "selected", "only": a word of everyday English (compromise's lexicon, names excluded). */
export function isEnglishWord(lowerCase: string): boolean {
  return isEnglishWordOfKind(lowerCase, ANY_TAG);
}
const ANY_TAG = /./;

let lexiconCache: Record<string, unknown> | undefined;
function englishLexicon(): Record<string, unknown> {
  lexiconCache ??= (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  return lexiconCache;
}

/** Whether compromise's lexicon knows the word with a tag matching `kind` ("Singular", "Adverb"). */
export function isEnglishWordOfKind(lowerCase: string, kind: RegExp): boolean {
  return wordsOfKind(kind).has(lowerCase);
}

// The words of each kind asked for, by the kind's pattern: one set lookup per question rather than
// a lookup in compromise's lexicon and two patterns tried on the tag (the chunker asks for every
// word). Kept by the pattern object, so callers pass a constant: a pattern written in a function's
// body is a new object at each call, and would build its set each time.
const kinds = new WeakMap<RegExp, ReadonlySet<string>>();

function wordsOfKind(kind: RegExp): ReadonlySet<string> {
  let words = kinds.get(kind);
  if (words) return words;
  const found = new Set<string>();
  for (const [tag, tagged] of wordsByTag()) if (!NAME_TAG.test(tag) && kind.test(tag)) for (const word of tagged) found.add(word);
  kinds.set(kind, found);
  return found;
}

// compromise's 24,000 words under their 73 tags: a kind's set is built by testing tags, not words.
let byTag: Map<string, string[]> | undefined;
function wordsByTag(): Map<string, string[]> {
  if (byTag) return byTag;
  byTag = new Map();
  for (const [word, tag] of Object.entries(englishLexicon())) {
    const key = String(tag);
    const tagged = byTag.get(key);
    if (tagged) tagged.push(word);
    else byTag.set(key, [word]);
  }
  return byTag;
}

/**
 * A phrase's name in lower case, its acronyms, dimensions and languages as written: "LLM Compression" ->
 * "LLM compression", "GUI-Navigation" -> "GUI-navigation", "3D Scene Generation" -> "3D scene generation".
 */
export function lowerCaseButAcronyms(phrase: string): string {
  // A capital after the first letter marks a name or an acronym written in mixed case ("SoC", "IoT", "LiDAR").
  return phrase.replace(/[\p{L}\p{N}]+/gu, (word) => (/^\p{Lu}[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*s?$|^[1-4]D$|^\p{Lu}\p{Ll}{0,2}\p{Lu}/u.test(word) || namesLanguage(word) ? word : word.toLowerCase()));
}

// Languages compromise does not tag as the name of a people.
const LANGUAGE = /^(?:English|Arabic|Spanish|Swahili|Bangla|Bengali|Urdu|Persian|Farsi|Tamil|Telugu|Amharic|Yoruba|Hausa|Igbo|Zulu|Hebrew|Malay|Tagalog|Cantonese|Mandarin|Latin)$/;

/** A language or a people, written with its capital: "Urdu intent detection", "Korean grammatical error correction". */
export function namesLanguage(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && (LANGUAGE.test(word) || isEnglishWordOfKind(word.toLowerCase(), DEMONYM));
}
const DEMONYM = /Demonym/;
