// Tasks and measures the lexicon does not list, read from the cues a researcher uses to
// name them: "for weather forecasting", "tasks such as drug design and code completion",
// "in terms of designability and sequence recovery". Regular expressions only.

import type { PaperContext } from "./context";
import { DESCRIPTIVE, TASK_QUALITY } from "./chunk";
import { claimPhrase } from "./scan-phrases";
import { ADJECTIVE, REPEATED_TASK_HEAD, WEAK_TASK_HEAD } from "./scan-terms";

/** Heads of task names: what the model does (the title rule's heads plus a few wider ones); the
 * field's reasoning tasks are in the lexicon, as "X reasoning" is as often a behaviour. */
const TASK_HEAD =
  "generation|translation|recognition|detection|segmentation|classification|recommendation|forecasting|prediction|estimation|retrieval|summari[sz]ation|captioning|answering|parsing|extraction|synthesis|tracking|localization|reconstruction|completion|navigation|manipulation|planning|imputation|editing|understanding|grounding|design|discovery|modell?ing|counting|restoration|enhancement|transcription|diarization|separation|identification|diagnosis|docking|scaffolding";
// A head followed by one of these nouns only modifies it: "detection transformers", "generation quality".
const COMPOUND_NOUN =
  "(?:model|system|network|transformer|architecture|pipeline|module|head|backbone|framework|method|approach|algorithm|loss|objective|data|benchmark|metric|score|quality|performance|accuracy|error|capabilit|abilit|process|stage|step|layer|component|policy|polic|agent|research|communit|literature|field|literature|tool|engine|result|output|time|cost|speed|latency)";
// A purpose or a field: "for weather forecasting", "on document understanding", "in drug design".
const PURPOSE = new RegExp(
  String.raw`\b(?:for|on|in|towards?|tackles?|address(?:es)?|applications? (?:such as|in|to|including)|tasks? (?:such as|including|like))\s+((?:[a-z][a-z0-9-]*\s+){1,3}(?:${TASK_HEAD}))\b(?!-|\s+${COMPOUND_NOUN})`,
  "g",
);
/** Words that open a clause or a list, not a task name: "for the ...", "tasks such as ...". */
const FILLER = /^(?:the|a|an|its|their|our|this|these|both|most|many|several|enabling|enhancing|performing|achieving|and|or|with|of|by|via|from|as|at|into|is|are|be|can|may|novel|when|while|if|although|though|since|because|where|how|what|why|whether|once|thus|hence|however|but|yet|here|then|today|recently|traditionally|typically|currently|simultaneous)$/;
/** Things produced along the way, not tasks: "response generation", "advantage estimation". */
const NOT_TASK_OBJECT = /^(?:data|token|tokens|response|responses|answer|answers|advantage|value|reward|policy|action|feature|label|sample|samples|candidate|trajectory|rollout|query|output|step|solution|proof|code|sequence|parameter|gradient|density|uncertainty|error|result|text)$/;

/** Words inside a clause, never inside a task name: "terms of both prediction". */
const FUNCTION_WORD = /^(?:of|in|on|for|to|from|through|both|its|their|and|or|with|by|via|is|are|be|terms)$/;

/** A leading description, participle ("sampled", "text-based", "training-free") or gerund ("improving"). */
function isDescriptive(word: string, length: number): boolean {
  // Words that describe how well, not what ("efficient generation", "complex reasoning"): the chunker's list.
  return DESCRIPTIVE.has(word) || FILLER.test(word) || TASK_QUALITY.test(word) || /(?:ed|-(?:based|free|aware|driven|guided|agnostic|specific|efficient))$/.test(word) || (/ing$/.test(word) && length > 2);
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
  while (words.length > 1 && isDescriptive(words[0]!.toLowerCase(), words.length)) words.shift();
  // Pushed, not map()ped (see extract.ts).
  const lower: string[] = [];
  for (const word of words) lower.push(word.toLowerCase());
  if (words.length < 2 || lower.some((w) => FUNCTION_WORD.test(w)) || NOT_TASK_OBJECT.test(lower.at(-2)!)) return;
  // Heads that also name an activity want a noun before them, as in the term scan: "flexible design", "reasoning enhancement".
  if ((WEAK_TASK_HEAD.test(lower.at(-1)!) || REPEATED_TASK_HEAD.test(lower.at(-1)!)) && ADJECTIVE.test(lower.at(-2)!.split("-").at(-1)!)) return;
  const kept = surface.split(/\s+/).slice(-words.length).join(" ");
  claimPhrase(ctx, end - kept.length, kept, "task");
}

// What results are measured in: "in terms of designability and sequence recovery",
// "measured by forecast skill", "metrics such as coverage, novelty and diversity".
const MEASURE_CUE = /\b(?:in terms of|measured by|evaluated by|metrics?\s+(?:such as|including|like))\s+/g;
const MEASURE_ITEM = /^(?:(?:both|the|its|their|average|mean)\s+)*([a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*){0,2}?)(?=\s*(?:,|\band\b|\bor\b|\.|;|\)|$|\s+(?:on|across|over|with|while|than|at|by|for|in|compared|against|under)\b))/;
/** Words too generic to name a measure on their own. */
const GENERIC_MEASURE = /^(?:performance|quality|efficiency|effectiveness|robustness|speed|cost|costs|scalability|generalization|generalisation|stability|results?|terms|metrics?|both|accuracy and)$/;

export function scanMeasureLists(ctx: PaperContext): void {
  for (const match of ctx.text.matchAll(MEASURE_CUE)) {
    let at = match.index + match[0].length;
    for (let k = 0; k < 5; k++) {
      const item = MEASURE_ITEM.exec(ctx.text.slice(at, at + 60));
      if (!item?.[1]) break;
      const phrase = item[1];
      const start = at + item[0].length - phrase.length;
      if (!GENERIC_MEASURE.test(phrase)) claimPhrase(ctx, start, phrase, "metric");
      at += item[0].length;
      const separator = /^\s*(?:,\s*(?:and|or)?|and|or)\s+/.exec(ctx.text.slice(at, at + 12));
      if (!separator) break;
      at += separator[0].length;
    }
  }
}

// A task that opens the title and is then qualified: "Open-Vocabulary Semantic Segmentation by
// Prompting ...", "Image Super-Resolution Using Deep Convolutional Networks".
const TITLE_LEAD = new RegExp(String.raw`^(?:[^:\n]{1,40}:\s*)?((?:[\p{L}][\p{L}\p{N}-]*\s+){1,3}(?:${TASK_HEAD}))\s+(?:by|with|via|using|through|from|without|in|under|as|beyond)\b`, "iu");
// A task as the subject of a sentence: "Medical image segmentation is ...", "Weather forecasting remains ...".
const SUBJECT = new RegExp(String.raw`(?:^|[.!?]\s+|\n)((?:[A-Z][a-z0-9-]*|[a-z][a-z0-9-]*)(?:\s+[a-z][a-z0-9-]*){0,2}\s+(?:${TASK_HEAD}))\s+(?:is|are|has|have|remains|requires|aims|plays|involves|seeks|poses|underpins)\b`, "g");

export function scanTaskSubjects(ctx: PaperContext): void {
  const title = ctx.text.slice(0, ctx.titleEnd);
  const lead = TITLE_LEAD.exec(title);
  if (lead?.[1]) claimTask(ctx, lead[1].toLowerCase(), lead.index + lead[0].indexOf(lead[1]) + lead[1].length, lead[1]);
  for (const match of ctx.text.matchAll(SUBJECT)) {
    const run = match[1]!;
    claimTask(ctx, run.charAt(0).toLowerCase() + run.slice(1), match.index + match[0].indexOf(run) + run.length, run);
  }
}
