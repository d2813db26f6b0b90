import { foldKey } from "./keys";
import type { Mention } from "./types";

/**
 * Acronyms collide across papers: GRPO is "Group Relative Policy Optimization" in most of
 * them but "Guided Reward Proximal Optimization" in another. When papers define one acronym
 * with long forms of different meaning, the sense most papers define keeps the acronym; in
 * a paper that defines another sense, its mentions of the acronym become that long form's
 * own entity (the split is logged so a user can review it).
 */

// Words that do not carry a long form's meaning ("RL with/from/on verifiable rewards").
const FUNCTION_WORDS = new Set(["a", "an", "and", "by", "for", "from", "in", "of", "on", "the", "to", "via", "with"]);

/**
 * The content words of a long form, cut to a five-letter stem so spelling variants agree
 * (optimisation/optimization, fine-tuning/finetuning, plural and possessive endings).
 * Short upper-case acronyms inside it ("RL with verifiable rewards") are left out, since
 * they stand for words the other spelling writes out.
 */
function senseWords(longForm: string): Set<string> {
  const words = longForm
    .replace(/'s\b/g, "")
    .replace(/(\p{L})-(\p{L})/gu, "$1$2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !/^\p{Lu}{2,3}s?$/u.test(w))
    .map((w) => w.toLowerCase())
    .filter((w) => !FUNCTION_WORDS.has(w));
  return new Set(words.map((w) => w.slice(0, 5)));
}

/** Two long forms name the same thing when most words of the shorter one are in the other. */
function sameSense(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size) > 0.5;
}

interface Definition {
  paperId: string;
  acronymKey: string;
  longForm: string;
}

/** Mentions written as a long form whose canonical name is an acronym: a paper's definitions. */
function definitions(mentions: readonly Mention[], names: readonly (string | null)[]): Definition[] {
  const found: Definition[] = [];
  mentions.forEach((m, i) => {
    const name = names[i];
    if (!name || !/^[\p{Lu}\p{N}][\p{Lu}\p{N}\-+*]*\p{Lu}[\p{Lu}\p{N}\-+*]*$/u.test(name)) return;
    if (!/\s/.test(m.surface) || foldKey(m.surface) === foldKey(name)) return;
    found.push({ paperId: m.paperId, acronymKey: foldKey(name), longForm: m.surface });
  });
  return found;
}

interface Sense {
  words: Set<string>;
  definitions: Definition[];
}

/** Groups one acronym's definitions into senses, most-defined long forms first. */
function groupSenses(defs: Definition[]): Sense[] {
  const counts = new Map<string, number>();
  for (const def of defs) counts.set(def.longForm, (counts.get(def.longForm) ?? 0) + 1);
  const ordered = [...defs].sort(
    (a, b) => counts.get(b.longForm)! - counts.get(a.longForm)! || (a.longForm < b.longForm ? -1 : a.longForm > b.longForm ? 1 : 0),
  );
  const senses: Sense[] = [];
  for (const def of ordered) {
    const words = senseWords(def.longForm);
    const sense = senses.find((s) => sameSense(s.words, words));
    if (sense) sense.definitions.push(def);
    else senses.push({ words, definitions: [def] });
  }
  const papersOf = (sense: Sense) => new Set(sense.definitions.map((d) => d.paperId)).size;
  return senses.sort((a, b) => papersOf(b) - papersOf(a));
}

/** acronym key -> paper -> the long form that paper defines, for acronyms defined in several senses. */
function minoritySenses(defs: readonly Definition[]): Map<string, Map<string, string>> {
  const byAcronym = new Map<string, Definition[]>();
  for (const def of defs) byAcronym.set(def.acronymKey, [...(byAcronym.get(def.acronymKey) ?? []), def]);
  const result = new Map<string, Map<string, string>>();
  for (const [acronymKey, list] of byAcronym) {
    const senses = groupSenses(list);
    if (senses.length < 2) continue;
    const papers = new Map<string, string>();
    for (const sense of senses.slice(1)) {
      for (const def of sense.definitions) if (!papers.has(def.paperId)) papers.set(def.paperId, def.longForm);
    }
    result.set(acronymKey, papers);
  }
  return result;
}

/**
 * Renames, in place, the mentions of a minority sense to its long form. Returns the long-form
 * keys that must no longer fold into the acronym, and logs each split through `record`.
 */
export function splitAcronymSenses(
  mentions: readonly Mention[],
  names: (string | null)[],
  record: (from: string, to: string, reason: string, paper?: string) => void,
): Set<string> {
  const minority = minoritySenses(definitions(mentions, names));
  const detached = new Set<string>();
  mentions.forEach((m, i) => {
    const name = names[i];
    if (!name) return;
    const longForm = minority.get(foldKey(name))?.get(m.paperId);
    if (longForm === undefined) return;
    names[i] = longForm;
    detached.add(foldKey(longForm));
    record(name, longForm, "acronym sense", m.paperId);
  });
  return detached;
}
