import { foldKey, singularAcronym, squash } from "./keys";
import { memoisedFoldKey, memoisedSpelling } from "./run-memos";
import { americanSpelling } from "./spelling-variants";
import { getDefaultLexicon, type Lexicon } from "./lexicon";
import { isSize } from "./models";
import { ACRONYM_NAME, isLexiconSynonym, keepUndefinedLongForms, splitAcronymSenses, type Spelling } from "./senses";
import type { Thesaurus } from "./thesaurus";
import { assignUndefinedByType } from "./typed-senses";
import { groupMentions, nameTable, type Group, type NameTable } from "./name-groups";
import { spelledOutNames } from "./spelled-out-names";
import { ENTITY_TYPES, type Entity, type EntityType, type MergeRecord, type Mention } from "./types";

export interface NormaliseOptions {
  thesaurus?: Thesaurus;
  /** The field's senses of acronyms (their long forms); default: data/lexicon. */
  lexicon?: Lexicon;
  /**
   * Entity names to keep where an entity may still take them (a name its mentions are given, or a
   * spelling of its acronym's long form, spelled-out-names.ts): an update passes the previous
   * map's, so its nodes keep their names.
   */
  keepNames?: ReadonlySet<string>;
}

export const DEFAULT_NORMALISE_OPTIONS: NormaliseOptions = {};

export interface NormalisedCorpus {
  entities: Entity[];
  merges: MergeRecord[];
  /** For each input mention, the id of its entity (undefined when the thesaurus dropped it). */
  assignments: (string | undefined)[];
}

/**
 * Corpus-level normalisation, merging by definition: 1. the user's thesaurus, then a phrase
 * given an acronym it does not spell keeps its own name, and acronyms defined in another
 * sense by a minority of papers are split off (senses.ts) 2. group by folded key (case,
 * spacing, hyphens, plural s: Qwen-2.5-7B = Qwen2.5-7B) 3. long forms join their acronym
 * when some paper defines it with them 4. the most frequent spelling names the group, or the long
 * form of an acronym most papers spell out (spelled-out-names.ts). Every merge
 * is recorded; output order is sorted, so the same mentions give the same result.
 */
export function normaliseCorpus(mentions: Mention[], options: NormaliseOptions = DEFAULT_NORMALISE_OPTIONS): NormalisedCorpus {
  const merges = new Map<string, MergeRecord>();
  const record: RecordMerge = (from, to, reason, paper) => {
    if (from !== to) merges.set(`${from}\u0000${to}\u0000${paper ?? ""}`, { from, to, reason, ...(paper ? { paper } : {}) });
  };
  const names = mentions.map((m) => applyThesaurus(m, options.thesaurus, record));
  const lexicon = options.lexicon ?? getDefaultLexicon();
  const fold = memoisedFoldKey();
  const spells = memoisedSpelling();
  keepUndefinedLongForms(mentions, names, record, lexicon, spells, fold);
  const detached = splitAcronymSenses(mentions, names, record, lexicon, fold, spells);
  const table = nameTable(names);
  assignUndefinedByType(mentions, names, table, record, fold);
  // Names are grouped in one spelling: "image normalisation" and "image normalization" are one node.
  const keyOf = nameKeys(table.names, memoisedFoldKey(americanSpelling));
  // By mention, its surface's key where acronymOfLongForm folded it (spelled-out-names.ts reads them again).
  const surfaceKeys: (string | undefined)[] = new Array(mentions.length);
  const acronyms = acronymOfLongForm(mentions, table, lexicon, keyOf, spells, surfaceKeys);
  for (const longKey of detached) acronyms.delete(longKey);
  const groups = groupMentions(mentions, names, table, (name) => {
    const key = keyOf(name);
    const acronym = acronyms.get(key);
    return acronym !== undefined && acronym !== key ? acronym : key;
  });
  const mostGiven = groups.list.map((group) => keptName(group, table, options.keepNames) ?? mostGivenName(group, table, groups.counts));
  const keep = namesNotToVoteOn(options);
  const spelledOut = spelledOutNames({ mentions, table, groups, names: mostGiven, keyOf, acronyms, surfaceKeys, ...(keep ? { keep } : {}) });
  const entityOfGroup = groups.list.map((group, i) => toEntity(group, spelledOut.get(i) ?? mostGiven[i]!, table, record, acronyms));
  const sorted = [...entityOfGroup].sort((a, b) => compare(a.id, b.id));
  const assignments = Array.from(table.ofMention, (id): string | undefined => (id < 0 ? undefined : entityOfGroup[groups.ofName[id]!]!.id));
  return {
    entities: sorted,
    merges: [...merges.values()].sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to) || compare(a.paper ?? "", b.paper ?? "")),
    assignments,
  };
}

/** The public API: entities and the merge log. */
export function normalise(mentions: Mention[], options: NormaliseOptions = DEFAULT_NORMALISE_OPTIONS): { entities: Entity[]; merges: MergeRecord[] } {
  const { entities, merges } = normaliseCorpus(mentions, options);
  return { entities, merges };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type RecordMerge = (from: string, to: string, reason: string, paper?: string) => void;

function applyThesaurus(mention: Mention, thesaurus: Thesaurus | undefined, record: RecordMerge): string | null {
  if (!thesaurus) return mention.canonical;
  // Rows for this paper first, then rows for every paper; the canonical name first, then the
  // text as written (users list what they see).
  const keys = [foldKey(mention.canonical), foldKey(mention.surface)];
  for (const [table, paper] of [[thesaurus.byPaper.get(mention.paperId), mention.paperId], [thesaurus.replacements, undefined]] as const) {
    const key = table && keys.find((k) => table.has(k));
    if (!table || key === undefined) continue;
    const replacement = table.get(key) ?? null;
    record(mention.canonical, replacement ?? "", replacement === null ? "thesaurus: dropped" : "thesaurus", paper);
    return replacement;
  }
  return mention.canonical;
}

/**
 * Long-form key -> acronym key, from every mention written as a long form of an acronym
 * whose words spell it (a definition, acronym-spelling.ts) or that the lexicon lists as its synonym.
 */
function acronymOfLongForm(mentions: Mention[], table: NameTable, lexicon: Lexicon, keyOf: (name: string) => string, spells: Spelling, surfaceKeys: (string | undefined)[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  // Per name, found once: whether it is acronym-like (1, -1 not; 0 not asked yet) and its key.
  const acronymLike = new Int8Array(table.names.length);
  const keys: (string | undefined)[] = new Array(table.names.length);
  for (let i = 0; i < mentions.length; i++) {
    const id = table.ofMention[i]!;
    const name = id < 0 ? undefined : table.names[id]!;
    const m = mentions[i]!;
    // A name written as itself folds to its own key: no long form (most mentions, skipped before folding).
    if (!name || name === m.surface) continue;
    if (acronymLike[id] === 0) acronymLike[id] = ACRONYM_NAME.test(name) ? 1 : -1;
    if (acronymLike[id]! < 0) continue;
    const canonicalKey = (keys[id] ??= keyOf(name));
    const surfaceKey = keyOf(m.surface);
    surfaceKeys[i] = surfaceKey;
    if (surfaceKey === canonicalKey) continue;
    if (!spells(m.surface, name) && !isLexiconSynonym(lexicon, m.surface, name)) continue;
    const counts = votes.get(surfaceKey) ?? new Map<string, number>();
    counts.set(canonicalKey, (counts.get(canonicalKey) ?? 0) + 1);
    votes.set(surfaceKey, counts);
  }
  const result = new Map<string, string>();
  for (const [longKey, counts] of votes) {
    const best = [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0];
    if (best) result.set(longKey, best[0]);
  }
  return result;
}

// A name of three capitals or more that ends in a capital S: the S may be one of its letters, not a plural
// ("Multi-Layered Self-Reflection with Auto-Prompting (MAPS)" is no plural of mAP, TACOS no
// plural of TACO).
const CAPITALS_ENDING_IN_S = /^(?=(?:[^\p{Lu}]*\p{Lu}){3})\S*[^S]S$/u;

/**
 * The key a name is grouped by: its folded key, except that such a name ending in a capital S keeps
 * its S when the corpus also names what it would be the plural of (MAPS beside mAP). Otherwise
 * the S folds as any plural's does, so ARGUS stays with Argus and MiDaS with MIDAS.
 */
function nameKeys(distinct: readonly string[], fold: (text: string) => string): (name: string) => string {
  // What each such name would be the plural of, in capitals; then those the corpus writes.
  const singulars = new Set<string>();
  for (const name of distinct) if (name.endsWith("S") && CAPITALS_ENDING_IN_S.test(name)) singulars.add(squash(name).toUpperCase().slice(0, -1));
  const written = new Set<string>();
  if (singulars.size > 0) {
    for (const name of distinct) {
      const upper = name && squash(name).toUpperCase();
      if (upper && singulars.has(upper)) written.add(upper);
    }
  }
  const ownWords = wordsBesideAcronyms(distinct);
  return (name) => {
    const key = fold(name);
    // Only where the key dropped the s (it keeps that of a short word: "Mis" folds to "mis").
    if (ownWords.size > 0 && ownWords.has(name) && !key.endsWith("s")) return `${key}s`;
    // endsWith first: the pattern is the slow part, and most names end in no capital S.
    if (written.size === 0 || !name.endsWith("S") || key.endsWith("s") || !CAPITALS_ENDING_IN_S.test(name)) return key;
    return written.has(squash(name).toUpperCase().slice(0, -1)) ? `${key}s` : key;
  };
}

// Two capitals or more and no small letter: COCO, GAN, GPT4.
const ALL_CAPITALS = /^(?=(?:\P{Lu}*\p{Lu}){2})[\p{Lu}\p{N}]+$/u;

/**
 * Names that end in a small s and would fold onto a name in capitals, which the corpus never
 * writes without that s: "we propose Cocos" is a word of its own, not a plural of COCO, whose
 * plural keeps its capitals (COCOs). "Llamas" stays a plural of LLAMA, as the corpus writes Llama.
 */
function wordsBesideAcronyms(distinct: readonly string[]): Set<string> {
  const capitals = new Set<string>();
  const written = new Set<string>();
  for (const name of distinct) {
    const squashed = squash(name);
    written.add(squashed);
    if (ALL_CAPITALS.test(squashed)) capitals.add(squashed.toLowerCase());
  }
  const words = new Set<string>();
  for (const name of distinct) {
    if (!name.endsWith("s") || name.endsWith("ss")) continue;
    const base = squash(name).slice(0, -1);
    if (capitals.has(base.toLowerCase()) && !written.has(base) && !ALL_CAPITALS.test(base)) words.add(name);
  }
  return words;
}

/**
 * The names the spelled-out vote may not change: an update's previous names, and the names the
 * user's thesaurus gives ("imitation learning,IL" asks for IL, though most papers spell it out).
 */
function namesNotToVoteOn(options: NormaliseOptions): ReadonlySet<string> | undefined {
  const { thesaurus, keepNames } = options;
  if (!thesaurus) return keepNames;
  const keep = new Set(keepNames);
  for (const table of [thesaurus.replacements, ...thesaurus.byPaper.values()]) for (const name of table.values()) if (name !== null) keep.add(name);
  return keep;
}

/**
 * The name among the group's that `keep` holds (an update's previous map named the node so): a
 * near tie between "Self-Play" and "self-play" that turns with a week's papers renames no node.
 */
function keptName(group: Group, table: NameTable, keep: ReadonlySet<string> | undefined): string | undefined {
  if (!keep) return undefined;
  for (const id of group.nameIds) {
    const name = singularAcronym(table.names[id]!);
    if (keep.has(name)) return name;
  }
  return undefined;
}

/** The name the group's mentions are given most often (an acronym without its plural s). */
function mostGivenName(group: Group, table: NameTable, counts: Int32Array): string {
  const byCount = group.nameIds.map((id) => [table.names[id]!, counts[id]!] as const);
  return singularAcronym(byCount.sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]![0]);
}

function toEntity(group: Group, name: string, table: NameTable, record: RecordMerge, acronyms: Map<string, string>): Entity {
  const variants = group.nameIds.map((id) => table.names[id]!);
  for (const variant of variants) record(variant, name, mergeReason(variant, name, acronyms));
  const aliases = new Set(group.otherTexts);
  for (const id of group.writtenAsNamed) aliases.add(table.names[id]!);
  aliases.delete(name);
  // The default sort orders strings by code unit, as compare() does, without a call per comparison.
  const papers = uniqueSorted(group.papers.sort());
  const family = familyOf(name, group.types);
  return {
    id: name,
    name,
    type: majorityType(group.types),
    aliases: [...aliases].sort(),
    ...(family ? { family } : {}),
    papers,
    count: papers.length,
    proposed: group.proposed,
  };
}

/** A sorted list without its repeats. */
function uniqueSorted(sorted: string[]): string[] {
  return sorted.filter((item, i) => i === 0 || item !== sorted[i - 1]);
}

function mergeReason(from: string, to: string, acronyms: Map<string, string>): string {
  if (acronyms.get(foldKey(from)) === foldKey(to)) return "acronym";
  if (from.toLowerCase() === to.toLowerCase()) return "case";
  if (squashLower(from) === squashLower(to)) return "spelling";
  if (foldKey(from) === foldKey(to)) return "plural";
  return "acronym";
}

function squashLower(text: string): string {
  return squash(text).toLowerCase();
}

/** The type most of the mentions have; on a tie, the first in ENTITY_TYPES. */
function majorityType(types: Int32Array): EntityType {
  let best = 0;
  for (let t = 1; t < types.length; t++) if (types[t]! > types[best]!) best = t;
  return ENTITY_TYPES[best]!;
}

/** Sized checkpoints belong to the family before their size: Qwen2.5-VL-7B-Instruct -> Qwen2.5-VL. */
function familyOf(name: string, types: Int32Array): string | undefined {
  if (types[ENTITY_TYPES.indexOf("model")] === 0) return undefined;
  const parts = name.split("-");
  const size = parts.findIndex(isSize);
  return size > 0 ? parts.slice(0, size).join("-") : undefined;
}
