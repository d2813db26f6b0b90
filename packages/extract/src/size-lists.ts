import type { Candidate, PaperContext } from "./context";
import { isSize } from "./models";
import { isModelTier, resolutionName } from "./names";
import { lookup } from "./lexicon";

// Sizes listed before one model name: "13B and 70B Llama2-Chat", "7B, 13B, or 34B Code Llama".
const SIZE_LIST_BEFORE = /(?:\d+(?:\.\d+)?[BM](?:\s*,\s*|\s*,?\s+(?:and|or)\s+))+\d+(?:\.\d+)?[BM]\s+$/;
const ONE_SIZE = /\d+(?:\.\d+)?[BM]/g;

/**
 * Coordination ellipsis: "the 13B and 70B Llama2-Chat models" names two checkpoints,
 * Llama-2-Chat-13B and Llama-2-Chat-70B. The name itself becomes the last size's checkpoint
 * and each earlier size gets its own mention at its own place in the text.
 */
export function splitSizeLists(ctx: PaperContext): void {
  const added = [];
  for (const c of ctx.candidates) {
    if (c.type !== "model" || c.canonical.split("-").some(isSize)) continue;
    const before = ctx.text.slice(Math.max(0, c.start - 60), c.start);
    const list = SIZE_LIST_BEFORE.exec(before);
    if (!list) continue;
    const listStart = c.start - before.length + list.index;
    const sizes = [...list[0].matchAll(ONE_SIZE)];
    const family = c.canonical;
    for (const size of sizes.slice(0, -1)) {
      const start = listStart + size.index;
      added.push({ ...c, start, end: start + size[0].length, canonical: `${family}-${size[0]}` });
    }
    c.canonical = `${family}-${sizes.at(-1)![0]}`;
  }
  addBracketedSizes(ctx, added);
  addListedReleases(ctx, added);
  addBracketedReleases(ctx, added);
  addListedSizes(ctx, added);
  addSlashedVariants(ctx, added);
  addListedResolutions(ctx, added);
  if (added.length === 0) return;
  ctx.candidates.push(...added);
  ctx.candidates.sort((a, b) => a.start - b.start);
}

// Sizes in brackets right after a model's name: "Llama3.1 (8B)", "Qwen2.5 (7B and 72B)".
const API_ONLY = /^(?:GPT|ChatGPT|Claude|Gemini|o\d)\b/;
const BRACKETED_SIZES = /^ \((\d+(?:\.\d+)?[BM])((?:(?:, ?|,? and |,? or |\/)\d+(?:\.\d+)?[BM])*)\)/;

/**
 * A size in brackets after a released name that has none names the checkpoint: "Llama3.1 (8B)"
 * is Llama-3.1-8B, as "Llama3.1-8B" would be, and each further size in the brackets is a
 * checkpoint too. The name must carry its release number, and a model served only through an
 * API has no checkpoints: "GPT-3.5 (175B)" states an estimate of its size.
 */
function addBracketedSizes(ctx: PaperContext, added: Candidate[]): void {
  // Each sized name with where its brackets end: nothing else is read inside them ("8B" is no name of its own).
  const bracketed: Array<{ name: Candidate; from: number; to: number }> = [];
  for (const c of ctx.candidates) {
    if (c.type !== "model" || !/\d/.test(c.canonical) || API_ONLY.test(c.canonical) || c.canonical.split("-").some(isSize)) continue;
    const sizes = BRACKETED_SIZES.exec(ctx.text.slice(c.end, c.end + 40));
    if (!sizes) continue;
    const [brackets, first, more] = sizes as unknown as [string, string, string];
    const bracketEnd = c.end + brackets.length;
    bracketed.push({ name: c, from: c.end, to: bracketEnd });
    const moreStart = c.end + 2 + first.length;
    for (const size of more.matchAll(ONE_SIZE)) {
      const start = moreStart + size.index;
      added.push({ ...c, start, end: start + size[0].length, canonical: `${c.canonical}-${size[0]}`, proposed: false });
    }
    // One size: the mention is the whole "Llama3.1 (8B)"; with more, the name stays the first size's mention.
    if (more === "") c.end = bracketEnd;
    c.canonical = `${c.canonical}-${first}`;
  }
  if (bracketed.length === 0) return;
  ctx.candidates = ctx.candidates.filter((other) => bracketed.every(({ name, from, to }) => other === name || other.start >= to || other.end <= from));
}

// A release of a family written with a spaced number: "Gemini 1.0 Pro", "Llama 3".
const SPACED_RELEASE = /^(.+?) (\d+(?:\.\d+)?)(?: (\S+))?$/;
// The next release of the list, without the family: ", 1.5 Flash", " and 2.0".
// A full stop may end the sentence after it ("... and 1.5 Flash."), not continue a number or a name.
const NEXT_RELEASE = /^(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)(\d+(?:\.\d+)?)(?![\p{L}\p{N}%-]|\.\p{N})(?: (\p{Lu}[\p{L}-]*)(?![\p{L}\p{N}-]|\.[\p{L}\p{N}]))?/u;

/** Major versions between two releases of one list: "Llama 2 and 3", "Qwen 1.5 and 2.5", not "Gemini 1.5 Pro, 45.4". */
const MAX_RELEASE_GAP = 3;

/**
 * The same ellipsis after the name: "Gemini 1.0 Pro and 1.5 Flash models" names Gemini 1.5
 * Flash too. Each bare release that follows gets the family's name, with its own tier.
 */
function addListedReleases(ctx: PaperContext, added: Candidate[]): void {
  for (const c of ctx.candidates) {
    const release = c.type === "model" ? SPACED_RELEASE.exec(c.canonical) : null;
    if (!release || (release[3] !== undefined && !isModelTier(release[3]))) continue;
    let end = c.end;
    for (let next = NEXT_RELEASE.exec(ctx.text.slice(end, end + 40)); next; next = NEXT_RELEASE.exec(ctx.text.slice(end, end + 40))) {
      const tier = next[2] !== undefined && isModelTier(next[2]) ? ` ${next[2]}` : "";
      // "and 2 other models" counts; a release is dotted or carries its tier.
      if (tier === "" && !next[1]!.includes(".")) break;
      // "(Gemini-1.5 Pro, 45.4)": a score after the name; a family's releases are numbered close together.
      if (Math.abs(Math.trunc(Number(next[1])) - Math.trunc(Number(release[2]))) > MAX_RELEASE_GAP) break;
      const start = end + next[0].length - next[0].trimStart().length + next[0].trimStart().indexOf(next[1]!);
      end = start + next[1]!.length + tier.length;
      if (ctx.candidates.some((other) => other.start < end && other.end > start)) break;
      added.push({ ...c, start, end, canonical: listedReleaseName(ctx, release[1]!, next[1]!, tier), proposed: false });
    }
  }
}

// A family's releases listed in brackets after its bare name: "Gemini (1.5 flash, 2.0 flash and 2.0
// flash exp)", "GPT variants (4o, 3.5 Turbo, 4 Turbo)". The brackets may follow a word for the set.
const RELEASE_BRACKETS = /^(?:\s+(?:variants|versions|models|series|family))?\s+\(([^()]{1,120})\)/;
const LIST_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\//g;
// A release number (a letter may close it: "4o") and at most two tier words: "1.5 flash", "2.0 flash exp".
const BRACKETED_RELEASE = /^(\d(?:\.\d)?[a-z]?)((?: [A-Za-z]+){0,2})$/;

/**
 * The bracket's ellipsis: each release in brackets after a family's bare name is that release,
 * named as the lexicon writes it ("4o" after GPT is GPT-4o), else family, number and tier. One
 * of them at least must be a release the lexicon knows (so the name before is a model family),
 * and the bracket must hold two releases or one with a tier ("Gemini (2.5)" may be a score).
 * Items of another shape ("o1", a family of its own) are left to the other rules.
 */
function addBracketedReleases(ctx: PaperContext, added: Candidate[]): void {
  const taken: Candidate[] = [];
  for (const c of ctx.candidates) {
    if (c.type === undefined || /[\d\s]/.test(c.canonical)) continue;
    const brackets = RELEASE_BRACKETS.exec(ctx.text.slice(c.end, c.end + 160));
    if (!brackets) continue;
    const listStart = c.end + brackets[0].length - 1 - brackets[1]!.length;
    const releases: Candidate[] = [];
    let known = false;
    let tiered = false;
    let at = 0;
    for (const separator of [...brackets[1]!.matchAll(LIST_SEPARATOR), undefined]) {
      const to = separator?.index ?? brackets[1]!.length;
      const release = BRACKETED_RELEASE.exec(brackets[1]!.slice(at, to));
      if (release) {
        const tier = release[2]!.replace(/ ([a-z])/g, (_all, letter: string) => ` ${letter.toUpperCase()}`);
        // One look-up serves "GPT-4o" and "GPT 4o": the lexicon's keys drop the separator.
        const entry = lookup(ctx.lexicon, `${c.canonical} ${release[1]}${tier}`);
        known ||= entry?.type === "model";
        tiered ||= tier !== "";
        const name = entry?.type === "model" ? entry.name : `${c.canonical}${/^\d+[a-z]$/.test(release[1]!) ? "-" : " "}${release[1]}${tier}`;
        releases.push({ ...c, type: "model", known: false, start: listStart + at, end: listStart + to, canonical: name, proposed: false });
      }
      at = to + (separator?.[0].length ?? 0);
    }
    if (!known || (releases.length < 2 && !tiered)) continue;
    added.push(...releases);
    taken.push(...releases);
  }
  // What other rules read inside a release ("Turbo" as a method) is part of it: dropped once, after
  // the loop, as addBracketedSizes drops what its brackets hold.
  if (taken.length > 0) ctx.candidates = ctx.candidates.filter((other) => taken.every((r) => other.start >= r.end || other.end <= r.start));
}

// The next size of a list after a sized checkpoint: ", 4B" or " and 14B" (not "7B-Instruct" or "14Bn").
const NEXT_SIZE = /^(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)(\d+(?:\.\d+)?[BM])(?![\p{L}\p{N}-]|\.\p{N})/u;

/**
 * The size's ellipsis: "Qwen2.5 7B and 14B", "Gemma 3 1B, 4B, and 12B" name Qwen2.5-14B, Gemma-3-4B
 * and Gemma-3-12B too. Each bare size after a checkpoint whose name ends with its size is the
 * family's checkpoint of that size.
 */
function addListedSizes(ctx: PaperContext, added: Candidate[]): void {
  for (const c of ctx.candidates) {
    const parts = c.type === "model" ? c.canonical.split("-") : [];
    if (parts.length < 2 || !isSize(parts.at(-1)!)) continue;
    const family = parts.slice(0, -1).join("-");
    addItemsAfter(ctx, c, NEXT_SIZE, added, (size) => `${family}-${size}`);
  }
}

/**
 * Each item `next` reads after `c` (its group 1, the item as written, behind a comma or a
 * conjunction) becomes a mention of the name `nameOf` gives it, up to the first item that
 * another candidate already holds.
 */
function addItemsAfter(ctx: PaperContext, c: Candidate, next: RegExp, added: Candidate[], nameOf: (item: string) => string): void {
  let end = c.end;
  for (let match = next.exec(ctx.text.slice(end, end + 30)); match; match = next.exec(ctx.text.slice(end, end + 30))) {
    const start = end + match[0].length - match[1]!.length;
    end = start + match[1]!.length;
    if (ctx.candidates.some((other) => other.start < end && other.end > start)) break;
    added.push({ ...c, start, end, canonical: nameOf(match[1]!), proposed: false });
  }
}

/** The release's name as the lexicon writes it ("Stable Diffusion 3.0" is its "Stable Diffusion 3"), else as listed. */
function listedReleaseName(ctx: PaperContext, family: string, release: string, tier: string): string {
  const written = `${family} ${release}${tier}`;
  return (lookup(ctx.lexicon, written) ?? lookup(ctx.lexicon, `${family} ${release.replace(/\.0$/, "")}${tier}`))?.name ?? written;
}

// Sizes or versions after a model's or a dataset's name, one slash each: "Qwen2.5-7B/14B/32B",
// "LLaMA-3/3.1/3.2", "CIFAR-10/100".
// A full stop may end the sentence after the list ("... and Llama-2-7/13B."), not continue a number.
const SLASHED = /^(?:\/\d+(?:\.\d+)?[BMK]?)+(?![\p{L}\p{N}-]|\.[\p{L}\p{N}]|\/\d)/u;
const LAST_NUMBER = /^(.*?[^\d.])(\d+(?:\.\d+)?)([BMK]?)$/;

/**
 * The slash's ellipsis: "Qwen2.5-7B/14B" names Qwen2.5-14B too, "LLaMA-3/3.1" Llama-3.1, "CIFAR-10/100" CIFAR-100. Each item
 * replaces the name's last number, a size by a size, a version by a version.
 */
function addSlashedVariants(ctx: PaperContext, added: Candidate[]): void {
  for (const c of ctx.candidates) {
    if (c.type !== "model" && c.type !== "dataset") continue;
    const slashed = SLASHED.exec(ctx.text.slice(c.end, c.end + 40));
    const last = LAST_NUMBER.exec(c.canonical);
    if (!slashed || !last) continue;
    const items = slashed[0].split("/").slice(1);
    const shared = sharedSizeUnit(c, last, items);
    if (shared) c.canonical = `${last[1]}${last[2]}${shared}`;
    let at = c.end;
    for (const item of items) {
      at += 1;
      const [, number = "", written = ""] = /^(\d+(?:\.\d+)?)([BMK]?)$/.exec(item) ?? [];
      const unit = written || shared;
      // A size follows a size, a version a version: "7B/14B", "3/3.1"; not "7B/2".
      if ((unit === "") === (last[3] === "" && !shared)) added.push({ ...c, start: at, end: at + item.length, canonical: `${last[1]}${number}${unit}`, proposed: false });
      at += item.length;
    }
  }
}

/**
 * "Qwen-2.5-3/7B": the size unit written once, after the last item of the list, is every
 * item's, the name's own number included (Qwen2.5-3B and Qwen2.5-7B). Only for a model whose
 * number follows a hyphen and a release, and a list that ends with billions or millions.
 */
function sharedSizeUnit(c: Candidate, last: RegExpExecArray, items: string[]): string {
  if (c.type !== "model" || last[3] !== "" || !/\d.*-$/.test(last[1]!)) return "";
  const unit = /[BM]$/.exec(items.at(-1) ?? "")?.[0] ?? "";
  return unit !== "" && items.slice(0, -1).every((item) => /^\d+(?:\.\d+)?[BM]?$/.test(item)) ? unit : "";
}

// A benchmark at one resolution, then the next ones: "ImageNet 64x64 and 512x512".
const AT_RESOLUTION = /^(.+) \d{2,4}x\d{2,4}$/;
const NEXT_RESOLUTION = /^(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)(\d{2,4} ?[x×] ?\d{2,4})(?![\p{L}\p{N}])/u;

/** The resolution's ellipsis: "ImageNet 64x64 and 512x512" names ImageNet 512x512 too. */
function addListedResolutions(ctx: PaperContext, added: Candidate[]): void {
  for (const c of ctx.candidates) {
    const benchmark = c.type === "dataset" ? AT_RESOLUTION.exec(c.canonical) : null;
    if (benchmark) addItemsAfter(ctx, c, NEXT_RESOLUTION, added, (resolution) => `${benchmark[1]} ${resolutionName(resolution)}`);
  }
}
