import type { PaperContext } from "./context";
import { exactKey } from "./keys";
import { lookup } from "./lexicon";
import { proposalRanges } from "./proposed";
import { titleAppositiveType } from "./title-lead";
import { TYPING_WINDOW } from "./typing";
import { typeFromContext } from "./context-typing";

// The first word after a proposal cue and its determiners: "we propose TACO, a method ...".
const PROPOSED_WORD = /^(?:\s*(?:a|an|the|novel|new)\b)*\s*([\p{L}\p{N}][\p{L}\p{N}+*-]*)/iu;

/**
 * A paper's own definition beats the lexicon: "We propose TACO, a method for compressing
 * prompts" makes TACO a method in this paper although the field knows a TACO dataset.
 * The sense is recorded as a local name, which every later mention of the word takes.
 */
export function scanOwnSenses(ctx: PaperContext): void {
  // The title says what its lead name is: "Chameleon: A Flexible Data-mixing Framework for ..."
  // is a method in this paper, whatever model the field knows by that name.
  const titled = titleAppositiveType(ctx);
  const lead = titled && ctx.text.slice(0, titled.colon);
  const known = lead ? lookup(ctx.lexicon, lead) : undefined;
  // Only a lead of one name-shaped word, as a proposal cue's name is read: not "Towards Better X".
  const oneWord = lead !== undefined && PROPOSED_WORD.exec(lead)?.[0] === lead;
  if (titled && lead && known && known.type !== titled.type && oneWord) {
    ctx.local.set(exactKey(lead), { canonical: lead, type: titled.type, known: false });
  }
  for (const [from, to] of proposalRanges(ctx)) {
    const word = PROPOSED_WORD.exec(ctx.text.slice(from, to));
    if (!word || ctx.local.has(exactKey(word[1]!))) continue;
    const entry = lookup(ctx.lexicon, word[1]!);
    if (!entry) continue;
    const wordEnd = from + word.index + word[0].length;
    const own = typeFromContext(ctx.text.slice(wordEnd, wordEnd + TYPING_WINDOW), ctx.text.slice(Math.max(0, wordEnd - word[1]!.length - 40), wordEnd - word[1]!.length));
    if (own && own !== entry.type) ctx.local.set(exactKey(word[1]!), { canonical: word[1]!, type: own, known: false });
  }
}
