// What follows a known model's or dataset's name and belongs to it: its release, tier, size,
// backbone or subset ("Gemini 2.0 Flash Thinking", "Qwen2.5 7B", "SWE-bench Verified").

import { type PaperContext, isSpacedWord } from "./context";
import { type LexiconEntry, lookup } from "./lexicon";
import { isSize, parseArchitectureVariant, parseModelName } from "./models";
import { isEnglishWord } from "./nlp";
import { RESOLUTION, SUBSET_WORDS, isModelTier, isRomanEdition, isVariantWord, isVersionWord } from "./names";

/**
 * A known model or dataset written with its version or variant is that version: "Stable
 * Diffusion 1.5", "Whisper large-v3", "Common Voice 15", "OntoNotes 5.0" (never the bare
 * family plus a stray fragment); a method only with a "v" release ("MoCo v3").
 */
export function extendByVersion(ctx: PaperContext, entry: LexiconEntry, end: number): number {
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
  // A count is no release: "79.2% on S3DIS 6 fold" (cross-validation folds), "GSM8K 8 shot" (examples in the prompt).
  if (isVersionWord(next.text) && !/^\s*(?:%|[x×]\b|points?\b|pp\b|times\b|-?folds?\b|-?shots?\b)/.test(after)) return end + 1;
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
export function releaseAndSize(ctx: PaperContext, entry: LexiconEntry, suffix: string): string | undefined {
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
export function plusVariantOf(ctx: PaperContext, i: number): LexiconEntry | undefined {
  const text = ctx.tokens[i]!.text;
  if (!text.endsWith("+")) return undefined;
  const known = lookup(ctx.lexicon, text.replace(/\++$/, ""));
  return known && (known.type === "dataset" || known.type === "model") ? known : undefined;
}

/** "Claude Sonnet 3.7" is the lexicon's "Claude 3.7 Sonnet" when it knows that one; else as written. */
export function releaseBeforeTier(ctx: PaperContext, name: string): string {
  const parts = TIER_THEN_RELEASE.exec(name);
  if (!parts || !isModelTier(parts[2]!)) return name;
  const known = lookup(ctx.lexicon, `${parts[1]} ${parts[3]} ${parts[2]}`);
  return known?.type === "model" ? known.name : name;
}

/**
 * A parameter count after a known model, written with a space, names the checkpoint:
 * "Llama 2 70B" -> Llama-2-70B, "Mistral 7B" -> Mistral-7B (each size its own entity).
 */
export function extendBySize(ctx: PaperContext, entry: LexiconEntry, end: number): { end: number; size: string } | undefined {
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
export function extendByBackbone(ctx: PaperContext, entry: LexiconEntry, end: number): { end: number; size: string } | undefined {
  const next = ctx.tokens[end];
  if (entry.type !== "model" || !next || ctx.claimed[end]) return undefined;
  if (ctx.text.slice(ctx.tokens[end - 1]!.end, next.start) !== " " || isBaseModels(ctx, next)) return undefined;
  const backbone = parseArchitectureVariant(next.text, ctx.lexicon);
  return backbone ? { end: end + 1, size: ` ${backbone.name}` } : undefined;
}
