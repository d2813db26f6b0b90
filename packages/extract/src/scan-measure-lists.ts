// Measures read from the lists a paper measures its results by: "in terms of designability and
// sequence recovery", "measured by forecast skill", "metrics such as coverage, novelty and
// diversity"; a list with a task in it lists what is evaluated, and gives tasks.

import type { PaperContext } from "./context";
import { ADVERB_TAG, DESCRIPTIVE, isAdverbWord, isClosedClassWord, isPluralWord, isVerbParticiple } from "./word-classes";
import { claimPhrase } from "./scan-phrases";
import { isEnglishWordOfKind, lowerCaseButAcronyms } from "./nlp";
import { TASK_HEAD, forEachListItem } from "./scan-cues";

// What results are measured in: "in terms of designability and sequence recovery",
// "measured by forecast skill", "metrics such as coverage, novelty and diversity".
// ... and "six metrics (memory utilization, latency, ...)", "two metrics: X and Y", where the list
// may be written in Title Case ("metrics (Memory Utilization, Compute Utilization, Latency)").
const MEASURE_CUE = /\b(?:in terms of|measured by|evaluated by|metrics?\s+(?:such as|including|like)|metrics\s*(?:\((?:e\.g\.,?\s*)?|:))\s*/g;
const MEASURE_END = String.raw`(?=\s*(?:,|\band\b|\bor\b|\.|;|\)|$|\s+(?:on|across|over|with|while|than|at|by|for|in|compared|against|under)\b))`;
const MEASURE_OPENER = String.raw`^(?:(?:both|the|its|their|average|mean)\s+)*`;
const LOWER_CASE_MEASURE = String.raw`[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*){0,2}?`;
const TITLE_CASE_MEASURE = String.raw`\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+){0,2}?`;
const MEASURE_ITEM = new RegExp(`${MEASURE_OPENER}(${LOWER_CASE_MEASURE})${MEASURE_END}`, "u");
const LISTED_MEASURE_ITEM = new RegExp(`${MEASURE_OPENER}(${LOWER_CASE_MEASURE}|${TITLE_CASE_MEASURE})${MEASURE_END}`, "u");
/** Words too generic to name a measure on their own. */
const GENERIC_MEASURE = /^(?:performance|task performance|inference|quality|efficiency|effectiveness|robustness|speed|cost|costs|scalability|generalization|generalisation|stability|results?|terms|metrics?|both|accuracy and|capabilit(?:y|ies)|versatility|safety|evaluation|usability|reliability|practicality|applicability|flexibility|adaptability|feasibility)$/;

const RESULT_VERB = /^(?:achieves|attains|reaches|yields|obtains|delivers|shows|demonstrates|exhibits|outperforms|surpasses|improves|reduces|maintains|matches|exceeds|requires|enables|provides)$/;

// A task's head after a modifier at the end of a list item, before an optional "tasks"; a bare
// head ("in terms of both prediction and cost") and a completion ("goal completion") are measured as often.
const TASK_ITEM = new RegExp(String.raw`^(\S.*[\s-](?!completion)(?:${TASK_HEAD}))(?:\s+tasks?)?$`, "i");

export function scanMeasureLists(ctx: PaperContext): void {
  for (const match of ctx.text.matchAll(MEASURE_CUE)) {
    const items: [string, number][] = [];
    forEachListItem(ctx.text, match.index + match[0].length, /[(:]/.test(match[0]) ? LISTED_MEASURE_ITEM : MEASURE_ITEM, 6, (item, itemStart) => {
      // "in terms of faster inference and better robustness": how much better is no part of the measure.
      const [phrase, start] = withoutLeadingJudgement(item, itemStart);
      // "in terms of X, as shown ...", "... through visual-semantic similarity": a function word opens a clause, not a measure.
      if (phrase === "" || isClosedClassWord(phrase.split(" ")[0]!) || isBareNonMeasure(phrase)) return;
      // "..., demonstrating superior performance": a participle opens a clause after the list,
      // and so does a verb of the sentence's subject ("... and achieves beyond-expert performance").
      const first = phrase.split(" ")[0]!;
      // An adverb after the list's "and" opens a clause too: "in terms of expressive power, and consequently, ...".
      // A lone adverb is a count's word: "evaluated by more than ten systems".
      const loneAdverb = phrase === first && isEnglishWordOfKind(first, ADVERB_TAG);
      if (!GENERIC_MEASURE.test(phrase) && !isVerbParticiple(first) && !RESULT_VERB.test(first) && !isAdverbWord(first) && !loneAdverb) items.push([phrase, start]);
    });
    // "evaluated in terms of trajectory prediction, open-loop and closed-loop planning tasks": a
    // list with a task in it lists what is evaluated, not how; its tasks are tasks, the rest nothing.
    const tasks = items.map(([phrase]) => TASK_ITEM.exec(phrase)?.[1]);
    const listsTasks = tasks.some((task) => task !== undefined);
    items.forEach(([phrase, start], k) => {
      if (listsTasks) {
        if (tasks[k] !== undefined) claimPhrase(ctx, start, tasks[k]!, "task");
      } else if (!retypeOwnName(ctx, start, phrase)) claimPhrase(ctx, start, phrase, "metric");
    });
  }
}

/**
 * A Title-Case item of a list of metrics that the own-name scan took for a method ("metrics
 * (Memory Utilization, Compute Utilization, ...)") is that metric; true when one was retyped.
 */
function retypeOwnName(ctx: PaperContext, start: number, phrase: string): boolean {
  const c = ctx.candidates.find((other) => other.start === start && other.end === start + phrase.length);
  if (!c || c.known || c.rule !== "own-name") return false;
  c.type = "metric";
  c.canonical = lowerCaseButAcronyms(phrase);
  return true;
}

/**
 * One word that is no measure by its form: a plural ("parameters", "participants", "sensors"), an
 * activity ("planning", "processing") or a description ("efficient"); "returns", "FLOPs" and the
 * measures the lexicon knows are read by other rules.
 */
function isBareNonMeasure(phrase: string): boolean {
  if (phrase.includes(" ")) return false;
  return (isPluralWord(phrase) && !/(?:ss|ics)$/.test(phrase) && phrase !== "returns") || /^\p{Ll}{3,}ing$/u.test(phrase) || DESCRIPTIVE.has(phrase);
}

// How good, how much or how new: "faster inference", "better robustness", "overall performance",
// "new features", "diverse metrics" (never "final return" or "average reward", which say which
// value is measured).
const JUDGED = /^(?:faster|slower|better|worse|higher|lower|greater|larger|smaller|stronger|weaker|deeper|cheaper|superior|improved|enhanced|insufficient|excellent|strong|good|poor|overall|new|novel|diverse|various|different|multiple|several|additional|other|superficial)$/;

/**
 * The item without the words before its measure that say how good it is, and where it then
 * starts; nothing when what is left is a bare plural ("better results").
 */
function withoutLeadingJudgement(phrase: string, start: number): [string, number] {
  const words = phrase.split(" ");
  let k = 0;
  while (k < words.length - 1 && JUDGED.test(words[k]!)) k++;
  if (k === 0) return [phrase, start];
  const rest = words.slice(k);
  if (rest.length === 1 && isPluralWord(rest[0]!)) return ["", start];
  return [rest.join(" "), start + words.slice(0, k).join(" ").length + 1];
}
