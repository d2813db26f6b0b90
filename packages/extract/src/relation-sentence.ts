// One sentence as the relation patterns read it: its typed mentions in order (plus "our
// method" and friends resolved to the paper's own entity), cut into clauses at contrast
// words, with the helpers the patterns share: lists that distribute, subjects, negation.
import { type CueList, allCues, cueSource, hasCue } from "./relation-cues";
import type { EntityType, Mention } from "./types";

/** A mention (or a phrase resolved to one) inside a sentence; offsets are sentence-relative. */
export interface Item {
  start: number;
  end: number;
  /** Index of the mention in the paper's list (for a resolved phrase: the own entity's mention). */
  mention: number;
  type: EntityType;
  canonical: string;
  proposed: boolean;
  /** "our method", "the proposed approach", "we", "It" (or nothing: an unnamed subject) stand for the paper's own entity. */
  reference?: "phrase" | "pronoun" | "implicit";
}

export interface Clause {
  start: number;
  end: number;
  items: Item[];
}

export interface SentenceView {
  text: string;
  /** Offset of the sentence in the paper text. */
  offset: number;
  isTitle: boolean;
  items: Item[];
  clauses: Clause[];
  /** Cues of every list in the sentence, read once on first use (sentence offsets). */
  cues?: Map<CueList, [number, number][]>;
}

/** The entity the paper introduces, which "our method", "we" and "it" stand for. */
export interface OwnEntity {
  mention: number;
  type: EntityType;
  canonical: string;
  /** Whether the paper trains models with it: it speaks of training, and not of its method as training-free. */
  trains?: boolean;
}

// Up to four words between: "our proposed 3DGS data compression framework".
const OWN_PHRASE = new RegExp(`\\b(?:our|the\\s+proposed|this\\s+new|the\\s+resulting)\\s+(?:[\\w-]+\\s+){0,4}?(?:${cueSource("ownNouns")}|(${cueSource("ownDatasetNouns")}))`, "gi");
// "we" acts for the paper; "It" opening a sentence continues the previous one's subject.
// A lower-case "it" only as the subject of a result verb ("e.g. it boosts ...").
const OWN_PRONOUN = /\b[Ww]e\b|^It\b|\bit\b(?=\s+(?:also\s+|further\s+|consistently\s+|significantly\s+|often\s+|even\s+|still\s+|clearly\s+|substantially\s+|notably\s+)?(?:boosts|improves|achieves|outperforms|surpasses|reaches|reduces|increases|attains|sets|uses|leverages|employs|combines)\b)/g;

/** Items for "our method" and "we" that do not overlap a real mention ("our MedGRPO framework"). */
export function ownReferences(text: string, mentions: Item[], own: OwnEntity | undefined): Item[] {
  if (!own) return [];
  const refs: Item[] = [];
  // Cheap guards first: most sentences say neither "our", "proposed" nor "this new".
  const phrases = /\b(?:our|proposed|new|resulting)\s/i.test(text) ? text.matchAll(OWN_PHRASE) : [];
  for (const match of phrases) {
    const wantsDataset = match[1] !== undefined;
    if (wantsDataset !== (own.type === "dataset")) continue;
    const end = match.index + match[0].length;
    // "our flagship model, Goedel-Prover-V2-32B," and "our model SSR-Zero-7B" name themselves.
    const named = mentions.some((m) => m.start >= end && /^\s*,?\s*$/.test(text.slice(end, m.start)));
    if (!named && (isFree(mentions, match.index, end) || onlyModifiers(mentions, match.index, end, match[0]))) refs.push(ownItem(own, match.index, end, "phrase"));
  }
  for (const match of text.matchAll(OWN_PRONOUN)) {
    const end = match.index + match[0].length;
    if (isFree(mentions, match.index, end)) refs.push(ownItem(own, match.index, end, "pronoun"));
  }
  return refs;
}

// Module functions, not closures or spreads in ownReferences: it runs on every sentence, and
// tsx names every closure it creates.
/** No mention overlaps [start, end). */
function isFree(mentions: Item[], start: number, end: number): boolean {
  return !mentions.some((m) => m.start < end && m.end > start);
}

/**
 * The mentions inside an own phrase only describe it: "our proposed 3DGS data compression
 * framework" is the own method, 3DGS its field. A proposed name inside names it ("our MedGRPO
 * framework" is MedGRPO's mention), and so does a mention that takes the phrase's last word.
 */
function onlyModifiers(mentions: Item[], start: number, end: number, phrase: string): boolean {
  const noun = start + phrase.search(/\S+$/);
  return mentions.every((m) => m.start >= end || m.end <= start || (m.start > start && m.end <= noun && !m.proposed));
}

/** An item that stands for the paper's own entity: a name it proposes, or a phrase or pronoun for it. */
export function standsForOwn(item: Item): boolean {
  return item.proposed || item.reference !== undefined;
}

/** The own entity's name or a phrase for it ("our method"), not a pronoun: a clause's own subject by name. */
export function namesOwn(item: Item): boolean {
  return (item.proposed && item.reference !== "pronoun") || item.reference === "phrase";
}

/** An item standing for the own entity: a phrase or pronoun that names it, or (0-0, "implicit") no text at all. */
export function ownItem(own: OwnEntity, start: number, end: number, reference: Item["reference"]): Item {
  return { start, end, mention: own.mention, type: own.type, canonical: own.canonical, proposed: true, reference };
}

/** Clauses: the sentence cut at semicolons and contrast words ("..., while GUI-RCPO ..."), found among its cues. */
export function splitClauses(text: string, items: Item[], contrasts: [number, number][]): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  // One array filled by push (semicolons, then contrasts), not map() and spreads, whose arrays
  // change kind once the caller is optimised and deoptimised it.
  const breaks: [number, number][] = [];
  for (const m of text.matchAll(/;/g)) breaks.push([m.index, m.index + 1]);
  for (const contrast of contrasts) breaks.push(contrast);
  for (const [from, to] of breaks.sort((a, b) => a[0] - b[0])) {
    if (from < start) continue;
    pushClause(clauses, items, start, from - (/,?\s*$/.exec(text.slice(Math.max(0, from - 3), from))?.[0].length ?? 0));
    start = to + (/^\s*/.exec(text.slice(to, to + 4))?.[0].length ?? 0);
  }
  pushClause(clauses, items, start, text.length);
  return clauses;
}

/** Adds the clause [start, end) with its items, unless it is empty. */
function pushClause(clauses: Clause[], items: Item[], start: number, end: number): void {
  if (end > start) clauses.push({ start, end, items: items.filter((i) => i.start >= start && i.end <= end) });
}

export function makeSentence(text: string, offset: number, isTitle: boolean, mentions: { index: number; mention: Mention }[], own: OwnEntity | undefined): SentenceView {
  // Pushed into one array, not map()ped and spread: see splitClauses.
  const named: Item[] = [];
  for (const { index, mention } of mentions) {
    named.push({
      start: mention.start - offset,
      end: mention.end - offset,
      mention: index,
      type: mention.type,
      canonical: mention.canonical,
      proposed: mention.proposed,
      // Written out though empty: one object shape for named and resolved items (ownItem), so
      // the patterns' reads of items stay monomorphic.
      reference: undefined,
    });
  }
  const items = named.slice();
  for (const reference of ownReferences(text, named, own)) items.push(reference);
  items.sort((a, b) => a.start - b.start);
  const cues = allCues(text);
  return { text, offset, isTitle, items, clauses: splitClauses(text, items, cues.get("clauseBreaks") ?? []), cues };
}

// A list separator between two items, maybe after a bracket: "GPT-4-Turbo (17.6%) and GPT-4o".
// "..., as well as larger general LLMs like Qwen2.5-32B": the list goes on through a class and its example.
// So it does from a class the rules name to its examples: "surpass imitation learning methods such as
// OpenVLA, DexVLA", "RL algorithms like PPO and GRPO" (the class and each example are items).
const LIST_GAP = /^\s*(?:\([^()]{0,40}\)\s*)?(?:,?\s*as\s+well\s+as\s+(?:[\p{Ll}-]+\s+){1,4}(?:like|such\s+as|including|e\.g\.,?)\s+|\s(?:methods|models|approaches|baselines|algorithms|techniques|variants|frameworks|policies)\s*,?\s*\(?(?:like|such\s+as|including|e\.g\.,?|namely)\s+|(?:(?:test\s+set|benchmark|dataset|split)s?\s*)?(?:,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|(?:and|or|as\s+well\s+as|combined\s+with|coupled\s+with|together\s+with|&|\/|--?|vs\.?)\s+|\/\s*)(?:the\s+|both\s+)?(?:\p{Ll}[\p{Ll}-]*-\p{Ll}+\s+)?)$/iu;

// What opens a class's examples: "diffusion models like DDPM", "LLMs, such as GPT-4".
const EXAMPLES_GAP = /^\s*,?\s*\(?(?:like|such\s+as|including|e\.g\.,?|namely)\s+$/i;

// Measures each given with its value: "62.1 NDS and 55.0 mAP", "92% accuracy, 0.89 F1 and 1.2 s latency".
const VALUE_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:a|an)\s+)?\d[\d.,]*\s?(?:%|x|×|points?|pp|s|ms)?\s+(?:[a-z][a-z-]*\s+)?$/i;

/** An item written in the plural names a class ("diffusion models", "LLMs"), whose examples may follow. */
function namesAClass(s: SentenceView, item: Item): boolean {
  return /\p{L}(?<!s)s$/u.test(s.text.slice(item.start, item.end));
}

/** The item and the ones listed after it with one of `types`: "on GSM8K, MATH and AIME". */
export function listAfter(s: SentenceView, clause: Clause, first: Item, types: readonly EntityType[]): Item[] {
  const list = [first];
  let k = clause.items.indexOf(first);
  while (k >= 0 && k + 1 < clause.items.length) {
    let j = k + 1;
    // An item in a bracket right after the current one glosses it, and the list goes on after the
    // bracket: "the iSAID (OVSS) and RRSIS-D (RES) benchmarks".
    while (j < clause.items.length && /^\s*\([^()]*$/.test(s.text.slice(clause.items[k]!.end, clause.items[j]!.start))) j++;
    const next = clause.items[j];
    if (!next || !types.includes(next.type)) break;
    const gap = s.text.slice(clause.items[k]!.end, next.start);
    if (!LIST_GAP.test(gap) && !(namesAClass(s, clause.items[k]!) && EXAMPLES_GAP.test(gap)) && !(next.type === "metric" && VALUE_GAP.test(gap))) break;
    list.push(next);
    k = j;
  }
  return list;
}

/** The item and the ones listed before it: "Qwen2.5-VL-3B and Qwen2.5-VL-7B trained with ...". */
export function listBefore(s: SentenceView, clause: Clause, last: Item, types: readonly EntityType[]): Item[] {
  const list = [last];
  let k = clause.items.indexOf(last);
  while (k > 0) {
    const previous = clause.items[k - 1]!;
    if (!types.includes(previous.type) || !LIST_GAP.test(s.text.slice(previous.end, clause.items[k]!.start))) break;
    list.unshift(previous);
    k--;
  }
  return list;
}

// What may stand between a cue and its object: a short noun phrase, a list opener, a bracket.
const BOUNDARY = /[;:.]|\b(?:which|that|who|while|whereas|when|where|because|since|thus|thereby|then|and\s+(?:also\s+)?\w+(?:s|ed)\s)/i;

// "uses X for Y", "outperforms other RL methods": the named item is not the object itself.
const PAST_OBJECT = /\b(?:for|to|into|from|in|other|prior|previous|existing|many|most|several|various|recent|traditional|conventional)\s/i;

/** The first item after `from` in the clause, if it has one of `types` and nothing ends the phrase first. */
export function objectAfter(s: SentenceView, clause: Clause, from: number, types: readonly EntityType[], maxGap = 60): Item[] {
  // A name used as a modifier is not the object: "outperforms MT-specific LLMs, e.g., X".
  const first = clause.items.find((i) => i.start >= from && !/^-\p{Ll}/u.test(s.text.slice(i.end, i.end + 2)));
  if (!first || !types.includes(first.type) || first.reference === "pronoun") return [];
  const raw = s.text.slice(from, first.start);
  const gap = raw.replace(/\be\.g\.,?|\bi\.e\.,?/g, " ");
  // Named examples of a class are objects: "existing LLMs, e.g., TowerInstruct-13B".
  const examples = /\b(?:e\.g\.|such\s+as|including|like|namely)|\($/i.test(raw);
  if (gap.length > maxGap || BOUNDARY.test(gap) || (!examples && PAST_OBJECT.test(gap))) return [];
  return listAfter(s, clause, first, types).filter((i) => !negatedBetween(s.text, from, i.start));
}

const DESCRIPTION = /^\s*(?:\(|,\s*(?:a|an|the)\s)[^;.]*$/i;

/**
 * The subject of a cue at `at`: the paper's own entity when it (or "our method") comes
 * before the cue in the clause, else the nearest item of `types` before the cue with no
 * phrase boundary in between, with the items listed before it.
 */
export function subjectBefore(s: SentenceView, clause: Clause, at: number, types: readonly EntityType[], options: { pronoun?: boolean; maxGap?: number; exclude?: Set<Item> } = {}): Item[] {
  const before = clause.items.filter((i) => i.end <= at && types.includes(i.type) && actsHere(s, i, at, options.pronoun === true) && !options.exclude?.has(i) && isSubjectLike(s, clause, i));
  const nearest = before.at(-1);
  if (!nearest) return [];
  const gap = s.text.slice(nearest.end, at);
  if (standsForOwn(nearest)) return [nearest];
  // Inside the description right after the own name, the own name is the subject:
  // "LaSeR (Reinforcement Learning with ...), an algorithm that augments X".
  const described = before.find((i) => standsForOwn(i) && DESCRIPTION.test(s.text.slice(i.end, nearest.start)));
  if (described) return [described];
  if (gap.length > (options.maxGap ?? 80) || /[;:]/.test(gap)) return [];
  const own = before.find(standsForOwn);
  if (own && !BOUNDARY.test(s.text.slice(own.end, at))) return [own];
  return listBefore(s, clause, nearest, types);
}

/** A pronoun acts only on the verb right after it: "we leverage X", not "we show that variants of X". */
function actsHere(s: SentenceView, item: Item, at: number, pronoun: boolean): boolean {
  if (item.reference !== "pronoun") return true;
  const gap = s.text.slice(item.end, at);
  return pronoun && gap.length <= 25 && !BOUNDARY.test(gap) && !/\b(?:show|find|observe|demonstrate)\w*\b/i.test(gap);
}

// An item right after one of these is an object or a modifier, never the subject of what follows;
// so is the model a measure is "of" ("boosts the accuracy of Qwen2.5-Math-7B ... and improves ...").
const OBJECT_MARK = /(?:\b(?:such\s+as|including|like|e\.g\.,?|with|via|through|using|by|over|than|against|to|from|on|in|into|for|during|under|after|before|at|vs\.?|versus|(?:accuracy|performance|scores?|rates?|errors?|quality)\s+of)\s+(?:the\s+|a\s+|an\s+)?)$/i;

/** Whether an item (the first of its list) can be a subject: not introduced by a preposition or "such as". */
export function isSubjectLike(s: SentenceView, clause: Clause, item: Item): boolean {
  if (item.reference) return true;
  let first = listBefore(s, clause, item, [item.type])[0]!;
  // An acronym in brackets stands where its long form stands: "rely on imitation learning (IL)".
  const k = clause.items.indexOf(first);
  const previous = clause.items[k - 1];
  if (previous && /^\s*\(\s*$/.test(s.text.slice(previous.end, first.start))) first = previous;
  return !OBJECT_MARK.test(s.text.slice(Math.max(clause.start, first.start - 24), first.start));
}

/** A negation between two points: "without relying on distillation", "rather than PPO". */
export function negatedBetween(text: string, from: number, to: number): boolean {
  return to > from && hasCue("negation", text.slice(from, to));
}

// A negation, then at most one word ("does not consistently outperform", "fails to beat").
const NEGATION_BEFORE = new RegExp(`${cueSource("negation")}\\s+(?:[\\w-]+\\s+)?$`, "i");

// "not only" and "not just" add, they do not negate: "STM not only outperforms existing PEFT methods ...".
const NOT_ONLY_BEFORE = /\bnot\s+(?:only|just|merely)\s+(?:[\w-]+\s+)?$/i;

/** A negation in the few words right before a cue: "does not outperform", "fails to beat". */
export function negatedCue(text: string, cueStart: number): boolean {
  const before = text.slice(Math.max(0, cueStart - 24), cueStart);
  return NEGATION_BEFORE.test(before) && !NOT_ONLY_BEFORE.test(before);
}

/** The cues of a list inside a clause, as sentence offsets. */
export function cuesInClause(s: SentenceView, clause: Clause, list: CueList): [number, number][] {
  s.cues ??= allCues(s.text);
  return (s.cues.get(list) ?? []).filter(([start, end]) => start >= clause.start && end <= clause.end);
}

/** Whether a cue list occurs in the clause's text. */
export function clauseHas(s: SentenceView, clause: Clause, list: CueList): boolean {
  return cuesInClause(s, clause, list).length > 0;
}
