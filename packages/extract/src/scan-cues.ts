// Tasks the lexicon does not list, read from the cues a researcher uses to name them: "for
// weather forecasting", "tasks such as drug design and code completion", a title's "... Semantic
// Segmentation by ...". Regular expressions only; measures' lists are in scan-measure-lists.ts.

import { type PaperContext, firstTokenEndingAfter, freeWordBefore, takeWordBefore, tokenStartingAt } from "./context";
import { opensSentence } from "./chunk";
import { DESCRIPTIVE, TASK_QUALITY, isAdverbWord, isClosedClassWord, isContentWord, isPluralWord, isVerbParticiple } from "./word-classes";
import { claimPhrase } from "./scan-phrases";
import { ADJECTIVE, REPEATED_TASK_HEAD, WEAK_TASK_HEAD } from "./scan-terms";
import { isEnglishWordOfKind } from "./nlp";

/** Heads of task names: what the model does (the title rule's heads plus a few wider ones); the
 * field's reasoning tasks are in the lexicon, as "X reasoning" is as often a behaviour. */
export const TASK_HEAD =
  "generation|translation|recognition|detection|segmentation|classification|recommendation|forecasting|prediction|estimation|retrieval|summari[sz]ation|captioning|answering|parsing|extraction|synthesis|tracking|localization|reconstruction|completion|navigation|manipulation|planning|imputation|editing|understanding|grounding|design|discovery|modell?ing|counting|restoration|enhancement|transcription|diarization|separation|identification|diagnosis|docking|scaffolding|assessment";
// A head followed by one of these nouns only modifies it: "detection transformers", "generation quality".
const COMPOUND_NOUN =
  "(?:model|system|network|transformer|architecture|pipeline|module|head|backbone|framework|method|approach|algorithm|loss|objective|data|benchmark|metric|score|quality|performance|accuracy|error|capabilit|abilit|process|stage|step|layer|component|policy|polic|agent|research|communit|literature|field|literature|tool|engine|result|output|time|cost|speed|latency)";
// A purpose or a field: "for weather forecasting", "on document understanding", "in drug design".
const PURPOSE = new RegExp(
  String.raw`\b(?:for|on|in|towards?|tackles?|address(?:es)?|applications? (?:such as|in|to|including)|tasks? (?:such as|including|like))\s+((?:[a-z][a-z0-9-]*\s+){1,3}(?:${TASK_HEAD}))\b(?!-|\s+${COMPOUND_NOUN})`,
  "g",
);
/** Words that open a clause or a list, not a task name: "for the ...", "tasks such as ...". */
const FILLER = /^(?:the|a|an|its|their|our|this|these|those|that|each|every|all|any|some|such|both|most|many|several|enabling|enhancing|performing|achieving|and|or|with|of|by|via|from|as|at|into|is|are|be|can|may|novel|when|while|if|although|though|since|because|where|how|what|why|whether|once|thus|hence|however|but|yet|here|then|today|recently|traditionally|typically|currently|simultaneous)$/;
/** Things produced along the way, not tasks: "response generation", "advantage estimation" (code, text and trajectories are what tasks work on). */
const NOT_TASK_OBJECT = /^(?:data|task|token|tokens|response|responses|answer|answers|advantage|value|reward|policy|action|feature|label|sample|samples|candidate|rollout|query|output|step|solution|proof|sequence|parameter|gradient|density|uncertainty|error|result)$/;

/** Words that open a list of examples: what follows them is the first item. */
const LIST_OPENER = /^(?:including|like|namely)$/i;

/** Words inside a clause, never inside a task name: "terms of both prediction". */
const FUNCTION_WORD = /^(?:of|in|on|for|to|from|through|both|its|their|and|or|with|by|via|is|are|be|terms)$/;

const SHOT_SETTING = /^(?:zero|one|few|many|\d+)-shot$/;
// "in machine learning requires understanding ...": a conjugated verb ends the noun phrase, so the run is no task's name.
// (A past participle is as often an adjective: "articulated object modeling".)
const CONJUGATED = /^PresentTense$/;
function isConjugatedVerb(lower: string): boolean {
  return lower.endsWith("s") && isEnglishWordOfKind(lower, CONJUGATED);
}

/**
 * A closed-class word inside the run belongs to a clause ("research into understanding", "Offset
 * Effects Reshape Our Understanding", "facilitates planning"); right before the head, a verb's
 * base form is as often a noun of the task ("report generation", "yield estimation").
 */
function isClauseWord(word: string, index: number, length: number): boolean {
  const lower = word.toLowerCase();
  // "IT Project Management" is information technology; "Emotion Cause Triplet Extraction" has a noun.
  if (!isClosedClassWord(lower) || word === word.toUpperCase() || isEnglishWordOfKind(lower, SINGULAR)) return false;
  return index < length - 2 || isPluralWord(lower);
}
const SINGULAR = /^Singular$/;

/** A leading description, participle ("sampled", "text-based", "training-free") or gerund ("improving"). */
function isDescriptive(word: string, length: number, opensRun: boolean): boolean {
  // Words that describe how well, not what ("efficient generation", "complex reasoning"): the chunker's list.
  // The setting is not part of the task's name either: "zero-shot morphing attack detection".
  // An adverb says how: "in effectively modeling non-local dependencies".
  // A verb's gerund opening the object is the purpose's verb even before one word: "the demands for advancing navigation".
  return DESCRIPTIVE.has(word) || SHOT_SETTING.test(word) || isAdverbWord(word) || FILLER.test(word) || TASK_QUALITY.test(word) || /(?:ed|-(?:based|free|aware|driven|guided|agnostic|specific|efficient))$/.test(word) || (/ing$/.test(word) && opensRun && (length > 2 || isVerbParticiple(word)));
}

// The next item of a list after a cue: "for weather forecasting, drug design and code completion".
const NEXT_ITEM = new RegExp(String.raw`^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)((?:[a-z][a-z0-9-]*\s+){1,3}(?:${TASK_HEAD}))\b(?!-|\s+${COMPOUND_NOUN})`);

export function scanTaskCues(ctx: PaperContext): void {
  for (const match of ctx.text.matchAll(PURPOSE)) {
    let end = match.index + match[0].length;
    claimTask(ctx, match[1]!, end);
    for (let item = NEXT_ITEM.exec(ctx.text.slice(end, end + 80)); item; item = NEXT_ITEM.exec(ctx.text.slice(end, end + 80))) {
      end += item[0].length;
      claimTask(ctx, item[1]!, end);
    }
  }
}

/**
 * Claims the task name that ends at `end`, once its leading description is dropped; `run` is
 * read in lower case, `surface` (the text as written, same length) locates it.
 */
function claimTask(ctx: PaperContext, run: string, end: number, surface = run): void {
  const words = run.split(/\s+/);
  // A list a purpose's object opens starts after its opener: "on tasks including timing prediction".
  for (let i = words.length - 1; i >= 0; i--) {
    // "in tasks such as counting": "such as" opens the list as "including" does.
    if (!LIST_OPENER.test(words[i]!) && !(words[i] === "as" && words[i - 1] === "such")) continue;
    words.splice(0, i + 1);
    break;
  }
  // A gerund is the verb only where the run opens ("Unlocking Zero-Shot Morphing Attack Detection").
  const length = words.length;
  while (words.length > 1 && isDescriptive(words[0]!.toLowerCase(), words.length, words.length === length)) words.shift();
  // Pushed, not map()ped (see extract.ts).
  const lower: string[] = [];
  for (const word of words) lower.push(word.toLowerCase());
  const written = surface.split(/\s+/).slice(-words.length);
  if (words.length < 2 || lower.some((w, i) => FUNCTION_WORD.test(w) || isClauseWord(written[i]!, i, lower.length) || isConjugatedVerb(w)) || NOT_TASK_OBJECT.test(lower.at(-2)!)) return;
  // Heads that also name an activity want a noun before them, as in the term scan: "flexible design", "reasoning enhancement".
  if ((WEAK_TASK_HEAD.test(lower.at(-1)!) || REPEATED_TASK_HEAD.test(lower.at(-1)!)) && ADJECTIVE.test(lower.at(-2)!.split("-").at(-1)!)) return;
  const kept = written.join(" ");
  claimPhrase(ctx, end - kept.length, kept, "task");
}

// A task a paper writes in Title Case inside a sentence, where the sentence says it is one:
// before "task" ("the Proficiency Estimation task"), after a purpose ("capable of Failure Analysis
// and ..."), or in a list one of those opened. Elsewhere a Title Case phrase is more often a
// paper's own component ("Interactive Dynamics Generation strategy", "(1) Adaptive Policy
// Enhancement:"), and never where more of a name follows ("Semantic Segmentation Challenge").
const TITLE_CASE_RUN = /(?<![\p{L}\p{N}-])((?:\p{Lu}[\p{Ll}\p{N}]*(?:-\p{L}[\p{Ll}\p{N}]*)*\s+){1,3}\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])/gu;
export const TASK_HEAD_WORD = new RegExp(`^(?:${TASK_HEAD})$`);
const MORE_OF_A_NAME = new RegExp(String.raw`^\s+(?:\p{Lu}|\(|${COMPOUND_NOUN})`, "u");
const TASK_AFTER = /^\s+tasks?\b/;
const PURPOSE_BEFORE = /\b(?:for|towards?|tackles?|address(?:es)?|capable of|such as|including)\s+(?:the\s+)?$/;
/** All the text between two items of a list: ", ", ", and ", " or ". */
export const ITEM_GAP = /^(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/;

// Capitals name the phrase, so heads that also name an activity (analysis) count here.
function isTitleCaseTaskHead(lower: string): boolean {
  return TASK_HEAD_WORD.test(lower) || WEAK_TASK_HEAD.test(lower);
}

/**
 * Whether a token after the title opens with an ASCII capital and small letters that are a task
 * head: a title-case run must end in one, and its last word, after a space, opens a token. Most
 * abstracts have none, and the run pattern, tried from every capital of the text, costs more than
 * this loop (the heads are ASCII, so a run's last word lower-cased is one only if its letters are).
 */
function hasCapitalisedHead(ctx: PaperContext): boolean {
  for (let i = firstTokenEndingAfter(ctx.tokens, ctx.titleEnd); i < ctx.tokens.length; i++) {
    const text = ctx.tokens[i]!.text;
    const first = text.charCodeAt(0);
    if (first < 65 || first > 90) continue;
    let end = 1;
    for (let next = text.charCodeAt(end); next >= 97 && next <= 122; next = text.charCodeAt(end)) end++;
    if (end < 2) continue;
    if (isTitleCaseTaskHead(text.slice(0, end).toLowerCase())) return true;
  }
  return false;
}

export function scanTitleCaseTasks(ctx: PaperContext): void {
  if (!hasCapitalisedHead(ctx)) return;
  let previousEnd = -1;
  for (const match of ctx.text.slice(ctx.titleEnd).matchAll(TITLE_CASE_RUN)) {
    const phrase = match[1]!;
    const start = ctx.titleEnd + match.index;
    const end = start + phrase.length;
    const head = phrase.slice(phrase.lastIndexOf(" ") + 1).toLowerCase();
    if (!isTitleCaseTaskHead(head)) continue;
    const after = ctx.text.slice(end, end + 24);
    const said = TASK_AFTER.test(after) || PURPOSE_BEFORE.test(ctx.text.slice(Math.max(0, start - 24), start)) || (previousEnd >= 0 && ITEM_GAP.test(ctx.text.slice(previousEnd, start)));
    if (!said || (MORE_OF_A_NAME.test(after) && !TASK_AFTER.test(after))) continue;
    const first = tokenStartingAt(ctx, start);
    const words = phrase.toLowerCase().split(/\s+/);
    // A description in capitals is still one ("Strategy-based Retrieval").
    if (first < 0 || opensSentence(ctx, first) || words.some((word) => isDescriptive(word, words.length, false))) continue;
    claimPhrase(ctx, start, phrase, "task");
    previousEnd = end;
  }
}

// The items a paper lists as tasks name tasks whatever their head: "key legal tasks, including
// issue spotting, legal drafting, advice, research", "tasks like requirement analysis, code
// review, test generation". Two or three content words each; gerund phrases are what is done
// ("editing production code"), single words too vague.
// A colon opens such a list too ("two tasks: sound symbolism and word valence").
// So does a relative clause of inclusion when a list follows ("tasks that include timing
// prediction, routability analysis"; one item may say what the tasks have: "tasks which include images").
const TASK_LIST_CUE = /\btasks(?:\s+[a-z][a-z-]*){0,4}(?:,?\s+(?:such as|including|like|(that|which)\s+includes?)|:)\s+/gi;
const TASK_LIST_ITEM = /^([a-z][a-z0-9-]*(?:\s+(?!(?:and|or)\b)[a-z][a-z0-9-]*){0,2})(?=\s*(?:,|\band\b|\bor\b|\.|;|\)|$))/;
/** How an item's task is done, not which task: "automated", "efficient" (not "recurrence-free", part of the name). */
const LEADING_MANNER = (word: string) => DESCRIPTIVE.has(word) || FILLER.test(word) || /^[a-z]+ed$/.test(word);

export function scanTaskLists(ctx: PaperContext): void {
  for (const match of ctx.text.matchAll(TASK_LIST_CUE)) {
    const colon = match[0].trimEnd().endsWith(":");
    const items: Array<[string, number]> = [];
    forEachListItem(ctx.text, match.index + match[0].length, TASK_LIST_ITEM, 6, (item, itemStart) => items.push([item, itemStart]));
    if (match[1] !== undefined && items.length < 2) continue;
    for (const [item, itemStart] of items) {
      let phrase = item;
      let start = itemStart;
      // "automated tumor segmentation" is the task "tumor segmentation", done automatically.
      for (let lead = /^(\S+)\s+/.exec(phrase); lead && phrase.split(/\s+/).length > 2 && LEADING_MANNER(lead[1]!); lead = /^(\S+)\s+/.exec(phrase)) {
        phrase = phrase.slice(lead[0].length);
        start += lead[0].length;
      }
      const words = phrase.split(/\s+/);
      // A first word in -ing is a noun where a task head closes the item ("timing prediction").
      const gerundVerb = /ing$/.test(words[0]!) && !TASK_HEAD_WORD.test(words.at(-1)!);
      if (words.length >= 2 && !gerundVerb && words.every((w) => isContentWord(w))) claimPhrase(ctx, start, phrase, "task");
      // After "tasks:" one word names a task too when it names an activity: "two tasks: grasping and articulation".
      else if (colon && words.length === 1 && ACTIVITY_NOUN.test(phrase) && isContentWord(phrase) && !DESCRIPTIVE.has(phrase)) claimPhrase(ctx, start, phrase, "task");
    }
  }
}

const ACTIVITY_NOUN = /^[a-z]{4,}(?:ing|tion|sion|ment|sis)$/;

const LIST_SEPARATOR = /^\s*(?:,\s*(?:and|or)?|and|or)\s+/;

/**
 * The items of a list that starts at `at`, each matched by `item` (its first group is the
 * phrase), joined by commas, "and" or "or"; at most `max` of them. `visit` gets each phrase
 * with its offset in `text`.
 */
export function forEachListItem(text: string, at: number, item: RegExp, max: number, visit: (phrase: string, start: number) => void): void {
  for (let k = 0; k < max; k++) {
    const found = item.exec(text.slice(at, at + 60));
    if (!found?.[1]) return;
    visit(found[1], at + found[0].length - found[1].length);
    at += found[0].length;
    const separator = LIST_SEPARATOR.exec(text.slice(at, at + 12));
    if (!separator) return;
    at += separator[0].length;
  }
}

// A title is cut into parts at its colon, punctuation and joining words; a part that ends in a
// task head names the task the paper works on, wherever it stands: "Open-Vocabulary Semantic
// Segmentation by Prompting ...", "Unlocking Diversity in Ad Headline Generation with LLMs",
// "Comparing and Understanding Chinese Classifier Prediction in Language Models".
const TITLE_PART = /[^\s:;,?!()[\]]+(?:\s+[^\s:;,?!()[\]]+)*/gu;
// ... and a clause's pronouns and question words: "How Offset Effects Reshape Our Understanding of ..." names no task.
const TITLE_JOINT = /^(?:for|in|of|by|with|via|using|through|from|without|under|as|beyond|on|to|into|towards?|across|at|before|after|and|or|vs\.?|versus|is|are|a|an|the|our|their|its|your|my|we|how|why|what|when|where|-|–|—)$/i;
const TITLE_HEAD = new RegExp(String.raw`^(?:${TASK_HEAD})$`, "i");
/** At most this many words before the head: longer runs are clauses, not names. */
const TITLE_TASK_WORDS = 5;

// What a title is "for" names its task whatever the activity is called: "for Bimanual Logistics
// Packing", "for Register Allocation", "for Zero-Shot Soundscape Mapping". An activity noun (-tion,
// -ing, -sis, -ment), but not a way of training or inferring ("for Data Selection", "for Efficient
// Reasoning"), nor what every paper improves ("for Better Evaluation").
const ACTIVITY_HEAD = /^\p{L}{3,}(?:tion|sion|ing|ysis|ment)$/iu;
const NOT_PURPOSE_HEAD = /^(?:learning|training|tuning|fine-tuning|finetuning|pretraining|pre-training|reasoning|thinking|optimization|optimisation|distillation|regularization|normalization|sampling|decoding|prompting|alignment|quantization|pruning|merging|augmentation|routing|selection|scaling|inference|evaluation|assessment|benchmarking|testing|deployment|adaptation|generalization|generalisation|improvement|enhancement|acceleration|compression|representation|interpretation|explanation|attention|modeling|modelling|encoding|embedding|computing|processing|understanding|construction|development|implementation|integration|application|investigation|exploration|analysis|engineering)$/i;

function isPurposeHead(word: string): boolean {
  return ACTIVITY_HEAD.test(word) && !NOT_PURPOSE_HEAD.test(word);
}

function scanTitleParts(ctx: PaperContext): void {
  const title = ctx.text.slice(0, ctx.titleEnd);
  for (const part of title.matchAll(TITLE_PART)) {
    const words = [...part[0].matchAll(/\S+/g)];
    let first = 0;
    for (let k = 0; k <= words.length; k++) {
      if (k < words.length && !TITLE_JOINT.test(words[k]![0])) continue;
      const run = words.slice(first, k);
      const joint = words[first - 1]?.[0].toLowerCase();
      first = k + 1;
      const head = run.at(-1);
      if (run.length < 2 || run.length > TITLE_TASK_WORDS + 1 || !head) continue;
      // "for Integrating Simulation": a gerund opening a two-word run is its verb, and would leave one word.
      const verbFirst = run.length === 2 && /^\p{L}+ing$/u.test(run[0]![0]);
      if (!TITLE_HEAD.test(head[0]) && !(joint === "for" && isPurposeHead(head[0]) && !verbFirst)) continue;
      // "Hierarchical Model-Based Planning": a run that says how is a method's description.
      if (run.some((w) => /-based$/i.test(w[0]))) continue;
      // "Your Vision-Language Model's Prediction": a possessive names whose, not a task (but "Bird's
      // Eye View", the field's name for a top-down view, is no one's).
      if (run.some((w) => /['’]s$/.test(w[0]) && !/^bird['’]s$/i.test(w[0]))) continue;
      const start = part.index + run[0]!.index;
      const surface = title.slice(start, part.index + head.index + head[0].length);
      claimTask(ctx, surface.toLowerCase(), start + surface.length, surface);
    }
  }
}
// A task as the subject of a sentence: "Medical image segmentation is ...", "Weather forecasting remains ...".
const SUBJECT = new RegExp(String.raw`(?:^|[.!?]\s+|\n)((?:[A-Z][a-z0-9-]*|[a-z][a-z0-9-]*)(?:\s+[a-z][a-z0-9-]*){0,2}\s+(?:${TASK_HEAD}))\s+(?:is|are|has|have|remains|requires|aims|plays|involves|seeks|poses|underpins)\b`, "g");

export function scanTaskSubjects(ctx: PaperContext): void {
  scanTitleParts(ctx);
  for (const match of ctx.text.matchAll(SUBJECT)) {
    const run = match[1]!;
    const end = match.index + match[0].indexOf(run) + run.length;
    claimTask(ctx, run.charAt(0).toLowerCase() + run.slice(1), end, run);
    extendKnownSubject(ctx, end - run.length, end);
  }
}

/**
 * A known task that ends a sentence's subject takes the words before it that say which one: "Art
 * plagiarism detection plays a crucial role" names art plagiarism detection, not plagiarism
 * detection in general (a description, "Accurate object detection is ...", stays out).
 */
function extendKnownSubject(ctx: PaperContext, start: number, end: number): void {
  const c = ctx.candidates.find((k) => k.end === end && k.start > start && k.type === "task" && k.known);
  // Only a task named as written: a shorter form the lexicon names in full ("object tracking" as visual object tracking) keeps its name.
  if (!c || c.canonical !== ctx.text.slice(c.start, c.end).toLowerCase()) return;
  for (let i = freeWordBefore(ctx, c); i >= 0 && ctx.tokens[i]!.start >= start; i = freeWordBefore(ctx, c)) {
    const word = ctx.tokens[i]!.text;
    const lower = word.toLowerCase();
    if (!/^\p{L}[\p{Ll}\d-]*$/u.test(word) || isDescriptive(lower, 2, true) || isClosedClassWord(lower) || !isContentWord(lower)) return;
    takeWordBefore(ctx, c, i, `${lower} ${c.canonical}`);
  }
}
