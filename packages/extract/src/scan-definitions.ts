import { findAbbreviations } from "./abbreviations";
import { type PaperContext, claim, isFree, tokensIn } from "./context";
import { exactKey } from "./keys";
import { isStopPhrase, lookup } from "./lexicon";
import type { EntityType } from "./types";
import { typeFromFollowingNoun, typeFromLongForm, typeFromPrecedingNoun, typeFromShape } from "./typing";

/** "LLMs" -> "LLM", "RMs" -> "RM": the plural of an acronym is the acronym. */
export function singularAcronym(short: string): string {
  return /\p{Lu}s$/u.test(short) ? short.slice(0, -1) : short;
}

/**
 * Abbreviations the paper defines ("Group Relative Policy Optimization (GRPO)"): both spans
 * become mentions of one name, the acronym. Known long forms keep the lexicon's name
 * ("Reinforcement Learning (RL)" -> RL); generic ones (LLMs) are claimed and dropped.
 */
export function scanDefinitions(ctx: PaperContext): void {
  for (const def of findAbbreviations(ctx.text)) {
    const shortTokens = tokensIn(ctx, def.shortSpan);
    const longTokens = tokensIn(ctx, def.longSpan);
    const first = Math.min(longTokens[0] ?? Infinity, shortTokens[0] ?? Infinity);
    const last = Math.max(longTokens.at(-1) ?? -1, shortTokens.at(-1) ?? -1);
    if (last < 0 || !isFree(ctx, first, last + 1)) continue;
    const stop = isStopPhrase(ctx.lexicon, def.short) || isStopPhrase(ctx.lexicon, def.long);
    const entry = lookup(ctx.lexicon, def.long) ?? lookup(ctx.lexicon, def.short);
    const canonical = entry ? entry.name : singularAcronym(def.short);
    const after = ctx.text.slice(def.shortSpan.end + 1, def.shortSpan.end + 60);
    const type = entry?.type ?? typeFromShape(def.short) ?? definitionType(after, def.long, ctx.text.slice(Math.max(0, def.longSpan.start - 30), def.longSpan.start));
    const local = { canonical, type, known: entry !== undefined };
    if (!stop) ctx.local.set(exactKey(def.short), local);
    for (const tokens of [longTokens, shortTokens]) {
      const from = tokens[0];
      const to = tokens.at(-1);
      if (from === undefined || to === undefined) continue;
      if (stop) {
        for (let i = from; i <= to; i++) ctx.claimed[i] = 1;
      } else {
        claim(ctx, from, to + 1, { ...local, proposed: false, rule: "definition" });
      }
    }
  }
}

/**
 * Type of a defined name without a lexicon entry: the noun after it ("(MA) metric"), except
 * that a task's own model stays the task ("quality estimation (QE) model"); then the noun
 * before the long form ("a reward named Bidirectional ... (BMAS)"); then the long form's head.
 */
function definitionType(after: string, long: string, beforeLong: string): EntityType {
  const following = typeFromFollowingNoun(after);
  const head = typeFromLongForm(long);
  if (following && !(following === "model" && head === "task")) return following;
  return typeFromPrecedingNoun(beforeLong) ?? head ?? "method";
}
