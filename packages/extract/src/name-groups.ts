/**
 * The mentions of a corpus by name and by entity, for normalise.ts: names as small integers,
 * and what each entity's mentions add up to (papers, texts, types), gathered in one pass.
 */
import { ENTITY_TYPES, type Mention } from "./types";

/**
 * What one entity's mentions add up to, gathered in one pass over the corpus's mentions in
 * their order (each mention object read once, in the order it was made).
 */
export interface Group {
  key: string;
  /** Ids of the names its mentions are given (NameTable), in first-seen order. */
  nameIds: number[];
  /** Its mentions' paper ids, a paper's repeats next to each other dropped (sorted and made unique at the end). */
  papers: string[];
  /** Texts of its mentions not written as their own name, surface and canonical. */
  otherTexts: Set<string>;
  /** Names some mention is written as (surface = canonical = name), by id. */
  writtenAsNamed: Set<number>;
  /** Mentions per type, by ENTITY_TYPES index. */
  types: Int32Array;
  proposed: boolean;
}

/**
 * The distinct names of a corpus's mentions, each given a small integer: the million mentions
 * of 100,000 arXiv abstracts give about 20,000 distinct names, so every step after this one
 * works per name, and per mention only reads arrays (strings hashed once, not in five map
 * lookups per mention).
 */
export interface NameTable {
  /** Name id -> the name. */
  names: string[];
  /** Mention index -> its name id, -1 when the thesaurus dropped it. */
  ofMention: Int32Array;
}

export function nameTable(names: readonly (string | null)[]): NameTable {
  const ids = new Map<string, number>();
  const table: NameTable = { names: [], ofMention: new Int32Array(names.length) };
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    table.ofMention[i] = name === null || name === undefined ? -1 : nameId(table, ids, name);
  }
  return table;
}

/** The id of `name` (`ids`: the table's names to their ids), added to the table when it has none. */
export function nameId(table: NameTable, ids: Map<string, number>, name: string): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = table.names.length;
    table.names.push(name);
    ids.set(name, id);
  }
  return id;
}

export interface Grouping {
  list: Group[];
  /** Name id -> index of its group in `list` (a name belongs to one group). */
  ofName: Int32Array;
  /** Name id -> how many mentions are given that name. */
  counts: Int32Array;
}

/**
 * The mentions grouped by the key of their name (`keyOf`, asked once per distinct name).
 * Groups come in the order of their first mention, as a Map filled mention by mention would.
 */
export function groupMentions(mentions: readonly Mention[], names: readonly (string | null)[], table: NameTable, keyOf: (name: string) => string): Grouping {
  const keys = table.names.map(keyOf);
  const byKey = new Map<string, number>();
  const list: Group[] = [];
  const ofName = new Int32Array(table.names.length).fill(-1);
  const counts = new Int32Array(table.names.length);
  for (let i = 0; i < table.ofMention.length; i++) {
    const id = table.ofMention[i]!;
    if (id < 0) continue;
    let index = ofName[id]!;
    if (index < 0) {
      const key = keys[id]!;
      index = byKey.get(key) ?? -1;
      if (index < 0) {
        index = list.length;
        list.push({ key, nameIds: [], papers: [], otherTexts: new Set(), writtenAsNamed: new Set(), types: new Int32Array(ENTITY_TYPES.length), proposed: false });
        byKey.set(key, index);
      }
      ofName[id] = index;
    }
    const group = list[index]!;
    if (counts[id] === 0) group.nameIds.push(id);
    counts[id] = counts[id]! + 1;
    const m = mentions[i]!;
    if (group.papers[group.papers.length - 1] !== m.paperId) group.papers.push(m.paperId);
    if (m.surface === m.canonical && m.canonical === names[i]) group.writtenAsNamed.add(id);
    else group.otherTexts.add(m.surface).add(m.canonical);
    const type = ENTITY_TYPES.indexOf(m.type);
    group.types[type] = group.types[type]! + 1;
    if (m.proposed) group.proposed = true;
  }
  return { list, ofName, counts };
}

