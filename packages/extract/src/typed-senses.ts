import { ACRONYM_NAME } from "./senses";
import { nameId, type NameTable } from "./name-groups";
import type { RecordMerge } from "./normalise";
import type { EntityType, Mention } from "./types";

/**
 * Undefined uses of an acronym the corpus defines in senses of different kinds go to the sense
 * of their own kind. MAE is "masked autoencoder" (a method) in some papers and "mean absolute
 * error" (a measure) in others; a paper that writes "MAE and RMSE" without defining either reads
 * it as a measure, and its MAE belongs with mean absolute error, not on a node of its own beside
 * the masked autoencoders. Only where exactly one sense has the use's type: two senses of one
 * kind (domain randomization and dimensionality reduction, both DR) leave it as it is, and so
 * does an acronym all of whose senses are of one kind (the sense splitting of senses.ts decides
 * those). Renames in place, after that splitting, and logs each move; the name table follows.
 */
export function assignUndefinedByType(mentions: readonly Mention[], names: (string | null)[], table: NameTable, record: RecordMerge, fold: (text: string) => string): void {
  const senses = definedSenses(mentions, table, fold);
  if (senses.byAcronym.size === 0) return;
  // Per distinct name, by its id in the table: a large corpus's mentions are read as integers.
  const keyOfName = table.names.map((name) => {
    const key = ACRONYM_NAME.test(name) ? fold(name) : undefined;
    return key !== undefined && senses.byAcronym.has(key) ? key : undefined;
  });
  // The undefined uses of those acronyms, found in one pass (few mentions of a large corpus).
  const uses: { index: number; key: string }[] = [];
  const undefinedIn = new Map<string, Set<string>>();
  mentions.forEach((m, index) => {
    const id = table.ofMention[index]!;
    const key = id < 0 ? undefined : keyOfName[id];
    if (key === undefined || names[index] !== m.surface || senses.definingPapers.get(key)!.has(m.paperId)) return;
    uses.push({ index, key });
    let papers = undefinedIn.get(key);
    if (!papers) undefinedIn.set(key, (papers = new Set()));
    papers.add(m.paperId);
  });
  let idOfName: Map<string, number> | undefined;
  for (const { index, key } of uses) {
    // Most papers write it undefined: its usual sense needs no definition there and may be none
    // of those the few defining papers give.
    if (undefinedIn.get(key)!.size > senses.definingPapers.get(key)!.size) continue;
    const m = mentions[index]!;
    const sense = senses.byAcronym.get(key)!.get(m.type);
    if (sense === undefined || sense === AMBIGUOUS || fold(sense) === key) continue;
    record(names[index]!, sense, "acronym sense by type", m.paperId);
    names[index] = sense;
    // The table follows the rename: the sense's id, a new one if no mention was named so.
    idOfName ??= new Map(table.names.map((name, id) => [name, id]));
    table.ofMention[index] = nameId(table, idOfName, sense);
  }
}

/** Papers that must write a sense before undefined uses may be given it. */
const MIN_PAPERS = 2;

/** Two senses of one kind: an undefined use of that kind cannot tell them apart. */
const AMBIGUOUS = "";

interface DefinedSenses {
  /** Acronym key -> type -> the sense's name (a long form, or the acronym for the sense that keeps it); only acronyms with senses of two kinds or more. */
  byAcronym: Map<string, Map<EntityType, string>>;
  /** Acronym key -> the papers that write one of its senses. */
  definingPapers: Map<string, Set<string>>;
}

/**
 * The senses the corpus gives each acronym, with the type most of their mentions have: a short
 * form read as a long form ("MAE" named masked autoencoder, by the lexicon or a minority sense),
 * and a long form read as the acronym ("Masked Autoencoders" named MAE: the sense that keeps it).
 * A name's shape and key are figured once per name in the table; a surface's shape, once per
 * surface of a mention whose name is a phrase.
 */
function definedSenses(mentions: readonly Mention[], table: NameTable, fold: (text: string) => string): DefinedSenses {
  // Acronym key -> sense key -> the sense's first name and its mentions' types.
  const counts = new Map<string, Map<string, { name: string; types: Map<EntityType, number>; papers: Set<string> }>>();
  const definingPapers = new Map<string, Set<string>>();
  const isAcronym = memoised((text) => ACRONYM_NAME.test(text));
  const shapes = new Int8Array(table.names.length);
  const keys: (string | undefined)[] = new Array(table.names.length);
  mentions.forEach((m, i) => {
    const id = table.ofMention[i]!;
    if (id < 0) return;
    const name = table.names[id]!;
    if (name === m.surface) return;
    if (shapes[id] === 0) shapes[id] = name.includes(" ") ? PHRASE : isAcronym(name) ? ACRONYM : OTHER;
    // One of the two a phrase, the other an acronym.
    let key: string;
    if (shapes[id] === ACRONYM && m.surface.includes(" ")) key = keys[id] ??= fold(name);
    else if (shapes[id] === PHRASE && !m.surface.includes(" ") && isAcronym(m.surface)) key = fold(m.surface);
    else return;
    let defining = definingPapers.get(key);
    if (!defining) definingPapers.set(key, (defining = new Set()));
    defining.add(m.paperId);
    let bySense = counts.get(key);
    if (!bySense) counts.set(key, (bySense = new Map()));
    // By key, so "Masked Autoencoders" and "masked autoencoder" are one sense.
    const senseKey = (keys[id] ??= fold(name));
    let sense = bySense.get(senseKey);
    if (!sense) bySense.set(senseKey, (sense = { name, types: new Map(), papers: new Set() }));
    sense.types.set(m.type, (sense.types.get(m.type) ?? 0) + 1);
    sense.papers.add(m.paperId);
  });
  const byAcronym = new Map<string, Map<EntityType, string>>();
  for (const [key, bySense] of counts) {
    // A sense that keeps the acronym as its name is the one undefined uses go to (senses.ts):
    // "OCR techniques" is optical character recognition, however the sentence types it.
    if (bySense.size < 2 || (bySense.get(key)?.papers.size ?? 0) >= MIN_PAPERS) continue;
    const senseOfType = new Map<EntityType, string>();
    for (const { name, types, papers } of bySense.values()) {
      // One paper's own acronym (PRISM, MSA) is no sense other papers mean by it.
      if (papers.size < MIN_PAPERS) continue;
      const type = majority(types);
      senseOfType.set(type, senseOfType.has(type) ? AMBIGUOUS : name);
    }
    if (senseOfType.size >= 2) byAcronym.set(key, senseOfType);
  }
  return { byAcronym, definingPapers };
}

// A name's shape, figured once: a phrase of several words, an acronym, or neither.
const PHRASE = 1;
const ACRONYM = 2;
const OTHER = 3;

/** A test asked once per distinct text. */
function memoised(test: (text: string) => boolean): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) known.set(text, (result = test(text)));
    return result;
  };
}

/** The type with the most mentions; on a tie, the first seen. */
function majority(byType: Map<EntityType, number>): EntityType {
  let best: EntityType | undefined;
  let most = 0;
  for (const [type, count] of byType) {
    if (count > most) {
      best = type;
      most = count;
    }
  }
  return best!;
}
