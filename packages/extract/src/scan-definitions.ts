import { type AbbreviationDefinition, findAbbreviations } from "./abbreviations";
import { opensSentence } from "./chunk";
import { DESCRIPTIVE, isContentWord, isVerbParticiple } from "./word-classes";
import { type Candidate, type PaperContext, claim, isFree, tokenStartingAt, tokensEndingBy, tokensIn } from "./context";
import { exactKey } from "./keys";
import { type LexiconEntry, isInstitutionLetters, isStopPhrase, lookup } from "./lexicon";
import { isJunkName } from "./names";
import { describesOnly, describesSetting, namesNoEntity } from "./definition-kinds";
import { TITLE_CASE, definesOtherSense, saysOtherKind } from "./definition-senses";
import { phraseSearch } from "./phrase-occurrences";
import type { EntityType } from "./types";
import { headType } from "./scan-terms";
import { proposalRanges } from "./proposed";
import { isTaskData } from "./lexicon-context";
import { typeFromAppositive, typeFromLongForm, typeFromShape, TYPING_WINDOW } from "./typing";
import { typeFromFollowingNoun, typeFromPrecedingNoun } from "./context-typing";

/** "LLMs" -> "LLM", "RMs" -> "RM": the plural of an acronym is the acronym. */
export function singularAcronym(short: string): string {
  return /\p{Lu}s$/u.test(short) ? short.slice(0, -1) : short;
}

/**
 * Abbreviations the paper defines ("Group Relative Policy Optimization (GRPO)"): both spans
 * become mentions of one name, the acronym. Known long forms keep the lexicon's name
 * ("Reinforcement Learning (RL)" -> RL); generic ones (LLMs) are claimed and dropped.
 */
export function scanDefinitions(ctx: PaperContext): void {
  const longForms: RepeatedLongForm[] = [];
  for (const def of findAbbreviations(ctx.text, (short) => lookup(ctx.lexicon, short) !== undefined)) {
    const shortTokens = tokensIn(ctx, def.shortSpan);
    const longTokens = tokensIn(ctx, def.longSpan);
    const first = Math.min(longTokens[0] ?? Infinity, shortTokens[0] ?? Infinity);
    const last = Math.max(longTokens.at(-1) ?? -1, shortTokens.at(-1) ?? -1);
    if (last < 0 || !isFree(ctx, first, last + 1)) continue;
    if (definesCompound(ctx, def, first, last, longTokens)) continue;
    const shortEntry = lookup(ctx.lexicon, def.short);
    // One everyday word is no long form of a known short form: "image fidelity (FID)", "mathematics
    // (MATH)" gloss what the measure or benchmark is about; read as definitions they would fold
    // every "fidelity" of the corpus into FID. The word the lexicon gives it still defines it.
    if (shortEntry && /^\p{Ll}+$/u.test(def.long) && lookup(ctx.lexicon, def.long) !== shortEntry) continue;
    // The paper's own definition beats the lexicon's sense of the short form: "Motion Object Segmentation (MOS)".
    // "speaker similarity (SIM)", whose letters spell only "similarity": the short form names the
    // known term the long form closes, as the long form's mention does (knownVariant).
    const longVariant = longTokens.length > 0 ? knownVariant(ctx, longTokens[0]!, longTokens.at(-1)!) : undefined;
    const longEntry = lookup(ctx.lexicon, def.long);
    // What follows the definition, after both of its forms: "MONDAY (Mobile OS Navigation Task
    // Dataset for Agents from YouTube), a large-scale dataset" is typed by its appositive.
    const defEnd = Math.max(def.shortSpan.end, def.longSpan.end);
    const after = ctx.text.slice(defEnd + 1, defEnd + 60);
    const otherSense = !longEntry && shortEntry !== undefined && (definesOtherSense(shortEntry, def.long) || saysOtherKind(shortEntry, def.long, after));
    const entry = longEntry ?? (shortEntry ? (otherSense ? undefined : shortEntry) : longVariant);
    // A name's letters (LoRA, CoT, a paper's own Title-Case name) stay a name before a head.
    // So does an abbreviated description ("low-level (LL)", "state-of-the-art (SOTA)").
    const description = !entry && describesOnly(def.long);
    const nameless = !entry && !shortEntry && !longVariant && !TITLE_CASE.test(def.long) && !description;
    if (nameless && definesTermCompound(ctx, def, first, last)) continue;
    const setting = !entry && describesSetting(def.long);
    const defined = definitionType(after, def.long, ctx.text.slice(Math.max(0, def.longSpan.start - TYPING_WINDOW), def.longSpan.start));
    const aClass = !entry && namesNoEntity(def.short, def.long, defined !== undefined, ctx.text.slice(defEnd + 1, defEnd + 40));
    // "6-degree-of-freedom (6-DOF)": a unit or a count defined is still no name.
    // "question-answer (QA) pairs": the items of data, not the task.
    const taskData = entry?.type === "task" && isTaskData(ctx, last + 1);
    // Letters stop-listed in one sense name a learner a paper spells out in another: "Random Forest
    // Classifier (RFC)" is no Request for Comments (but "Artificial Intelligence (AI)" stays the field).
    const stoppedShort = isStopPhrase(ctx.lexicon, def.short) && !(LEARNER_LONG_FORM.test(def.long.trim()) && !entry && !shortEntry) && !redefinesInstitution(def.short, def.long);
    const stop = aClass || description || setting || taskData || isJunkName(def.short) || stoppedShort || isStopPhrase(ctx.lexicon, def.long);
    // A class's letters stay claimed before any word ("LLMs (large language models)" leaves "LLM
    // evaluation" out, as the field's generic class); a description's open a known term.
    if (aClass || description || setting) claimEvery(ctx, [def.short, singularAcronym(def.short), `${singularAcronym(def.short)}s`], !aClass);
    // A paper's other sense of known letters is named by what it spells out: on a map, a node
    // "MPC" made of "secure multi-party computation (MPC)" reads as the field's model predictive control.
    const canonical = entry ? entry.name : otherSense && !stop ? (longVariant?.name ?? def.long) : singularAcronym(def.short);
    const { type, rule } = typeOfDefinition(ctx, def, entry, defined, after);
    if (stop) {
      // Letters that name nothing, and their long form, are held so that no later rule reads them as names.
      for (const tokens of [longTokens, shortTokens]) {
        const [from, to] = [tokens[0], tokens.at(-1)];
        if (from !== undefined && to !== undefined) for (let i = from; i <= to; i++) ctx.claimed[i] = 1;
      }
      continue;
    }
    const candidate = { canonical, type, known: entry !== undefined, proposed: false, rule };
    ctx.local.set(exactKey(def.short), { canonical, type, known: candidate.known });
    claimForms(ctx, longTokens, shortTokens, longVariant, candidate);
    if (!entry && !longVariant && longTokens.length > 1 && !holdsKnownTerm(ctx, def.long)) longForms.push({ long: def.long.trim(), candidate });
  }
  claimRepeatedLongForms(ctx, longForms);
}

/**
 * The type of a definition's name and the rule that says how it was found: the known term's, or
 * the type the text gives it; without evidence a defined name is taken for a method, a guess its
 * list may correct (extract.ts).
 */
function typeOfDefinition(ctx: PaperContext, def: AbbreviationDefinition, entry: LexiconEntry | undefined, defined: EntityType | undefined, after: string): { type: EntityType; rule: string } {
  const defEnd = Math.max(def.shortSpan.end, def.longSpan.end);
  // A long form that names a task beats a benchmark's shape: "Zero-Shot Question Answering (ZSQA)".
  // Only the long form's head says task (no noun or appositive after it does).
  const ownMethod = defined === "task" && !entry && !(typeFromFollowingNoun(after) ?? typeFromAppositive(after)) && namesOwnMethod(ctx, def.longSpan.start, defEnd);
  const evidenced = entry?.type ?? (ownMethod ? "method" : defined === "task" ? defined : (typeFromShape(def.short) ?? defined));
  return { type: evidenced ?? "method", rule: evidenced ? "definition" : GUESSED_DEFINITION };
}

/**
 * Both forms of a definition as mentions of its one name; a long form that a word before it makes a
 * known variant of ("offline Reinforcement Learning (RL)") names that variant (knownVariant).
 */
function claimForms(ctx: PaperContext, longTokens: number[], shortTokens: number[], longVariant: LexiconEntry | undefined, candidate: Omit<Candidate, "start" | "end">): void {
  for (const tokens of [longTokens, shortTokens]) {
    const from = tokens[0];
    const to = tokens.at(-1);
    if (from === undefined || to === undefined) continue;
    // The claims before this one took only this definition's own tokens, so the variant found above holds.
    const variant = tokens === longTokens ? longVariant : undefined;
    if (variant) claim(ctx, from - 1, to + 1, { canonical: variant.name, type: variant.type, known: true, proposed: false, rule: "definition" });
    else claim(ctx, from, to + 1, candidate);
  }
}

/**
 * Whether some run of a long form's words is a term the lexicon knows ("Adaptive Difficulty
 * Curriculum Learning" holds curriculum learning). Such a long form written again, in a title
 * mostly, still gives the known term, which links the paper to the rest of the field on the map.
 */
function holdsKnownTerm(ctx: PaperContext, long: string): boolean {
  const words = long.trim().split(/\s+/);
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= words.length; to++) if (lookup(ctx.lexicon, words.slice(from, to).join(" "))) return true;
  }
  return false;
}

const LONGER_NAME_BEFORE = /\p{Lu}[\p{L}\p{N}-]*[ -]$/u;

interface RepeatedLongForm {
  long: string;
  candidate: Omit<Candidate, "start" | "end">;
}

/**
 * A long form the paper defines names the same entity wherever else it is written, in the title
 * too and whatever its case: "Faster Decoding with Grouped Zorb Sampling" titles the paper that
 * defines "grouped zorb sampling (GZS)", and is GZS there. Only the paper's own long forms (the
 * lexicon finds the field's wherever they are written), none holding a known term (holdsKnownTerm),
 * and not after a capitalised word, which may open a longer name ("Spatial Grouped Zorb Sampling").
 */
function claimRepeatedLongForms(ctx: PaperContext, longForms: RepeatedLongForm[]): void {
  if (longForms.length === 0) return;
  const occurrences = phraseSearch(ctx.text);
  for (const { long, candidate } of longForms) {
    for (const { index, length } of occurrences(long)) {
      const first = tokenStartingAt(ctx, index);
      if (first < 0) continue;
      const last = tokensEndingBy(ctx, first, index + length);
      if (last > first && isFree(ctx, first, last) && !LONGER_NAME_BEFORE.test(ctx.text.slice(Math.max(0, index - 30), index))) claim(ctx, first, last, candidate);
    }
  }
}

/**
 * "offline Reinforcement Learning (RL)": the word before a long form makes a known variant of it
 * (offline RL), which the mention names; the short form still names the general term.
 */
function knownVariant(ctx: PaperContext, from: number, to: number): LexiconEntry | undefined {
  const before = ctx.tokens[from - 1];
  if (!before || ctx.claimed[from - 1] || ctx.text.slice(before.end, ctx.tokens[from]!.start) !== " ") return undefined;
  // Lower case, or capitalised only by its place ("Offline reinforcement learning (RL) offers ..."),
  // or as the long form is ("through Online Reinforcement Learning (RL) methods").
  const capitalised = /^\p{Lu}[\p{Ll}-]*$/u.test(before.text);
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(before.text) && !(capitalised && (opensSentence(ctx, from - 1) || /^\p{Lu}/u.test(ctx.tokens[from]!.text)))) return undefined;
  // "multi-turn online reinforcement learning (RL)": a variant of a variant, which the lexicon does
  // not name; a judgement before the variant is none ("a unified multi-turn reinforcement learning (RL) paradigm").
  const further = ctx.tokens[from - 2];
  if (further && ctx.text.slice(further.end, before.start) === " " && isContentWord(further.text) && !DESCRIPTIVE.has(further.text.toLowerCase())) return undefined;
  return lookup(ctx.lexicon, ctx.text.slice(before.start, ctx.tokens[to]!.end));
}

/**
 * "key-value (KV) cache": the letters abbreviate the first words of a known term that goes on
 * after the brackets ("KV cache"), not a name of their own. The whole span is that term; with a
 * word before the long form that makes a known variant of it, the long form names the variant
 * ("long chain-of-thought" is long CoT) and the letters still the general term (CoT), as
 * knownVariant has it.
 */
function definesCompound(ctx: PaperContext, def: { short: string; long: string }, first: number, last: number, longTokens: number[]): boolean {
  const next = ctx.tokens[last + 1];
  const closing = ctx.tokens[last]!;
  if (!next || ctx.claimed[last + 1] || !/^\)\s$/.test(ctx.text.slice(closing.end, next.start)) || !/^\p{Ll}/u.test(next.text)) return false;
  const entry = lookup(ctx.lexicon, `${def.short} ${next.text}`);
  if (!entry || lookup(ctx.lexicon, `${def.long} ${next.text}`) !== entry) return false;
  const longEnd = longTokens.at(-1)!;
  const variant = longTokens[0] === first && longEnd < last ? knownVariant(ctx, first, longEnd) : undefined;
  if (!variant) {
    claim(ctx, first, last + 2, { canonical: entry.name, type: entry.type, known: true, proposed: false, rule: "definition" });
    return true;
  }
  // The variant's words name it; the letters still name the general term, and the head after
  // them is part of neither mention ("CoT) reasoning" is no way of writing a name).
  claim(ctx, first - 1, longEnd + 1, { canonical: variant.name, type: variant.type, known: true, proposed: false, rule: "definition" });
  claim(ctx, longEnd + 1, last + 1, { canonical: entry.name, type: entry.type, known: true, proposed: false, rule: "definition" });
  ctx.claimed[last + 1] = 1;
  return true;
}

// Heads a compound after a defined acronym ends in, beyond the term heads: "EHR reasoning",
// "HVAC control", "LLM inference".
const COMPOUND_HEAD: Record<string, EntityType> = { reasoning: "task", control: "task", inference: "task" };
const MAX_COMPOUND_WORDS = 3;
// Words of an institution's or a venue's own name: "Association for Computing Machinery (ACM)" stays stopped.
const INSTITUTION_WORD = /\b(?:association|institute|institution|university|society|laborator(?:y|ies)|lab|foundation|agency|organi[sz]ation|cent(?:er|re)|council|committee|corporation|department|ministry|administration|commission|college|school|academy|conference|workshop|symposium|journal|transactions|proceedings|meeting|national|international)\b/i;

/** "Active Context Management (ACM)", "Sign Language Translation (SLT)": the paper's own sense of an institution's letters. */
function redefinesInstitution(short: string, long: string): boolean {
  return isInstitutionLetters(short) && !INSTITUTION_WORD.test(long);
}

// A long form whose head names a learner: "Random Forest Classifier (RFC)".
const LEARNER_LONG_FORM = /\b(?:classifier|regressor|estimator)s?$/i;

/**
 * "greenhouse gas (GHG) plume detection", "Hamilton-Jacobi (HJ) reachability analysis": the
 * long form and its letters are the first part of a term that goes on after the brackets and
 * ends in a term's head within three words. The whole span is one term, named with the letters
 * as the paper abbreviates it (GHG plume detection); the letters alone still name the long form.
 */
function definesTermCompound(ctx: PaperContext, def: { short: string; shortSpan: { start: number }; longSpan: { start: number } }, first: number, last: number): boolean {
  // A plural's letters modify nothing: "gave large language models (LLMs) unprecedented reasoning".
  if (def.shortSpan.start < def.longSpan.start || /\p{Lu}s$/u.test(def.short) || !/^\)\s$/.test(ctx.text.slice(ctx.tokens[last]!.end, (ctx.tokens[last + 1]?.start ?? 0)))) return false;
  for (let k = last + 1; k <= last + MAX_COMPOUND_WORDS; k++) {
    const token = ctx.tokens[k];
    if (!token || ctx.claimed[k] || !isContentWord(token.text) || isVerbParticiple(token.text) || (k > last + 1 && ctx.text.slice(ctx.tokens[k - 1]!.end, token.start) !== " ")) return false;
    const type = headType(token.text) ?? COMPOUND_HEAD[token.text];
    if (type === undefined) continue;
    const words = ctx.text.slice(ctx.tokens[last + 1]!.start, token.end);
    claim(ctx, first, k + 1, { canonical: `${singularAcronym(def.short)} ${words}`, type, known: false, proposed: false, rule: "definition" });
    return true;
  }
  return false;
}

/** The rule of a defined name typed by no evidence: "average episode length (AEL)". */
export const GUESSED_DEFINITION = "definition, type guessed";

/**
 * Claims every token spelled as one of `forms`, so no later rule reads them as names; with
 * `knownTermsOpen`, not where the letters open a term the lexicon knows ("out-of-distribution
 * (OOD)" describes, and "OOD detection" is still the task).
 */
function claimEvery(ctx: PaperContext, forms: string[], knownTermsOpen = false): void {
  ctx.tokens.forEach((token, i) => {
    if (!forms.includes(token.text)) return;
    const next = ctx.tokens[i + 1];
    if (knownTermsOpen && next && lookup(ctx.lexicon, `${token.text} ${next.text}`)) return;
    ctx.claimed[i] = 1;
  });
}

// "multiple object tracking (MOT) approaches": the task's methods, in the plural, not a method named MOT.
const PLURAL_HEAD_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:approaches|methods|techniques|algorithms|frameworks|pipelines)\b/;

// What a paper introduces as a task is called one before it: "a new task, ...", "the task of ...".
const TASK_WORD_BEFORE = /\b(?:tasks?|problems?|challenges?|settings?|benchmarks?)\b/i;

/**
 * "we introduce Multi-Objective Infeasibility Diagnosis (MOID), which combines LLM agents and ...":
 * a paper's own name that spells the task it does, defined first thing where the paper says
 * what it introduces, names its method, unless the paper calls it a task. After a comma the
 * proposal is named already ("SEER-VAR, a framework for ... augmented reality (AR)").
 */
function namesOwnMethod(ctx: PaperContext, longStart: number, defEnd: number): boolean {
  const range = proposalRanges(ctx).find(([from, to]) => longStart >= from && longStart < to);
  if (!range) return false;
  const between = ctx.text.slice(range[0], longStart);
  return !between.includes(",") && !TASK_WORD_BEFORE.test(between) && !TASK_WORD_BEFORE.test(ctx.text.slice(defEnd + 1, defEnd + 12));
}

/**
 * Type of a defined name without a lexicon entry: the noun after it ("(MA) metric"), except
 * that a task's own model stays the task ("quality estimation (QE) model"); then the noun
 * before the long form ("a reward named Bidirectional ... (BMAS)"); then the long form's head.
 */
function definitionType(after: string, long: string, beforeLong: string): EntityType | undefined {
  // The noun right after, or the head of an appositive: "Reinforced robot GPT (ReinboT), a novel end-to-end VLA model".
  const following = typeFromFollowingNoun(after) ?? typeFromAppositive(after);
  const head = typeFromLongForm(long);
  if (following && !(head === "task" && (following === "model" || PLURAL_HEAD_AFTER.test(after)))) return following;
  return typeFromPrecedingNoun(beforeLong) ?? head;
}
