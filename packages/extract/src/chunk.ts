// A POS-free noun-phrase chunker: maximal runs of adjacent lower-case content words, cut at
// closed-class words (determiners, pronouns, prepositions, conjunctions, auxiliaries, the
// verbs abstracts use most), adverbs and tokens other rules already claimed. Cheap enough
// for every sentence of every abstract, unlike a parser (see nlp.ts). This file reads a
// paper's tokens by position; what a word is by itself is word-classes.ts.

import { type PaperContext, joinable } from "./context";
import { isAndOr, isSpaceCode } from "./text";
import { isAdverbWord, isBaseFormWord, isClauseGerund, isContentWord, isLeadingDescription, isPluralWord, isSubjectOrModal, isTo, isVerbAfterPlural } from "./word-classes";

/** A run of adjacent content words, as token indexes [from, to) and lower-cased words. */
export interface Run {
  from: number;
  to: number;
  words: string[];
}

/**
 * True when tokens[i] opens a sentence or the title: it starts the text, or the three
 * characters before it end with a line break or with . ! ? : and spaces. Read character by
 * character (the chunker asks this of most tokens).
 */
export function opensSentence(ctx: PaperContext, i: number): boolean {
  const { text } = ctx;
  const start = ctx.tokens[i]!.start;
  if (start === 0 || text[start - 1] === "\n") return true;
  const from = Math.max(0, start - 3);
  let k = start - 1;
  while (k >= from && isSpaceCode(text.charCodeAt(k))) k--;
  return k < start - 1 && k >= from && ".!?:".includes(text[k]!);
}

/** Whether token `i` is in the title, where every word is capitalised, or opens a sentence. */
export function isCapitalisedByPosition(ctx: PaperContext, i: number): boolean {
  return ctx.tokens[i]!.start < ctx.titleEnd || opensSentence(ctx, i);
}

// Verbs followed by a bare infinitive: "help advance", "helps reduce".
const HELP = /^(?:help|helps|helped|helping)$/i;
// Adverbs between a subject and its verb: "We first extract dense optical flow", "designs often compromise ...".
const SUBJECT_ADVERB = /^(?:first|then|also|further|additionally|subsequently|directly|jointly|simply|explicitly|still|now|instead|thus|often|usually|typically|generally|always|never|rarely|frequently|commonly)$/i;

/**
 * Token `i` is a verb by the words before it: after "we" or a modal ("we target image
 * reconstruction"), after "we first", or a verb's base form after "to" ("to reinforce visual
 * grounding"; compromise's lexicon says which words are base forms).
 */
export function isVerbByPosition(ctx: PaperContext, i: number): boolean {
  if (isVerbAfterSubject(ctx, i)) return true;
  const before = ctx.tokens[i - 1]?.text ?? "";
  // ... and a base form after such an adverb whatever the subject: "variability ... further complicate accurate estimation".
  if (SUBJECT_ADVERB.test(before)) return isBaseForm(ctx, i);
  // "to successfully complete navigation tasks", "to possibly evade detection": after "to" and an
  // adverb, a word of any kind is the verb.
  if (isAdverbWord(before) && isTo(ctx.tokens[i - 2]?.text ?? "")) return true;
  if (!isBaseForm(ctx, i)) return false;
  // "to help advance scientific discovery": help takes a bare infinitive.
  if (HELP.test(before)) return true;
  // "Diffusion models offer diverse motion synthesis": a base form after a plural subject.
  if (isVerbAfterPlural(before, ctx.tokens[i]!.text) && ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start) === " ") return true;
  // "To distinguish planning from ...": an infinitive.
  return isTo(before) || (isAndOr(before) && closesInfinitiveList(ctx, i - 2));
}

/**
 * Token `i` is the verb of a subject pronoun or a modal, right after it or after an adverb: "we
 * resolve conflicts", "can successfully complete long-horizon navigation tasks".
 */
export function isVerbAfterSubject(ctx: PaperContext, i: number): boolean {
  const before = ctx.tokens[i - 1]?.text ?? "";
  if (isSubjectOrModal(before)) return true;
  return (SUBJECT_ADVERB.test(before) || isAdverbWord(before)) && isSubjectOrModal(ctx.tokens[i - 2]?.text ?? "");
}

function isBaseForm(ctx: PaperContext, i: number): boolean {
  return isBaseFormWord(ctx.tokens[i]!.text);
}

/**
 * "ways to generate, evaluate, and control multi-step reasoning": the verbs before "and", back to
 * "to", are base forms listed with commas, so the word after "and" is a verb too.
 */
function closesInfinitiveList(ctx: PaperContext, last: number): boolean {
  for (let k = last; k >= 1 && k > last - 4; k--) {
    if (!isBaseForm(ctx, k)) return false;
    if (ctx.tokens[k - 1]!.text === "to") return true;
    if (!/^,\s*$/.test(ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start))) return false;
  }
  return false;
}

/** "CTC-based", "(LLM)-based": a suffix the tokenizer split off a name is no word of a term. */
function isSplitSuffix(ctx: PaperContext, i: number): boolean {
  const token = ctx.tokens[i]!;
  const previous = ctx.tokens[i - 1];
  if (ctx.text[token.start - 1] !== "-") return false;
  // "large language model (LLM)-based navigation": the suffix of a bracketed acronym.
  if (ctx.text[token.start - 2] === ")") return true;
  if (!previous || previous.end !== token.start - 1) return false;
  return ctx.claimed[i - 1] === 1 || !isContentWord(previous.text);
}

/** Maximal runs of free, adjacent content words: the chunker's noun phrases. */
export function chunkRuns(ctx: PaperContext): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const text = ctx.tokens[i]!.text;
    const adjacent = run !== undefined && run.to === i && joinable(ctx, i - 1, i);
    if (ctx.claimed[i] || isSplitSuffix(ctx, i) || !isContentWord(text, !adjacent && opensSentence(ctx, i))) {
      run = undefined;
      continue;
    }
    if (run && adjacent) {
      run.to = i + 1;
      run.words.push(text.toLowerCase());
    } else {
      run = { from: i, to: i + 1, words: [text.toLowerCase()] };
      runs.push(run);
    }
  }
  return runs;
}

/**
 * The phrase a run ends with, shaped like a term: a trailing "tasks" dropped ("image
 * classification tasks"), at most `maxWords` words, leading descriptions and gerunds dropped
 * ("efficient", "improving") after a cut at a plural or a verb's -s ("pipeline accelerates video generation").
 */
export function trimRun(run: Run, maxWords: number): Run {
  let { from, to, words } = run;
  if (words.length > 2 && /^(?:tasks?|problems?)$/.test(words.at(-1)!)) {
    words = words.slice(0, -1);
    to--;
  }
  words = words.slice(-maxWords);
  from = to - words.length;
  let plural = words.length - 2;
  while (plural >= 0 && !isPluralWord(words[plural]!)) plural--;
  // "a framework combining dense article retrieval": a verb's -ing inside the run opens a clause.
  let gerund = words.length - 2;
  while (gerund > plural && gerund > 0 && !isClauseGerund(words[gerund]!)) gerund--;
  let cut = Math.max(plural, gerund > 0 ? gerund : -1);
  if (cut >= 0 && cut === plural && cut < words.length - 2 && isVerbAfterPlural(words[cut]!, words[cut + 1]!)) cut++;
  if (cut >= 0) {
    words = words.slice(cut + 1);
    from += cut + 1;
  }
  while (words.length > 1 && isLeadingDescription(words[0]!, words.length)) {
    words = words.slice(1);
    from++;
  }
  return { from, to, words };
}
