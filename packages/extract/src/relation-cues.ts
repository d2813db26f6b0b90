// The cue words of typed relations are data (data/lexicon/relations.json); this module turns
// each list into one regular expression, once.
import cues from "../../../data/lexicon/relations.json";

export type CueList = Exclude<keyof typeof cues, "description">;

/** A phrase as a pattern: literal words, any run of spaces between them, word boundaries outside. */
function phrasePattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const body = words.join("\\s+");
  // \b only next to a word character: "e.g.," ends in punctuation.
  const open = /^\w/.test(phrase) ? "\\b" : "";
  const close = /\w$/.test(phrase) ? "\\b" : "";
  return `${open}${body}${close}`;
}

/** Alternation of a list's phrases, longest first so "relies solely on" wins over "relies on". */
export function cueSource(list: CueList): string {
  const phrases = [...(cues[list] as string[])].sort((a, b) => b.length - a.length);
  return `(?:${phrases.map(phrasePattern).join("|")})`;
}

const compiled = new Map<string, RegExp>();

/** The list as a global, case-insensitive pattern (cached; reset lastIndex or use matchAll). */
export function cuePattern(list: CueList): RegExp {
  let pattern = compiled.get(list);
  if (!pattern) {
    pattern = new RegExp(cueSource(list), "gi");
    compiled.set(list, pattern);
  }
  return pattern;
}

/** Whether some cue of the list occurs in `text`. */
export function hasCue(list: CueList, text: string): boolean {
  const pattern = cuePattern(list);
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Every cue of the list in `text`: [start, end) pairs. */
export function findCues(list: CueList, text: string): [number, number][] {
  return [...text.matchAll(cuePattern(list))].map((m) => [m.index, m.index + m[0].length]);
}

/** A pattern anchored at the end of a text: "the cue is the last thing before this point". */
export function endsWithCue(list: CueList, text: string): boolean {
  let pattern = compiled.get(`${list}$`);
  if (!pattern) {
    pattern = new RegExp(`${cueSource(list)}\\s*$`, "i");
    compiled.set(`${list}$`, pattern);
  }
  return pattern.test(text);
}
