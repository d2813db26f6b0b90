// Prompting strategies listed by their setting alone: "three prompting strategies (zero-shot,
// few-shot, and chain-of-thought)", "prompt types: zero-shot and few-shot prompts". Where the
// sentence speaks of prompts, a bare "zero-shot" that stands as an item of a list is the prompting
// method of that name; elsewhere it is a setting ("in zero-shot, few-shot and fine-tuned settings").

import { type PaperContext, claim, tokenStartingAt } from "./context";
import { lookup } from "./lexicon";
import { spanIndexAt } from "./text";

// The setting as one token, standing alone: not "zero-shot-" nor "zero-shot" glued to more letters.
const BARE_SHOT = /(?<![\p{L}\p{N}-])(?:zero|one|few)-shot(?![\p{L}\p{N}-])/giu;
// What a list item sits between: an opening bracket, a colon, a comma, a list's opener or conjunction.
const ITEM_BEFORE = /(?:[(:,]|\b(?:including|namely|and|or))\s*$/;
const ITEM_AFTER = /^\s*(?:[,;)]|(?:and|or)\s)/;
const SPEAKS_OF_PROMPTS = /\bprompt(?:s|ing)?\b/i;

export function scanShotPromptingLists(ctx: PaperContext): void {
  if (!SPEAKS_OF_PROMPTS.test(ctx.text)) return;
  for (const match of ctx.text.matchAll(BARE_SHOT)) {
    const start = match.index;
    const end = start + match[0].length;
    const sentence = ctx.sentences[spanIndexAt(ctx.sentences, start)];
    if (!sentence || !SPEAKS_OF_PROMPTS.test(ctx.text.slice(sentence.start, sentence.end))) continue;
    if (!ITEM_BEFORE.test(ctx.text.slice(Math.max(sentence.start, start - 12), start)) || !ITEM_AFTER.test(ctx.text.slice(end, end + 5))) continue;
    const i = tokenStartingAt(ctx, start);
    const entry = lookup(ctx.lexicon, `${match[0].toLowerCase()} prompting`);
    if (i < 0 || ctx.claimed[i] || ctx.tokens[i]!.end !== end || !entry) continue;
    claim(ctx, i, i + 1, { canonical: entry.name, type: entry.type, known: true, proposed: false, rule: "lexicon" });
  }
}
