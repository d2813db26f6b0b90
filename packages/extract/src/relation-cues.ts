// The cue words of typed relations are data (data/lexicon/relations.json). Long lists are
// matched word by word through an index of first words (one alternation of a hundred
// phrases costs a regular expression engine a hundred tries at every position); short
// lists also compile to a pattern for the few rules that embed them in a larger one.
import cues from "../../../data/lexicon/relations.json";
import { escapeRegExp } from "./text";

export type CueList = Exclude<keyof typeof cues, "description">;

// A word: letters and digits, joined by inner hyphens, apostrophes, dots or slashes
// ("state-of-the-art", "fine-tuned", "e.g", "w/o").
// Cues are ASCII, so an ASCII class serves (and is several times faster than \p{L}).
const WORD = /[A-Za-z0-9@]+(?:[-'’./][A-Za-z0-9@]+)*/g;

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  // Pushed, not map()ped (see extract.ts): findCues reads these on every clause.
  const found: Word[] = [];
  for (const m of text.matchAll(WORD)) found.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return found;
}

/** First word -> the phrases (as word lists) that start with it, longest first. */
type CueIndex = Map<string, string[][]>;

const indexes = new Map<CueList, CueIndex>();

function indexOf(list: CueList): CueIndex {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const phrase of cues[list] as string[]) {
      const parts = words(phrase).map((w) => w.text);
      const first = parts[0];
      if (first === undefined) continue;
      index.set(first, [...(index.get(first) ?? []), parts].sort((a, b) => b.length - a.length));
    }
    indexes.set(list, index);
  }
  return index;
}

// The same clause is read for every list: its words are split once.
let lastText = "";
let lastWords: Word[] = [];

function wordsOf(text: string): Word[] {
  if (text !== lastText) {
    lastText = text;
    lastWords = words(text);
  }
  return lastWords;
}

/** Every cue of the list in `text`, as [start, end) pairs, longest phrase at each word. */
export function findCues(list: CueList, text: string, limit = Infinity): [number, number][] {
  const index = indexOf(list);
  const all = wordsOf(text);
  const found: [number, number][] = [];
  for (let k = 0; k < all.length && found.length < limit; k++) {
    const phrases = index.get(all[k]!.text);
    const phrase = phrases?.find((p) => p.every((part, j) => all[k + j]?.text === part));
    if (!phrase) continue;
    found.push([all[k]!.start, all[k + phrase.length - 1]!.end]);
    k += phrase.length - 1;
  }
  return found;
}

// Every list's phrases by first word, for reading a sentence once for all lists.
let combined: Map<string, { list: CueList; parts: string[] }[]> | undefined;

function combinedIndex(): Map<string, { list: CueList; parts: string[] }[]> {
  if (!combined) {
    combined = new Map();
    for (const list of Object.keys(cues).filter((k) => k !== "description") as CueList[]) {
      for (const [first, phrases] of indexOf(list)) for (const parts of phrases) combined.set(first, [...(combined.get(first) ?? []), { list, parts }]);
    }
  }
  return combined;
}

// WORD for allCues alone, made once (not per sentence); its lastIndex is reset before each
// read, which runs to the end of the text before anything else can use the pattern.
const SENTENCE_WORD = new RegExp(WORD.source, "g");

/** Whether the words from `k` on are the phrase's parts. */
function startsAt(texts: string[], k: number, parts: string[]): boolean {
  for (let j = 0; j < parts.length; j++) if (texts[k + j] !== parts[j]) return false;
  return true;
}

/** Every cue of every list in a sentence, by list (longest phrase per list at each word). */
export function allCues(text: string): Map<CueList, [number, number][]> {
  // Parallel arrays, not word objects: this runs on every sentence of every paper.
  const texts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // Lower-case the sentence once; a character whose lower case changes length (rare) keeps offsets by falling back.
  const lower = text.toLowerCase();
  const source = lower.length === text.length ? lower : text;
  const pattern = SENTENCE_WORD;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    texts.push(source === lower ? m[0] : m[0].toLowerCase());
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const index = combinedIndex();
  const found = new Map<CueList, [number, number][]>();
  const busyUntil = new Map<CueList, number>();
  for (let k = 0; k < texts.length; k++) {
    const entries = index.get(texts[k]!);
    if (!entries) continue;
    for (const { list, parts } of entries) {
      if ((busyUntil.get(list) ?? -1) >= k || !startsAt(texts, k, parts)) continue;
      const spans = found.get(list) ?? [];
      spans.push([starts[k]!, ends[k + parts.length - 1]!]);
      found.set(list, spans);
      busyUntil.set(list, k + parts.length - 1);
    }
  }
  return found;
}

/** Whether some cue of the list occurs in `text`. */
export function hasCue(list: CueList, text: string): boolean {
  return findCues(list, text, 1).length > 0;
}

/** Whether the last words of `text` are a cue of the list ("... does not"). */
export function endsWithCue(list: CueList, text: string): boolean {
  const last = findCues(list, text).at(-1);
  return last !== undefined && text.slice(last[1]).trim() === "";
}

/** A short list as a pattern: literal words, any spacing between them, longest first. */
export function cueSource(list: CueList): string {
  const phrases = [...(cues[list] as string[])].sort((a, b) => b.length - a.length);
  return `(?:${phrases.map((p) => `\\b${p.trim().split(/\s+/).map(escapeRegExp).join("\\s+")}\\b`).join("|")})`;
}
