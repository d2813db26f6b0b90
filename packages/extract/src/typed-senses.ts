import { ACRONYM_NAME } from "./senses";
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
 * those). Renames in place, after that splitting, and logs each move.
 */
export function assignUndefinedByType(mentions: readonly Mention[], names: (string | null)[], record: RecordMerge, fold: (text: string) => string): void {
  const senses = definedSenses(mentions, names, fold);
  if (senses.byAcronym.size === 0) return;
  const keyOf = ambiguousKeys(senses, fold);
  // The undefined uses of those acronyms, found in one pass (few mentions of a large corpus).
  const uses: { index: number; key: string }[] = [];
  const undefinedIn = new Map<string, Set<string>>();
  mentions.forEach((m, index) => {
    const name = names[index];
    if (!name || name !== m.surface) return;
    const key = keyOf(name);
    if (key === undefined || senses.definedIn.has(`${m.paperId}\u0000${key}`)) return;
    uses.push({ index, key });
    let papers = undefinedIn.get(key);
    if (!papers) undefinedIn.set(key, (papers = new Set()));
    papers.add(m.paperId);
  });
  for (const { index, key } of uses) {
    // Most papers write it undefined: its usual sense needs no definition there and may be none
    // of those the few defining papers give.
    if (undefinedIn.get(key)!.size > senses.definingPapers.get(key)!.size) continue;
    const m = mentions[index]!;
    const sense = senses.byAcronym.get(key)!.get(m.type);
    if (sense === undefined || sense === AMBIGUOUS || fold(sense) === key) continue;
    record(names[index]!, sense, "acronym sense by type", m.paperId);
    names[index] = sense;
  }
}

/** Papers that must write a sense before undefined uses may be given it. */
const MIN_PAPERS = 2;

/** Two senses of one kind: an undefined use of that kind cannot tell them apart. */
const AMBIGUOUS = "";

interface DefinedSenses {
  /** Acronym key -> type -> the sense's name (a long form, or the acronym for the sense that keeps it); only acronyms with senses of two kinds or more. */
  byAcronym: Map<string, Map<EntityType, string>>;
  /** "paper \0 acronym key" for each paper that writes a sense of the acronym. */
  definedIn: Set<string>;
  /** Acronym key -> the papers that write one of its senses. */
  definingPapers: Map<string, Set<string>>;
}

/**
 * A name's acronym key when it is one of the acronyms with senses of two kinds, else undefined;
 * asked once per distinct name (a corpus's mentions repeat a few names many times).
 */
function ambiguousKeys(senses: DefinedSenses, fold: (text: string) => string): (name: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (name) => {
    if (known.has(name)) return known.get(name);
    const key = ACRONYM_NAME.test(name) ? fold(name) : undefined;
    const found = key !== undefined && senses.byAcronym.has(key) ? key : undefined;
    known.set(name, found);
    return found;
  };
}


/**
 * The senses the corpus gives each acronym, with the type most of their mentions have: a short
 * form read as a long form ("MAE" named masked autoencoder, by the lexicon or a minority sense),
 * and a long form read as the acronym ("Masked Autoencoders" named MAE: the sense that keeps it).
 */
function definedSenses(mentions: readonly Mention[], names: readonly (string | null)[], fold: (text: string) => string): DefinedSenses {
  // Acronym key -> sense key -> the sense's first name and its mentions' types.
  const counts = new Map<string, Map<string, { name: string; types: Map<EntityType, number>; papers: Set<string> }>>();
  const definedIn = new Set<string>();
  const definingPapers = new Map<string, Set<string>>();
  const shapes = shapeMemo();
  mentions.forEach((m, i) => {
    const name = names[i];
    if (!name || name === m.surface) return;
    let acronym: string;
    if (shapes.isAcronym(m.surface) && shapes.isPhrase(name)) acronym = m.surface;
    else if (shapes.isAcronym(name) && shapes.isPhrase(m.surface)) acronym = name;
    else return;
    const key = fold(acronym);
    definedIn.add(`${m.paperId}\u0000${key}`);
    let defining = definingPapers.get(key);
    if (!defining) definingPapers.set(key, (defining = new Set()));
    defining.add(m.paperId);
    let bySense = counts.get(key);
    if (!bySense) counts.set(key, (bySense = new Map()));
    // By key, so "Masked Autoencoders" and "masked autoencoder" are one sense.
    const senseKey = fold(name);
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
  return { byAcronym, definedIn, definingPapers };
}

/** Whether a text is an acronym or a phrase of several words, each asked once per distinct text. */
function shapeMemo(): { isAcronym: (text: string) => boolean; isPhrase: (text: string) => boolean } {
  const acronyms = new Map<string, boolean>();
  const phrases = new Map<string, boolean>();
  const memo = (known: Map<string, boolean>, test: (text: string) => boolean) => (text: string) => {
    let result = known.get(text);
    if (result === undefined) known.set(text, (result = test(text)));
    return result;
  };
  return { isAcronym: memo(acronyms, (text) => ACRONYM_NAME.test(text)), isPhrase: memo(phrases, (text) => /\s/.test(text)) };
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
