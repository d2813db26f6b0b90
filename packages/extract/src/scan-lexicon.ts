import { type PaperContext, claim, isModifierBefore, joinable } from "./context";
import { dropPlural, exactKey, squash } from "./keys";
import type { LexiconEntry } from "./lexicon";

/**
 * Longest-match scan of the lexicon over token n-grams (at most lexicon.maxTokens). Keys
 * are built incrementally from squashed tokens, so "chain of thought", "Chain-of-Thought"
 * and "chain-of-thoughts" meet the same entry. A short form the paper defines itself wins
 * over the lexicon (SAM may be Sharpness-Aware Minimization there).
 */
export function scanLexicon(ctx: PaperContext): void {
  const squashed = ctx.tokens.map((t) => squash(t.text));
  const lowered = squashed.map((t) => t.toLowerCase());
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.claimed[i]) continue;
    const match = longestMatch(ctx, squashed, lowered, i);
    const local = ctx.local.get(exactKey(ctx.tokens[i]!.text));
    if (local && (!match || match.end === i + 1)) {
      claim(ctx, i, i + 1, { canonical: local.canonical, type: local.type, known: local.known, proposed: false, rule: "definition" });
      continue;
    }
    if (match && isModifierBefore(ctx, match.end)) {
      i = match.end - 1;
    } else if (match) {
      claim(ctx, i, match.end, { canonical: match.entry.name, type: match.entry.type, known: true, proposed: false, rule: "lexicon" });
      i = match.end - 1;
    }
  }
}

function longestMatch(ctx: PaperContext, squashed: string[], lowered: string[], from: number): { entry: LexiconEntry; end: number } | undefined {
  const { lexicon } = ctx;
  let key = "";
  let lower = "";
  let best: { entry: LexiconEntry; end: number } | undefined;
  for (let j = from; j < ctx.tokens.length && j - from < lexicon.maxTokens; j++) {
    if (j > from && (!joinable(ctx, j - 1, j) || ctx.claimed[j])) break;
    key += squashed[j];
    lower += lowered[j];
    const singular = dropPlural(lower);
    if (!lexicon.prefixes.has(lower) && !lexicon.prefixes.has(singular)) break;
    const entry = lexicon.exact.get(dropPlural(key)) ?? lexicon.folded.get(singular);
    if (entry) best = { entry, end: j + 1 };
  }
  return best;
}
