import { opensSentence } from "./chunk";
import { DESCRIPTIVE, isContentWord, isPluralWord, isSubjectOrModal, isTo } from "./word-classes";
import { isEnglishWordOfKind } from "./nlp";
import { type PaperContext, freeWordBefore, takeWordBefore } from "./context";
import { ADJECTIVE, headType } from "./scan-terms";

// "factual accuracy", "retrieval precision", "concept F1": a noun before a bare measure says what
// is measured, and the pair is the measure's name. The lexicon scan names only the bare word.
const BARE_MEASURE = /^(?:accuracy|precision|recall|F1|success rates?|hit rates?)$/;
// A success rate is named by what succeeds, the task included: "task success rate", "navigation
// success rate", "attack success rate" (annotators keep the noun; "navigation accuracy" they split).
const RATE_OF_WHAT = /^success rates?$/;
// How the measure is aggregated or where it is taken, not what it measures: "average accuracy",
// "test accuracy", "zero-shot accuracy", "out of distribution success rates" written apart. The
// task it is taken on is what it measures ("tracking accuracy", "detection recall": annotators
// keep the task's head 21 times in 28 on the tuned sets),
// unless words before the head name the task ("stress prediction accuracy" keeps its task).
const NOT_WHAT = /^(?:average|overall|mean|median|total|aggregate|cumulative|weighted|final|resulting|remaining|corresponding|respective|top|top-\d+|test|validation|val|training|train|held-out|in-domain|out-of-domain|in-distribution|out-of-distribution|distribution|[a-z]+-shot|baseline|model|task|benchmark|higher|lower|best|minimal|marginal|maximal|optimal|near-perfect|perfect|similar|percent)$/;
// Judgements and verbs before a measure: "comparable accuracy", "remarkable accuracy", "lose accuracy".
const JUDGEMENT = /(?:able|ible|est|ize|ise|ly)$/;
const ACTION_NOUN_BEFORE = /^(?:the|a|an|its|their|our|in|of|on|for|and)$/i;
const NOT_A_NOUN_TAG = /^(?:Infinitive|Verb|PastTense|Adjective|Comparative|Superlative|Unit)$/;

/** Extends a known bare measure over the noun before it. */
export function extendBareMeasures(ctx: PaperContext): void {
  for (const c of ctx.candidates) {
    if (c.type !== "metric" || !c.known || !BARE_MEASURE.test(ctx.text.slice(c.start, c.end))) continue;
    const i = freeWordBefore(ctx, c);
    const before = ctx.tokens[i];
    if (!before || ctx.text[before.start - 1] === "-") continue;
    const word = before.text;
    const surface = ctx.text.slice(c.start, c.end);
    const rate = RATE_OF_WHAT.test(surface);
    const taskHead = headType(word) === "task";
    const ofTask = rate && (word === "task" || taskHead);
    // "a decline in editing success rates", "the plan success rate": after an article or a
    // preposition an action word is what succeeds, not the clause's verb ("achieving success rates").
    const actionNoun = rate && ACTION_NOUN_BEFORE.test(ctx.tokens[i - 1]?.text ?? "") && /^[a-z]+$/.test(word) && !/(?:ed|s)$/.test(word);
    // "historical success rate": an adjective says which rate, not what succeeds (a gerund after an article is the action).
    if (rate && ADJECTIVE.test(word) && !(actionNoun && word.endsWith("ing") && !isEnglishWordOfKind(word, ADJECTIVE_TAG))) continue;
    if (!isContentWord(word) || opensSentence(ctx, i) || DESCRIPTIVE.has(word) || (!ofTask && NOT_WHAT.test(word)) || (!taskHead && !actionNoun && /(?:ing|ed|s)$/.test(word))) continue;
    if (JUDGEMENT.test(word) || (!actionNoun && isEnglishWordOfKind(word, NOT_A_NOUN_TAG))) continue;
    // "stress prediction accuracy": the words before the task's head name a task, which keeps them.
    if (taskHead && !rate && namesTaskBefore(ctx, i)) continue;
    // "can trade accuracy", "to trade accuracy": the word is the clause's verb.
    const prior = ctx.tokens[i - 1]?.text ?? "";
    if (isSubjectOrModal(prior) || isTo(prior)) continue;
    // Named in the singular, whatever the rate counts: "document hit rates" is the document hit rate.
    takeWordBefore(ctx, c, i, `${word} ${surface.replace(/ rates$/, " rate")}`);
    c.known = false;
  }
}

/** A noun joined before the task head at token `i`: "stress prediction", "next-state prediction". */
function namesTaskBefore(ctx: PaperContext, i: number): boolean {
  const prior = ctx.tokens[i - 1];
  if (!prior || ctx.claimed[i - 1] || ctx.text.slice(prior.end, ctx.tokens[i]!.start) !== " ") return false;
  const word = prior.text.toLowerCase();
  // A verb ("raises detection recall") or a plural names no task with a singular head.
  if (isPluralWord(word) || isEnglishWordOfKind(word, NOT_A_NOUN_TAG)) return false;
  return isContentWord(word) && !DESCRIPTIVE.has(word) && !ADJECTIVE.test(word);
}

// A constant: nlp.ts keeps the words of each kind by the pattern object.
const ADJECTIVE_TAG = /^Adjective$/;
