// Model checkpoints: "<family>[-variant]-<size>[-suffix]" (Qwen-2.5-7B-Instruct,
// Llama-2-13B-Chat, DeepSeek-R1-Distill-Qwen-1.5B). The family is looked up in the lexicon
// so the checkpoint is written in the vendor's spelling; each size is its own entity.

import { foldKey } from "./keys";
import { type Lexicon, type LexiconEntry, exactEntry, foldedEntry } from "./lexicon";

const SIZE = /^\d+(?:\.\d+)?[BbMm]$|^\d+x\d+(?:\.\d+)?[Bb]$|^[Aa]\d+(?:\.\d+)?[Bb]$/;
const SUFFIX_CASE: Record<string, string> = {
  instruct: "Instruct",
  chat: "Chat",
  base: "Base",
  it: "it",
  math: "Math",
  coder: "Coder",
  vl: "VL",
  preview: "Preview",
  distill: "Distill",
};

export interface ModelName {
  /** Canonical checkpoint name (Qwen2.5-7B-Instruct). */
  name: string;
  /** Family without size and suffixes (Qwen2.5), when a size is present. */
  family?: string;
  /** Lexicon family the name starts with, if any. */
  entry?: LexiconEntry;
}

export function isSize(part: string): boolean {
  return SIZE.test(part);
}

/** Reads a model-shaped surface form; undefined when it is neither a known family nor sized. */
export function parseModelName(surface: string, lexicon: Lexicon): ModelName | undefined {
  const parts = surface.split(/[-\s]+/).filter((p) => p.length > 0);
  const sizeAt = parts.findIndex(isSize);
  const known = longestFamilyPrefix(parts, lexicon);
  if (!known && sizeAt <= 0) return undefined;
  const head = known ? known.entry.name : parts.slice(0, sizeAt).join("-");
  // Pushed, not map()ped: see scanLexicon (an inlined map() gives a second array kind).
  const rest: string[] = [];
  for (const part of parts.slice(known ? known.length : sizeAt)) rest.push(normalisePart(part));
  // "Qwen2.5-Math-7B Base" is the base checkpoint: the word "Base" is not part of the name.
  if (rest.at(-1) === "Base" && rest.length > 1) rest.pop();
  const name = [head, ...rest].join("-");
  const restSize = rest.findIndex(isSize);
  const family = restSize >= 0 ? [head, ...rest.slice(0, restSize)].join("-") : undefined;
  // Every field written out, as parseArchitectureVariant does: one shape for resolveName to read.
  return { name, family, entry: known?.entry };
}

function normalisePart(part: string): string {
  if (isSize(part)) return part.replace(/[bm]$/, (c) => c.toUpperCase());
  return SUFFIX_CASE[part.toLowerCase()] ?? part;
}

function longestFamilyPrefix(parts: string[], lexicon: Lexicon): { entry: LexiconEntry; length: number } | undefined {
  for (let length = parts.length; length >= 1; length--) {
    const joined = parts.slice(0, length).join("");
    // A lone s after the family is a variant's letter, not a plural (YOLOv8-s).
    const last = parts[length - 1];
    const key = length > 1 && (last === "s" || last === "S") ? joined.toLowerCase() : foldKey(joined);
    const entry = foldedEntry(lexicon, key) ?? exactEntry(lexicon, joined);
    if (entry?.type === "model") return { entry, length };
  }
  return undefined;
}

// Depth or tier of a named network: ResNet-50, ViT-B/16, Swin-L, EfficientNet-B0, ConvNeXt-T, BERT-base.
const ARCHITECTURE_VARIANT = /^(?:\d{2,3}|[BSLHT](?:\/\d+)?|B\d|XS|XL|XXL|tiny|small|base|large|huge|Tiny|Small|Base|Large|Huge)$/;

/**
 * A known architecture (a method: ResNet, ViT, Swin) written with a depth or size tier is a
 * pretrained network, i.e. a model: "ResNet-50", "ViT-B/16", "Swin-L" (data/gold/GUIDELINES.md).
 */
export function parseArchitectureVariant(surface: string, lexicon: Lexicon): ModelName | undefined {
  const cut = surface.lastIndexOf("-");
  if (cut <= 0) return parseFusedDepth(surface, lexicon);
  const family = surface.slice(0, cut);
  const variant = surface.slice(cut + 1);
  if (!ARCHITECTURE_VARIANT.test(variant)) return undefined;
  const entry = exactEntry(lexicon, family) ?? foldedEntry(lexicon, foldKey(family));
  if (!entry || entry.type !== "method") return undefined;
  const head = /\s/.test(entry.name) ? family : entry.name;
  return { name: `${head}-${variant}`, family: head, entry };
}

// A depth written against the name, as papers on CNNs do: ResNet18, ResNet101, VGG16.
const FUSED_DEPTH = /^(.*\p{L})(\d{2,3})$/u;

/** "ResNet18": a known architecture with its depth fused to the name is the pretrained network. */
function parseFusedDepth(surface: string, lexicon: Lexicon): ModelName | undefined {
  const family = FUSED_DEPTH.exec(surface)?.[1];
  if (family === undefined) return undefined;
  const entry = exactEntry(lexicon, family) ?? foldedEntry(lexicon, foldKey(family));
  if (!entry || entry.type !== "method" || /\s/.test(entry.name)) return undefined;
  return { name: surface, family: entry.name, entry };
}
