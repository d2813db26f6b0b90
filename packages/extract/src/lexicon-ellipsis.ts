// Known terms that share a head across "and" or "or": "zero-shot and few-shot learning" names
// zero-shot learning too, "mathematical and complex reasoning" names mathematical reasoning.

import { type PaperContext, claim } from "./context";
import { type LexiconEntry, lookup } from "./lexicon";
import { opensSentence } from "./chunk";
import { isContentWord } from "./word-classes";
import { isAndOr } from "./text";

/**
 * "Zero-Shot and Few-Shot Learning": the word before "and" shares the known term's head, and
 * names a known term of the same type with it (zero-shot learning), so it is claimed as that
 * term; so does each word of a list before it ("zero-shot, one-shot, and few-shot prompting").
 */
export function claimEllipsis(ctx: PaperContext, entry: LexiconEntry, i: number, end: number): void {
  const [conjunction, word] = [ctx.tokens[i - 1], ctx.tokens[i - 2]];
  if (end - i < 2 || !conjunction || !word || !isAndOr(conjunction.text) || ctx.claimed[i - 2]) return;
  const head = ctx.text.slice(ctx.tokens[i + 1]!.start, ctx.tokens[end - 1]!.end);
  // Back over the list, one comma-separated word at a time: "zero-shot, one-shot, and few-shot prompting".
  for (let k = i - 2; k >= 0 && !ctx.claimed[k]; k--) {
    const other = lookup(ctx.lexicon, `${ctx.tokens[k]!.text} ${head}`);
    if (!other || other === entry || other.type !== entry.type) return;
    claim(ctx, k, k + 1, { canonical: other.name, type: other.type, known: true, proposed: false, rule: "lexicon" });
    if (k === 0 || ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start) !== ", ") return;
  }
}

/**
 * "mathematical and complex reasoning tasks": the word before "and" shares the head of the
 * phrase after it, whose own modifier makes no known term ("complex reasoning"); when the word
 * and that head make a known term (mathematical reasoning), the word is claimed as it. Both are
 * content words ("on average and preserves accuracy" is no ellipsis), spaced as prose (in "grasp — and — lift
 * success rate" the dashes set a clause off).
 */
export function scanModifiedEllipsis(ctx: PaperContext): void {
  const { tokens } = ctx;
  for (let c = 1; c + 2 < tokens.length; c++) {
    if (!isAndOr(tokens[c]!.text) || ctx.claimed[c - 1]) continue;
    const [word, modifier] = [tokens[c - 1]!.text, tokens[c + 1]!.text];
    // The sentence's first word is capitalised by its place: "Monocular and stereo depth estimation
    // offer ..." (the lexicon's folded keys match it as written).
    if (!isContentWord(word, opensSentence(ctx, c - 1)) || !isContentWord(modifier)) continue;
    // "efficient and robust reasoning capabilities": qualities coordinated, no term's modifier
    // ("long and short CoT" name two kinds of CoT).
    if (QUALITY.test(word)) continue;
    if (ctx.text.slice(tokens[c - 1]!.end, tokens[c]!.start) !== " " || ctx.text.slice(tokens[c + 1]!.end, tokens[c + 2]!.start) !== " ") continue;
    for (let end = c + 3; end <= Math.min(c + 4, tokens.length); end++) {
      const head = ctx.text.slice(tokens[c + 2]!.start, tokens[end - 1]!.end);
      const entry = lookup(ctx.lexicon, `${word} ${head}`);
      if (!entry || lookup(ctx.lexicon, `${modifier} ${head}`)) continue;
      // A name shares no head with a word: in "reconstruct, segment and edit anything" the verbs
      // share their object, and "segment" is not the Segment Anything model.
      if (entry.type === "model" || entry.type === "dataset") continue;
      // The phrase after "and" may be taken already, as a whole: a known task narrowed by its domain ("stereo depth estimation").
      if (ctx.claimed[c + 1] && !isOneCandidate(ctx, c + 1, end)) continue;
      claim(ctx, c - 1, c, { canonical: entry.name, type: entry.type, known: true, proposed: false, rule: "lexicon" });
      break;
    }
  }
}

// How well, not which kind: a quality before "and" modifies no term of the lexicon ("efficient reasoning").
const QUALITY = /^(?:efficient|effective|robust|accurate|reliable|scalable|fast|stable|faithful|interpretable|safe|precise|generalizable|trustworthy)$/i;

/** Whether tokens [from, to) are exactly one candidate's span. */
function isOneCandidate(ctx: PaperContext, from: number, to: number): boolean {
  const [start, end] = [ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end];
  return ctx.candidates.some((candidate) => candidate.start === start && candidate.end === end);
}
