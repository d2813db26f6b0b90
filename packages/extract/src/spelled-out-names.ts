/**
 * Which acronyms' entities are named by their long form. An entity's name is the one its
 * mentions are given most often, and the lexicon and every definition give an acronym's long
 * form the acronym's name: "imitation learning" is IL on the map even where most papers never
 * write IL. A reader outside the subfield knows imitation learning, multi-task learning or
 * post-training quantization, not IL, MTL or PTQ; DPO, CNN or PSNR are what papers write bare.
 * So the papers vote: one that writes only the long form is for it, one that writes only the
 * acronym is for the acronym, one that defines it says both and abstains. Models and datasets
 * keep their short name (BERT, COCO): that is what the thing is called.
 */
import { ACRONYM_NAME } from "./senses";
import type { Group, NameTable } from "./name-groups";
import type { Mention } from "./types";

// The most words a long form may have to name its entity on the map.
const MOST_WORDS = 4;

/** What a paper writes of an entity: its acronym (bit 1), a long form of it (bit 2). */
const ACRONYM = 1;
const LONG_FORM = 2;

/** The vote, by group index. */
interface Votes {
  /** Papers that write only the acronym. */
  acronymOnly: Int32Array;
  /** Papers that write only a long form. */
  longOnly: Int32Array;
  /** By group (only those some paper spells out): each long form as written -> the papers that write it. */
  spellings: Map<number, Map<string, Set<string>>>;
}

/** A corpus's mentions grouped into entities, and the names the groups are given so far (normalise.ts). */
export interface NamedGroups {
  mentions: readonly Mention[];
  table: NameTable;
  groups: { list: readonly Group[]; ofName: Int32Array };
  /** By group index, the name its mentions are given most often. */
  names: readonly string[];
  /** A text's key, as the groups are keyed. */
  keyOf: (text: string) => string;
  /** A long form's key -> its acronym's key. */
  acronyms: ReadonlyMap<string, string>;
  /** By mention, its surface's key where normalisation already made it. */
  surfaceKeys: readonly (string | undefined)[];
  /** Names no vote changes where a group may still take them: an update's previous map's, the user's thesaurus's. */
  keep?: ReadonlySet<string>;
}

/**
 * By group index, the long form to name the group by, for each group named by an acronym more
 * of whose papers write only a long form than only the acronym (or, with `keep`, whose kept name
 * is one of its long forms).
 */
export function spelledOutNames(corpus: NamedGroups): Map<number, string> {
  const { acronymOnly, longOnly, spellings: byGroup } = paperVotes(corpus);
  const taken = new Set(corpus.names);
  const result = new Map<number, string>();
  for (const [group, spellings] of byGroup) {
    // An update keeps the name the previous map gave the node, the acronym or a spelling of its
    // long form, so a vote that turns with a week's papers does not make it a new node; a name
    // the user's thesaurus gives stays too.
    if (corpus.keep?.has(corpus.names[group]!)) continue;
    const kept = corpus.keep ? [...spellings.keys()].find((spelling) => corpus.keep!.has(spelling)) : undefined;
    if (kept === undefined && longOnly[group]! <= acronymOnly[group]!) continue;
    const name = kept ?? bestSpelling(spellings, corpus.keyOf);
    // Never two entities of one name (a long form another group is already named by), nor a label
    // that crowds the map: "reinforcement learning with verifiable rewards" stays RLVR.
    if (name !== undefined && !taken.has(name) && name.split(" ").length <= MOST_WORDS) {
      taken.add(name);
      result.set(group, name);
    }
  }
  return result;
}

/**
 * What each paper writes of each group named by an acronym, and the long forms' spellings. A
 * paper's mentions come together (as extraction gives them), so each group's vote is tallied
 * as its papers go by, with no map of papers per group: the 100,000-paper corpus has a million
 * mentions, and its largest acronyms thousands of papers each.
 */
function paperVotes({ mentions, table, groups, names, keyOf, acronyms, surfaceKeys }: NamedGroups): Votes {
  const count = groups.list.length;
  const votes: Votes = { acronymOnly: new Int32Array(count), longOnly: new Int32Array(count), spellings: new Map() };
  // Per group, asked once: 1 when named by an acronym and not a model or dataset, -1 not.
  const eligible = new Int8Array(count);
  // Per group, the paper being read and what it wrote so far.
  const paperOf: (string | undefined)[] = new Array(count);
  const written = new Uint8Array(count);
  const close = (group: number) => {
    if (written[group] === ACRONYM) votes.acronymOnly[group]!++;
    else if (written[group] === LONG_FORM) votes.longOnly[group]!++;
    written[group] = 0;
  };
  // Per name, its key, made once: most mentions are written as their name.
  const nameKeys: (string | undefined)[] = new Array(table.names.length);
  const order = paperByPaper(mentions);
  for (let k = 0; k < mentions.length; k++) {
    const i = order ? order[k]! : k;
    const id = table.ofMention[i]!;
    if (id < 0) continue;
    const group = groups.ofName[id]!;
    if (eligible[group] === 0) eligible[group] = isEligible(groups.list[group]!, names[group]!) ? 1 : -1;
    if (eligible[group]! < 0) continue;
    const m = mentions[i]!;
    const key = m.surface === table.names[id] ? (nameKeys[id] ??= keyOf(m.surface)) : (surfaceKeys[i] ?? keyOf(m.surface));
    const acronymKey = groups.list[group]!.key;
    // Another short name the lexicon gives the same sense is no long form: AUROC for AUC.
    const bit = key === acronymKey ? ACRONYM : acronyms.get(key) === acronymKey && !ACRONYM_NAME.test(m.surface) ? LONG_FORM : 0;
    if (bit === 0) continue;
    if (paperOf[group] !== m.paperId) {
      close(group);
      paperOf[group] = m.paperId;
    }
    written[group]! |= bit;
    if (bit === LONG_FORM) {
      let spellings = votes.spellings.get(group);
      if (!spellings) votes.spellings.set(group, (spellings = new Map()));
      let papers = spellings.get(m.surface);
      if (!papers) spellings.set(m.surface, (papers = new Set()));
      papers.add(m.paperId);
    }
  }
  for (let group = 0; group < count; group++) close(group);
  return votes;
}

/**
 * The mentions' indices paper by paper, or undefined when they already come so (extraction's
 * order, one pass to check): a list whose papers come apart (a caller's own) is put in order,
 * each paper where it first appears.
 */
function paperByPaper(mentions: readonly Mention[]): Int32Array | undefined {
  const done = new Set<string>();
  let current: string | undefined;
  let apart = false;
  for (const m of mentions) {
    if (m.paperId === current) continue;
    if (done.has(m.paperId)) {
      apart = true;
      break;
    }
    if (current !== undefined) done.add(current);
    current = m.paperId;
  }
  if (!apart) return undefined;
  const byPaper = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const list = byPaper.get(m.paperId);
    if (list) list.push(i);
    else byPaper.set(m.paperId, [i]);
  });
  return Int32Array.from([...byPaper.values()].flat());
}

// ENTITY_TYPES' order: method, model, dataset, task, metric, concept (types.ts).
const MODEL = 1;
const DATASET = 2;

function isEligible(group: Group, name: string): boolean {
  if (!ACRONYM_NAME.test(name)) return false;
  // The type most mentions have (normalise.ts's majorityType), a model or dataset keeping its name.
  let best = 0;
  for (let t = 1; t < group.types.length; t++) if (group.types[t]! > group.types[best]!) best = t;
  return best !== MODEL && best !== DATASET;
}

/**
 * The long form's spelling, from the papers that write the long form most papers write (by key):
 * first its words, as most papers write them whatever their case ("question answering" before
 * "question-answering"), a singular before a plural that papers write too; then their case, the
 * fewest capitals that some papers write, so a common noun capitalised in titles and definitions
 * ("Imitation Learning") is named as running text writes it ("imitation learning") and a proper
 * noun keeps its capital ("Markov decision process").
 */
function bestSpelling(spellings: ReadonlyMap<string, ReadonlySet<string>>, keyOf: (text: string) => string): string | undefined {
  const byKey = new Map<string, Map<string, Map<string, number>>>();
  const papersOfKey = new Map<string, Set<string>>();
  for (const [spelling, papers] of spellings) {
    const key = keyOf(spelling);
    const forms = byKey.get(key) ?? new Map<string, Map<string, number>>();
    byKey.set(key, forms);
    const lower = spelling.toLowerCase();
    const variants = forms.get(lower) ?? new Map<string, number>();
    forms.set(lower, variants.set(spelling, papers.size));
    const all = papersOfKey.get(key) ?? new Set<string>();
    papersOfKey.set(key, all);
    for (const paper of papers) all.add(paper);
  }
  const key = [...papersOfKey].sort((a, b) => b[1].size - a[1].size || compare(a[0], b[0]))[0]?.[0];
  const forms = key === undefined ? undefined : byKey.get(key);
  if (!forms || key === undefined) return undefined;
  // Written by "some papers": two, or a tenth of them when there are more than twenty.
  const some = Math.max(2, Math.ceil(papersOfKey.get(key)!.size / 10));
  const papersOf = (variants: ReadonlyMap<string, number>) => [...variants.values()].reduce((sum, n) => sum + n, 0);
  const byPapers = [...forms].sort((a, b) => papersOf(b[1]) - papersOf(a[1]) || compare(a[0], b[0]));
  let [form, variants] = byPapers[0]!;
  const singular = form.endsWith("s") ? forms.get(form.slice(0, -1)) : undefined;
  if (singular && papersOf(singular) >= some) [form, variants] = [form.slice(0, -1), singular];
  const most = Math.max(...variants.values());
  const written = [...variants].filter(([, papers]) => papers >= Math.min(some, most));
  written.sort(([a, pa], [b, pb]) => capitals(a) - capitals(b) || pb - pa || compare(a, b));
  return written[0]?.[0];
}

function capitals(text: string): number {
  let count = 0;
  for (const char of text) if (char !== char.toLowerCase()) count++;
  return count;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
