import { findAbbreviations } from "./abbreviations";
import { DESCRIPTIVE, isContentWord, isVerbParticiple, opensSentence } from "./chunk";
import { type Candidate, type PaperContext, claim, isFree, tokenStartingAt, tokensEndingBy, tokensIn } from "./context";
import { exactKey } from "./keys";
import { type LexiconEntry, isStopPhrase, lookup } from "./lexicon";
import { isJunkName, isModalityPair } from "./names";
import { namesLanguage } from "./nlp";
import { LONG_FORM_FUNCTION_WORDS } from "./long-form-words";
import { phraseSearch } from "./phrase-occurrences";
import type { EntityType } from "./types";
import { headType } from "./scan-terms";
import { proposalRanges } from "./proposed";
import { isTaskData } from "./lexicon-context";
import { typeFromAppositive, typeFromFollowingNoun, typeFromLongForm, typeFromPrecedingNoun, typeFromShape, TYPING_WINDOW } from "./typing";

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
    // Two modalities joined describe a setting, once no term goes on after them: "Vision-Language
    // (VL) models" (but "RGB-thermal (RGB-T) semantic segmentation" is a task, taken just above).
    // So does one describing word ("Gastrointestinal (GI) bleeding"; but "gastrointestinal (GI) image analysis").
    // So do a language or a people ("Southeast Asian (SEA) languages", "Modern Standard Arabic (MSA)"),
    // and the medium language itself is ("natural language (NL)", "sign language (SL)").
    const setting = !entry && (isModalityPair(def.long.trim()) || ONE_ADJECTIVE.test(def.long.trim()) || MEDIUM_LANGUAGE.test(def.long.trim()) || namesLanguage(def.long.trim().split(/\s+/).at(-1)!));
    const defined = definitionType(after, def.long, ctx.text.slice(Math.max(0, def.longSpan.start - TYPING_WINDOW), def.longSpan.start));
    // A condition a paper studies is its subject, not a method: "Alzheimer's disease and related
    // dementias (ADRD)", "Mild Cognitive Impairment (MCI)"; unless the text says what the letters
    // name ("our in-house Liver Cancer (LC) dataset").
    const aClass = !entry && (namesAClass(def.short, def.long) || (!defined && CONDITION_DEFINITION.test(def.long.trim())) || PEOPLE_AFTER.test(ctx.text.slice(defEnd + 1, defEnd + 40)));
    // "6-degree-of-freedom (6-DOF)": a unit or a count defined is still no name.
    // "question-answer (QA) pairs": the items of data, not the task.
    const taskData = entry?.type === "task" && isTaskData(ctx, last + 1);
    // Letters stop-listed in one sense name a learner a paper spells out in another: "Random Forest
    // Classifier (RFC)" is no Request for Comments (but "Artificial Intelligence (AI)" stays the field).
    const stoppedShort = isStopPhrase(ctx.lexicon, def.short) && !(LEARNER_LONG_FORM.test(def.long.trim()) && !entry && !shortEntry);
    const stop = aClass || description || setting || taskData || isJunkName(def.short) || stoppedShort || isStopPhrase(ctx.lexicon, def.long);
    // A class's letters stay claimed before any word ("LLMs (large language models)" leaves "LLM
    // evaluation" out, as the field's generic class); a description's open a known term.
    if (aClass || description || setting) claimEvery(ctx, [def.short, singularAcronym(def.short), `${singularAcronym(def.short)}s`], !aClass);
    // A paper's other sense of known letters is named by what it spells out: on a map, a node
    // "MPC" made of "secure multi-party computation (MPC)" reads as the field's model predictive control.
    const canonical = entry ? entry.name : otherSense && !stop ? (longVariant?.name ?? def.long) : singularAcronym(def.short);
    // A long form that names a task beats a benchmark's shape: "Zero-Shot Question Answering (ZSQA)".
    // Only the long form's head says task (no noun or appositive after it does).
    const ownMethod = defined === "task" && !entry && !(typeFromFollowingNoun(after) ?? typeFromAppositive(after)) && namesOwnMethod(ctx, def.longSpan.start, defEnd);
    const evidenced = entry?.type ?? (ownMethod ? "method" : defined === "task" ? defined : (typeFromShape(def.short) ?? defined));
    // Without evidence a defined name is taken for a method, a guess its list may correct (extract.ts).
    const type = evidenced ?? "method";
    const rule = evidenced ? "definition" : GUESSED_DEFINITION;
    const local = { canonical, type, known: entry !== undefined };
    if (!stop) ctx.local.set(exactKey(def.short), local);
    for (const tokens of [longTokens, shortTokens]) {
      const from = tokens[0];
      const to = tokens.at(-1);
      if (from === undefined || to === undefined) continue;
      if (stop) {
        for (let i = from; i <= to; i++) ctx.claimed[i] = 1;
        continue;
      }
      // The claims before this one took only this definition's own tokens, so the variant found above holds.
      const variant = tokens === longTokens ? longVariant : undefined;
      if (variant) claim(ctx, from - 1, to + 1, { canonical: variant.name, type: variant.type, known: true, proposed: false, rule: "definition" });
      else claim(ctx, from, to + 1, { canonical, type, known: local.known, proposed: false, rule });
    }
    if (!stop && !entry && !longVariant && longTokens.length > 1 && !holdsKnownTerm(ctx, def.long)) longForms.push({ long: def.long.trim(), candidate: { canonical, type, known: local.known, proposed: false, rule } });
  }
  claimRepeatedLongForms(ctx, longForms);
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
// Every word capitalised, as a name is written: "Long Chain-of-Thought", "Enzyme Commission".
const LEARNER_LONG_FORM = /\b(?:classifier|regressor|estimator)s?$/i;
const TITLE_CASE = /^\p{Lu}[\p{L}\p{N}'-]*(?:[\s-]+(?:(?:of|for|and|to|the|in|on|with)\s+)?\p{Lu}[\p{L}\p{N}'-]*)+$/u;

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


/** Content words of a long form, case-folded and singular, so spellings of one name compare. */
function contentWords(phrase: string): Set<string> {
  const words = phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "" && !LONG_FORM_FUNCTION_WORDS.has(w));
  return new Set(words.map((w) => (w.length > 3 ? w.replace(/(?:s|es)$/, "").replace(/is(?=ation)/, "iz") : w)));
}

/**
 * A known short form defined by a long form that shares under half its words with every long
 * form the lexicon knows is another sense of the letters: MOS as "Motion Object Segmentation"
 * is not MOS "mean opinion score". A lexicon entry with no long form cannot be compared.
 */
function definesOtherSense(entry: LexiconEntry, long: string): boolean {
  const forms = [entry.name, ...entry.aliases].filter((form) => /\s/.test(form.trim()));
  if (forms.length === 0) return false;
  const words = contentWords(long);
  return forms.every((form) => {
    const known = contentWords(form);
    let shared = 0;
    for (const word of known) if (words.has(word) || sharesAbbreviation(word, words)) shared++;
    if (shared / Math.max(1, Math.min(known.size, words.size)) < 0.5) return true;
    return otherModifier(known, words);
  });
}

/**
 * A known short form the lexicon spells out nowhere, defined by a Title-Case long form that the
 * noun after it says is of another kind: "Temporal Alignment for Contrastive Objectives (TACO), a
 * training method" is no TACO benchmark.
 */
function saysOtherKind(entry: LexiconEntry, long: string, after: string): boolean {
  if (!TITLE_CASE.test(long) || [entry.name, ...entry.aliases].some((form) => /\s/.test(form.trim()))) return false;
  const said = typeFromFollowingNoun(after) ?? typeFromAppositive(after);
  return said !== undefined && said !== entry.type;
}

// Modifiers long forms write either way: a "Visual Transformer" is the Vision Transformer.
const SAME_MODIFIER = new Map([["visual", "vision"]]);

/**
 * Two words each, the same head, and modifiers of which neither is the other's abbreviation or
 * spelling: "spatial autoencoders (SAEs)" is no sparse autoencoder. Longer long forms differ in a
 * word as often by a spelling or an abbreviation of it (Twin Delayed DDPG) as by their sense.
 */
function otherModifier(known: Set<string>, words: Set<string>): boolean {
  if (known.size !== 2 || words.size !== 2) return false;
  const [knownModifier, knownHead] = [...known] as [string, string];
  const [modifier, head] = [...words] as [string, string];
  const same = (a: string, b: string) => a === b || (SAME_MODIFIER.get(a) ?? a) === (SAME_MODIFIER.get(b) ?? b) || sharesAbbreviation(a, new Set([b]));
  return same(knownHead, head) && !same(knownModifier, modifier);
}

/**
 * A word one of `words` abbreviates or shares its stem with: "sim" and "simulation", "real" and
 * "reality", "observed" and "observable" (six letters or more in common; "transformations" and
 * "translation", "spatial" and "sparse" share fewer).
 */
function sharesAbbreviation(word: string, words: Set<string>): boolean {
  for (const other of words) {
    const [short, long] = word.length < other.length ? [word, other] : [other, word];
    if (short.length >= 3 && long.startsWith(short)) return true;
    if (commonPrefixLength(word, other) >= 6) return true;
  }
  return false;
}

function commonPrefixLength(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

// A plural short form spelled out as a kind of model or robot names a class of things, not one:
// "foundation models (FMs)", "soft continuum robots (SCRs)". Architectures (GNNs, ViTs) are
// named by their own heads (networks, transformers) and stay.
const CLASS_DEFINITION = /\b(?:models|robots)$/i;
// A long form whose head is a physical thing names a kind of thing, singular or plural: "Unmanned
// Aerial Vehicle (UAV)", "Deformable Linear Objects (DLOs)".
// The things a method acts on or runs on are not the method.
// ... and what people wear or drive through: "head-mounted displays (HMDs)", "signalised intersections (SI)", "base station (BS)", "access point (AP)", "microgrid (MG)".
const THING_DEFINITION = /\b(?:vehicles?|objects?|drones?|aircraft|vessels?|boats?|satellites?|devices?|sensors?|cameras?|grippers?|manipulators?|displays?|headsets?|glasses|intersections?|roads?|buildings?|stations?|access points?|microgrids?)$/i;
// ... and a physical quantity: "radio frequency (RF)", "direct current (DC)"; not a rate of one,
// which is a measure ("rate-of-change-of-frequency (RoCoF)").
const QUANTITY_DEFINITION = /^(?!rate\b).*\b(?:frequency|frequencies|voltage|current|temperature|pressure|humidity)$/i;
// Nor are the people who take part: "healthcare providers (HCPs)", "general practitioners (GPs)";
// a task done for them is still a task ("speech intelligibility prediction for hearing-impaired people
// (SIP-HI)"), and so is a method named after them ("Stepwise Cognitive Optimization Using Teachers (SCOUT)").
const PEOPLE_DEFINITION = /^(?!.*\b(?:for|of|with|by|using|via|from|to|in|on|through)\b).*\b(?:providers?|practitioners?|users?|patients?|clinicians?|physicians?|workers?|participants?|annotators?|students?|teachers?|individuals?|people|persons?)$/i;
// A disease or another condition of health: "Alzheimer's disease and related dementias (ADRD)";
// the condition is the long form's head, not what a dataset or a network is for ("Atypical Mitosis
// dataset for Breast Cancer (AMi-Br)", "... Network for noncommunicable diseases (POPCORN)").
// So is a part of the body a paper measures: "posterior parietal cortex (PPC)", "Red blood cells (RBCs)".
// And a growth by its kind: "glioblastoma (GBM)", "intraductal papillary mucinous neoplasms (IPMN)".
const CONDITION_DEFINITION = /^(?!.*\b(?:for|of|on|in|with|by)\s).*\b(?:diseases?|disorders?|syndromes?|cancers?|impairments?|dementias?|infections?|injur(?:y|ies)|\w*(?:carcin|gli|blast|lymph|melan|aden|sarc|mening|my|neur|fibr|lip|terat|hepat|mesotheli)omas?|neoplasms?|tumou?rs?|lesions?|cortex|cells)$/i;
// An institution, named in capitals by its head, is who did something, not what was done:
// "Government Accountability Office (GAO)", "World Health Organization (WHO)".
const ORGANISATION_HEAD = "(?:Office|Agency|Administration|Department|Ministry|Bureau|Institute|University|Association|Organi[sz]ation|Council|Commission|Foundation|Committee|Consortium|Society|Laborator(?:y|ies)|Corporation|Authority)";
// A place, named in capitals by its kind, is where something was done: "Hong Kong Island (HKI)",
// "Harris County (HC)"; not State or Region, which end method names too ("Matrix Product State (MPS)",
// "Contact Trust Region (CTR)").
const ORGANISATION = new RegExp(String.raw`\b(?:${ORGANISATION_HEAD}|City|County|Province|Island|District)$`);
// ... or by its head before "of" or "for" when the head opens it: "Institute of Chartered
// Accountants of India (ICAI)", "National Institute of Standards and Technology (NIST)".
const ORGANISATION_OF = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}+ )*${ORGANISATION_HEAD} (?:of|for) \p{Lu}`, "u");

// A long form that ends in an adjective abbreviates a description, not a name: "training-free
// (TF)", "human-robot collaborative (HRC)", "high-level (HL)", "End-to-End (E2E)", "discrete-time (DT)",
// "quasi-steady-state (QSS)", "line-of-sight (LoS)". Its letters stand for no entity.
const ADJECTIVE_END = /-(?:time|state|of-sight)$|(?:^|[\s-])(?:free|based|aware|driven|guided|agnostic|specific|level|grained|to-end|of-the-art|dimensional|\p{L}+(?:ive|ous|ful|less|able|ible))$/iu;

// ... and so does one word of a degree and what it qualifies: "high-resolution (HR)", "low-light (LL)".
const DEGREE_WORD = /^(?:high|low|full|mid)-\p{L}+$/iu;

// One adjective of a field or a part of the body, or a place out of or in something, describes
// too: "Gastrointestinal (GI)", "out-of-context (OOC)".
const ONE_ADJECTIVE = /^(?:\p{L}+(?:al|ic|ar)|(?:out-of|in)-\p{L}+)$/iu;

function describesOnly(long: string): boolean {
  return ADJECTIVE_END.test(long.trim()) || DEGREE_WORD.test(long.trim());
}

// Language as the medium a system reads or writes; a kind of language built for a purpose stays a
// name of its own ("domain-specific language (DSL)").
const MEDIUM_LANGUAGE = /^(?:natural|sign|spoken|written|human|source|target)\s+languages?$/i;

// The people a description is of, named right after its letters: "blind and low-vision (BLV) users".
const PEOPLE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:users?|participants?|patients?|individuals?|people|persons?|students?|children|adults?|learners?|speakers?|drivers?)\b/;

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

function namesAClass(short: string, long: string): boolean {
  return (/\p{Lu}s$/u.test(short) && CLASS_DEFINITION.test(long.trim())) || THING_DEFINITION.test(long.trim()) || QUANTITY_DEFINITION.test(long.trim()) || PEOPLE_DEFINITION.test(long.trim()) || ORGANISATION.test(long.trim()) || ORGANISATION_OF.test(long.trim());
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
