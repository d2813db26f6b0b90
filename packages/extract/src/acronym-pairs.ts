/**
 * A paper's acronym and its long form written apart, with no brackets to join them:
 * "Margin-Calibrated Preference Optimization, dubbed MCPO", "GACL: Grounded Adaptive Curriculum
 * Learning" in a title, "we introduce ARAG, an Agentic Retrieval-Augmented Generation", or the
 * long form in one sentence and the letters in the next. Annotators, and a reader, take both for
 * one entity; read apart they were two, the long form's mentions a false entity of their own.
 * Only a long form whose every word the letters spell, strictly, is paired with them.
 */

import type { Candidate, PaperContext } from "./context";
import { matchLongForm } from "./long-form-spelling";
import { LONG_FORM_FUNCTION_WORDS } from "./long-form-words";

/** Letters that may abbreviate a name: two capitals or more, digits and hyphens between ("MGAE", "MV-SSM", "H3DP"). */
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}][\p{L}\p{N}-]{1,11}$/u;

/** Two words or more, spaced or hyphenated. */
const PHRASE = /^[\p{L}\p{N}][\p{L}\p{N}'-]*(?:[\s-]+[\p{L}\p{N}][\p{L}\p{N}'-]*)+$/u;

/** Capitals and digits only, with a plural s: "VPR", "KGs". */
const CAPITALS = /^[\p{Lu}\p{N}-]+s?$/u;

/**
 * Whether each word of the long form gives the letters its initial, in order: "computational
 * accuracy" holds the C, o and T of CoT inside its first word, but "accuracy" gives no letter.
 * Function words may be skipped: "Theory of Mind" is ToM.
 */
export function spellsEveryWord(short: string, long: string): boolean {
  const letters = short.toLowerCase();
  const words = long.split(/[\s-]+/).filter((word) => !LONG_FORM_FUNCTION_WORDS.has(word.toLowerCase()));
  // Each capital is a word's: "conversational recommendation" spells the C and R of CRA, and its A only inside a word.
  if (words.length !== (short.match(/\p{Lu}/gu) ?? []).length) return false;
  let at = 0;
  for (const word of words) {
    at = letters.indexOf(word.charAt(0).toLowerCase(), at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * A paper's own letters that a known term spells name what the paper built for that term
 * ("SDVS, a network for script-driven video summarization"); capitals the paper does not propose
 * abbreviate the known term whatever the words after them ("VPR pipelines" for visual place
 * recognition). An unknown long form pairs with letters typed as it is, or untyped.
 */
function mayPair(short: Candidate, long: Candidate): boolean {
  // "RMs" count reward models, not an activity: plural letters spell no "reward modeling".
  if (/\p{Lu}s$/u.test(short.canonical) && /ing$/.test(long.canonical)) return false;
  // Only letters abbreviate a known term: a coined name that spells it (CatShift, catastrophic forgetting) names what the paper built.
  if (long.known) return !short.proposed && CAPITALS.test(short.canonical);
  // The paper's own untyped letters will be a method (extract.ts's fallback): SDVS is no task.
  const type = short.type ?? (short.proposed ? "method" : undefined);
  return !type || !long.type || type === long.type;
}

/**
 * Gives a long form's mentions the name of the one acronym of the paper it spells out. Known
 * letters are left alone, and so is a pair the rules typed apart; a known long form names the pair.
 */
export function pairAcronymsWithLongForms(ctx: PaperContext): void {
  const shorts = new Map<string, Candidate>();
  const longs = new Map<string, Candidate>();
  for (const c of ctx.candidates) {
    const into = ACRONYM.test(c.canonical) ? shorts : PHRASE.test(c.canonical) && /\s/.test(c.canonical) ? longs : undefined;
    if (into && !into.has(c.canonical)) into.set(c.canonical, c);
  }
  if (shorts.size === 0 || longs.size === 0) return;
  const renamed = new Map<string, Candidate>();
  for (const [long, longCandidate] of longs) {
    let partner: Candidate | undefined;
    for (const [short, shortCandidate] of shorts) {
      // Known letters keep the lexicon's sense: a paper's "masked autoencoding" is no MAE (mean absolute error).
      if (shortCandidate.known) continue;
      if (!mayPair(shortCandidate, longCandidate)) continue;
      if (!spellsEveryWord(short, long) || matchLongForm(short, long, true) !== long) continue;
      // A long form that two of the paper's acronyms spell pairs with neither.
      if (partner) {
        partner = undefined;
        break;
      }
      partner = shortCandidate;
    }
    if (partner) renamed.set(long, partner);
  }
  if (renamed.size === 0) return;
  for (const c of ctx.candidates) {
    const short = renamed.get(c.canonical);
    if (!short) continue;
    // The known form names the pair: the lexicon's "test-time adaptation" for a paper's TTA.
    if (c.known && !short.known) {
      const long = c.canonical;
      for (const other of ctx.candidates) if (other.canonical === short.canonical) Object.assign(other, { canonical: long, type: c.type, known: true });
      continue;
    }
    c.canonical = short.canonical;
  }
}
