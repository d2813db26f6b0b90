import { type Candidate, type PaperContext, claim, isFree, isSpacedWord, tokenStartingAt, tokensEndingBy } from "./context";
import { isStopPhrase, lookup } from "./lexicon";
import { isCapitalisedByPosition, opensSentence } from "./chunk";
import { ITEM_GAP } from "./scan-cues";
import { ADJECTIVE } from "./scan-terms";
import { isAndOr } from "./text";

// The noun a paper puts after a name says what the name is in this paper, whatever the lexicon
// says: "the extended SayCan dataset" (SayCan is a model in the field), "integrating WebGPT,
// ScienceQA, AVSD, and ScanQA datasets".
const DATASET_HEAD = /^\s+(?:datasets?|benchmarks?|corpus|corpora)\b/;
// The gap between two items of a list: "WebGPT, ScienceQA, AVSD, and ScanQA".
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|or))\s*$/;

// "Extensive experiments on LLaDA and Dream series": a family of released models.
const SERIES_HEAD = /^\s+(?:series|famil(?:y|ies))\b/;

/**
 * Names followed by a dataset head, alone or closing a list of names, are datasets (models and
 * untyped names only); names before "series" or "family" are models (whatever else typed them).
 */
export function typeByHeadNoun(ctx: PaperContext): void {
  const retyped = new Map<string, "dataset" | "model">();
  const list = ctx.candidates;
  for (let k = 0; k < list.length; k++) {
    const after = ctx.text.slice(list[k]!.end, list[k]!.end + 16);
    const type = DATASET_HEAD.test(after) ? "dataset" : SERIES_HEAD.test(after) ? "model" : undefined;
    if (!type) continue;
    // The list the head closes: named items joined by commas and "and".
    let first = k;
    while (first > 0 && isName(ctx, list[first - 1]!) && LIST_GAP.test(ctx.text.slice(list[first - 1]!.end, list[first]!.start))) first--;
    for (const item of list.slice(first, k + 1)) {
      if (type === "model" ? isName(ctx, item) : isRetypable(ctx, item)) retyped.set(item.canonical, type);
    }
  }
  for (const c of list) c.type = retyped.get(c.canonical) ?? c.type;
}

// The last of two names before a model head, in whatever case: "LLaDA-1.5 and Dream models",
// "LLaDA and Dream series" (a plain word alone would be prose).
// Compared as strings, not by a pattern: the scan asks it of every token.
const isModelListHead = (word: string) => word === "models" || word === "series";
const SIZE_OR_KIND = /^(?:Large|Larger|Small|Smaller|Big|Tiny|Base|Other|Open|Closed|Similar|Proprietary|Commercial|Frontier|Reasoning|Language|Vision|Foundation|Diffusion)$/;

export function scanModelConjuncts(ctx: PaperContext): void {
  for (let h = 3; h < ctx.tokens.length; h++) {
    if (!isModelListHead(ctx.tokens[h]!.text) || ctx.claimed[h - 1] || ctx.tokens[h - 2]!.text !== "and") continue;
    const [name, first] = [ctx.tokens[h - 1]!, ctx.tokens[h - 3]!];
    if (!/^\p{Lu}\p{Ll}+$/u.test(name.text) || !/\p{Lu}.*(?:\p{Lu}|\p{N})/u.test(first.text) || isStopPhrase(ctx.lexicon, name.text)) continue;
    // "GPT-4 and Large models", "LLaMA and other Open models": a size or a kind, not a name.
    if (SIZE_OR_KIND.test(name.text) || ADJECTIVE.test(name.text.toLowerCase())) continue;
    if (ctx.text.slice(name.end, ctx.tokens[h]!.start) !== " ") continue;
    claim(ctx, h - 1, h, { canonical: name.text, type: "model", known: false, proposed: false, rule: "model conjunct" });
  }
}

/**
 * A model or an untyped name. A method before "dataset" names what the data is for ("SFT
 * dataset", "ToM datasets"), and the paper's own name before it names a sibling ("RoboFAC
 * dataset" beside the RoboFAC framework).
 */
function isRetypable(ctx: PaperContext, c: Candidate): boolean {
  return isName(ctx, c) && !c.proposed && (c.type === undefined || c.type === "model");
}

/** A name, not a lower-case phrase: "the code generation benchmark" keeps its task. */
export function isName(ctx: PaperContext, c: Candidate): boolean {
  return /[\p{Lu}\p{N}]/u.test(ctx.text.slice(c.start, c.end));
}

// A run of two or three name words right before a dataset head is the dataset's whole name:
// "the MAN TruckScenes dataset", "the Freiburg Forest dataset", "the DeepfakeArt Challenge
// benchmark". Without it the name scan keeps one word (TruckScenes) or none.
const RUN_HEAD = /^(?:dataset|datasets|benchmark|benchmarks|corpus)$/i;
const NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}+-]*$/u;
// Words that open a phrase, not a name, even with a capital: "On the ...", "Our ...".
// ... and the words that open a sentence about earlier work: "Existing CoVR benchmarks", "Previous ...".
const OPENING_WORD = /^(?:The|A|An|On|In|Our|This|These|Its|Their|For|With|From|To|Of|And|We|Existing|Previous|Prior|Current|Recent|Popular|Conventional|Traditional|Many|Most|Several|Some|Other|Such|Various|Numerous|Typical)$/;
// A name shape beyond Title case: an inner capital, a digit, or all capitals (TruckScenes, 3D-AD, MAN).
const MARKED_NAME = /\p{Lu}.*\p{Lu}|\p{N}/u;

// A capital on the head itself, mid-sentence in the abstract, makes it a word of the name: "a new
// Bee Swarm Dataset", "the Nucleotide Transformer Benchmark" (a plural, "Datasets", heads a list
// of names instead).
const CAPITAL_SINGULAR_HEAD = /^(?:Dataset|Benchmark|Corpus)$/;

function claimCapitalisedHead(ctx: PaperContext, from: number, h: number, words: string[]): boolean {
  const head = ctx.tokens[h]!;
  if (!CAPITAL_SINGULAR_HEAD.test(head.text) || head.start < ctx.titleEnd || isCapitalisedByPosition(ctx, from) || !isFree(ctx, from, h + 1)) return false;
  if (words.some((w) => isStopPhrase(ctx.lexicon, w))) return false;
  const name = ctx.text.slice(ctx.tokens[from]!.start, head.end);
  if (lookup(ctx.lexicon, name)) return false;
  const end = isLetteredSet(ctx, h + 1) ? h + 2 : h + 1;
  claim(ctx, from, end, { canonical: ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[end - 1]!.end), type: "dataset", known: false, proposed: false, rule: "dataset run" });
  return true;
}

// One set of a numbered collection, lettered: "BCI Competition IV Dataset 2a" (not "Dataset 2", which may count).
const LETTERED_SET = /^\d{1,2}[a-z]$/;

function isLetteredSet(ctx: PaperContext, i: number): boolean {
  return isSpacedWord(ctx, i, (text) => LETTERED_SET.test(text));
}

// A power grid's standard test case, named by its maker and its size: "IEEE 30-bus system",
// "IEEE 123-node test feeder", also capitalised ("IEEE 14-Bus System"). The data a study is run on, each size its own.
const GRID_TEST_SYSTEM = /\bIEEE[ -](\d{1,4})[- ]([Bb]us|[Nn]ode)\b(?:[ -](?:[Tt]est[ -])?(?:[Ss]ystems?|[Ff]eeders?|[Nn]etworks?|[Gg]rids?|[Cc]ases?)\b)?/g;

function scanGridTestSystems(ctx: PaperContext): void {
  if (!ctx.text.includes("IEEE")) return;
  for (const match of ctx.text.matchAll(GRID_TEST_SYSTEM)) {
    const first = tokenStartingAt(ctx, match.index);
    if (first < 0) continue;
    const last = tokensEndingBy(ctx, first, match.index + match[0].length);
    if (!isFree(ctx, first, last)) continue;
    claim(ctx, first, last, { canonical: `IEEE ${match[1]}-${match[2]!.toLowerCase()}`, type: "dataset", known: false, proposed: false, rule: "dataset run" });
  }
}

export function scanDatasetRuns(ctx: PaperContext): void {
  scanGridTestSystems(ctx);
  for (let h = 2; h < ctx.tokens.length; h++) {
    // Its words have 6-10 letters: the length first, as the scan asks every token.
    const word = ctx.tokens[h]!.text;
    if (word.length < 6 || word.length > 10 || !RUN_HEAD.test(word)) continue;
    scanDatasetListAfter(ctx, h);
    let from = h;
    while (from > h - 3 && from > 0 && isRunWord(ctx, from - 1, from)) from--;
    // "on 8 HAR benchmarks": a number before a plural head counts them ("the 20 Newsgroups dataset" is a name).
    if (from < h - 1 && /^\d+$/.test(ctx.tokens[from]!.text) && /s$/i.test(ctx.tokens[h]!.text)) from++;
    // "Reading in the Wild", "Faces in the Wild": Title-case words around "in the" are one name.
    const inThe = from < h && from >= 3 && ctx.tokens[from - 2]!.text === "in" && ctx.tokens[from - 1]!.text === "the" && isRunWord(ctx, from - 3, from - 2) && /^\p{Lu}/u.test(ctx.tokens[from - 3]!.text) && !isCapitalisedByPosition(ctx, from - 3);
    if (inThe) {
      from -= 3;
      while (from > h - 6 && from > 0 && isRunWord(ctx, from - 1, from)) from--;
    }
    if (from === h || !isFree(ctx, from, h)) continue;
    const words = ctx.tokens.slice(from, h).map((t) => t.text);
    if (claimCapitalisedHead(ctx, from, h, words)) continue;
    // After "a", the words describe what a name stands for: "MMRefine, a MultiModal Refinement benchmark".
    // Plain Title-case words name a dataset only after "the": "the Freiburg Forest dataset", "the Apollo dataset".
    const before = ctx.text.slice(Math.max(0, ctx.tokens[from]!.start - 5), ctx.tokens[from]!.start);
    const marked = inThe || words.some((w) => MARKED_NAME.test(w));
    // One word is the name only when plain ("the Apollo dataset"): a marked one (RUGD) is the name scan's, a describing one ("the Synthetic dataset") no name.
    if (words.length === 1 && (marked || ADJECTIVE.test(words[0]!.toLowerCase()))) {
      scanDatasetList(ctx, from, h);
      continue;
    }
    // ... or right after a preposition, the article left out as many authors do: "zero-shot depth estimation on Hamlyn dataset".
    if (/\ban?\s+$/i.test(before) || (!marked && !/\b(?:the|on|from)\s+$/i.test(before))) continue;
    if (words.some((w) => lookup(ctx.lexicon, w) || isStopPhrase(ctx.lexicon, w))) continue;
    const name = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[h - 1]!.end);
    // "the Waymo Open Dataset": the field names it with its head; the lexicon scan takes it whole.
    if (lookup(ctx.lexicon, `${name} ${ctx.tokens[h]!.text}`)) continue;
    claim(ctx, from, h, { canonical: name, type: "dataset", known: false, proposed: false, rule: "dataset run" });
  }
}

// A list a plural dataset head closes names datasets, plain Title-case items too: "testing on
// RELLIS-3D, Freiburg Forest, and RUGD datasets" (Freiburg Forest has no mark of a name). Only
// beside a marked item, so that a list of plain words ("on Image, Video, and Audio benchmarks")
// stays prose.

function scanDatasetList(ctx: PaperContext, last: number, head: number): void {
  if (!/s$/i.test(ctx.tokens[head]!.text)) return;
  const items: [number, number][] = [[last, head]];
  for (let start = last; items.length < 8; ) {
    // The previous item ends before the comma or "and" that opens this one.
    let end = start - 1;
    if (end >= 0 && isAndOr(ctx.tokens[end]!.text)) end--;
    if (end < 0 || !ITEM_GAP.test(ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[start]!.start)) || !isRunWord(ctx, end, end)) break;
    let from = end;
    while (from > end - 2 && from > 0 && isRunWord(ctx, from - 1, from)) from--;
    items.push([from, end + 1]);
    start = from;
  }
  claimPlainItems(ctx, items);
}

// What opens the list a plural dataset head announces: "eight standard benchmarks, namely ETTh1,
// ETTh2, Weather, Electricity, Traffic and ILI", "on three datasets: ...".
const LIST_OPENER = /^(?:\s*,?\s*(?:namely|including|such as|i\.e\.,?|e\.g\.,?)\s+|\s*:\s*)/;

/** The same list written after its head: items up to the one after "and" (the last), at most 12. */
function scanDatasetListAfter(ctx: PaperContext, head: number): void {
  if (!/s$/i.test(ctx.tokens[head]!.text)) return;
  const opener = LIST_OPENER.exec(ctx.text.slice(ctx.tokens[head]!.end, ctx.tokens[head]!.end + 20));
  const first = opener ? tokenStartingAt(ctx, ctx.tokens[head]!.end + opener[0].length) : -1;
  if (first < 0) return;
  const items: [number, number][] = [];
  for (let start = first; items.length < 12 && start < ctx.tokens.length && isRunWord(ctx, start, start); ) {
    let end = start + 1;
    while (end < start + 3 && end < ctx.tokens.length && isRunWord(ctx, end, end) && ctx.text.slice(ctx.tokens[end - 1]!.end, ctx.tokens[end]!.start) === " ") end++;
    // A name joined by "&" goes on past the word: "Tanks & Temples", "Tank&Temples".
    if (/^\s*&/.test(ctx.text.slice(ctx.tokens[end - 1]!.end, ctx.tokens[end - 1]!.end + 3))) break;
    items.push([start, end]);
    let next = end;
    const conjunction = ctx.tokens[next] !== undefined && isAndOr(ctx.tokens[next]!.text);
    if (conjunction) next++;
    if (!ctx.tokens[next] || !ITEM_GAP.test(ctx.text.slice(ctx.tokens[end - 1]!.end, ctx.tokens[next]!.start)) || (items.length > 1 && ctx.tokens[start - 1]?.text === "and")) break;
    start = next;
  }
  // After "datasets:" the first item's capital is the list's, not a sentence's.
  claimPlainItems(ctx, items, first);
}

/** Plain Title-case items of a list of datasets, when another item is marked as a name: each a dataset. */
function claimPlainItems(ctx: PaperContext, items: [number, number][], listStart = -1): void {
  const words = items.map(([from, to]) => ctx.tokens.slice(from, to).map((t) => t.text));
  if (items.length < 2 || !words.some((item) => item.some((w) => MARKED_NAME.test(w)))) return;
  items.forEach(([from, to], k) => {
    const item = words[k]!;
    // Marked items are the name scan's; a describing word is no name ("Synthetic"), nor a
    // sentence's first word ("However, ...") or a single letter.
    if (item.some((w) => MARKED_NAME.test(w) || ADJECTIVE.test(w.toLowerCase()) || w.length < 2) || (opensSentence(ctx, from) && from !== listStart) || !isFree(ctx, from, to)) return;
    const name = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);
    if (lookup(ctx.lexicon, name) || isStopPhrase(ctx.lexicon, name)) return;
    claim(ctx, from, to, { canonical: name, type: "dataset", known: false, proposed: false, rule: "dataset run" });
  });
}

/** Token i is a name word of the abstract, joined by one space to the run that starts at token `next` (or `next` is i itself). */
function isRunWord(ctx: PaperContext, i: number, next: number): boolean {
  const word = ctx.tokens[i]!.text;
  const joined = next === i || ctx.text.slice(ctx.tokens[i]!.end, ctx.tokens[next]!.start) === " ";
  return NAME_WORD.test(word) && !OPENING_WORD.test(word) && !AMOUNT_OF_DATA.test(word) && joined && ctx.tokens[i]!.start >= ctx.titleEnd;
}

// "the 960-hour Librispeech dataset", "the 100K-sample split": how much of it is used, not its name.
const AMOUNT_OF_DATA = /^\d+(?:\.\d+)?[KkM]?-(?:hours?|hrs?|h|minutes?|samples?|images?|examples?|utterances?|clips?|videos?|documents?|sentences?|tokens?|words?)$/;
