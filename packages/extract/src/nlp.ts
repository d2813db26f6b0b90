// The one module that touches compromise (it keeps global plugin state, so nobody else
// imports it). A full parse costs ~60 abstracts/s per core, so it only sees short spans
// that a cheap regular expression has already picked out.

import type compromise from "compromise";
// compromise's one-file build rather than its package entry (src/three.js), which loads some 600
// modules: 0.3-0.5 s less start-up in every process and worker thread that reads papers, and in
// every test file. Its exports map offers this build only to require(), so it is named by path.
// @ts-expect-error -- the build has no types beside it; they are those of the package's entry.
import compromiseBuild from "../node_modules/compromise/builds/three/compromise-three.mjs";
import { type PaperContext, claim, firstTokenEndingAfter, isFree, tokenStartingAt, tokensEndingBy } from "./context";
import { isStopPhrase, lookup } from "./lexicon";
import { spanIndexAt } from "./text";

const nlp = compromiseBuild as typeof compromise;

/** "<subject> is a (challenging) task", "the task of <phrase>": the phrase names a task. */
const TASK_CUE = /\b(?:is|are|remains?)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:task|problem)\b|\bthe\s+task\s+of\s+/gi;
/** What may come before a task's name right after "the task of": nothing, or an article. */
const OPENS_WITH = /^\s*(?:(?:the|a|an)\s+)?$/i;
/** Words that open descriptions, not names. */
const GENERIC_MODIFIERS = /^(?:complex|various|challenging|downstream|real-world|multiple|different|new|existing|standard|specific|general|such|this|these|that|our|their|its|many|several|most|some|each|all|current|recent|prior)$/i;

/** Noun phrases of a short span, as compromise reads them. */
export function nounPhrases(text: string): string[] {
  return nlp(text).nouns().out("array") as string[];
}

/** Termhood: two to five words, not a generic description, not a stop phrase. */
export function isTerm(phrase: string, context: PaperContext): boolean {
  const words = phrase.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (GENERIC_MODIFIERS.test(words[0]!) || /^(?:a|an|the)$/i.test(words[0]!)) return false;
  if (!words.every((w) => /^[\p{L}][\p{L}\p{N}-]*$/u.test(w))) return false;
  return !isStopPhrase(context.lexicon, phrase) && lookup(context.lexicon, phrase) === undefined;
}

/**
 * Task names from task cues ("Visual metaphor generation is a challenging task"): the
 * parser reads only the clause before or after the cue, never the whole abstract.
 */
export function scanPhrases(ctx: PaperContext): void {
  for (const match of ctx.text.matchAll(TASK_CUE)) {
    const sentence = ctx.sentences[spanIndexAt(ctx.sentences, match.index)];
    if (!sentence) continue;
    const taskOf = /task\s+of\s+$/i.test(match[0]);
    const span = taskOf
      ? { start: match.index + match[0].length, end: Math.min(sentence.end, match.index + match[0].length + 60) }
      : { start: sentence.start, end: match.index };
    // Only a short subject is worth a parse: "Visual metaphor generation is a ... task".
    if (span.end - span.start > 60) continue;
    // A parse costs about as much as the rest of the paper's rules; a phrase is claimed only
    // from a free token that starts inside the span, so a span without one needs none.
    if (!hasFreeTokenIn(ctx, span.start, span.end)) continue;
    const clause = ctx.text.slice(span.start, span.end);
    // Pushed, not map()ped (see extract.ts).
    const phrases: string[] = [];
    for (const p of nounPhrases(clause)) phrases.push(p.replace(/[.,;:]+$/, "").trim());
    const phrase = taskOf ? phrases[0] : subjectPhrase(clause, phrases);
    // "the task of recovering executable plotting scripts from ...": after a verb, the first noun
    // phrase is what the task acts on, not the task; the task's name opens the span ("the task of
    // image captioning").
    if (taskOf && phrase && !OPENS_WITH.test(clause.slice(0, clause.indexOf(phrase)))) continue;
    if (phrase && isTerm(phrase, ctx)) claimPhrase(ctx, span.start + clause.lastIndexOf(phrase), phrase);
  }
}

/**
 * The subject before "is a ... task": the last noun phrase, or the one before it when that one
 * opens the clause and a preposition joins them ("Trajectory prediction for surrounding agents
 * is a challenging task").
 */
function subjectPhrase(clause: string, phrases: string[]): string | undefined {
  const last = phrases.at(-1);
  const previous = phrases.at(-2);
  if (!last || !previous) return last;
  const at = clause.lastIndexOf(previous);
  const gap = clause.slice(at + previous.length, clause.lastIndexOf(last));
  // ... and it opens the clause: "Retrieving accurate details from documents" is a verb's object.
  return clause.slice(0, at).trim() === "" && /^\s+(?:for|of|in|on|with|under|from|across)\s+$/i.test(gap) ? previous : last;
}

/** Whether an unclaimed token starts in [start, end). */
function hasFreeTokenIn(ctx: PaperContext, start: number, end: number): boolean {
  for (let i = firstTokenEndingAfter(ctx.tokens, start); i < ctx.tokens.length && ctx.tokens[i]!.start < end; i++) {
    if (!ctx.claimed[i] && ctx.tokens[i]!.start >= start) return true;
  }
  return false;
}

function claimPhrase(ctx: PaperContext, start: number, phrase: string): void {
  const first = tokenStartingAt(ctx, start);
  if (first < 0) return;
  const last = tokensEndingBy(ctx, first, start + phrase.length);
  if (!isFree(ctx, first, last)) return;
  claim(ctx, first, last, { canonical: lowerCaseButAcronyms(phrase), type: "task", known: false, proposed: false, rule: "phrase" });
}

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
