// Phenomena the lexicon does not list, read the way a researcher names them: a noun that
// says what goes wrong plus what it happens to ("object hallucination", "persona drift",
// "expert collapse", "verbosity bias"), and the cues that introduce one ("a failure known
// as over-refusal", "likelihood displacement, the phenomenon in which ...", "a phenomenon
// we term premature consensus", "the objective entanglement problem"). Regex and tokens only.

import { isVerbAfterSubject } from "./chunk";
import { DESCRIPTIVE, isContentWord } from "./word-classes";
import { type PaperContext, claim, isFree, joinable, tokenStartingAt } from "./context";
import { isStopPhrase, lookup } from "./lexicon";

/** Heads that name a failure or an effect rather than a thing: the last word of a phenomenon. */
// A set, not a pattern: the scan asks it of every token.
const CONCEPT_HEAD = new Set("hallucination hallucinations collapse drift shift bias biases forgetting imbalance interference conflict conflicts memorization misalignment displacement leakage contamination overfitting".split(" "));
/** Words that say how much or what kind, not what of: "severe hallucination", "inductive bias". */
const QUALIFIER = /(?:al|ive|ic|ous|ful|able|ible|less|ed|ing|ly)$|^(?:lowest|highest|largest|smallest|greatest|strongest|weakest|worst|least|most|severe|mild|slight|sudden|subtle|rapid|strong|weak|large|small|high|low|more|less|much|such|same|this|that|any|new|known|common|major|minor|true|false|overall|further|significant|substantial|different|persistent|frequent|consistent|inconsistent|apparent|inherent|prevalent|evident|recent|current|potential|systematic|distributional)$/;
/** Verbs that take a phenomenon as object: "contain hallucinations", "isolate self-preference bias". */
const PHENOMENON_VERB = /(?:i[sz]e|ise)$|^(?:contain|isolate|counter|counteract|combat|curb|suppress|detect|quantify|trigger|induce|suffer|show|alleviate|exacerbate|eliminate|overcome|resist|lessen|control|remove|undergo|experience|display|incur|diagnose|explain|expose|encounter|correct|cause|reduce|mitigate|prevent|avoid|limit|measure|study|probe|track|mimic|elicit|exhibit|induces|causes|inherit|amplify|propagate|address|tackle|examine|re-examine|investigate|identify|define|accumulate|exist|inject|intensify|encourage|formulate|recommend|rethink|reproduce|overlook)$/;
/** Nouns ending like adjectives (-ent, -ant) that still name what a phenomenon happens to. */
const ENT_NOUN = /^(?:client|agent|gradient|student|content|component|document|environment|element|segment|patient|event|parent)$/;

/** Judgements, comparisons and places that QUALIFIER's endings miss: "certain bias", "similar shift", "around contamination". */
const JUDGEMENT = /^(?:clear|necessary|similar|extreme|inevitable|revolutionary|so-called|like|unlike|around|above|below|beyond|key|big|severer|driven|hidden|given|unseen|unforeseen|chosen|certain|distinct|appropriate|higher|lower|multiple|widespread|standard|complex|weaker|stronger|obscure|shallow|future|real-world|aggregate)$/;

/** A word that can say what a phenomenon happens to: a noun, not a degree or a kind. */
function isTargetWord(word: string): boolean {
  if (QUALIFIER.test(word) || PHENOMENON_VERB.test(word) || JUDGEMENT.test(word)) return false;
  return !/[^m]ent$|ant$/.test(word) || ENT_NOUN.test(word);
}

/** Claims a lower-case phrase over the tokens [from, to) as a concept unless another rule or the lexicon names it. */
function claimConcept(ctx: PaperContext, from: number, to: number, proposed = false): boolean {
  const first = ctx.tokens[from];
  const last = ctx.tokens[to - 1];
  if (!first || !last || !isFree(ctx, from, to)) return false;
  const phrase = ctx.text.slice(first.start, last.end).toLowerCase();
  if (isStopPhrase(ctx.lexicon, phrase) || lookup(ctx.lexicon, phrase)) return false;
  claim(ctx, from, to, { canonical: phrase, type: "concept", known: false, proposed, rule: "concept" });
  return true;
}

/**
 * "real-time hallucination detection": a phenomenon that opens a phrase the lexicon knows
 * ("hallucination detection", "hallucination rate") is what that task or measure is about.
 */
function opensKnownPhrase(ctx: PaperContext, head: number): boolean {
  const next = ctx.tokens[head + 1];
  return next !== undefined && joinable(ctx, head, head + 1) && lookup(ctx.lexicon, `${ctx.tokens[head]!.text} ${next.text}`) !== undefined;
}

/**
 * "object hallucination", "policy distribution drift": one or two free nouns right before a
 * phenomenon head name a narrower phenomenon. Runs before the lexicon so that "hallucination"
 * alone does not take the head; a phrase the lexicon lists is left to it.
 */
export function scanConceptCompounds(ctx: PaperContext, maxModifiers = 2): void {
  for (let head = 1; head < ctx.tokens.length; head++) {
    if (!CONCEPT_HEAD.has(ctx.tokens[head]!.text) || ctx.claimed[head] || opensKnownPhrase(ctx, head)) continue;
    let from = head;
    while (from > head - maxModifiers && from > 0 && joinable(ctx, from - 1, from) && !ctx.claimed[from - 1]) {
      const word = ctx.tokens[from - 1]!.text;
      if (!isContentWord(word) || !isTargetWord(word.toLowerCase()) || /s$/.test(word) && !/ss$/.test(word)) break;
      // The verb of a subject pronoun or a modal takes the phenomenon as its object ("we resolve
      // conflicts", "data can influence memorization"); after "to" such a word is as often a noun
      // ("owing to model biases"), so only PHENOMENON_VERB's verbs are taken there.
      if (isVerbAfterSubject(ctx, from - 1)) break;
      from--;
    }
    if (from < head) claimConcept(ctx, from, head + 1);
  }
}

// The name after a cue that calls it a phenomenon: "a failure known as over-refusal", "a phenomenon we term X".
const NAMED_PHENOMENON = /\b(?:phenomenon|phenomena|failure(?: mode)?|effect|pathology|behaviou?r)\s*,?\s+(?:(known|referred to) as|(?:that|which)?\s*we\s+(?:call|term|dub|name))\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?=\s*[,.;:()]|\s+(?:in|where|which|that|whereby|and)\b)/g;
// A name the next words call a phenomenon: "likelihood displacement, the phenomenon in which ...".
const APPOSITIVE_HEADS = ["phenomenon", "failure mode"];
const PHENOMENON_APPOSITIVE = new RegExp(String.raw`\b([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}),\s+(?:a|the)\s+(?:${APPOSITIVE_HEADS.join("|")})\b`, "g");
// "the overthinking problem", "the objective entanglement problem".
const PROBLEM_HEADS = ["problem", "phenomenon"];
const THE_PROBLEM = new RegExp(String.raw`\bthe\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+(?:${PROBLEM_HEADS.join("|")})\b`, "g");

// Each cue with its heads, one of which every match holds. Both cues open with any lower-case
// word, so the engine tries them at every word of the text; most abstracts hold none of
// the heads, and looking for them first skips that.
const HEADED_CUES: [RegExp, string[]][] = [
  [PHENOMENON_APPOSITIVE, APPOSITIVE_HEADS],
  [THE_PROBLEM, PROBLEM_HEADS],
];

/** Token range of the words [start, start + length) of the text, when they are whole tokens. */
function tokenRange(ctx: PaperContext, start: number, length: number): [number, number] | undefined {
  const from = tokenStartingAt(ctx, start);
  if (from < 0) return undefined;
  let to = from;
  while (to < ctx.tokens.length && ctx.tokens[to]!.end <= start + length) to++;
  return to > from && ctx.tokens[to - 1]!.end === start + length ? [from, to] : undefined;
}

/** Phrases of content words only, none an activity (-ing, -tion): "mask selection problem" is a task. */
function isPhenomenonPhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (words.length === 1 && !isNounAlone(words[0]!)) return false;
  return words.every((w) => isContentWord(w) && !/(?:ing|[st]ion)$/.test(w)) && !DESCRIPTIVE.has(words[0]!) && !PHENOMENON_VERB.test(words[0]!);
}

// Words that stand for a noun in "the X problem" without being one: "the above problem", "the dual problem".
const NOT_A_NOUN_ALONE = /^(?:above|below|following|inverse|core|frontier|upper-level|lower-level|performance|outputs?|inputs?|environment|guidance|retrieval)$/;

/** One word before "problem" names a phenomenon only as a noun: not "the considered problem", "the hardest problem", "the splittable problem". */
function isNounAlone(word: string): boolean {
  return !QUALIFIER.test(word) && !/(?:est|ance|ence)$/.test(word) && !NOT_A_NOUN_ALONE.test(word);
}

export function scanConceptCues(ctx: PaperContext): void {
  for (const match of ctx.text.matchAll(NAMED_PHENOMENON)) {
    const phrase = match[2]!;
    const range = tokenRange(ctx, match.index + match[0].length - phrase.length, phrase.length);
    // "we term X" coins the name: the paper's own concept.
    if (range && phrase.split(/\s+/).every((w) => isContentWord(w))) claimConcept(ctx, range[0], range[1], match[1] === undefined);
  }
  for (const [pattern, heads] of HEADED_CUES) {
    if (!heads.some((head) => ctx.text.includes(head))) continue;
    for (const match of ctx.text.matchAll(pattern)) {
      const words = match[1]!.split(/\s+/);
      // "mitigates likelihood displacement, the phenomenon": the verb before the name is no part of it.
      while (words.length > 1 && (!isContentWord(words[0]!) || PHENOMENON_VERB.test(words[0]!))) words.shift();
      const phrase = words.join(" ");
      const range = tokenRange(ctx, match.index + match[0].indexOf(match[1]!) + match[1]!.length - phrase.length, phrase.length);
      if (range && isPhenomenonPhrase(phrase)) claimConcept(ctx, range[0], range[1]);
    }
  }
}
