// Candidates whose shape says they are not a name, whatever rule found them, and task phrases
// a paper shortens: the last filters of extract().

import { marksAcronymLetters, paperAcronyms } from "./acronym-marks";
import type { PaperContext } from "./context";
import { isEnglishWord } from "./nlp";
import { isModifierWord } from "./text";

// "Non-Small (Cell Lung Cancer)": a negated English word opens a description, never a name.
const NEGATED_WORD = /^Non-\p{Lu}\p{Ll}+\b/u;
// "a metric called time": the naming verb belongs to the sentence, not to the name.
const NAMING_VERB = /\s(?:called|named|termed|dubbed|denoted)\s/i;
// "from 47% in Q1 2023 to 51% in Q1 2025": a quarter of a year is a date.
const QUARTER = /^Q[1-4][\s-](?:19|20)\d{2}$/;
// "making it challenging", "examine their potential", "which we design": a lower-case pronoun
// belongs to a clause; names that hold one are capitalised ("You Only Look Once", "Set It Up").
const CLAUSE_PRONOUN = /(?:^|\s)(?:it|its|they|them|their|we|us|our|you|your)(?:\s|$)/;
// "R&D", "Q&A", "M&A": two letters joined by & abbreviate everyday pairs; the names so written
// have longer parts (ATT&CK, VirT&R) or are known (J&F, K&K).
const LETTER_PAIR = /^\p{Lu}&\p{Lu}$/u;
// "userID, TimeStamp, and modelID": a lower-case word fused to ID is a record's field.
const FIELD_IDENTIFIER = /^\p{Ll}+I[Dd]s?$/u;
// "a workshop held at the deRSE25 conference": a meeting is where work was shown, not what it is.
const VENUE_AFTER = /^ (?:conference|workshop|symposium|summit)s?\b/i;
// "renewable generation", "Photovoltaic (PV) generation": what a power source generates is
// electricity, not text or images; an energy paper's generation is no task.
const ENERGY_GENERATION = /^(?:solar|wind|renewables?|power|pv|photovoltaic|electricity|electric|energy|hydro|hydropower|hydroelectric|thermal|nuclear|geothermal|distributed)\s+generation$/i;

// An English word written in camel case for emphasis: "UnderWater", "MultiModal", "CrossLingual".
const CAMEL_PAIR = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}{3,})$/u;
const WORD_PREFIX = /^(?:Multi|Cross|Inter|Intra|Semi)$/;
const PREFIXED_WORD = /^(?:modal|lingual|agent|view|task|scale|domain|level|turn|step|stage|class|label|layer|head|hop|objective|resolution)$/;

// The next word of a Title-Case run: "ResolvIng Ambiguous".
const TITLE_CASE_NEXT = /^[\s-]+\p{Lu}/u;

const ACRONYM_CAPITALS = /^\p{Lu}?\p{Ll}+\p{Lu}\p{Ll}+$/u;

function splitsIntoWords(surface: string): boolean {
  const inner = surface.search(/(?<=\p{Ll})\p{Lu}/u);
  return isEnglishWord(surface.slice(0, inner).toLowerCase()) && isEnglishWord(surface.slice(inner).toLowerCase());
}

/** "UnderWater" is the word underwater and "MultiModal" is multimodal; "FlashAttention" is a name. */
function isCamelCasedWord(surface: string): boolean {
  const parts = CAMEL_PAIR.exec(surface);
  // A word whose capitals spell an acronym it helps define ("Contrastive LeArning for ResolvIng
  // Ambiguous Feedback (CLARIFY)"); two words joined ("AnyBody") are a name's parts instead.
  if (!parts) return ACRONYM_CAPITALS.test(surface) && isEnglishWord(surface.toLowerCase()) && !splitsIntoWords(surface);
  return isEnglishWord(surface.toLowerCase()) || (WORD_PREFIX.test(parts[1]!) && PREFIXED_WORD.test(parts[2]!.toLowerCase()));
}

/**
 * A candidate no rule should have kept: a modifier ("X Attention-based"), a negation, a naming
 * clause, a clause's pronoun, a date, a pair of letters, a record's field, a camel-cased word. A
 * camel-cased word the paper proposes, standing alone, is its name ("We propose FreeZe, a novel
 * solution", "ReVeal: Self-Evolving Code Agents"): an emphasis is written in a description, never
 * put forward as what the paper built. Inside a Title-Case run it is still a long form's word
 * ("Contrastive LeArning for ResolvIng Ambiguous Feedback", "a MultiModal Refinement benchmark").
 */
export function isNotAName(surface: string, ownName = false): boolean {
  const last = surface.split(/\s+/).at(-1) ?? "";
  if (surface.includes(" ") && (isModifierWord(last) || CLAUSE_PRONOUN.test(surface))) return true;
  return NEGATED_WORD.test(surface) || NAMING_VERB.test(surface) || QUARTER.test(surface) || LETTER_PAIR.test(surface) || FIELD_IDENTIFIER.test(surface) || (!ownName && isCamelCasedWord(surface));
}

export function dropNonNames(ctx: PaperContext): void {
  // Read from the tokens only when some candidate has a marking's shape: most papers have none.
  let acronyms: string[] | undefined;
  const paper = () => (acronyms ??= paperAcronyms(ctx));
  ctx.candidates = ctx.candidates.filter((c) => {
    if (c.type === "task" && ENERGY_GENERATION.test(c.canonical)) return false;
    if (c.known) return true;
    const surface = ctx.text.slice(c.start, c.end);
    if (VENUE_AFTER.test(ctx.text.slice(c.end, c.end + 12))) return false;
    const ownName = c.proposed && !TITLE_CASE_NEXT.test(ctx.text.slice(c.end, c.end + 4));
    return !isNotAName(surface, ownName) && !marksAcronymLetters(ctx, c.start, surface, paper);
  });
}

/**
 * A paper names its task in full once and shortens it after: "online mistake detection" then
 * "mistake detection". An unknown task phrase that ends another unknown task phrase of the same
 * paper, after a space or a hyphen, is that task.
 */
/** "socio-cultural localization" ends with "cultural localization": word or hyphen boundary. */
function endsWithWords(long: string, short: string): boolean {
  return long.endsWith(short) && /[\s-]/.test(long.charAt(long.length - short.length - 1));
}

export function mergeShortenedTasks(ctx: PaperContext): void {
  // Known tasks shorten the same way: "Humanoid Locomotion" in the title, then "locomotion".
  const tasks = ctx.candidates.filter((c) => c.type === "task" && /\s/.test(c.canonical));
  for (const short of tasks.concat(ctx.candidates.filter((c) => c.type === "task" && !/\s/.test(c.canonical)))) {
    const longer = tasks.find((c) => c !== short && c.canonical.length > short.canonical.length && endsWithWords(c.canonical.toLowerCase(), short.canonical.toLowerCase()));
    if (longer) short.canonical = longer.canonical;
  }
}

/**
 * A paper that reports a measure bare also names it with what it measures: "accuracy" and then
 * "reasoning accuracy", "factual accuracy", "top-1 accuracy". Annotators keep one entity, the bare
 * measure, with the others as its forms (of 502 such phrases in papers whose gold has the bare
 * measure, 13 were entities of their own); read apart, each was a false entity beside it. A paper
 * that never writes the measure bare keeps its "recognition accuracy".
 */
export function mergeModifiedMeasures(ctx: PaperContext): void {
  const bare = new Map<string, string>();
  for (const c of ctx.candidates) if (c.type === "metric" && !/\s/.test(c.canonical)) bare.set(c.canonical.toLowerCase(), c.canonical);
  if (bare.size === 0) return;
  for (const c of ctx.candidates) {
    if (c.type !== "metric") continue;
    const space = c.canonical.lastIndexOf(" ");
    const measure = space < 0 ? undefined : bare.get(c.canonical.slice(space + 1).toLowerCase());
    if (measure) c.canonical = measure;
  }
}
