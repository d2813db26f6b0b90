// Task names from task cues: "Deformable registration is a fundamental task in medical imaging",
// "Humanoid soccer dribbling remains a challenging problem", "the task of image captioning". The
// name is the noun phrase the cue's subject opens with, read off the chunker's runs (chunk.ts):
// no parser. A parse of the subject (compromise's noun phrases) had cost 4-5% of extraction for
// about one paper in fifty, and as often named an object or a clause ("user inputs", "it still").

import { type Run, chunkRuns } from "./chunk";
import { type PaperContext, claim, isFree, tokensEndingBy } from "./context";
import { isStopPhrase, lookup } from "./lexicon";
import { lowerCaseButAcronyms } from "./nlp";
import { spanIndexAt } from "./text";
import { DESCRIPTIVE } from "./word-classes";

/** "<subject> is a (challenging) task", "the task of <phrase>": the phrase names a task. */
const TASK_CUE = /\b(?:is|are|remains?)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:task|problem)\b|\bthe\s+task\s+of\s+/gi;
/** What may come before the subject's name: nothing, or an article (after "the task of", nothing: "the task of the code snippet" is another sense). */
const OPENING = /^\s*(?:(?:the|a|an)\s+)?$/i;
/** What may come between the name and the cue: nothing, or a phrase a preposition opens ("Trajectory prediction for surrounding agents"). */
const BEFORE_CUE = /^\s*(?:(?:for|of|in|on|with|under|from|across)\s[^,;:()]*)?$/i;
/** A subject of at most this many characters is worth reading: a longer one is a clause. */
const MAX_SPAN = 60;

export function scanTaskCueSubjects(ctx: PaperContext): void {
  let runs: Run[] | undefined;
  for (const match of ctx.text.matchAll(TASK_CUE)) {
    const sentence = ctx.sentences[spanIndexAt(ctx.sentences, match.index)];
    if (!sentence) continue;
    const taskOf = /task\s+of\s+$/i.test(match[0]);
    const start = taskOf ? match.index + match[0].length : sentence.start;
    const end = taskOf ? Math.min(sentence.end, start + MAX_SPAN) : match.index;
    if (end - start > MAX_SPAN) continue;
    // The runs of a paper are read once, and only for a paper with a cue (about one in fifty).
    runs ??= chunkRuns(ctx);
    const run = runs.find((r) => ctx.tokens[r.from]!.start >= start && ctx.tokens[r.from]!.start < end);
    if (!run) continue;
    const opening = ctx.text.slice(start, ctx.tokens[run.from]!.start);
    if (taskOf ? opening.trim() !== "" : !OPENING.test(opening)) continue;
    // The run's last token that ends by `end`.
    const last = Math.min(run.to, tokensEndingBy(ctx, run.from, end)) - 1;
    if (last <= run.from) continue;
    const words = run.words.slice(0, last - run.from + 1);
    // "Forecasting future links is ...", "Editing long videos": a gerund opening the subject is its verb.
    // "The accurate estimation of 6D pose", "Complex reasoning is ...": a description opens no name
    // (determiners and pronouns, "this", "our", never open a run).
    if (words.length > 5 || /ing$/.test(words[0]!) || DESCRIPTIVE.has(words[0]!)) continue;
    const after = ctx.text.slice(ctx.tokens[last]!.end, end);
    if (!taskOf && !BEFORE_CUE.test(after)) continue;
    const phrase = ctx.text.slice(ctx.tokens[run.from]!.start, ctx.tokens[last]!.end);
    // Two words at least: "action-centric" is one.
    if (!/\s/.test(phrase)) continue;
    if (isStopPhrase(ctx.lexicon, phrase) || lookup(ctx.lexicon, phrase) !== undefined || !isFree(ctx, run.from, last + 1)) continue;
    claim(ctx, run.from, last + 1, { canonical: lowerCaseButAcronyms(phrase), type: "task", known: false, proposed: false, rule: "phrase" });
  }
}
