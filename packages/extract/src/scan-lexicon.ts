import { type PaperContext, claim, isModifierBefore, isSpacedWord, joinable } from "./context";
import { dropPlural, endsInVariantS, exactKeyOfSquashed, foldKey, squash } from "./keys";
import { type Lexicon, type LexiconEntry, exactEntry, foldedEntry, lookup } from "./lexicon";
import { KEY, KeyWalk, PREFIX, hasMark } from "./key-trie";
import { isSize, parseArchitectureVariant, parseModelName } from "./models";
import { isEnglishWord, namesLanguage } from "./nlp";
import { RESOLUTION, SUBSET_WORDS, VENDORS, isModelTier, isRomanEdition, isVariantWord, isVersionWord, resolutionName } from "./names";
import { DESCRIPTIVE, TASK_QUALITY, isCapitalisedByPosition, isContentWord, opensSentence } from "./chunk";
import { domainStart, domainTaskName } from "./task-domain";
import { isMeasuredWord } from "./typing";
import { TASK_HEAD } from "./scan-phrases";
import { isAndOr, isAscii } from "./text";
import { letterOrDigitWidth } from "./word-scan";
import type { EntityType } from "./types";

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
    if (local && (!match || match.end === i + 1 || isPossessiveOf(ctx, i, match.end))) {
      // A defined method's short name has named variants too: "Chain-of-Thought (CoT) ... Spatial CoT".
      const variant = local.type === "method" ? namedVariantStart(ctx, "method", i) : i;
      if (variant < i) {
        claim(ctx, variant, i + 1, { canonical: ctx.text.slice(ctx.tokens[variant]!.start, ctx.tokens[i]!.end), type: "method", known: false, proposed: false, rule: "definition" });
        claimVariantList(ctx, variant, ctx.tokens[i]!.text);
        continue;
      }
      if (local.known && isLearningRegime(ctx, local.type, local.canonical, i)) claimRegime(ctx, i, i + 1, local.canonical);
      else claim(ctx, i, i + 1, { canonical: local.canonical, type: local.type, known: local.known, proposed: false, rule: "definition" });
      continue;
    }
    const extended = match ? undefined : plusVariantOf(ctx, i);
    if (extended) {
      claim(ctx, i, i + 1, { canonical: ctx.tokens[i]!.text, type: extended.type, known: false, proposed: false, rule: "lexicon" });
      continue;
    }
    if (match && match.entry.type === "task" && isTaskData(ctx, match.end)) {
      // Claimed without a mention, so the name scan does not read "QA" again.
      for (let k = i; k < match.end; k++) ctx.claimed[k] = 1;
      i = match.end - 1;
    } else if (match && match.entry.type === "model" && namesProductOf(ctx, words, match.end)) {
      // "ChatGPT o1-mini": the product a model is used through, not a model of its own; claimed
      // without a mention, so the name scan does not read it again.
      for (let k = i; k < match.end; k++) ctx.claimed[k] = 1;
      i = match.end - 1;
    } else if (match && ((isModifierBefore(ctx, match.end) && match.entry.type !== "method") || !inContext(ctx, match.entry, i, match.end) || isPluralOfTask(ctx, match.entry, i, match.end) || isEverydayPhrase(ctx, match.entry, i, match.end))) {
      claimBareCompound(ctx, i, match.end);
      i = match.end - 1;
    } else if (match) {
      const measured = measureOf(ctx, match.entry, match.end);
      if (measured) {
        const name = `${ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[match.end - 1]!.end)} ${ctx.tokens[match.end]!.text}`;
        claim(ctx, i, match.end + 1, { canonical: name, type: "metric", known: false, proposed: false, rule: "lexicon" });
        i = match.end;
        continue;
      }
      const versioned = extendByVersion(ctx, match.entry, match.end);
      // "ImageNet 512×512" is ImageNet 512x512.
      const suffix = resolutionName(ctx.text.slice(ctx.tokens[match.end - 1]!.end, ctx.tokens[versioned - 1]!.end));
      const sized = extendBySize(ctx, match.entry, versioned) ?? extendByBackbone(ctx, match.entry, versioned);
      // A product name after a model's release keeps the release as written: "FLUX.1 Kontext" (a
      // dataset's subset is named by the dataset: "SWE-Bench's Verified" is SWE-bench Verified).
      const named = match.entry.type === "model" && versioned > match.end && !isModelTier(ctx.tokens[versioned - 1]!.text) && /^\p{Lu}\p{Ll}{2,}$/u.test(ctx.tokens[versioned - 1]!.text);
      const canonical = named ? ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[versioned - 1]!.end) : (releaseAndSize(ctx, match.entry, suffix) ?? releaseBeforeTier(ctx, match.entry.name + suffix) + (sized?.size ?? ""));
      const end = sized?.end ?? versioned;
      const shortVariant = namedVariantStart(ctx, match.entry.type, i);
      const variant = shortVariant < i ? shortVariant : titleCaseVariantStart(ctx, match.entry.type, i, end);
      if (variant < i) {
        const type = shortVariant < i ? "method" : match.entry.type;
        claim(ctx, variant, end, { canonical: ctx.text.slice(ctx.tokens[variant]!.start, ctx.tokens[end - 1]!.end), type, known: false, proposed: false, rule: "lexicon" });
        claimVariantList(ctx, variant, ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[end - 1]!.end));
        i = end - 1;
        continue;
      }
      const start = match.entry.type === "task" ? taskKindStart(ctx, domainStart(ctx, i)) : i;
      const kind = match.entry.type === "method" ? kindOfMethod(ctx, i) : undefined;
      if (start < i) claim(ctx, start, end, { canonical: domainTaskName(ctx, start, end), type: "task", known: false, proposed: false, rule: "lexicon" });
      else if (kind) claim(ctx, i - 1, end, { canonical: `${kind} ${kindHead(ctx, i, end, canonical)}`, type: "method", known: false, proposed: false, rule: "lexicon" });
      else if (isLearningRegime(ctx, match.entry.type, match.entry.name, i)) claimRegime(ctx, i, end, canonical);
      else {
        claim(ctx, i, end, { canonical, type: match.entry.type, known: true, proposed: false, rule: "lexicon" });
        claimEllipsis(ctx, match.entry, i, end);
      }
      i = end - 1;
    }
  }
}

/**
 * "Zero-Shot and Few-Shot Learning": the word before "and" shares the known term's head, and
 * names a known term of the same type with it (zero-shot learning), so it is claimed as that
 * term; so does each word of a list before it ("zero-shot, one-shot, and few-shot prompting").
 */
function claimEllipsis(ctx: PaperContext, entry: LexiconEntry, i: number, end: number): void {
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

/** Whether tokens [i, end) are token i and the "s" of its possessive ("SPH's"). */
function isPossessiveOf(ctx: PaperContext, i: number, end: number): boolean {
  const next = ctx.tokens[i + 1];
  return end === i + 2 && next !== undefined && next.text === "s" && /^['’]$/.test(ctx.text.slice(ctx.tokens[i]!.end, next.start));
}

/** Whether tokens [from, to) are exactly one candidate's span. */
function isOneCandidate(ctx: PaperContext, from: number, to: number): boolean {
  const [start, end] = [ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end];
  return ctx.candidates.some((candidate) => candidate.start === start && candidate.end === end);
}

// A dataset named by Title-Case English words: "Speech Commands", "Natural Questions".
const TITLE_CASE_WORDS = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u;

/**
 * "speech commands" in lower case is everyday English, not the dataset "Speech Commands"; and
 * "semantic 3D" is words, not the one-word name Semantic3D split by a space.
 */
function isEverydayPhrase(ctx: PaperContext, entry: LexiconEntry, from: number, to: number): boolean {
  if (entry.type !== "dataset" && entry.type !== "model") return false;
  const surface = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);
  if (entry.type === "dataset" && TITLE_CASE_WORDS.test(entry.name)) return surface === surface.toLowerCase();
  return !/[\s-]/.test(entry.name) && /\s/.test(surface) && /^\p{Ll}/u.test(surface);
}

// Adjectives that say which kind of a method it is, not how good: "discrete flow matching",
// "equivariant GNN", "conditional diffusion model", "online mirror descent". Not those that say how it
// behaves (adaptive, dynamic, iterative, constrained): "adaptive RL" is RL that adapts, as a reader means it.
const METHOD_KIND = new Set(
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
function kindOfMethod(ctx: PaperContext, i: number): string | undefined {
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
function kindHead(ctx: PaperContext, i: number, end: number, canonical: string): string {
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
function taskKindStart(ctx: PaperContext, start: number): number {
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
function claimVariantList(ctx: PaperContext, variant: number, shortName: string): void {
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
function isLearningRegime(ctx: PaperContext, type: EntityType | undefined, name: string, i: number): boolean {
  const previous = ctx.tokens[i - 1];
  if (type !== "method" || !previous || ctx.claimed[i - 1] || !REGIME.test(previous.text)) return false;
  const gap = ctx.text.slice(previous.end, ctx.tokens[i]!.start);
  return (gap === " " || gap === "-") && /^\p{Lu}[\p{L}\p{N}-]*\p{Lu}/u.test(name);
}

function claimRegime(ctx: PaperContext, i: number, end: number, name: string): void {
  claim(ctx, i - 1, end, { canonical: `${ctx.tokens[i - 1]!.text.toLowerCase()} ${name}`, type: "method", known: false, proposed: false, rule: "lexicon" });
}

/** The first token of "Spatial CoT" when the known method at token i is a short name preceded by a capitalised word mid-sentence; i otherwise. */
function namedVariantStart(ctx: PaperContext, type: EntityType, i: number): number {
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
function titleCaseVariantStart(ctx: PaperContext, type: EntityType, i: number, end: number): number {
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

// What a model or an annotation tool scores with: "CLAP score", "DINO similarity", "RadGraph F1".
const MEASURE_WORD = /^(?:score|similarity|distance|F1)$/;

/** A known model or method named as the measure it yields ("DINO similarity") is that measure. */
function measureOf(ctx: PaperContext, entry: LexiconEntry, end: number): boolean {
  const next = ctx.tokens[end];
  if ((entry.type !== "model" && entry.type !== "method") || !next || ctx.claimed[end] || !MEASURE_WORD.test(next.text)) return false;
  // A name, not a technique: "self-rewarding score" is a score of the method's own.
  return /\p{Lu}/u.test(entry.name) && ctx.text.slice(ctx.tokens[end - 1]!.end, next.start) === " ";
}

/** "/" inside a lexicon name joins its parts ("CNN/DailyMail"); otherwise tokens must be joinable. */
function gapKey(ctx: PaperContext, left: number, right: number): string | undefined {
  if (joinable(ctx, left, right)) return "";
  const a = ctx.tokens[left]!;
  const b = ctx.tokens[right]!;
  return b.start === a.end + 1 && ctx.text[a.end] === "/" ? "/" : undefined;
}

/** A known model's name right after the one that ends at `end`, one space between: "ChatGPT o1-mini". */
function namesProductOf(ctx: PaperContext, words: ScanWords, end: number): boolean {
  const next = ctx.tokens[end];
  if (!next || next.start !== ctx.tokens[end - 1]!.end + 1 || ctx.text[next.start - 1] !== " ") return false;
  return longestMatch(ctx, words, end)?.entry.type === "model";
}

/** The paper's tokens as the lexicon scan reads them, by token index. */
interface ScanWords {
  /** keys.ts squash(). */
  squashed: string[];
  /** 1 where the squashed text is ASCII. */
  ascii: Uint8Array;
  /** The squashed text lower-cased, made when a name may end there (most tokens never need it). */
  lowered: (string | undefined)[];
  /** The trie walk, one for the paper, started again for each token. */
  walk: KeyWalk;
}

/**
 * The longest lexicon name that starts at token `from`. The tokens' lower-cased keys are walked
 * down the lexicon's trie (key-trie.ts), so the scan stops where the words open no name; the
 * maps of names are asked, with strings, only where the trie says a name's key may end: at the
 * walked key or one character before it (its singular, or an exact key that drops a plural).
 */
function longestMatch(ctx: PaperContext, words: ScanWords, from: number): { entry: LexiconEntry; end: number } | undefined {
  const { lexicon } = ctx;
  const { trie } = lexicon;
  const { squashed, ascii, lowered, walk } = words;
  walk.reset();
  let best: { entry: LexiconEntry; end: number } | undefined;
  for (let j = from; j < ctx.tokens.length && j - from < lexicon.maxTokens; j++) {
    const gap = j > from ? gapKey(ctx, j - 1, j) : "";
    if (gap === undefined || (j > from && ctx.claimed[j])) break;
    const word = squashed[j]!;
    if (gap !== "") walk.step(gap.charCodeAt(0));
    // ASCII is lower-cased code by code; anything else as toLowerCase() does, whose length may differ.
    if (ascii[j]) walk.stepLowerCase(word);
    else walk.steps((lowered[j] ??= word.toLowerCase()));
    const { node, beforeLast } = walk;
    if (!hasMark(trie, node, PREFIX) && !(walk.endsInPlural() && hasMark(trie, beforeLast, PREFIX))) break;
    if (!hasMark(trie, node, KEY) && !hasMark(trie, beforeLast, KEY)) continue;
    const key = joinedKey(ctx, from, j, (k) => squashed[k]!);
    const lower = joinedKey(ctx, from, j, (k) => (lowered[k] ??= squashed[k]!.toLowerCase()));
    // "YOLOv8-s" is the small YOLOv8, not its plural.
    const variant = endsInVariantS(ctx.tokens[j]!.text);
    const entry = exactEntry(lexicon, variant ? key : dropPlural(key)) ?? foldedEntry(lexicon, variant ? lower : dropPlural(lower)) ?? (j === from ? camelCaseName(lexicon, ctx.tokens[j]!.text, lower) : undefined);
    if (entry) best = { entry, end: j + 1 };
  }
  return best;
}

/**
 * Tokens [from, to]'s texts joined by their gaps: with the squashed texts, the key a name is looked
 * up by; with those lower-cased, the key the trie walked. Made only where a name may end.
 */
function joinedKey(ctx: PaperContext, from: number, to: number, text: (token: number) => string): string {
  let key = "";
  for (let j = from; j <= to; j++) key += (j > from ? gapKey(ctx, j - 1, j)! : "") + text(j);
  return key;
}

/**
 * "Olympiadbench", "Humaneval": a name the lexicon writes in camel case (OlympiadBench),
 * written as one capitalised word. Not an English word ("React" is no ReAct, "Rest" no ReST),
 * nor in capitals (REST).
 */
function camelCaseName(lexicon: Lexicon, word: string, lower: string): LexiconEntry | undefined {
  // An ASCII capital first (the lexicon's camel-case names are ASCII), then the map: nearly every
  // word the scan asks about fails one of them.
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90) return undefined;
  const entry = lexicon.camel.get(lower);
  return entry && /^\p{Lu}\p{Ll}+$/u.test(word) && !isEnglishWord(lower) ? entry : undefined;
}

/**
 * A known model or dataset written with its version or variant is that version: "Stable
 * Diffusion 1.5", "Whisper large-v3", "Common Voice 15", "OntoNotes 5.0" (never the bare
 * family plus a stray fragment); a method only with a "v" release ("MoCo v3").
 */
function extendByVersion(ctx: PaperContext, entry: LexiconEntry, end: number): number {
  const versioned = extendOnce(ctx, entry, end);
  // After its release number, a model may carry a product tier: "Gemini 3 Pro", "Phi 4 Mini".
  const next = ctx.tokens[versioned];
  if (entry.type !== "model" || !next || ctx.claimed[versioned]) return versioned;
  const spaced = ctx.text.slice(ctx.tokens[versioned - 1]!.end, next.start) === " ";
  // ... and the reasoning mode of that tier: "Gemini 2.0 Flash Thinking", "Claude 3.7 Sonnet Thinking".
  if (spaced && isModelTier(next.text)) {
    // A tier named before its release keeps the release: "Claude Opus 4.1", "Claude Sonnet 3.7".
    if (versioned === end && isSpacedRelease(ctx, versioned + 1)) return versioned + 2;
    return isReasoningMode(ctx, versioned + 1) ? versioned + 2 : versioned + 1;
  }
  // The lexicon may name the tier itself ("Gemini 2.0 Flash").
  if (isModelTier(ctx.tokens[versioned - 1]!.text) && isReasoningMode(ctx, versioned)) return versioned + 1;
  // ... or, once it has a release number, a product name of its own: "FLUX.1 Kontext" (not an English word: "FLUX.1 Outperforms").
  const released = /\d/.test(ctx.text.slice(ctx.tokens[versioned - 1]!.start, ctx.tokens[versioned - 1]!.end)) && !/\d/.test(entry.name);
  const productName = /^\p{Lu}\p{Ll}{2,}$/u.test(next.text) && !/(?:s|ed|ing)$/.test(next.text) && !isEnglishWord(next.text.toLowerCase());
  return spaced && released && productName ? versioned + 1 : versioned;
}

// A model's release number: "4", "3.7" (not a size or a year).
const RELEASE_NUMBER = String.raw`\d{1,2}(?:\.\d{1,2})?`;
const RELEASE = new RegExp(`^${RELEASE_NUMBER}$`);
// A family, its tier and then its release: "Claude Sonnet 3.7".
const TIER_THEN_RELEASE = new RegExp(String.raw`^(.+) (\S+) (${RELEASE_NUMBER})$`);

/** Token i is a release number after a space. */
function isSpacedRelease(ctx: PaperContext, i: number): boolean {
  return isSpacedWord(ctx, i, (text) => RELEASE.test(text));
}

function isReasoningMode(ctx: PaperContext, i: number): boolean {
  return isSpacedWord(ctx, i, (text) => text === "Thinking");
}

/** Token i is the second side of a resolution written with a times sign: "512×512", "256 × 256". */
function isTimesSide(ctx: PaperContext, i: number): boolean {
  const side = ctx.tokens[i];
  return side !== undefined && !ctx.claimed[i] && /^\d{2,4}$/.test(side.text) && /^ ?× ?$/.test(ctx.text.slice(ctx.tokens[i - 1]!.end, side.start));
}

// The edition of a benchmark: "PASCAL VOC 2012", "AMC 2023", "COCO-2017", "DAVIS'16" (each year its own entity).
const EDITION_YEAR = /^(?:19[89]\d|20[0-3]\d)$/;

const DATASET_SUBSET = new RegExp(`^(?:${SUBSET_WORDS})$`);
// A release and what follows it in one token: a size ("3.1-8B"), a size and its suffixes
// ("3.1-405B-Instruct", "2.5-14B-Instruct"), or a variant ("3.5-MoE", "3.2-Vision-11B-Instruct").
const RELEASE_AND_SIZE = /^(\d+(?:\.\d+)?)((?:-(?:\d+(?:\.\d+)?[BbMm]|\p{Lu}[\p{L}\d]*|it))+)$/u;

function extendOnce(ctx: PaperContext, entry: LexiconEntry, end: number): number {
  const next = ctx.tokens[end];
  if (!next || ctx.claimed[end]) return end;
  const gap = ctx.text.slice(ctx.tokens[end - 1]!.end, next.start);
  if (entry.type === "dataset" && (gap === " " || gap === "-") && EDITION_YEAR.test(next.text) && !/\d/.test(entry.name)) return end + 1;
  // ... or the number of records of its release: "Last.fm 360K", "Amazon Reviews 2.5M".
  if (entry.type === "dataset" && gap === " " && /^\d+(?:\.\d+)?[KM]$/.test(next.text) && !/\d/.test(entry.name)) return end + 1;
  // ... or its short year: "DAVIS'16".
  if (entry.type === "dataset" && (gap === "'" || gap === "’") && /^\d{2}$/.test(next.text) && !/\d/.test(entry.name)) return end + 1;
  // A benchmark's named subset: "SWE-bench Verified", "MLE-bench Lite", "OSWorld-Verified" (as "MMLU-Pro").
  if (entry.type === "dataset" && (gap === " " || gap === "-") && DATASET_SUBSET.test(next.text)) return end + 1;
  if (gap !== " ") return end;
  // ... and its second edition in Roman numerals: "CASME II", "MIMIC III".
  if (entry.type === "dataset" && isRomanEdition(next.text)) return end + 1;
  // ... and the resolution a benchmark is run at, each its own benchmark: "ImageNet 64x64", "FFHQ 256×256".
  if (entry.type === "dataset" && RESOLUTION.test(next.text)) return end + 1;
  if (entry.type === "dataset" && /^\d{2,4}$/.test(next.text) && isTimesSide(ctx, end + 1)) return end + 2;
  // A method's release is written "v3" ("MoCo v3"); a bare number after a method is something else.
  if (entry.type === "method") return /^[vV]\d+(?:\.\d+)?$/.test(next.text) ? end + 1 : end;
  if (entry.type !== "model" && entry.type !== "dataset") return end;
  const after = ctx.text.slice(next.end, next.end + 8);
  if (isVersionWord(next.text) && !/^\s*(?:%|[x×]\b|points?\b|pp\b|times\b)/.test(after)) return end + 1;
  // A release and a size or a variant in one token: "Llama 3.1-8B", "Qwen 2.5-7B-Instruct", "Phi 3.5-MoE".
  if (entry.type === "model" && RELEASE_AND_SIZE.test(next.text)) return end + 1;
  return entry.type === "model" && isVariantWord(next.text) && !isBaseModels(ctx, next) ? end + 1 : end;
}

// "Qwen-2.5 base models": the models before instruction tuning, not a size tier as in "BERT base".
const BASE_MODELS = /^base\s+models?\b/;

function isBaseModels(ctx: PaperContext, word: { start: number; end: number }): boolean {
  return BASE_MODELS.test(ctx.text.slice(word.start, word.end + 8));
}

/**
 * "Llama 3.1-8B": the release's own name in the lexicon (Llama-3.1) with the size, as "Llama 3.1 8B"
 * is named; what follows the size is written as in a checkpoint's name ("Qwen 2.5-14B-Instruct" is
 * Qwen2.5-14B-Instruct, "Phi 3.5-MoE" Phi-3.5-MoE).
 */
function releaseAndSize(ctx: PaperContext, entry: LexiconEntry, suffix: string): string | undefined {
  const parts = suffix.startsWith(" ") ? RELEASE_AND_SIZE.exec(suffix.slice(1)) : null;
  if (!parts || entry.type !== "model") return undefined;
  const release = lookup(ctx.lexicon, `${entry.name} ${parts[1]}`);
  const named = `${release?.type === "model" ? release.name : `${entry.name}-${parts[1]}`}${parts[2]}`;
  return parseModelName(named, ctx.lexicon)?.name ?? named;
}

/**
 * "CodeContests+", "MBPP++": a known dataset or model with pluses is its extended release, of the
 * same kind (the plus goes into the word, so the lexicon does not see the name inside).
 */
function plusVariantOf(ctx: PaperContext, i: number): LexiconEntry | undefined {
  const text = ctx.tokens[i]!.text;
  if (!text.endsWith("+")) return undefined;
  const known = lookup(ctx.lexicon, text.replace(/\++$/, ""));
  return known && (known.type === "dataset" || known.type === "model") ? known : undefined;
}

/** "Claude Sonnet 3.7" is the lexicon's "Claude 3.7 Sonnet" when it knows that one; else as written. */
function releaseBeforeTier(ctx: PaperContext, name: string): string {
  const parts = TIER_THEN_RELEASE.exec(name);
  if (!parts || !isModelTier(parts[2]!)) return name;
  const known = lookup(ctx.lexicon, `${parts[1]} ${parts[3]} ${parts[2]}`);
  return known?.type === "model" ? known.name : name;
}

/**
 * A parameter count after a known model, written with a space, names the checkpoint:
 * "Llama 2 70B" -> Llama-2-70B, "Mistral 7B" -> Mistral-7B (each size its own entity).
 */
function extendBySize(ctx: PaperContext, entry: LexiconEntry, end: number): { end: number; size: string } | undefined {
  const next = ctx.tokens[end];
  if (entry.type !== "model" || !next || ctx.claimed[end]) return undefined;
  if (ctx.text.slice(ctx.tokens[end - 1]!.end, next.start) !== " ") return undefined;
  if (isSize(next.text)) return { end: end + 1, size: `-${next.text.replace(/[bm]$/, (c) => c.toUpperCase())}` };
  // ... with its tuned variant in the same word: "Llama 2 7B-chat" -> Llama-2-7B-Chat, "Qwen2.5 7B-Instruct".
  const sized = SIZE_AND_VARIANT.exec(next.text);
  if (!sized || !isSize(sized[1]!)) return undefined;
  const variant = sized[2]!.replace(/-(chat|instruct|base)\b/g, (_all, word: string) => `-${word[0]!.toUpperCase()}${word.slice(1)}`);
  return { end: end + 1, size: `-${sized[1]!.toUpperCase()}${variant}` };
}

const SIZE_AND_VARIANT = /^(\d+(?:\.\d+)?[BbMm])((?:-(?:\p{Lu}[\p{L}\d]*|chat|instruct|base|it|hf))+)$/u;

/** A model named with its backbone checkpoint is that checkpoint: "CLIP ViT-L/14", "OpenCLIP ViT-H/14". */
function extendByBackbone(ctx: PaperContext, entry: LexiconEntry, end: number): { end: number; size: string } | undefined {
  const next = ctx.tokens[end];
  if (entry.type !== "model" || !next || ctx.claimed[end]) return undefined;
  if (ctx.text.slice(ctx.tokens[end - 1]!.end, next.start) !== " " || isBaseModels(ctx, next)) return undefined;
  const backbone = parseArchitectureVariant(next.text, ctx.lexicon);
  return backbone ? { end: end + 1, size: ` ${backbone.name}` } : undefined;
}

// A task word named as one of the tasks: before the word "tasks" ("grounding and captioning
// tasks", "coding tasks"), or in a list beside a known task ("translation, summarization",
// "mathematical reasoning, coding, and commonsense reasoning"). "Coding agents", "Grounding
// LLMs in ..." and "reflection, rotation, and translation" name no task.
// Or applied to named things: "translation between English and German", "translation into Hindi".
const BETWEEN_NAMES = /^\s+(?:between|from|into)\s+\p{Lu}\p{Ll}/u;
const BEFORE_TASKS = /^(?:\s*(?:,|and|or)\s+[\w-]+(?:\s+[\w-]+)?)*\s+(?:tasks?|problems?)\b/;
// ... or a list that "tasks such as" opens: "coarse tasks such as grasping, navigation, or dialogue".
const AFTER_TASKS = /\b(?:tasks|skills|problems)\s*(?:,\s*)?(?:such as|including|like|e\.g\.,?|namely|:)\s+(?:[\w-]+(?:\s+[\w-]+)?,\s+)*$/;
const NEXT_ITEM = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([\w-]+(?:\s+[\w-]+){0,2})/;
// The comma before the last item's conjunction too: "grasping, navigation, or manipulation".
const PREVIOUS_ITEM = /([\w-]+(?:\s+[\w-]+){0,2})\s*(?:,\s*(?:and|or)|,|\sand|\sor)\s*$/;

function isTaskListContext(ctx: PaperContext, before: string, after: string, inTitle: boolean): boolean {
  if (BEFORE_TASKS.test(after) || AFTER_TASKS.test(before)) return true;
  // A title capitalises every word: "Segmentation from Drone Footage" names no language.
  if (!inTitle && BETWEEN_NAMES.test(after)) return true;
  const next = NEXT_ITEM.exec(after)?.[1]?.split(/\s+/);
  const previous = PREVIOUS_ITEM.exec(before)?.[1]?.split(/\s+/);
  const isTask = (words: string[]) => lookup(ctx.lexicon, words.join(" "))?.type === "task";
  // The next item from its first word, the previous one up to its last: one to three words.
  return [1, 2, 3].some((n) => (next !== undefined && next.length >= n && isTask(next.slice(0, n))) || (previous !== undefined && previous.length >= n && isTask(previous.slice(-n))));
}

/**
 * Whether the paper names a compound of a bare head other than the entry's: "the distillation"
 * in a paper on dataset distillation is that, not knowledge distillation. A compound is a
 * content word before the head ("dataset", "score", "teacher-student"), not a judgement ("robust")
 * nor a kind ("offline").
 */
function namesOtherCompound(ctx: PaperContext, head: string, entry: LexiconEntry): boolean {
  const own = foldKey(entry.name);
  for (const { index, word: written, compound } of compoundsOf(ctx.text, head)) {
    const word = written.toLowerCase();
    // A kind of the method ("offline distillation") is the method's variant, named by kindOfMethod;
    // a capitalised run that goes on is a name's words ("Koopman Distillation Model").
    if (isNameRun(ctx.text, index + compound.length, compound) || isStageOrParticiple(ctx.text, index, word)) continue;
    if (isContentWord(word) && !DESCRIPTIVE.has(word) && !METHOD_KIND.has(word) && foldKey(compound) !== own && lookup(ctx.lexicon, compound) !== entry) return true;
  }
  return false;
}

// By head as written: the head after a hyphen or a space, in any case.
const HEAD_AFTER_SEPARATOR = new Map<string, RegExp>();

/**
 * What `text.matchAll(/([\p{L}\p{N}]+)[- ]head/giu)` finds (where each match starts, the word
 * and the whole compound), from a search for the head: that pattern tries a run of letters at
 * every letter of the text, some 1% of a paper's time where the head is said often.
 */
export function compoundsOf(text: string, head: string): { index: number; word: string; compound: string }[] {
  let pattern = HEAD_AFTER_SEPARATOR.get(head);
  if (!pattern) HEAD_AFTER_SEPARATOR.set(head, (pattern = new RegExp(`[- ]${head}`, "giu")));
  const found: { index: number; word: string; compound: string }[] = [];
  // The pattern's next search would start where its last match ended, inside a word or not.
  let resume = 0;
  for (const match of text.matchAll(pattern)) {
    let start = match.index;
    while (start > resume) {
      // A letter outside the BMP is two code units, read from the first.
      if (start - 2 >= resume && letterOrDigitWidth(text, start - 2) === 2) start -= 2;
      else if (letterOrDigitWidth(text, start - 1) === 1) start--;
      else break;
    }
    if (start === match.index) continue;
    const end = match.index + match[0].length;
    found.push({ index: start, word: text.slice(start, match.index), compound: text.slice(start, end) });
    resume = end;
  }
  return found;
}

// Hyphenated modifiers that make a compound name of a kind: "structure-aware pruning", "RL-based pruning".
const COMPOUND_SUFFIX = /^(?:aware|based|guided|driven|level|wise|specific)$/i;

// Verbs and judgements by their endings: "minimize pruning", "identical pruning", "effective distillation".
const NOT_A_KIND_WORD = /(?:ize|ise|ical|ous|ful|able|ible)$/;

/**
 * A compound of a bare head is a method of its own, as papers name it: "expert pruning",
 * "structure-aware pruning", "dataset distillation". The word before the head is a content noun
 * (not a judgement, a stage or a participle) or a hyphenated modifier's two parts.
 */
function claimBareCompound(ctx: PaperContext, i: number, end: number): void {
  const head = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[end - 1]!.end);
  if (end - i !== 1 || !ctx.lexicon.bareHeads.has(foldKey(head)) || !/^\p{Ll}/u.test(head) || i === 0) return;
  const word = ctx.tokens[i - 1]!;
  if (ctx.claimed[i - 1] || word.end !== ctx.tokens[i]!.start - 1 || ctx.text[word.end] !== " ") return;
  let start = i - 1;
  if (COMPOUND_SUFFIX.test(word.text) && ctx.text[word.start - 1] === "-") start = i - 2;
  else if (!isContentWord(word.text) || DESCRIPTIVE.has(word.text) || TASK_QUALITY.test(word.text) || NOT_A_KIND_WORD.test(word.text) || ctx.text[word.start - 1] === "-" || isStageOrParticiple(ctx.text, word.start, word.text)) return;
  if (start < 0 || ctx.claimed[start] || !isContentWord(ctx.tokens[start]!.text.toLowerCase())) return;
  const name = ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[i]!.end);
  claim(ctx, start, end, { canonical: name.toLowerCase(), type: "method", known: false, proposed: false, rule: "lexicon" });
}

/**
 * A word that says when or how, not which kind: a stage ("post-pruning", "post-training pruning"),
 * or a participle or verb on its own ("an adapted pruning algorithm", "including pruning"; not
 * "RL-based pruning"). The paper still means the method itself.
 */
function isStageOrParticiple(text: string, start: number, word: string): boolean {
  return /^(?:pre|post)$/.test(word) || /(?:^|\W)(?:pre|post)-$/i.test(text.slice(Math.max(0, start - 6), start)) || (/[^e]ed$|ing$/.test(word) && text[start - 1] !== "-");
}

function isNameRun(text: string, end: number, compound: string): boolean {
  return /\p{Lu}\S*$/u.test(compound) && /^[ -]\p{Lu}/u.test(text.slice(end, end + 2));
}

/**
 * A capitalised bare head in the title that ends its phrase, after a lower-case word or a kind:
 * "... without Distillation", "Offline Distillation of ..."; not a word of a longer name
 * ("Distillation-Guided Policy Optimization", "Distillation Scaling Laws").
 */
function isTitleHead(ctx: PaperContext, from: number, to: number): boolean {
  const [previous, next] = [ctx.tokens[from - 1], ctx.tokens[to]];
  if (ctx.tokens[to - 1]!.end > ctx.titleEnd || ctx.text[ctx.tokens[to - 1]!.end] === "-") return false;
  if (next && next.start < ctx.titleEnd && /^\p{Lu}/u.test(next.text)) return false;
  return previous !== undefined && (/^\p{Ll}/u.test(previous.text) || METHOD_KIND.has(previous.text.toLowerCase()));
}

/** Everyday words such as "recall" or "latency" name a measure only in a measurement context, "coding" a task only in a list of tasks. */
function inContext(ctx: PaperContext, entry: LexiconEntry, from: number, to: number): boolean {
  const start = ctx.tokens[from]!.start;
  const end = ctx.tokens[to - 1]!.end;
  // By name (recall) or by the alias written ("coding" for code generation).
  const surface = foldKey(ctx.text.slice(start, end));
  // In lower case only: a capitalised bare head is a word of a title or of a name ("Distillation-Guided Policy Optimization").
  if (ctx.lexicon.bareHeads.has(surface)) return (/^\p{Ll}/u.test(ctx.text[start]!) || isTitleHead(ctx, from, to)) && !namesOtherCompound(ctx, ctx.text.slice(start, end), entry);
  if (!isContextualEntry(ctx.lexicon, entry) && !ctx.lexicon.contextual.has(surface)) return true;
  const [before, after] = [ctx.text.slice(Math.max(0, start - 40), start), ctx.text.slice(end, end + 40)];
  // A task's head after it makes it a modifier: "grasping detection", "translation quality estimation".
  if (entry.type === "task" && TASK_HEAD.test(/^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? "")) return false;
  return entry.type === "task" ? isTaskListContext(ctx, before, after, end <= ctx.titleEnd) : isMeasuredWord(before, after);
}

// Whether each entry's name is contextual, by entry: the scan asks it of every match, and the folded name is a new string each time.
const contextualEntries = new WeakMap<LexiconEntry, boolean>();

function isContextualEntry(lexicon: Lexicon, entry: LexiconEntry): boolean {
  let contextual = contextualEntries.get(entry);
  if (contextual === undefined) contextualEntries.set(entry, (contextual = lexicon.contextual.has(foldKey(entry.name))));
  return contextual;
}

// Items of data shaped by a task are data, not the task: "78,623 QA pairs", "VQA triplets", "QA sets".
const DATA_ITEM = /^(?:pairs?|triples?|triplets?|samples?|examples?|instances?|annotations?|sets?)$/i;

/**
 * Whether the token at `end` is an item of data right after the task that ends before it, or
 * after its defined short form's bracket: "question-answer (QA) pairs".
 */
export function isTaskData(ctx: PaperContext, end: number): boolean {
  const next = ctx.tokens[end];
  return next !== undefined && DATA_ITEM.test(next.text) && /^\)?\s$/.test(ctx.text.slice(ctx.tokens[end - 1]!.end, next.start));
}

/**
 * A one-word task in the plural names the things, not the task: "offer recommendations",
 * "the detections", "translations of the prompts" (the task is "recommendation").
 */
function isPluralOfTask(ctx: PaperContext, entry: LexiconEntry, from: number, to: number): boolean {
  if (entry.type !== "task" || to - from !== 1 || /\s/.test(entry.name)) return false;
  const word = ctx.tokens[from]!.text.toLowerCase();
  return word !== entry.name.toLowerCase() && /ions$/.test(word);
}
