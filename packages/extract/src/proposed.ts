import { type PaperContext, claim, firstTokenEndingAfter, isFree, tokenStartingAt, tokensEndingBy } from "./context";
import type { EntityType } from "./types";
import { spanIndexAt } from "./text";
import { typeFromShape, TYPING_WINDOW } from "./typing";
import { typeFromContext } from "./context-typing";

// "we propose", "this paper introduces", "we first introduce", "we present a new ... called".
const PROPOSAL_CUE = /\b(?:we|this (?:paper|work|study|thesis)|our (?:work|study))\s+(?:\w+ly\s+|first\s+|further\s+|also\s+|then\s+|additionally\s+)?(?:propose|introduce|present|develop|design|construct|build|release|curate|contribute|call|name|term|dub|coin)s?\b|\b(?:called|named(?! entit)|dubbed|termed)\b|\bwe\s+\w+\s+(?:a|an)\s+(?:novel|new)\b/gi;
// Past this point a sentence talks about what the proposal is compared with.
const COMPARISON = /\b(?:outperform\w*|surpass\w*|than|compared|versus|over|baseline\w*|such as|including|like|e\.g)\b/i;
// "our X" and "our <noun> X": the paper's own model, method or benchmark.
const OUR_NAME = /\bour\s+(?:[a-z-]+\s+){0,2}$/i;
// Title-case words that start a name after a cue: "Visual Jigsaw", "Absolute Zero", "CoT Monitor+".
const TITLE_RUN = /^(?:[A-Z][\p{L}\p{N}+*-]*)(?:[ \t]+(?:(?:to|of|with|for|as|via|in)[ \t]+)?[A-Z][\p{L}\p{N}+*-]*)*/u;
const DETERMINERS = /^(?:\s*(?:a|an|the|novel|new|simple|unified|general|generic|first|two|three|effective|efficient|scalable|lightweight)\b)*\s*/i;

/**
 * Character ranges [cueEnd, clauseEnd) in which the paper names what it introduces. Found once
 * per paper and kept in the context: own senses, proposed runs and markProposed all read them,
 * and they depend only on the text and its sentences, which no rule changes.
 */
export function proposalRanges(ctx: PaperContext): [number, number][] {
  ctx.proposalRanges ??= findProposalRanges(ctx);
  return ctx.proposalRanges;
}

function findProposalRanges(ctx: PaperContext): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of ctx.text.matchAll(PROPOSAL_CUE)) {
    const sentence = ctx.sentences[spanIndexAt(ctx.sentences, match.index)];
    if (!sentence) continue;
    const cueEnd = match.index + match[0].length;
    const rest = ctx.text.slice(cueEnd, sentence.end);
    const stop = COMPARISON.exec(rest);
    ranges.push([cueEnd, stop ? cueEnd + stop.index : sentence.end]);
  }
  return ranges;
}

/**
 * Multi-word names right after a proposal cue ("we introduce Visual Jigsaw, a ...",
 * "a new paradigm called Absolute Zero"), which the token rules cannot see.
 */
export function scanProposedRuns(ctx: PaperContext): void {
  for (const [from] of proposalRanges(ctx)) {
    const after = ctx.text.slice(from);
    const skip = DETERMINERS.exec(after)?.[0].length ?? 0;
    const run = TITLE_RUN.exec(after.slice(skip))?.[0];
    if (!run || !/\s/.test(run.trim())) continue;
    const start = from + skip;
    const first = tokenStartingAt(ctx, start);
    if (first < 0) continue;
    const last = tokensEndingBy(ctx, first, start + run.length);
    if (ctx.claimed.subarray(first, last).some((c) => c === 1)) continue;
    const surface = ctx.text.slice(start, start + run.length);
    const type = typeFromShape(surface) ?? typeFromContext(ctx.text.slice(start + run.length, start + run.length + TYPING_WINDOW), "") ?? "method";
    claim(ctx, first, last, { canonical: surface, type, known: false, proposed: true, rule: "cue" });
    claimRecurrences(ctx, surface, type);
  }
}

/** A name the paper introduces is that name wherever it recurs ("CoT Monitor+ cuts ..."). */
function claimRecurrences(ctx: PaperContext, surface: string, type: EntityType): void {
  for (let at = ctx.text.indexOf(surface); at >= 0; at = ctx.text.indexOf(surface, at + surface.length)) {
    const first = firstTokenEndingAfter(ctx.tokens, at);
    if (ctx.tokens[first]?.start !== at) continue;
    const last = tokensEndingBy(ctx, first, at + surface.length);
    if (isFree(ctx, first, last)) claim(ctx, first, last, { canonical: surface, type, known: false, proposed: true, rule: "cue" });
  }
}

/** Marks what the paper introduces: unknown names in its title prefix, after a cue, or after "our". */
export function markProposed(ctx: PaperContext): void {
  const ranges = proposalRanges(ctx);
  const titlePrefix = /^([^:?]{1,60}):/.exec(ctx.text.slice(0, ctx.titleEnd))?.[1]?.length ?? -1;
  const own = new Set<string>();
  for (const c of ctx.candidates) {
    if (c.known) continue;
    const inCue = ranges.some(([from, to]) => c.start >= from && c.end <= to);
    const inTitle = c.end <= titlePrefix;
    const ours = OUR_NAME.test(ctx.text.slice(Math.max(0, c.start - 40), c.start));
    if (inCue || inTitle || ours) own.add(c.canonical);
  }
  for (const c of ctx.candidates) {
    if (c.known) continue;
    if (own.has(c.canonical) || [...own].some((name) => c.canonical.startsWith(`${name}-`))) c.proposed = true;
  }
}
