import { spellsAcronym } from "./acronym-spelling";
import { foldKey, singularAcronym } from "./keys";
import { lookup, type Lexicon } from "./lexicon";
import { LONG_FORM_FUNCTION_WORDS } from "./long-form-words";
import type { Mention } from "./types";

/** Whether a long form's words spell an acronym (acronym-spelling.ts). */
export type Spelling = (longForm: string, acronym: string) => boolean;

/**
 * Acronyms collide across papers: GRPO is "Group Relative Policy Optimization" in most of
 * them but "Guided Reward Proximal Optimization" in another. When papers define one acronym
 * with long forms of different meaning, the sense most papers define keeps the acronym; in
 * a paper that defines another sense, its mentions of the acronym become that long form's
 * own entity (the split is logged so a user can review it). Only a long form whose words
 * spell the acronym defines it (acronym-spelling.ts), and the field's own sense, the long
 * form the lexicon gives the acronym, counts as one more defining paper that wins a tie: one
 * paper's "Direct Advantage Policy Optimization (DAPO)" does not take over the DAPO that
 * other papers use undefined.
 */


/**
 * The content words of a long form, cut to a five-letter stem so spelling variants agree
 * (optimisation/optimization, acting/act, plural and possessive endings). A hyphenated word
 * gives its parts and its parts joined, so "fine-tuning" meets "finetuning" and
 * "chain-of-thought prompting" meets "Chain of Thought". Short upper-case acronyms inside it
 * ("RL with verifiable rewards") are left out, since they stand for words the other spelling
 * writes out.
 */
function senseWords(longForm: string): Set<string> {
  // Accents dropped: "Frechet Inception Distance" is the field's "Fréchet Inception Distance".
  const text = longForm.normalize("NFD").replace(/\p{M}/gu, "").replace(/'s\b/g, "");
  const joined = [...text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)].map((m) => m[0].replace(/-/g, ""));
  const words = [...text.split(/[^\p{L}\p{N}]+/u), ...joined]
    .filter((w) => w !== "" && !/^\p{Lu}{2,3}s?$/u.test(w))
    .map((w) => w.toLowerCase())
    .filter((w) => !LONG_FORM_FUNCTION_WORDS.has(w));
  // An -ing ending goes first: "Reason + Act" and "Reasoning and Acting" are one ReAct.
  return new Set(words.map((w) => (SAME_WORD.get(w) ?? (w.length > 5 ? w.replace(/ing$/, "") : w)).slice(0, 5)));
}

// Words long forms write either way whose stems differ: "Visual Transformer" is the Vision
// Transformer (ViT), "Visual Language Navigation" VLN, "recurrent neural net" an RNN.
const SAME_WORD = new Map([
  ["visual", "vision"],
  ["net", "network"],
  ["nets", "network"],
]);

/**
 * Two long forms name the same thing when at least three quarters of the shorter one's words
 * are in the other: "Self-Play" and "Self-supervised Preference Optimization" share two of
 * three words and are two methods; a long form written with an extra word ("... algorithm")
 * or an acronym for two of its words ("RL with verifiable rewards") is still one sense.
 */
function sameSense(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size) >= 0.75;
}

/** The paper id of the lexicon's definition: no real paper has an empty id. */
const FIELD_SENSE = "";

interface Definition {
  paperId: string;
  acronymKey: string;
  longForm: string;
  /** The acronym as written: REACT, ReAct. */
  spelling: string;
  /** A long form the lexicon gives this acronym ("CoT reasoning"): the field's sense, whatever its words. */
  synonym?: boolean;
}

/**
 * An acronym as a name: capitals (digits, - + * allowed) with at least one capital, or a short
 * form in mixed case (DiT, RoPE, MaE), which case-folding joins to its capitals' spelling: one
 * paper's "Reference Object Pose Embedding (ROPE)" and the field's RoPE are one key, two senses.
 */
const PLAIN_ACRONYM = /^[\p{Lu}\p{N}][\p{Lu}\p{N}\-+*]*\p{Lu}[\p{Lu}\p{N}\-+*]*$|^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{L}\p{N}]{1,6}$/u;

/**
 * A paper's definitions: mentions written as a long form that spells the acronym they were
 * given. Then, for each acronym some paper defines, the lexicon's long forms of it.
 */
function definitions(
  mentions: readonly Mention[],
  names: readonly (string | null)[],
  lexicon: Lexicon | undefined,
  spells: Spelling,
  fold: (text: string) => string,
): { found: Definition[]; fieldSpellings: Map<string, string> } {
  const found: Definition[] = [];
  const fieldSpellings = new Map<string, string>();
  const acronyms = new Map<string, string>();
  mentions.forEach((m, i) => {
    const name = names[i];
    // A name written as itself is no definition (most mentions: skipped before the patterns).
    if (!name || name === m.surface || !PLAIN_ACRONYM.test(name)) return;
    if (!isPhrase(m.surface) || fold(m.surface) === fold(name) || !spells(m.surface, name)) return;
    const synonym = lexicon !== undefined && isLexiconSynonym(lexicon, m.surface, name);
    found.push({ paperId: m.paperId, acronymKey: fold(name), longForm: m.surface, spelling: name, ...(synonym ? { synonym } : {}) });
    acronyms.set(fold(name), name);
  });
  for (const [acronymKey, acronym] of lexicon ? acronyms : []) {
    // The lexicon's spelling may differ in case (REACT defined, ReAct known).
    const entry = lookup(lexicon!, acronym) ?? lexicon!.camel.get(acronymKey);
    const longForms = entry ? [entry.name, ...entry.aliases].filter((a) => isPhrase(a) && spells(a, acronym)) : [];
    for (const longForm of longForms) found.push({ paperId: FIELD_SENSE, acronymKey, longForm, spelling: entry!.name });
    if (entry) fieldSpellings.set(acronymKey, entry.name);
  }
  return { found, fieldSpellings };
}

/**
 * Words written as a long form: spaced, or words joined by hyphens ("Mixture-of-Adapters (MoA)"
 * defines MoA as surely as "Mixture of Adapters" does). Hyphenated capitals are a name, not its
 * long form: "DD-PPO", "V-JEPA".
 */
function isPhrase(text: string): boolean {
  return /\s/.test(text) || (/^\p{L}[\p{L}\p{N}]*(?:-\p{L}[\p{L}\p{N}]*)+$/u.test(text) && /\p{Ll}{2}/u.test(text));
}

interface Sense {
  words: Set<string>;
  definitions: Definition[];
}

/**
 * Groups one acronym's definitions into senses, most-defined long forms first; on a tie, the
 * field's sense, then the sense spelled as the lexicon spells the acronym: one paper's "Reason
 * + Act (ReAct)" against one paper's "Real-time ... Trajectory planner (REACT)" keeps ReAct.
 */
function groupSenses(defs: Definition[], fieldSpelling: string | undefined): Sense[] {
  // Long forms by how many definitions write them, then alphabetically, each with its
  // definitions in their order (as a stable sort of the definitions would give them, without
  // a lookup per comparison: GRPO has thousands).
  const byLongForm = new Map<string, Definition[]>();
  for (const def of defs) {
    const list = byLongForm.get(def.longForm);
    if (list) list.push(def);
    else byLongForm.set(def.longForm, [def]);
  }
  const blocks = [...byLongForm].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // The field's sense first, one sense whatever its long forms' words (the lexicon's, and the
  // papers' uses of them: "CoT reasoning", "chain-of-thought prompting"), so a paper's long
  // form joins it when its words are among any of them.
  const fromField = (d: Definition) => d.paperId === FIELD_SENSE || d.synonym === true;
  const fieldDefs = blocks.flatMap(([, list]) => list.filter(fromField));
  const senses: Sense[] = fieldDefs.length > 0 ? [{ words: new Set(fieldDefs.flatMap((d) => [...senseWords(d.longForm)])), definitions: fieldDefs }] : [];
  // A long form goes to the first sense its words match (senses are only appended, and their
  // words never change), once for all the definitions that write it.
  for (const [longForm, list] of blocks) {
    let sense: Sense | undefined;
    for (const def of list) {
      if (fromField(def)) continue;
      if (!sense) {
        const words = senseWords(longForm);
        sense = senses.find((s) => sameSense(s.words, words));
        if (!sense) senses.push((sense = { words, definitions: [] }));
      }
      sense.definitions.push(def);
    }
  }
  // Each sense's rank, figured once rather than in every comparison.
  const rank = new Map(
    senses.map((sense) => {
      const papers = new Set(sense.definitions.map((d) => d.paperId)).size;
      const isField = sense.definitions.some((d) => d.paperId === FIELD_SENSE) ? 1 : 0;
      const spelledAsKnown = sense.definitions.some((d) => d.spelling === fieldSpelling) ? 1 : 0;
      return [sense, [papers, isField, spelledAsKnown] as const];
    }),
  );
  return senses.sort((a, b) => {
    const [ra, rb] = [rank.get(a)!, rank.get(b)!];
    return rb[0] - ra[0] || rb[1] - ra[1] || rb[2] - ra[2];
  });
}

/** acronym key -> paper -> the long form that paper defines, for acronyms defined in several senses. */
function minoritySenses({ found: defs, fieldSpellings }: { found: readonly Definition[]; fieldSpellings: Map<string, string> }): Map<string, Map<string, string>> {
  const byAcronym = new Map<string, Definition[]>();
  // Pushed, not copied: an acronym most papers define (GRPO) has thousands of definitions.
  for (const def of defs) {
    const list = byAcronym.get(def.acronymKey);
    if (list) list.push(def);
    else byAcronym.set(def.acronymKey, [def]);
  }
  const result = new Map<string, Map<string, string>>();
  for (const [acronymKey, list] of byAcronym) {
    // One long form and no field's sense make one sense (most acronyms: one paper's own name).
    if (list.every((def) => def.longForm === list[0]!.longForm && def.paperId !== FIELD_SENSE && def.synonym !== true)) continue;
    const senses = groupSenses(list, fieldSpellings.get(acronymKey));
    if (senses.length < 2) continue;
    const papers = new Map<string, string>();
    for (const sense of senses.slice(1)) {
      for (const def of sense.definitions) {
        if (def.paperId !== FIELD_SENSE && !papers.has(def.paperId)) papers.set(def.paperId, def.longForm);
      }
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
  lexicon?: Lexicon,
  /** foldKey, or a memoised one (run-memos.ts): this pass folds every mention's name. */
  fold: (text: string) => string = foldKey,
  /** spellsAcronym, or a memoised one (run-memos.ts). */
  spells: Spelling = spellsAcronym,
): Set<string> {
  const minority = minoritySenses(definitions(mentions, names, lexicon, spells, fold));
  const detached = new Set<string>();
  if (minority.size === 0) return detached;
  // The few papers that define a minority sense: any other paper's mentions are passed over
  // on a lookup of the paper id (one string per paper) instead of folding every mention's name.
  const definingPapers = new Set<string>();
  for (const papers of minority.values()) for (const paperId of papers.keys()) definingPapers.add(paperId);
  mentions.forEach((m, i) => {
    const name = names[i];
    if (!name || !definingPapers.has(m.paperId)) return;
    const longForm = minority.get(fold(name))?.get(m.paperId);
    if (longForm === undefined) return;
    names[i] = longForm;
    detached.add(foldKey(longForm));
    record(name, longForm, "acronym sense", m.paperId);
  });
  return detached;
}

/** An acronym-like name: capitals (and digits, + - *), or a mixed-case short form (CoT, LoRA). */
export const ACRONYM_NAME = /^[\p{Lu}\p{N}\-+*]{2,}s?$|\p{Ll}\p{Lu}/u;

/**
 * Merge by definition only: a mention written as a phrase whose words do not spell the
 * acronym it was given, in a sentence that does not write the acronym ("reward learning and
 * subsequent policy optimization" as PPO), keeps the phrase as its name, so it never joins
 * that acronym's node. When the sentence writes the acronym, the phrase is a definition cut
 * short ("Policy Optimization" from "Proximal Policy Optimization (PPO)") and stays the
 * acronym's. A synonym the lexicon gives ("deep Q-learning" for DQN) is not a paper's
 * definition and stays too. Renames in place and logs each undone merge.
 */
export function keepUndefinedLongForms(
  mentions: readonly Mention[],
  names: (string | null)[],
  record: (from: string, to: string, reason: string, paper?: string) => void,
  lexicon?: Lexicon,
  /** spellsAcronym, or a memoised one (run-memos.ts). */
  spells: Spelling = spellsAcronym,
  /** foldKey, or a memoised one (run-memos.ts). */
  fold: (text: string) => string = foldKey,
): void {
  mentions.forEach((m, i) => {
    const name = names[i];
    if (!name || name !== m.canonical || name === m.surface || !/\s/.test(m.surface) || !ACRONYM_NAME.test(name)) return;
    if (fold(m.surface) === fold(name) || spells(m.surface, name)) return;
    if (lexicon && isLexiconSynonym(lexicon, m.surface, name)) return;
    if (m.sentence.includes(singularAcronym(name))) return;
    names[i] = m.surface;
    record(name, m.surface, "not a definition", m.paperId);
  });
}

/** True when the lexicon lists `surface` as a name of the entry named `name`. */
export function isLexiconSynonym(lexicon: Lexicon, surface: string, name: string): boolean {
  const entry = lookup(lexicon, surface);
  return entry !== undefined && foldKey(entry.name) === foldKey(name);
}
