// Words before a known term that make it a variant of its own: a kind ("discrete flow matching"),
// a setting of a task ("long-horizon manipulation"), a learning regime ("offline RLHF"), or a
// capitalised name ("Spatial CoT", "Invalid Action Masking").

import { type PaperContext, claim } from "./context";
import { foldKey } from "./keys";
import { namesLanguage } from "./nlp";
import { VENDORS } from "./names";
import { isCapitalisedByPosition } from "./chunk";
import { isAndOr } from "./text";
import type { EntityType } from "./types";

// Adjectives that say which kind of a method it is, not how good: "discrete flow matching",
// "equivariant GNN", "conditional diffusion model", "online mirror descent". Not those that say how it
// behaves (adaptive, dynamic, iterative, constrained): "adaptive RL" is RL that adapts, as a reader means it.
export const METHOD_KIND = new Set(
  (
    "discrete continuous conditional unconditional continual equivariant invariant sparse dense online offline " +
    "hierarchical multilingual multimodal contrastive generative discriminative probabilistic stochastic " +
    "deterministic bayesian variational adversarial federated distributed decentralized decentralised asynchronous " +
    "recurrent convolutional autoregressive latent masked structured unstructured static hybrid hard soft linear " +
    "nonlinear multinomial quantum symbolic causal spectral temporal spatial semantic geometric differentiable " +
    "inverse regularized regularised recursive lifelong multi-agent cross-modal multi-modal"
  ).split(" "),
);

/**
 * The kind word right before the known method at token i, as the variant's name writes it
 * ("discrete" of "discrete flow matching", "Bayesian" of "Bayesian linear regression"); else undefined.
 */
export function kindOfMethod(ctx: PaperContext, i: number): string | undefined {
  const lower = ctx.tokens[i - 1]?.text.toLowerCase();
  if (lower === undefined || !METHOD_KIND.has(lower)) return undefined;
  // A proper adjective keeps its capital, whatever the case around it.
  if (lower === "bayesian") return isAdjacent(ctx, i - 1) ? "Bayesian" : undefined;
  return isModifierOf(ctx, i - 1) ? lower : undefined;
}

/**
 * The head a kind word names: the known method's name, or a bare head as written, since a kind of
 * bare "distillation" is "offline distillation", not offline knowledge distillation.
 */
export function kindHead(ctx: PaperContext, i: number, end: number, canonical: string): string {
  const surface = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[end - 1]!.end);
  return ctx.lexicon.bareHeads.has(foldKey(surface)) ? surface.toLowerCase() : canonical;
}

/** Token k is free and joined by one space to the next token, and is no end of a hyphenated compound. */
function isAdjacent(ctx: PaperContext, k: number): boolean {
  const [word, next] = [ctx.tokens[k]!, ctx.tokens[k + 1]!];
  // The end of a compound says how the compound goes on: "SE(3)-equivariant diffusion model".
  return !ctx.claimed[k] && word.end === next.start - 1 && ctx.text[word.end] === " " && ctx.text[word.start - 1] !== "-";
}

/**
 * isAdjacent, and written as the next word is: both in lower case, or both capitalised in a title
 * ("Discrete Flow Matching"); a capital mid-sentence opens a name or a sentence, not a kind.
 */
function isModifierOf(ctx: PaperContext, k: number, beforeAcronym = false): boolean {
  const word = ctx.tokens[k]!;
  const capitalised = /^\p{Lu}/u.test(word.text);
  const next = ctx.tokens[k + 1]!.text;
  // A task's acronym after it goes with either case: "next POI recommendation", "Next POI Recommendation".
  const sameCase = capitalised === /^\p{Lu}/u.test(next) || (beforeAcronym && /^\p{Lu}{2,}/u.test(next));
  return isAdjacent(ctx, k) && sameCase && (!capitalised || word.start < ctx.titleEnd);
}

// Settings that make a task a subfield of its own, as annotators and papers name it: "long-horizon
// mobile manipulation", "dexterous in-hand manipulation", "open-vocabulary object detection".
// Not zero-shot or few-shot: papers name the task without them as often as with them (see SETTING).
const TASK_KIND = new Set(
  (
    "long-horizon long-context long-form long-term in-hand whole-body sparse-view multi-contact dexterous " +
    "unsupervised self-supervised weakly-supervised open-vocabulary open-set open-world autonomous active " +
    "interactive referring online offline streaming continual incremental lifelong cross-domain multi-agent " +
    "multi-robot multi-object multi-label multi-class long-tailed fine-grained next"
  ).split(" "),
);

/** The setting word right before a task phrase that starts at token `start` ("long-horizon"), else `start`. */
export function taskKindStart(ctx: PaperContext, start: number): number {
  const word = ctx.tokens[start - 1];
  return word && TASK_KIND.has(word.text.toLowerCase()) && isModifierOf(ctx, start - 1, true) ? start - 1 : start;
}

// A capitalised word before a known method's short name names a variant of it: "Spatial CoT",
// "Visual CoT", "Safe RLHF". Words that open a phrase or a clause are not part of it.
const VARIANT_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
const NOT_VARIANT_WORD = /^(?:The|This|That|These|Those|Our|Their|Its|With|Without|Using|Via|From|For|And|But|While|When|Both|Each|Standard|Vanilla|Traditional|Conventional|Existing|Current|Recent|Prior|Previous|Classic|Classical|Naive|Plain|Simple|Basic|Original|Zero-shot|Few-shot|Like|Unlike|Applying|Although|However|Moreover|Furthermore|First|Second|Third|Fourth|Finally|Then|Next|Last)$/;

/**
 * "Semantic, Temporal, and Spatial CoT": the capitalised words listed before a named variant share
 * its short name, each a variant of its own.
 */
export function claimVariantList(ctx: PaperContext, variant: number, shortName: string): void {
  const conjunction = ctx.tokens[variant - 1];
  if (!conjunction || !isAndOr(conjunction.text)) return;
  for (let k = variant - 2; k >= 0; k--) {
    const word = ctx.tokens[k]!;
    if (ctx.claimed[k] || !VARIANT_WORD.test(word.text) || NOT_VARIANT_WORD.test(word.text) || isCapitalisedByPosition(ctx, k)) return;
    claim(ctx, k, k + 1, { canonical: `${word.text} ${shortName}`, type: "method", known: false, proposed: false, rule: "lexicon" });
    if (k === 0 || !/^,\s*$/.test(ctx.text.slice(ctx.tokens[k - 1]!.end, word.start))) return;
  }
}

// Whether the method learns from a fixed dataset or while it acts: "offline RLHF", "online DPO",
// "offline inverse RL" are variants of their own, as "offline RL" is in the lexicon.
// In lower case: "Online LoRA Generation" in a title is a phrase of its own.
const REGIME = /^(?:offline|online)$/;

/** "offline RLHF": a known method named by an acronym (or "inverse RL") right after "offline" or "online". */
export function isLearningRegime(ctx: PaperContext, type: EntityType | undefined, name: string, i: number): boolean {
  const previous = ctx.tokens[i - 1];
  if (type !== "method" || !previous || ctx.claimed[i - 1] || !REGIME.test(previous.text)) return false;
  const gap = ctx.text.slice(previous.end, ctx.tokens[i]!.start);
  return (gap === " " || gap === "-") && /^\p{Lu}[\p{L}\p{N}-]*\p{Lu}/u.test(name);
}

export function claimRegime(ctx: PaperContext, i: number, end: number, name: string): void {
  claim(ctx, i - 1, end, { canonical: `${ctx.tokens[i - 1]!.text.toLowerCase()} ${name}`, type: "method", known: false, proposed: false, rule: "lexicon" });
}

/** The first token of "Spatial CoT" when the known method at token i is a short name preceded by a capitalised word mid-sentence; i otherwise. */
export function namedVariantStart(ctx: PaperContext, type: EntityType, i: number): number {
  const previous = ctx.tokens[i - 1];
  const shortName = /^[\p{L}-]{2,6}$/u.test(ctx.tokens[i]!.text) && /\p{Lu}.*\p{Lu}/u.test(ctx.tokens[i]!.text);
  if (type !== "method" || !shortName || !previous || ctx.claimed[i - 1] || ctx.text.slice(previous.end, ctx.tokens[i]!.start) !== " ") return i;
  // A language says which data the method ran on ("English SFT data", "Korean DPO pairs").
  if (!VARIANT_WORD.test(previous.text) || NOT_VARIANT_WORD.test(previous.text) || /(?:ly|ing)$/.test(previous.text) || namesLanguage(previous.text)) return i;
  // The tail of a hyphenated compound is no variant's word: "Rule-Based RL" has no "Based RL".
  if (ctx.text[previous.start - 1] === "-") return i;
  // The end of a longer name: "the Hugging Face PEFT library".
  const further = ctx.tokens[i - 2];
  if (further && /^\p{Lu}/u.test(further.text) && ctx.text.slice(further.end, previous.start) === " ") return i;
  return isCapitalisedByPosition(ctx, i - 1) ? i : i - 1;
}

// A word of a Title-Case name: "Invalid", "Background", "Semantic-Geometric", "Data-Efficient".
const TITLE_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;
const MAX_TITLE_WORDS = 3;
// A maker's name before its product names who made it, not a variant: "Google Gemini", "Anthropic HH-RLHF".
const VENDOR = new RegExp(`^(?:${VENDORS})$`);

/**
 * "Invalid Action Masking", "Background Token Pruning", "Tactile MNIST": a known method, model or
 * dataset written as a name mid-sentence (every word capitalised), after capitalised words that
 * are no sentence's opening, is the end of the paper's own name for its variant, and the name is
 * the whole run (of the known term's type). Returns the run's first token, or i.
 *
 * Not a task or a measure ("Personalized Recommendation", "Main Task Accuracy"): measured on the
 * dev corpus's map, such variants took their papers off the field's task nodes (NMI against the
 * topic labels 0.259 -> 0.254, below the bag-of-words reference) for six more gold entities in
 * 3,700 papers; the known task stays the paper's.
 */
export function titleCaseVariantStart(ctx: PaperContext, type: EntityType, i: number, end: number): number {
  if (type === "task" || type === "metric") return i;
  for (let k = i; k < end; k++) if (!/^\p{Lu}/u.test(ctx.tokens[k]!.text)) return i;
  let start = i;
  while (start > i - MAX_TITLE_WORDS) {
    const previous = ctx.tokens[start - 1];
    if (!previous || ctx.claimed[start - 1] || ctx.text.slice(previous.end, ctx.tokens[start]!.start) !== " ") break;
    // A language before a method says which data it ran on, as above; before a model or a
    // dataset it names that language's own release ("Chinese RoBERTa", "Bangla T5").
    if (!TITLE_WORD.test(previous.text) || NOT_VARIANT_WORD.test(previous.text) || VENDOR.test(previous.text) || (type === "method" && namesLanguage(previous.text)) || isCapitalisedByPosition(ctx, start - 1)) break;
    start--;
  }
  // A capitalised word before the run makes it part of a longer heading or name, not this one;
  // a word joined by a hyphen makes its first word a compound's tail ("Model-Based Deep RL").
  const before = ctx.tokens[start - 1];
  if (start === i || !before) return start;
  const gap = ctx.text.slice(before.end, ctx.tokens[start]!.start);
  if (gap === "-" || (gap === " " && /^\p{Lu}/u.test(before.text) && !isCapitalisedByPosition(ctx, start - 1))) return i;
  return start;
}
