// Lower-case multi-word terms no lexicon lists ("motif scaffolding", "long-context modeling",
// "expected calibration error"): noun phrases from the chunker (chunk.ts) filtered by
// termhood. A term ends in a head noun that names a task, a method or a measure; among
// nested phrases the C-value of Frantzi, Ananiadou & Mima (2000, "Automatic recognition of
// multi-word terms: the C-value/NC-value method") prefers the maximal phrase unless a
// shorter one stands alone more often; heads that also name everyday things need more
// evidence (a noun modifier, a repetition).

import { type Run, chunkRuns, isVerbByPosition, trimRun } from "./chunk";
import { TASK_QUALITY } from "./word-classes";
import { type Candidate, type PaperContext, claim } from "./context";
import { dropPlural, foldKey } from "./keys";
import { GUESSED_DEFINITION } from "./scan-definitions";
import { namesHyperParameter } from "./scan-phrases";
import { isStopPhrase, lookup } from "./lexicon";
import { isDomainAcronym } from "./task-domain";
import { claimEponymTerm } from "./eponym-terms";
import type { EntityType } from "./types";

/** Heads that name what a term is. */
const HEADS: [RegExp, EntityType][] = [
  [/^(?:generation|understanding|recognition|detection|segmentation|forecasting|prediction|classification|retrieval|translation|summari[sz]ation|answering|planning|navigation|manipulation|synthesis|design|estimation|captioning|scaffolding|analysis|modell?ing|recommendation|parsing|tracking|localization|reconstruction|completion|editing|grounding|restoration|transcription|diarization|docking|calibration|handover|teleoperation)$/, "task"],
  [/^(?:learning|optimization|distillation|regularization|normalization|sampling|decoding|prompting|tuning|alignment|search|attention|quantization|pruning|merging|augmentation|routing|interpolation|attacks?)$/, "method"],
  [/^(?:error|score|rate|accuracy|distance|divergence|similarity|correlation)$/, "metric"],
];
/**
 * Task heads that as often name an ability or an activity of the paper ("visual understanding",
 * "in-depth analysis", "computational block analysis"): they need an adjective-free modifier and
 * a repetition in the paper.
 */
export const WEAK_TASK_HEAD = /^(?:analysis|understanding|modell?ing|enhancement|assessment)$/;
/** Designing is a task for objects (protein, drug, circuit design), a step for everything else ("schema design"): named twice. */
export const REPEATED_TASK_HEAD = /^design$/;
/** Adjective endings: "visual understanding", "systematic analysis" are no task names. */
// ... except the nouns spelled like adjectives: "table understanding", "signal analysis", "patient modeling".
export const ADJECTIVE = /^(?!(?:table|cable|variable|signal|material|animal|journal|agent|client|patient|student|content|document|parent|element|segment|moment|component)$).*(?:al|ive|ic|ous|ful|able|ible|ary|ory|less|ed|ing|ant|[^m]ent)$|^(?:aware|wise|level|like|free|based)$/;
/** Things produced along the way, not tasks: "response generation", "advantage estimation" (text is what a task reads: "text recognition"). */
const PRODUCT_MODIFIER = /^(?:data|task|token|tokens|response|responses|answer|answers|advantage|value|reward|action|feature|label|sample|samples|candidate|trajectory|rollout|query|output|step|solution|code|sequence|parameter|gradient|density|uncertainty|error|result|model|training|test|evaluation)$/;

export interface TermOptions {
  /** Longest term in words. */
  maxWords: number;
  /** Types whose two-word terms need a repetition in the paper (their heads are everyday words). */
  repeatedPairs: readonly EntityType[];
  /** Types whose terms of any length need a repetition. */
  repeated: readonly EntityType[];
}

export const DEFAULT_TERM_OPTIONS: TermOptions = { maxWords: 5, repeatedPairs: ["metric"], repeated: ["method"] };

// Nouns a task name modifies without changing what it names: "sarcasm detection methods".
const GENERIC_TAIL = /^(?:methods|approaches|models|systems|frameworks|techniques|pipelines|algorithms|settings|scenarios|capabilities|abilities)$/;

/** "traditional sarcasm detection methods" is about the task "sarcasm detection". */
function withoutGenericTail(run: Run): Run {
  const { words } = run;
  if (words.length < 3 || !GENERIC_TAIL.test(words.at(-1)!) || headType(words.at(-2)!) !== "task") return run;
  return { from: run.from, to: run.to - 1, words: words.slice(0, -1) };
}

/**
 * "We target image reconstruction": the run's first word is the verb of "we" or "can", not a
 * word of the term; "which treat navigation" leaves one word, no term.
 */
function withoutSubjectVerb(ctx: PaperContext, run: Run): Run {
  const before = ctx.tokens[run.from - 1];
  if (run.words.length < 2 || !before || !isVerbByPosition(ctx, run.from)) return run;
  return { from: run.from + 1, to: run.to, words: run.words.slice(1) };
}

/**
 * "high-level kinematic planning": when trimming dropped the first half of a hyphenated
 * description ("high-"), its second half ("level") goes too.
 */
function withoutHalfCompound(ctx: PaperContext, run: Run): Run {
  const first = ctx.tokens[run.from];
  const before = ctx.tokens[run.from - 1];
  if (run.words.length < 2 || !first || !before || before.end !== first.start - 1 || ctx.text[before.end] !== "-") return run;
  return { from: run.from + 1, to: run.to, words: run.words.slice(1) };
}

/** The type a head word gives its term: the word itself or the last part of a compound ("motif-scaffolding"). */
export function headType(word: string): EntityType | undefined {
  const last = word.slice(word.lastIndexOf("-") + 1);
  return HEADS.find(([pattern]) => pattern.test(last))?.[1];
}

// How a measure is aggregated is no word of its name: "an average error rate" is the error rate.
const AGGREGATE = /^(?:average|overall)$/;

function withoutAggregate(words: string[], type: EntityType): string[] {
  return type === "metric" && words.length > 2 && AGGREGATE.test(words[0]!) ? words.slice(1) : words;
}

/** Nested terms of a phrase: its suffixes of two words or more, longest first. */
function nested(words: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k <= words.length - 2; k++) out.push(words.slice(k).join(" "));
  return out;
}

/**
 * C-value (Frantzi et al. 2000): log2|a| * f(a) for a term nested in no other, else
 * log2|a| * (f(a) - mean f of the longer candidates containing it); f counts every
 * occurrence, nested ones included. Candidates are the phrases and their nested terms.
 */
export function cValues(phrases: string[][]): Map<string, number> {
  const frequency = new Map<string, number>();
  const containers = new Map<string, Set<string>>();
  for (const words of phrases) {
    const candidates = nested(words);
    candidates.forEach((candidate, k) => {
      frequency.set(candidate, (frequency.get(candidate) ?? 0) + 1);
      const set = containers.get(candidate) ?? new Set<string>();
      for (const longer of candidates.slice(0, k)) set.add(longer);
      containers.set(candidate, set);
    });
  }
  const values = new Map<string, number>();
  for (const [candidate, f] of frequency) {
    const longer = [...containers.get(candidate)!];
    const nestedIn = longer.length === 0 ? 0 : longer.reduce((sum, b) => sum + frequency.get(b)!, 0) / longer.length;
    values.set(candidate, Math.log2(candidate.split(" ").length) * (f - nestedIn));
  }
  return values;
}

/** The nested term of `words` with the highest C-value; ties go to the longer one. */
export function bestNested(words: string[], values: Map<string, number>): string[] {
  let best = words;
  for (const candidate of nested(words)) {
    if ((values.get(candidate) ?? 0) > (values.get(best.join(" ")) ?? 0)) best = candidate.split(" ");
  }
  return best;
}

/** Occurrences of a lower-case phrase in lower-cased text, as whole words. */
export function occurrences(lower: string, phrase: string): number {
  let count = 0;
  for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
    if (!/[a-z0-9-]/.test(lower[at - 1] ?? " ") && !/[a-z0-9]/.test(lower[at + phrase.length] ?? " ")) count++;
  }
  return count;
}

/** Termhood beyond the head: weak task heads want a noun modifier, everyday heads a repetition. */
function hasTermhood(words: string[], type: EntityType, phrase: string, lower: string, options: TermOptions): boolean {
  if (type === "task" && (TASK_QUALITY.test(words[0]!) || PRODUCT_MODIFIER.test(words.at(-2)!) || (WEAK_TASK_HEAD.test(words.at(-1)!) && ADJECTIVE.test(words.at(-2)!)))) return false;
  const needsRepetition =
    options.repeated.includes(type) ||
    (words.length === 2 && options.repeatedPairs.includes(type)) ||
    (type === "task" && (REPEATED_TASK_HEAD.test(words.at(-1)!) || WEAK_TASK_HEAD.test(words.at(-1)!)));
  return !needsRepetition || occurrences(lower, phrase) + occurrences(lower, otherNumber(phrase)) >= 2;
}

/** The phrase with its head in the other number: a term said once in the singular and once in the plural is said twice. */
function otherNumber(phrase: string): string {
  const singular = dropPlural(phrase);
  return singular === phrase ? `${phrase}s` : singular;
}

/**
 * Noun phrases ending in a task, method or measure head, claimed as terms of that type:
 * per phrase the nested term with the highest C-value, when it shows termhood.
 */
export function scanTerms(ctx: PaperContext, options: TermOptions = DEFAULT_TERM_OPTIONS): void {
  // Pushed, not map()ped and filtered (see extract.ts).
  const phrases: Run[] = [];
  for (const chunk of chunkRuns(ctx)) {
    if (claimEponymTerm(ctx, chunk, headType)) continue;
    const run = withoutHalfCompound(ctx, trimRun(withoutSubjectVerb(ctx, withoutGenericTail(chunk)), options.maxWords));
    if (run.words.length >= 2 && headType(run.words.at(-1)!) !== undefined) phrases.push(run);
  }
  const values = cValues(phrases.map((run) => run.words));
  const lower = ctx.text.toLowerCase();
  for (const run of phrases) {
    const type = headType(run.words.at(-1)!)!;
    const nested = bestNested(run.words, values);
    const words = withoutAggregate(nested, type);
    const from = run.to - words.length;
    const phrase = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[run.to - 1]!.end).toLowerCase();
    // An aggregated measure ("an average error rate") is said as a measure: no repetition needed.
    const aggregated = words !== nested;
    if (isStopPhrase(ctx.lexicon, phrase) || lookup(ctx.lexicon, phrase) || (type === "metric" && namesHyperParameter(phrase)) || !(aggregated || hasTermhood(words, type, phrase, lower, options))) continue;
    const earlier = sameSpelling(ctx, phrase);
    if (type === "task" && !earlier && takeDomainAcronym(ctx, from)) {
      claim(ctx, from - 1, run.to, { canonical: `${ctx.tokens[from - 1]!.text} ${phrase}`, type, known: false, proposed: false, rule: "term" });
      continue;
    }
    claim(ctx, from, run.to, { canonical: earlier?.canonical ?? phrase, type: earlier?.type ?? type, known: false, proposed: false, rule: "term" });
  }
}

/**
 * "HPV status classification": the acronym before a task term names what the task works on.
 * The name scan, which runs first, took it as a name of its own; it is given back when nothing
 * else says what it is (no type, no lexicon entry, no definition).
 */
function takeDomainAcronym(ctx: PaperContext, from: number): boolean {
  const before = ctx.tokens[from - 1];
  if (!before || ctx.text[before.end] !== " " || !isDomainAcronym(ctx, from - 1)) return false;
  if (!ctx.claimed[from - 1]) return true;
  const index = ctx.candidates.findIndex((c) => c.start === before.start && c.end === before.end);
  const taken = ctx.candidates[index];
  if (!taken || taken.rule !== "name" || taken.known || taken.type !== undefined || taken.proposed) return false;
  ctx.candidates.splice(index, 1);
  ctx.claimed[from - 1] = 0;
  return true;
}

/**
 * The candidate a term names when another rule found it first: the same spelling, or a long
 * form the paper defines that the term ends with ("speaker similarity (SIM)", where the
 * definition kept only "similarity", names SIM wherever it recurs).
 */
function sameSpelling(ctx: PaperContext, phrase: string): Candidate | undefined {
  const key = foldKey(phrase);
  return ctx.candidates.find((c) => {
    if (c.known) return false;
    const surface = ctx.text.slice(c.start, c.end).toLowerCase();
    if (foldKey(surface) === key) return true;
    const cut = phrase.length - surface.length - 1;
    return (c.rule === "definition" || c.rule === GUESSED_DEFINITION) && cut > 0 && phrase.endsWith(surface) && /[\s-]/.test(phrase[cut]!);
  });
}
