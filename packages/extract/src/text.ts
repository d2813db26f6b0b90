// Sentence splitting by regular expressions and tokenisation by a character loop
// (word-scan.ts): cheap enough to run on every abstract (the NLP parser only sees the few spans that need it, see nlp.ts).

import { nextWordStart, wordEnd } from "./word-scan";

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
}

const URL_DOMAINS = String.raw`github\.io|com|org|net|ai`;
const URL_PATTERN = new RegExp(String.raw`\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:${URL_DOMAINS})(?:\/\S*)?`, "gi");

// Every URL_PATTERN match holds one of these; most abstracts hold none, and this scan is much
// cheaper than trying URL_PATTERN's domain branch at every word boundary.
const URL_MARK = new RegExp(String.raw`:\/\/|www\.|\.(?:${URL_DOMAINS})`, "i");

/** Replaces URLs by spaces of the same length so offsets stay valid and no name is read from a URL. */
export function maskUrls(text: string): string {
  if (!URL_MARK.test(text)) return text;
  return text.replace(URL_PATTERN, (url) => " ".repeat(url.length));
}

// Hyphenated modifiers split off so the name before them is seen: "GRPO-based", "SWE-oriented".
const SUFFIXES = "based|style|like|variants?|family|driven|free|aware|guided|specific|oriented|centric|level|wise|powered|generated|enhanced|tuned|only|distilled|pretrained|initialized|augmented|conditioned|trained|empowered|polished|synthesi[sz]ed|aligned|assisted|inspired|induced|integrated|equipped|label+ed|annotated|derived|judged|verified|compatible|agnostic|native|cent(?:er|re)d|dependent|independent|parallel|intensive";
const SUFFIX_PATTERN = new RegExp(`^(.+?)-(${SUFFIXES})$`, "i");
// What follows a word's last hyphen when either split applies (a suffix, or a participle's
// -ed/-ing): tested first, as the split patterns try every hyphen and most compounds split at none.
const SPLIT_TAIL = new RegExp(`^(?:${SUFFIXES})$|(?:ed|ing)$`, "i");

// Any participle after a name is a modifier too: "RL-improved", "ESMFold-predicted", "SAM-refined".
// ... and a gerund glued by a dash typed as a hyphen: "Qwen2.5-Omni-using three benchmarks".
const PARTICIPLE_AFTER_NAME = /^(.*[\p{Lu}\p{N}].*?)-(\p{Ll}{2,}(?:ed|ing))$/u;
// A plural class glued to a name by a dash typed as a hyphen: "three VLMs-BLIP-2, InstructBLIP, and
// ...", "AV-LLMs-VideoLLaMA2": no name goes on after a plural acronym.
// (The name is marked as one, by a digit or a second capital: "CQs-Gen 2025" is a name of its own.)
// So does a plural word for a kind of thing: "on three benchmarks-TriviaQA, HotpotQA, and DiaASQ-demonstrating",
// or any plural that ends a clause: "under strict physical constraints-Evo-MCTS achieves ...".
const CLASS_BEFORE_NAME = /^(.*\p{Lu}{2,}s|\p{Ll}{3,}(?<!ss|us|is)s)-(\p{Lu}[\p{L}\p{N}.+-]*(?:\p{N}|\p{Lu})[\p{L}\p{N}.+-]*)$/u;
// An article or a conjunction glued to a name by a dash typed as a hyphen opens what follows it:
// "we introduce MiGrATe-a method for online TTT". No name ends in one.
const FUNCTION_WORD_AFTER_NAME = /^(.*\p{Lu}.*?)-(a|an|the|and|or)$/u;
// ... and so does a preposition after a name marked by a digit or a second capital ("DeepSeek-R1-on a
// shared corpus"; a word such as "Add-on", "Plug-in" or "Drop-in" is no such name).
// The dash may be typed as two hyphens: "LLMs--like GPT-4--with human expertise".
const PREPOSITION_AFTER_NAME = /^(?=.*(?:\p{N}|\p{Lu}.*\p{Lu}))(.*[^-])--?(on|in|into|onto|with|for|to|of|at|by|from|via)$/u;
const FUNCTION_WORD_TAIL = /-(?:a|an|the|and|or|on|in|into|onto|with|for|to|of|at|by|from|via)$/;
// In a title the participle is capitalised; after an acronym it is still one: "RL-Adapted", "LLM-Generated"
// (not a gerund: "DLO-Splatting" is a name).
const TITLE_PARTICIPLE_AFTER_ACRONYM = /^(\p{Lu}[\p{Lu}\p{N}]+)-(\p{Lu}\p{Ll}{2,}ed)$/u;

/** "Attention-based", "SPaT-driven": a word that only modifies the next one. */
export function isModifierWord(word: string): boolean {
  return SUFFIX_PATTERN.test(word);
}

/** Whether SUFFIX_PATTERN or a participle pattern may split the word: all need a hyphen (most words have none) and end in SPLIT_TAIL. */
function mayHaveSplitSuffix(word: string): boolean {
  const hyphen = word.lastIndexOf("-");
  return hyphen >= 0 && SPLIT_TAIL.test(word.slice(hyphen + 1));
}

/**
 * A dash typed as a hyphen, by the cheap test each pattern needs first (the tokenizer sees every
 * hyphenated word): "s-" before a plural class, a function word at the end.
 */
function splitAtTypedDash(word: string): RegExpExecArray | null {
  return (word.includes("s-") ? CLASS_BEFORE_NAME.exec(word) : null) ?? (FUNCTION_WORD_TAIL.test(word) ? (FUNCTION_WORD_AFTER_NAME.exec(word) ?? PREPOSITION_AFTER_NAME.exec(word)) : null);
}

// Two sentences glued where the space after a full stop was lost, the second opened by a word
// that opens sentences: "ablation studies of MDGCL.In addition", "for LLM.Through experiments".
const GLUED_OPENER = /^(.*[\p{L}\p{N})])\.(In|We|The|Our|This|These|To|It|However|Moreover|Finally|Experiments|Extensive|Results|Furthermore|Additionally|Specifically|Through|Existing|Compared|Unlike|Despite)$/u;

/**
 * Whether the UTF-16 code unit is one /\s/ matches: tested in loops over characters, where a
 * pattern called per character costs more than the test (hot-path-filters.test.ts compares them).
 */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Only ASCII code units. */
export function isAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) >= 128) return false;
  return true;
}

/** "and" or "or", as written: the words the coordination rules look for between two tokens. */
export function isAndOr(word: string): boolean {
  return word === "and" || word === "or";
}

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Where a word splits in two: a modifier after a hyphen, a dash typed as a hyphen, two sentences
 * glued at a full stop. Each needs a hyphen or a full stop inside the word, which most words lack:
 * those are read from the text's codes before any test on the word.
 */
function splitOf(text: string, start: number, end: number, word: string): RegExpExecArray | null {
  let hyphen = false;
  let stop = false;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === 45) hyphen = true;
    else if (code === 46) stop = true;
  }
  if (!hyphen) return stop ? GLUED_OPENER.exec(word) : null;
  return mayHaveSplitSuffix(word)
    ? (SUFFIX_PATTERN.exec(word) ?? PARTICIPLE_AFTER_NAME.exec(word) ?? TITLE_PARTICIPLE_AFTER_ACRONYM.exec(word))
    : (splitAtTypedDash(word) ?? (stop ? GLUED_OPENER.exec(word) : null));
}

/** The text's words (word-scan.ts), with hyphenated modifiers split off. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = nextWordStart(text, 0);
  while (start < text.length) {
    const end = wordEnd(text, start);
    const word = text.slice(start, end);
    const split = splitOf(text, start, end, word);
    if (split?.[1] && split[2]) {
      tokens.push({ text: split[1], start, end: start + split[1].length });
      // The part after the separator (a hyphen, two, or a full stop) ends the word.
      const suffixStart = end - split[2].length;
      tokens.push({ text: split[2], start: suffixStart, end: suffixStart + split[2].length });
    } else {
      tokens.push({ text: word, start, end });
    }
    start = nextWordStart(text, end);
  }
  return tokens;
}

// Abbreviations whose dot does not end a sentence.
const NO_BREAK_BEFORE = /(?:\b(?:e\.g|i\.e|et al|vs|etc|cf|Fig|Eq|Sec|approx|resp|w\.r\.t|Dr|Mr|Ms|No)|\b[A-Z])\.$/;

/** Sentence spans: breaks after . ! ? followed by space and a capital/digit/opening mark, and at blank lines. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /([.!?])(\s+)(?=[A-Z0-9("“'])|\n\s*\n/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + (match[1] ? 1 : 0);
    if (match[1] && NO_BREAK_BEFORE.test(text.slice(Math.max(0, end - 8), end))) continue;
    pushTrimmed(text, start, end, spans);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
}

/** Index of the span containing `offset` (binary search over sorted spans). */
export function spanIndexAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, spans.length - 1));
}
