// Whether the paper means a known term where the lexicon scan finds it: an everyday word ("recall",
// "coding", "speech commands") names the term only in its context, a bare head ("distillation")
// only when no other compound of it is the paper's, and a task's plural or its data ("QA pairs") is no task.

import { type PaperContext, claim } from "./context";
import { foldKey } from "./keys";
import { type Lexicon, type LexiconEntry, lookup } from "./lexicon";
import { DESCRIPTIVE, TASK_QUALITY, isContentWord } from "./word-classes";
import { isMeasuredWord } from "./context-typing";
import { TASK_HEAD } from "./scan-phrases";
import { letterOrDigitWidth } from "./word-scan";
import { METHOD_KIND } from "./lexicon-variants";

// A dataset named by Title-Case English words: "Speech Commands", "Natural Questions".
const TITLE_CASE_WORDS = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u;

/**
 * "speech commands" in lower case is everyday English, not the dataset "Speech Commands"; and
 * "semantic 3D" is words, not the one-word name Semantic3D split by a space.
 */
export function isEverydayPhrase(ctx: PaperContext, entry: LexiconEntry, from: number, to: number): boolean {
  if (entry.type !== "dataset" && entry.type !== "model") return false;
  const surface = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);
  if (entry.type === "dataset" && TITLE_CASE_WORDS.test(entry.name)) return surface === surface.toLowerCase();
  return !/[\s-]/.test(entry.name) && /\s/.test(surface) && /^\p{Ll}/u.test(surface);
}

// A task word named as one of the tasks: before the word "tasks" ("grounding and captioning
// tasks", "coding tasks"), or in a list beside a known task ("translation, summarization",
// "mathematical reasoning, coding, and commonsense reasoning"). "Coding agents", "Grounding
// LLMs in ..." and "reflection, rotation, and translation" name no task.
// Or applied to named things: "translation between English and German", "translation into Hindi".
const BETWEEN_NAMES = /^\s+(?:between|from|into)\s+\p{Lu}\p{Ll}/u;
const BEFORE_TASKS = /^(?:\s*(?:,|and|or)\s+[\w-]+(?:\s+[\w-]+)?)*\s+(?:tasks?|problems?)\b/;
// ... or a list that "tasks such as" opens: "coarse tasks such as grasping, navigation, or dialogue".
const AFTER_TASKS = /\b(?:tasks|skills|problems)\s*(?:,\s*)?(?:such as|including|like|e\.g\.,?|namely|:)\s+(?:[\w-]+(?:\s+[\w-]+)?,\s+)*$/;
const NEXT_ITEM = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([\w-]+(?:\s+[\w-]+){0,2})/;
// The comma before the last item's conjunction too: "grasping, navigation, or manipulation".
const PREVIOUS_ITEM = /([\w-]+(?:\s+[\w-]+){0,2})\s*(?:,\s*(?:and|or)|,|\sand|\sor)\s*$/;

function isTaskListContext(ctx: PaperContext, before: string, after: string, inTitle: boolean): boolean {
  if (BEFORE_TASKS.test(after) || AFTER_TASKS.test(before)) return true;
  // A title capitalises every word: "Segmentation from Drone Footage" names no language.
  if (!inTitle && BETWEEN_NAMES.test(after)) return true;
  const next = NEXT_ITEM.exec(after)?.[1]?.split(/\s+/);
  const previous = PREVIOUS_ITEM.exec(before)?.[1]?.split(/\s+/);
  const isTask = (words: string[]) => lookup(ctx.lexicon, words.join(" "))?.type === "task";
  // The next item from its first word, the previous one up to its last: one to three words.
  return [1, 2, 3].some((n) => (next !== undefined && next.length >= n && isTask(next.slice(0, n))) || (previous !== undefined && previous.length >= n && isTask(previous.slice(-n))));
}

/**
 * Whether the paper names a compound of a bare head other than the entry's: "the distillation"
 * in a paper on dataset distillation is that, not knowledge distillation. A compound is a
 * content word before the head ("dataset", "score", "teacher-student"), not a judgement ("robust")
 * nor a kind ("offline").
 */
function namesOtherCompound(ctx: PaperContext, head: string, entry: LexiconEntry): boolean {
  const own = foldKey(entry.name);
  for (const { index, word: written, compound } of compoundsOf(ctx.text, head)) {
    const word = written.toLowerCase();
    // A kind of the method ("offline distillation") is the method's variant, named by kindOfMethod;
    // a capitalised run that goes on is a name's words ("Koopman Distillation Model").
    if (isNameRun(ctx.text, index + compound.length, compound) || isStageOrParticiple(ctx.text, index, word)) continue;
    if (isContentWord(word) && !DESCRIPTIVE.has(word) && !METHOD_KIND.has(word) && foldKey(compound) !== own && lookup(ctx.lexicon, compound) !== entry) return true;
  }
  return false;
}

// By head as written: the head after a hyphen or a space, in any case.
const HEAD_AFTER_SEPARATOR = new Map<string, RegExp>();

/**
 * What `text.matchAll(/([\p{L}\p{N}]+)[- ]head/giu)` finds (where each match starts, the word
 * and the whole compound), from a search for the head: that pattern tries a run of letters at
 * every letter of the text, some 1% of a paper's time where the head is said often.
 */
export function compoundsOf(text: string, head: string): { index: number; word: string; compound: string }[] {
  let pattern = HEAD_AFTER_SEPARATOR.get(head);
  if (!pattern) HEAD_AFTER_SEPARATOR.set(head, (pattern = new RegExp(`[- ]${head}`, "giu")));
  const found: { index: number; word: string; compound: string }[] = [];
  // The pattern's next search would start where its last match ended, inside a word or not.
  let resume = 0;
  for (const match of text.matchAll(pattern)) {
    let start = match.index;
    while (start > resume) {
      // A letter outside the BMP is two code units, read from the first.
      if (start - 2 >= resume && letterOrDigitWidth(text, start - 2) === 2) start -= 2;
      else if (letterOrDigitWidth(text, start - 1) === 1) start--;
      else break;
    }
    if (start === match.index) continue;
    const end = match.index + match[0].length;
    found.push({ index: start, word: text.slice(start, match.index), compound: text.slice(start, end) });
    resume = end;
  }
  return found;
}

// Hyphenated modifiers that make a compound name of a kind: "structure-aware pruning", "RL-based pruning".
const COMPOUND_SUFFIX = /^(?:aware|based|guided|driven|level|wise|specific)$/i;

// Verbs and judgements by their endings: "minimize pruning", "identical pruning", "effective distillation".
const NOT_A_KIND_WORD = /(?:ize|ise|ical|ous|ful|able|ible)$/;

/**
 * A compound of a bare head is a method of its own, as papers name it: "expert pruning",
 * "structure-aware pruning", "dataset distillation". The word before the head is a content noun
 * (not a judgement, a stage or a participle) or a hyphenated modifier's two parts.
 */
export function claimBareCompound(ctx: PaperContext, i: number, end: number): void {
  const head = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[end - 1]!.end);
  if (end - i !== 1 || !ctx.lexicon.bareHeads.has(foldKey(head)) || !/^\p{Ll}/u.test(head) || i === 0) return;
  const word = ctx.tokens[i - 1]!;
  if (ctx.claimed[i - 1] || word.end !== ctx.tokens[i]!.start - 1 || ctx.text[word.end] !== " ") return;
  let start = i - 1;
  if (COMPOUND_SUFFIX.test(word.text) && ctx.text[word.start - 1] === "-") start = i - 2;
  else if (!isContentWord(word.text) || DESCRIPTIVE.has(word.text) || TASK_QUALITY.test(word.text) || NOT_A_KIND_WORD.test(word.text) || ctx.text[word.start - 1] === "-" || isStageOrParticiple(ctx.text, word.start, word.text)) return;
  if (start < 0 || ctx.claimed[start] || !isContentWord(ctx.tokens[start]!.text.toLowerCase())) return;
  const name = ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[i]!.end);
  claim(ctx, start, end, { canonical: name.toLowerCase(), type: "method", known: false, proposed: false, rule: "lexicon" });
}

/**
 * A word that says when or how, not which kind: a stage ("post-pruning", "post-training pruning"),
 * or a participle or verb on its own ("an adapted pruning algorithm", "including pruning"; not
 * "RL-based pruning"). The paper still means the method itself.
 */
function isStageOrParticiple(text: string, start: number, word: string): boolean {
  return /^(?:pre|post)$/.test(word) || /(?:^|\W)(?:pre|post)-$/i.test(text.slice(Math.max(0, start - 6), start)) || (/[^e]ed$|ing$/.test(word) && text[start - 1] !== "-");
}

function isNameRun(text: string, end: number, compound: string): boolean {
  return /\p{Lu}\S*$/u.test(compound) && /^[ -]\p{Lu}/u.test(text.slice(end, end + 2));
}

/**
 * A capitalised bare head in the title that ends its phrase, after a lower-case word or a kind:
 * "... without Distillation", "Offline Distillation of ..."; not a word of a longer name
 * ("Distillation-Guided Policy Optimization", "Distillation Scaling Laws").
 */
function isTitleHead(ctx: PaperContext, from: number, to: number): boolean {
  const [previous, next] = [ctx.tokens[from - 1], ctx.tokens[to]];
  if (ctx.tokens[to - 1]!.end > ctx.titleEnd || ctx.text[ctx.tokens[to - 1]!.end] === "-") return false;
  if (next && next.start < ctx.titleEnd && /^\p{Lu}/u.test(next.text)) return false;
  return previous !== undefined && (/^\p{Ll}/u.test(previous.text) || METHOD_KIND.has(previous.text.toLowerCase()));
}

/** Everyday words such as "recall" or "latency" name a measure only in a measurement context, "coding" a task only in a list of tasks. */
export function inContext(ctx: PaperContext, entry: LexiconEntry, from: number, to: number): boolean {
  const start = ctx.tokens[from]!.start;
  const end = ctx.tokens[to - 1]!.end;
  // By name (recall) or by the alias written ("coding" for code generation).
  const surface = foldKey(ctx.text.slice(start, end));
  // In lower case only: a capitalised bare head is a word of a title or of a name ("Distillation-Guided Policy Optimization").
  if (ctx.lexicon.bareHeads.has(surface)) return (/^\p{Ll}/u.test(ctx.text[start]!) || isTitleHead(ctx, from, to)) && !namesOtherCompound(ctx, ctx.text.slice(start, end), entry);
  if (!isContextualEntry(ctx.lexicon, entry) && !ctx.lexicon.contextual.has(surface)) return true;
  const [before, after] = [ctx.text.slice(Math.max(0, start - 40), start), ctx.text.slice(end, end + 40)];
  // A task's head after it makes it a modifier: "grasping detection", "translation quality estimation".
  if (entry.type === "task" && TASK_HEAD.test(/^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? "")) return false;
  return entry.type === "task" ? isTaskListContext(ctx, before, after, end <= ctx.titleEnd) : isMeasuredWord(before, after);
}

// Whether each entry's name is contextual, by entry: the scan asks it of every match, and the folded name is a new string each time.
const contextualEntries = new WeakMap<LexiconEntry, boolean>();

function isContextualEntry(lexicon: Lexicon, entry: LexiconEntry): boolean {
  let contextual = contextualEntries.get(entry);
  if (contextual === undefined) contextualEntries.set(entry, (contextual = lexicon.contextual.has(foldKey(entry.name))));
  return contextual;
}

// Items of data shaped by a task are data, not the task: "78,623 QA pairs", "VQA triplets", "QA sets".
const DATA_ITEM = /^(?:pairs?|triples?|triplets?|samples?|examples?|instances?|annotations?|sets?)$/i;

/**
 * Whether the token at `end` is an item of data right after the task that ends before it, or
 * after its defined short form's bracket: "question-answer (QA) pairs".
 */
export function isTaskData(ctx: PaperContext, end: number): boolean {
  const next = ctx.tokens[end];
  return next !== undefined && DATA_ITEM.test(next.text) && /^\)?\s$/.test(ctx.text.slice(ctx.tokens[end - 1]!.end, next.start));
}

/**
 * A one-word task in the plural names the things, not the task: "offer recommendations",
 * "the detections", "translations of the prompts" (the task is "recommendation").
 */
export function isPluralOfTask(ctx: PaperContext, entry: LexiconEntry, from: number, to: number): boolean {
  if (entry.type !== "task" || to - from !== 1 || /\s/.test(entry.name)) return false;
  const word = ctx.tokens[from]!.text.toLowerCase();
  return word !== entry.name.toLowerCase() && /ions$/.test(word);
}
