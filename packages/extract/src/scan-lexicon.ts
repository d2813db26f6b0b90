import { type LocalName, type PaperContext, claim, isModifierBefore } from "./context";
import { exactKeyOfSquashed, squash } from "./keys";
import { type LexiconEntry } from "./lexicon";
import { KeyWalk } from "./key-trie";
import { isModelTier, resolutionName } from "./names";
import { domainStart, domainTaskName } from "./task-domain";
import { isAscii } from "./text";
import { type LexiconMatch, type ScanWords, longestMatch } from "./lexicon-match";
import { claimEllipsis } from "./lexicon-ellipsis";
import { claimRegime, claimVariantList, isLearningRegime, kindHead, kindOfMethod, namedVariantStart, taskKindStart, titleCaseVariantStart } from "./lexicon-variants";
import { extendByBackbone, extendBySize, extendByVersion, plusVariantOf, releaseAndSize, releaseBeforeTier } from "./lexicon-releases";
import { claimBareCompound, inContext, isEverydayPhrase, isPluralOfTask, isTaskData } from "./lexicon-context";

/**
 * Longest-match scan of the lexicon over token n-grams (at most lexicon.maxTokens). Keys
 * are built incrementally from squashed tokens, so "chain of thought", "Chain-of-Thought"
 * and "chain-of-thoughts" meet the same entry. A short form the paper defines itself wins
 * over the lexicon (SAM may be Sharpness-Aware Minimization there). A known method before
 * "-style" or "-like" is still named ("GRPO-style rollouts"); a model there is a likeness ("R1-style models").
 */
export function scanLexicon(ctx: PaperContext): void {
  // Filled by push, not by map(): an optimised caller's inlined map() makes a holey array
  // where the interpreter's makes a packed one, and the second kind deoptimised this scan.
  const words: ScanWords = { squashed: [], ascii: new Uint8Array(ctx.tokens.length), lowered: new Array(ctx.tokens.length), walk: new KeyWalk(ctx.lexicon.trie) };
  const { squashed } = words;
  ctx.tokens.forEach((token, i) => {
    squashed.push(squash(token.text));
    words.ascii[i] = isAscii(squashed[i]!) ? 1 : 0;
  });
  // The first characters of the paper's short forms (a key drops at most a plural's "s" at its end).
  const localFirsts = new Set<number>();
  for (const key of ctx.local.keys()) localFirsts.add(key.charCodeAt(0));
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.claimed[i]) continue;
    const match = longestMatch(ctx, words, i);
    // A paper that defines no short form needs no key, nor does a token that starts with no short form's letter.
    const local = localFirsts.has(squashed[i]!.charCodeAt(0)) ? ctx.local.get(exactKeyOfSquashed(squashed[i]!)) : undefined;
    // The lexicon reads "SPH's" as the plural "SPHs": the possessive of a defined short form is still the paper's.
    if (local && (!match || match.end === i + 1 || isPossessiveOf(ctx, i, match.end))) claimDefined(ctx, i, local);
    else if (match) i = claimMatch(ctx, words, i, match);
    else {
      const extended = plusVariantOf(ctx, i);
      if (extended) claim(ctx, i, i + 1, { canonical: ctx.tokens[i]!.text, type: extended.type, known: false, proposed: false, rule: "lexicon" });
    }
  }
}

/** Token i is a short form the paper defines: its sense, or a named variant of it. */
function claimDefined(ctx: PaperContext, i: number, local: LocalName): void {
  // A defined method's short name has named variants too: "Chain-of-Thought (CoT) ... Spatial CoT".
  const variant = local.type === "method" ? namedVariantStart(ctx, "method", i) : i;
  if (variant < i) {
    claim(ctx, variant, i + 1, { canonical: ctx.text.slice(ctx.tokens[variant]!.start, ctx.tokens[i]!.end), type: "method", known: false, proposed: false, rule: "definition" });
    claimVariantList(ctx, variant, ctx.tokens[i]!.text);
  } else if (local.known && isLearningRegime(ctx, local.type, local.canonical, i)) claimRegime(ctx, i, i + 1, local.canonical);
  else claim(ctx, i, i + 1, { canonical: local.canonical, type: local.type, known: local.known, proposed: false, rule: "definition" });
}

/**
 * The lexicon's name that starts at token i, where the paper means it: claimed as written, as a
 * variant or a measure, or only held (data a task shapes, a product's model, a word in its
 * everyday sense). Returns the last token the scan is done with.
 */
function claimMatch(ctx: PaperContext, words: ScanWords, i: number, match: LexiconMatch): number {
  const { entry, end } = match;
  if ((entry.type === "task" && isTaskData(ctx, end)) || (entry.type === "model" && namesProductOf(ctx, words, end))) {
    // Data a task shapes ("QA pairs"), or the product a model is used through ("ChatGPT
    // o1-mini"): claimed without a mention, so the name scan does not read them again.
    for (let k = i; k < end; k++) ctx.claimed[k] = 1;
    return end - 1;
  }
  if ((isModifierBefore(ctx, end) && entry.type !== "method") || !inContext(ctx, entry, i, end) || isPluralOfTask(ctx, entry, i, end) || isEverydayPhrase(ctx, entry, i, end)) {
    claimBareCompound(ctx, i, end);
    return end - 1;
  }
  if (measureOf(ctx, entry, end)) {
    const name = `${ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[end - 1]!.end)} ${ctx.tokens[end]!.text}`;
    claim(ctx, i, end + 1, { canonical: name, type: "metric", known: false, proposed: false, rule: "lexicon" });
    return end;
  }
  return claimKnownTerm(ctx, i, match);
}

/** A known term meant as such, with its release, size or backbone, or as a variant, a kind or a domain's task. */
function claimKnownTerm(ctx: PaperContext, i: number, match: LexiconMatch): number {
  const { entry } = match;
  const versioned = extendByVersion(ctx, entry, match.end);
  // "ImageNet 512×512" is ImageNet 512x512.
  const suffix = resolutionName(ctx.text.slice(ctx.tokens[match.end - 1]!.end, ctx.tokens[versioned - 1]!.end));
  const sized = extendBySize(ctx, entry, versioned) ?? extendByBackbone(ctx, entry, versioned);
  // A product name after a model's release keeps the release as written: "FLUX.1 Kontext" (a
  // dataset's subset is named by the dataset: "SWE-Bench's Verified" is SWE-bench Verified).
  const named = entry.type === "model" && versioned > match.end && !isModelTier(ctx.tokens[versioned - 1]!.text) && /^\p{Lu}\p{Ll}{2,}$/u.test(ctx.tokens[versioned - 1]!.text);
  const canonical = named ? ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[versioned - 1]!.end) : (releaseAndSize(ctx, entry, suffix) ?? releaseBeforeTier(ctx, entry.name + suffix) + (sized?.size ?? ""));
  const end = sized?.end ?? versioned;
  const shortVariant = namedVariantStart(ctx, entry.type, i);
  const variant = shortVariant < i ? shortVariant : titleCaseVariantStart(ctx, entry.type, i, end);
  if (variant < i) {
    const type = shortVariant < i ? "method" : entry.type;
    claim(ctx, variant, end, { canonical: ctx.text.slice(ctx.tokens[variant]!.start, ctx.tokens[end - 1]!.end), type, known: false, proposed: false, rule: "lexicon" });
    claimVariantList(ctx, variant, ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[end - 1]!.end));
    return end - 1;
  }
  const start = entry.type === "task" ? taskKindStart(ctx, domainStart(ctx, i)) : i;
  const kind = entry.type === "method" ? kindOfMethod(ctx, i) : undefined;
  if (start < i) claim(ctx, start, end, { canonical: domainTaskName(ctx, start, end), type: "task", known: false, proposed: false, rule: "lexicon" });
  else if (kind) claim(ctx, i - 1, end, { canonical: `${kind} ${kindHead(ctx, i, end, canonical)}`, type: "method", known: false, proposed: false, rule: "lexicon" });
  else if (isLearningRegime(ctx, entry.type, entry.name, i)) claimRegime(ctx, i, end, canonical);
  else {
    claim(ctx, i, end, { canonical, type: entry.type, known: true, proposed: false, rule: "lexicon" });
    claimEllipsis(ctx, entry, i, end);
  }
  return end - 1;
}

/** Whether tokens [i, end) are token i and the "s" of its possessive ("SPH's"). */
function isPossessiveOf(ctx: PaperContext, i: number, end: number): boolean {
  const next = ctx.tokens[i + 1];
  return end === i + 2 && next !== undefined && next.text === "s" && /^['’]$/.test(ctx.text.slice(ctx.tokens[i]!.end, next.start));
}

// What a model or an annotation tool scores with: "CLAP score", "DINO similarity", "RadGraph F1".
const MEASURE_WORD = /^(?:score|similarity|distance|F1)$/;

/** A known model or method named as the measure it yields ("DINO similarity") is that measure. */
function measureOf(ctx: PaperContext, entry: LexiconEntry, end: number): boolean {
  const next = ctx.tokens[end];
  if ((entry.type !== "model" && entry.type !== "method") || !next || ctx.claimed[end] || !MEASURE_WORD.test(next.text)) return false;
  // A name, not a technique: "self-rewarding score" is a score of the method's own.
  return /\p{Lu}/u.test(entry.name) && ctx.text.slice(ctx.tokens[end - 1]!.end, next.start) === " ";
}

/** A known model's name right after the one that ends at `end`, one space between: "ChatGPT o1-mini". */
function namesProductOf(ctx: PaperContext, words: ScanWords, end: number): boolean {
  const next = ctx.tokens[end];
  if (!next || next.start !== ctx.tokens[end - 1]!.end + 1 || ctx.text[next.start - 1] !== " ") return false;
  return longestMatch(ctx, words, end)?.entry.type === "model";
}
