// Lower-case or title-case phrases no lexicon lists, found by the head noun a researcher
// would use to name them: the task a title is "for" ("... for Long-Term Traffic
// Forecasting"), and measures read next to a value ("a velocity tracking error of 0.12").
// Regular expressions only: no parser on the hot path.

import { DESCRIPTIVE, isClosedClassWord } from "./word-classes";
import { type PaperContext, claim, isFree, tokenStartingAt, tokensEndingBy } from "./context";
import { isStopPhrase, lookup } from "./lexicon";
import { lowerCaseButAcronyms } from "./nlp";
import { isMeasurementContext } from "./context-typing";

/** Words that end a task name. */
export const TASK_HEAD = /^(?:generation|translation|recognition|detection|segmentation|classification|recommendation|forecasting|prediction|estimation|retrieval|summari[sz]ation|captioning|answering|parsing|extraction|synthesis|tracking|localization|reconstruction|completion|navigation|manipulation|planning|imputation|editing|understanding|grounding|locomotion|control|compression|assembly|avoidance|racing|landing)$/i;
// The title's "for <task>" ending: "Residual Gating for Long-Term Traffic Forecasting".
const TITLE_FOR = /\b(?:for|in|of)\s+((?:[\p{L}][\p{L}\p{N}-]*\s+){0,4}[\p{L}][\p{L}-]*)\s*$/u;
/** Measures named by their last word: "velocity tracking error", "hit ratio", "exact-match score". */
const MEASURE_HEADS = "error|rate|accuracy|score|distance|ratio|time|usage|footprint|consumption|coefficient|correlation|similarity";
const MEASURE_PHRASE = new RegExp(String.raw`\b((?:[a-z][a-z-]{2,}\s+){1,2}(?:${MEASURE_HEADS}))\b`, "g");
/** A head after a space: where every match of MEASURE_PHRASE ends. */
const MEASURE_HEAD = new RegExp(String.raw`\s(?:${MEASURE_HEADS})\b`, "g");
/** Words that open a description, not a measure's name (besides the chunker's DESCRIPTIVE words: "high", "overall", "improved"). */
const NOT_MEASURE_WORD = /^(?:the|a|an|both|either|each|all|only|and|or|of|with|by|in|on|at|to|for|from|its|their|our|this|that|these|worse|best|average|mean|median|same|similar|comparable|good|relative|absolute|total|is|are|was|were|has|have|reduced|increased|decreased|learning|dropout|sampling|frame|bit|error|rate|score)$/;
/** Verbs and judgements before a measure: "take considerable time", "compute semantic distance" (DESCRIPTIVE has "certain", "significant"). */
const MEASURE_VERB = /^(?:take|takes|took|taking|compute|computes|computing|require|requires|need|needs|spend|spends|save|saves|comparable|superficial|highest|lowest|considerable)$/;
// ... and the conjunctions that open a clause: "83 while reducing error percentage".
const FUNCTION_WORD = /^(?:for|as|of|to|in|on|by|with|and|or|the|a|an|at|from|while|whereas|whilst|when|thus|thereby)$/;
const CHANGE_VERB = /^(?:reduc|improv|increas|decreas|minimi[sz]|maximi[sz]|boost|lower|rais|achiev|yield|attain)(?:e|es|ing|s)$/;
/** Quantities that end like measures (the settings of training that do are namesHyperParameter's). */
const NOT_MEASURE = /\b(?:sampling|frame|bit|keep|update|acceptance)\s+rate$|\b(?:test|run|compile|real|same|first|long|short|each|every|step|one|training)\s+time$/;

const HYPER_PARAMETER = /\b(?:learning|dropout|masking|mask|mixing)\s+rate$|\b(?:batch|step)\s+size$|\bweight\s+decay$/;

/** "peak learning rate", "dropout rate", "batch size": a setting of training that ends like a measure, never one. */
export function namesHyperParameter(phrase: string): boolean {
  return HYPER_PARAMETER.test(phrase);
}

export function scanTitleTask(ctx: PaperContext): void {
  const title = ctx.text.slice(0, ctx.titleEnd);
  const run = TITLE_FOR.exec(title)?.[1];
  if (!run) return;
  const words = run.split(/\s+/);
  // "Guiding Visual Metaphor Generation": a leading gerund is the paper's verb, not the task.
  while (words.length > 2 && /ing$/i.test(words[0]!)) words.shift();
  // "... for Learning and Control": the gerund and its conjunction are no part of a task.
  if (words.length < 2 || !TASK_HEAD.test(words.at(-1)!) || FUNCTION_WORD.test(words[0]!.toLowerCase())) return;
  const phrase = words.join(" ");
  claimPhrase(ctx, title.lastIndexOf(phrase), phrase, "task");
}

// A title that does its task as a verb names it: "Detecting Adversarial Inputs to LLMs" is
// adversarial input detection, "Estimating Handheld Food Portions with ..." food portion estimation;
// so does one asking how good something is at it ("Better Than Professors at Estimating Question Difficulty").
const TITLE_GERUND = /(?:^|:\s+|\b(?:for|in|to|and|at)\s+)(Detecting|Estimating|Predicting|Classifying|Recogni[sz]ing|Segmenting|Tracking|Forecasting|Locali[sz]ing|Summari[sz]ing|Translating|Identifying)\s+((?:[\p{L}][\p{L}\p{N}'-]*\s+){0,3}[\p{L}][\p{L}\p{N}'-]*)/u;
const NOMINAL: Record<string, string> = {
  detecting: "detection", estimating: "estimation", predicting: "prediction", classifying: "classification",
  recognizing: "recognition", recognising: "recognition", segmenting: "segmentation", tracking: "tracking",
  forecasting: "forecasting", localizing: "localization", localising: "localisation", summarizing: "summarization",
  summarising: "summarisation", translating: "translation", identifying: "identification",
};
// Where the object of the verb ends: a function word (isClosedClassWord: a preposition, a conjunction,
// "Before They Happen"), or a participle ("Information Generated by").
const PARTICIPLE = /^[\p{L}-]+(?:ed|ing)$/iu;

export function scanTitleGerundTask(ctx: PaperContext): void {
  const title = ctx.text.slice(0, ctx.titleEnd);
  const match = TITLE_GERUND.exec(title);
  if (!match) return;
  const words: string[] = [];
  let skipped = 0;
  for (const word of match[2]!.split(/\s+/)) {
    if (PARTICIPLE.test(word)) break;
    // "Identifying Reliable Evaluation Metrics": a judgement is no word of the task.
    if (words.length === 0 && DESCRIPTIVE.has(word.toLowerCase())) {
      skipped += word.length + 1;
      continue;
    }
    // A function word, capitalised as a title's words are, ends the object.
    if (isClosedClassWord(word.toLowerCase())) break;
    words.push(word);
  }
  // One word names a task when it is a plural of things or an acronym ("Summarising Opinions",
  // "Detecting DLOs"), not a mass noun ("Detecting Information Generated by ...", "Detecting Hope").
  if (words.length === 0 || (words.length === 1 && !/[^s]s$|^\p{Lu}{2,}s?$/u.test(words[0]!))) return;
  const nominal = NOMINAL[match[1]!.toLowerCase()]!;
  // Acronyms keep their case; the object's last word goes to the singular, as a task name has it ("input detection").
  const object = words.map((w) => (/^\p{Lu}[\p{Lu}\p{N}]+s?$/u.test(w) ? w : w.toLowerCase()));
  // Not a singular noun in -s ("Detecting Prefix Bias", "Analyzing Corpus", "Diagnosis").
  // A plural in -ies has its singular in -y ("Detecting Memory Safety Vulnerabilities": vulnerability detection).
  object[object.length - 1] = object.at(-1)!.replace(/(?<=\p{L}{2})ies$/u, "y").replace(/(?<!ia|[su]|i)s$/, "");
  // The claim spans the verb to the object's last word: "Detecting Adversarial Inputs".
  const start = match.index + match[0].length - match[2]!.length - match[1]!.length - 1;
  const end = match.index + match[0].length - match[2]!.length + skipped + words.join(" ").length;
  claimPhrase(ctx, start, title.slice(start, end), "task", `${object.join(" ")} ${nominal}`);
}


/**
 * MEASURE_PHRASE's matches, the ones `text.matchAll` gives, without trying the pattern from every
 * word (it cost 1.7% of extraction): a match ends at a head after a space and starts at most two
 * words of [a-z-] before it, so no match starts before the second word back from the next such
 * head, and the pattern is run from there. A match that reaches past that head starts after that
 * word too, as the head is then one of its words.
 */
export function* measurePhraseMatches(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (;;) {
    MEASURE_HEAD.lastIndex = from;
    const head = MEASURE_HEAD.exec(text);
    if (!head) return;
    MEASURE_PHRASE.lastIndex = Math.max(from, twoWordsBefore(text, head.index));
    const match = MEASURE_PHRASE.exec(text);
    if (!match) return;
    yield match;
    from = match.index + match[0].length;
  }
}

/** Where two runs of [a-z-], each followed by spaces, end at the space at `space` at the earliest; later if the text before has fewer. */
function twoWordsBefore(text: string, space: number): number {
  let k = space;
  for (let words = 0; words < 2; words++) {
    while (k > 0 && /\s/.test(text[k - 1]!)) k--;
    const end = k;
    while (k > 0 && isLowerOrHyphen(text.charCodeAt(k - 1))) k--;
    if (k === end) return end;
  }
  return k;
}

function isLowerOrHyphen(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 45;
}

export function scanMeasures(ctx: PaperContext): void {
  for (const match of measurePhraseMatches(ctx.text)) {
    const words = match[1]!.split(/\s+/);
    // "by reducing extrapolation error": a change's verb makes a clause; the measure named in it
    // is left to the lexicon and the measure lists.
    if (CHANGE_VERB.test(words[0]!)) continue;
    while (words.length > 1 && (NOT_MEASURE_WORD.test(words[0]!) || MEASURE_VERB.test(words[0]!) || DESCRIPTIVE.has(words[0]!))) words.shift();
    // "explored for time": a function word inside is a clause, not a name.
    if (words.length < 2 || words.slice(0, -1).some((w) => FUNCTION_WORD.test(w))) continue;
    const phrase = words.join(" ");
    if (NOT_MEASURE.test(phrase) || namesHyperParameter(phrase)) continue;
    const start = match.index + match[0].length - phrase.length;
    const end = start + phrase.length;
    // The words dropped from the front are a cue themselves ("lower memory footprint") or stand
    // between the measure and its cue ("reduces the median track error").
    const after = ctx.text.slice(end, end + 40);
    const phraseStart = match.index + match[0].length - match[1]!.length;
    if (!isMeasurementContext(ctx.text.slice(Math.max(0, start - 40), start), after) && !isMeasurementContext(ctx.text.slice(Math.max(0, phraseStart - 40), phraseStart), after)) continue;
    claimPhrase(ctx, start, phrase, "metric");
  }
}

/** Claims the words of `phrase` at `start` as a task or measure named `name` (the phrase itself by default). */
export function claimPhrase(ctx: PaperContext, start: number, phrase: string, type: "task" | "metric", name = phrase): void {
  if (isStopPhrase(ctx.lexicon, name)) return;
  const first = tokenStartingAt(ctx, start);
  if (first < 0) return;
  const last = tokensEndingBy(ctx, first, start + phrase.length);
  if (last === first || !isFree(ctx, first, last)) return;
  const entry = lookup(ctx.lexicon, name);
  const canonical = entry?.name ?? lowerCaseButAcronyms(name);
  claim(ctx, first, last, { canonical, type: entry?.type ?? type, known: entry !== undefined, proposed: false, rule: "phrase" });
}

