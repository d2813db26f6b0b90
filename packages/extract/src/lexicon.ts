import concepts from "../../../data/lexicon/concepts.json";
import datasets from "../../../data/lexicon/datasets.json";
import methods from "../../../data/lexicon/methods.json";
import metrics from "../../../data/lexicon/metrics.json";
import models from "../../../data/lexicon/models.json";
import stoplist from "../../../data/lexicon/stoplist.json";
import tasks from "../../../data/lexicon/tasks.json";
import { endsInVariantS, exactKey, exactKeyOfSquashed, foldKey, foldKeyOfSquashed, squash } from "./keys";
import { type KeyFilter, createKeyFilter, mayHaveKey } from "./key-filter";
import { type KeyTrie, createKeyTrie } from "./key-trie";
import type { EntityType } from "./types";
import { spellingVariants } from "./spelling-variants";

/** One known entity of the field (data/lexicon/*.json). */
export interface LexiconEntry {
  name: string;
  type: EntityType;
  aliases: string[];
}

/** The lexicon compiled for lookup by key. */
export interface Lexicon {
  /** Aliases that only match with their case (acronyms and one-word names: MATH, CoT, Countdown). */
  exact: Map<string, LexiconEntry>;
  /** Everything else matches case-insensitively (chain-of-thought, Gemini 1.5 Pro). */
  folded: Map<string, LexiconEntry>;
  /**
   * Case-sensitive aliases with a capital inside the word (OlympiadBench, HumanEval), by folded
   * key: a paper that writes them as one capitalised word ("Olympiadbench") still names them.
   */
  camel: Map<string, LexiconEntry>;
  /** Folded keys of generic phrases that are never entities. */
  stop: Set<string>;
  /** Lower-cased keys of every alias cut at a word boundary: the scan stops when it leaves them. */
  prefixes: Set<string>;
  /**
   * `prefixes` as a character trie (key-trie.ts), with the lower-cased keys of `exact`, `folded`
   * and `camel` marked too: the lexicon scan walks it. Built, like `entryFilter`, from the finished
   * sets and maps, which nothing changes after compileLexicon.
   */
  trie: KeyTrie;
  /** The keys of `exact` and `folded` in one Bloom filter, asked first: most words the scans look up name nothing. */
  entryFilter: KeyFilter;
  /** Longest alias in tokens, bounds the n-gram scan. */
  maxTokens: number;
  /** Folded names of everyday words that are measures only in a measurement context (recall, latency), or tasks only in a list of tasks (coding). */
  contextual: Set<string>;
  /**
   * Folded bare heads that name one compound of theirs when the paper names no other
   * ("distillation": knowledge distillation, unless the paper is about dataset distillation).
   */
  bareHeads: Set<string>;
}

interface LexiconFile {
  type: string;
  entries: (string | string[])[];
  contextual?: string[];
  bareHeads?: string[];
}

export const LEXICON_FILES: readonly LexiconFile[] = [methods, models, datasets, tasks, metrics, concepts];

/**
 * An alias is matched with its case when it has a capital and is one plain word without
 * digits: "MATH" is the benchmark, "math" is not; "Countdown" the task, not the word.
 */
export function isCaseSensitive(alias: string): boolean {
  // ... and a name led by a one-letter English word ("A-Softmax"), which folded would match prose ("a soft-max").
  return (/\p{Lu}/u.test(alias) && !/[\d\s-]/.test(alias)) || /^[AI]-\p{L}/u.test(alias);
}

function toEntry(raw: string | string[], type: EntityType): LexiconEntry {
  const names = typeof raw === "string" ? [raw] : raw;
  const [name, ...aliases] = names;
  if (!name) throw new Error(`empty lexicon entry of type ${type}`);
  return { name, type, aliases };
}

/** Builds the lookup tables; the first entry to claim a key wins (files are in priority order). */
export function compileLexicon(files: readonly LexiconFile[] = LEXICON_FILES, stopPhrases: readonly string[] = stoplist.phrases): Lexicon {
  const lexicon: Lexicon = { exact: new Map(), folded: new Map(), camel: new Map(), stop: new Set(), prefixes: new Set(), trie: createKeyTrie([], []), entryFilter: createKeyFilter([]), maxTokens: 1, contextual: new Set(), bareHeads: new Set() };
  const respelled: [string, LexiconEntry][] = [];
  for (const file of files) {
    for (const word of file.contextual ?? []) lexicon.contextual.add(foldKey(word));
    for (const word of file.bareHeads ?? []) lexicon.bareHeads.add(foldKey(word));
    for (const raw of file.entries) {
      const entry = toEntry(raw, file.type as EntityType);
      for (const alias of [entry.name, ...entry.aliases]) {
        addAlias(lexicon, alias, entry);
        if (!isCaseSensitive(alias)) for (const variant of spellingVariants(alias)) respelled.push([variant, entry]);
      }
    }
  }
  // After every written alias, so that a name the files write in one spelling keeps its own entry.
  for (const [variant, entry] of respelled) addAlias(lexicon, variant, entry);
  for (const phrase of stopPhrases) for (const form of [phrase, ...spellingVariants(phrase)]) lexicon.stop.add(foldKey(form));
  const names = [...lexicon.exact.keys(), ...lexicon.folded.keys()];
  lexicon.trie = createKeyTrie(lexicon.prefixes, [...names, ...lexicon.camel.keys()].map((key) => key.toLowerCase()));
  lexicon.entryFilter = createKeyFilter(names);
  return lexicon;
}

function addAlias(lexicon: Lexicon, alias: string, entry: LexiconEntry): void {
  const tokens = alias.split(/[\s]+/).length + (alias.match(/[/]/g)?.length ?? 0);
  lexicon.maxTokens = Math.max(lexicon.maxTokens, tokens + 1);
  let prefix = "";
  // "/" stays in the key but also cuts a prefix: "cnn", "cnn/dailymail".
  for (const word of alias.split(/[\s\-_.'’]+|(?=\/)/)) {
    prefix += word.toLowerCase();
    lexicon.prefixes.add(prefix);
  }
  if (isCaseSensitive(alias)) {
    const key = exactKey(alias);
    if (!lexicon.exact.has(key)) lexicon.exact.set(key, entry);
    const camelKey = /\p{Ll}\p{Lu}/u.test(alias) ? foldKey(alias) : undefined;
    if (camelKey !== undefined && !lexicon.camel.has(camelKey)) lexicon.camel.set(camelKey, entry);
  } else {
    const key = foldKey(alias);
    if (!lexicon.folded.has(key)) lexicon.folded.set(key, entry);
  }
}

/** The entry a surface form names, if any. */
export function lookup(lexicon: Lexicon, surface: string): LexiconEntry | undefined {
  const squashed = squash(surface);
  const entry = exactEntry(lexicon, exactKeyOfSquashed(squashed)) ?? foldedEntry(lexicon, foldKeyOfSquashed(squashed));
  // Asked only of a match (most lookups find none): "YOLOv8-s" is no plural of YOLOv8.
  return entry && endsInVariantS(surface) ? (exactEntry(lexicon, exactKey(surface)) ?? foldedEntry(lexicon, foldKey(surface))) : entry;
}

/** The entry of an exact key (`exact`'s keys), the filter asked first. */
export function exactEntry(lexicon: Lexicon, key: string): LexiconEntry | undefined {
  return mayHaveKey(lexicon.entryFilter, key) ? lexicon.exact.get(key) : undefined;
}

/** The entry of a folded key (`folded`'s keys), the filter asked first. */
export function foldedEntry(lexicon: Lexicon, key: string): LexiconEntry | undefined {
  return mayHaveKey(lexicon.entryFilter, key) ? lexicon.folded.get(key) : undefined;
}

export function isStopPhrase(lexicon: Lexicon, surface: string): boolean {
  return lexicon.stop.has(foldKey(surface));
}

const INSTITUTIONS = new Set(stoplist.institutions);

/** Letters stop-listed as an institution's or a venue's (ACM, SLT), which a paper may spell out in a sense of its own. */
export function isInstitutionLetters(short: string): boolean {
  return INSTITUTIONS.has(short);
}

let defaultLexicon: Lexicon | undefined;

/** The lexicon shipped in data/lexicon, compiled once. */
export function getDefaultLexicon(): Lexicon {
  defaultLexicon ??= compileLexicon();
  return defaultLexicon;
}
