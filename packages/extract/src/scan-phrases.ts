// Lower-case or title-case phrases no lexicon lists, found by the head noun a researcher
// would use to name them: the task a title is "for" ("... for Long-Term Traffic
// Forecasting"), and measures read next to a value ("a velocity tracking error of 0.12").
// Regular expressions only: no parser on the hot path.

import { type PaperContext, claim, isFree, tokenStartingAt } from "./context";
import { isStopPhrase, lookup } from "./lexicon";
import { isMeasurementContext } from "./typing";

/** Words that end a task name. */
export const TASK_HEAD = /^(?:generation|translation|recognition|detection|segmentation|classification|recommendation|forecasting|prediction|estimation|retrieval|summari[sz]ation|captioning|answering|parsing|extraction|synthesis|tracking|localization|reconstruction|completion|navigation|manipulation|planning|imputation|editing|understanding|grounding)$/i;
// The title's "for <task>" ending: "Residual Gating for Long-Term Traffic Forecasting".
const TITLE_FOR = /\b(?:for|in|of)\s+((?:[\p{L}][\p{L}\p{N}-]*\s+){0,4}[\p{L}][\p{L}-]*)\s*$/u;
/** Measures named by their last word: "velocity tracking error", "hit ratio", "exact-match score". */
const MEASURE_PHRASE = /\b((?:[a-z][a-z-]{2,}\s+){1,2}(?:error|rate|accuracy|score|distance|ratio|time|usage|footprint|consumption|coefficient|correlation|similarity))\b/g;
/** Words that open a description, not a measure's name. */
const NOT_MEASURE_WORD = /^(?:the|a|an|both|either|each|all|only|and|or|of|with|by|in|on|at|to|for|from|its|their|our|this|that|these|lower|higher|better|worse|best|overall|average|mean|median|final|high|low|same|similar|comparable|strong|good|relative|absolute|total|its|is|are|was|were|has|have|reduced|improved|increased|decreased|learning|dropout|sampling|frame|bit|error|rate|score)$/;
/** Verbs and judgements before a measure: "take considerable time", "compute semantic distance", "certain similarity". */
const MEASURE_VERB = /^(?:take|takes|took|taking|compute|computes|computing|require|requires|need|needs|spend|spends|save|saves|certain|comparable|superficial|highest|lowest|considerable|significant|substantial|qualitative|quantitative)$/;
const FUNCTION_WORD = /^(?:for|as|of|to|in|on|by|with|and|or|the|a|an|at|from)$/;
/** Hyper-parameters and quantities that end like measures. */
const NOT_MEASURE = /\b(?:learning|dropout|sampling|frame|bit|masking|mask|mixing|keep|update|acceptance)\s+rate$|\b(?:test|run|compile|real|same|first|long|short|each|every|step|one|training)\s+time$/;

export function scanTitleTask(ctx: PaperContext): void {
  const title = ctx.text.slice(0, ctx.titleEnd);
  const run = TITLE_FOR.exec(title)?.[1];
  if (!run) return;
  const words = run.split(/\s+/);
  // "Guiding Visual Metaphor Generation": a leading gerund is the paper's verb, not the task.
  while (words.length > 2 && /ing$/i.test(words[0]!)) words.shift();
  if (words.length < 2 || !TASK_HEAD.test(words.at(-1)!)) return;
  const phrase = words.join(" ");
  claimPhrase(ctx, title.lastIndexOf(phrase), phrase, "task");
}

export function scanMeasures(ctx: PaperContext): void {
  for (const match of ctx.text.matchAll(MEASURE_PHRASE)) {
    const words = match[1]!.split(/\s+/);
    while (words.length > 1 && (NOT_MEASURE_WORD.test(words[0]!) || MEASURE_VERB.test(words[0]!))) words.shift();
    // "explored for time": a function word inside is a clause, not a name.
    if (words.length < 2 || words.slice(0, -1).some((w) => FUNCTION_WORD.test(w))) continue;
    const phrase = words.join(" ");
    if (NOT_MEASURE.test(phrase)) continue;
    const start = match.index + match[0].length - phrase.length;
    const end = start + phrase.length;
    // The words dropped from the front are a cue themselves ("lower memory footprint") or stand
    // between the measure and its cue ("reduces the median track error").
    const after = ctx.text.slice(end, end + 40);
    const phraseStart = match.index + match[0].length - match[1]!.length;
    if (!isMeasurementContext(ctx.text.slice(Math.max(0, start - 40), start), after) && !isMeasurementContext(ctx.text.slice(Math.max(0, phraseStart - 40), phraseStart), after)) continue;
    claimPhrase(ctx, start, phrase, "metric");
  }
}

export function claimPhrase(ctx: PaperContext, start: number, phrase: string, type: "task" | "metric"): void {
  if (isStopPhrase(ctx.lexicon, phrase)) return;
  const first = tokenStartingAt(ctx, start);
  if (first < 0) return;
  let last = first;
  while (last < ctx.tokens.length && ctx.tokens[last]!.end <= start + phrase.length) last++;
  if (last === first || !isFree(ctx, first, last)) return;
  const entry = lookup(ctx.lexicon, phrase);
  const canonical = entry?.name ?? phrase.toLowerCase();
  claim(ctx, first, last, { canonical, type: entry?.type ?? type, known: entry !== undefined, proposed: false, rule: "phrase" });
}
