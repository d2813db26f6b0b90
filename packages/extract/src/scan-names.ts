import { type PaperContext, claim, isModifierBefore, joinable } from "./context";
import { exactKey } from "./keys";
import { isStopPhrase, lookup } from "./lexicon";
import { isSize, parseArchitectureVariant, parseModelName } from "./models";
import { SUBSET_WORDS, continuesName, followsHardwareMaker, isJunkName, isMarkedRelease, isNameShaped, isNotation, isRankRule, isRomanEdition, isTitleCompound, namesDevice } from "./names";
import { typeFromShape, TYPING_WINDOW } from "./typing";
import { typeFromContext } from "./context-typing";
import type { EntityType } from "./types";

// Metrics at a cut-off are one metric whatever the cut-off: pass@32, pass@1024 -> pass@k.
const AT_K = /^(pass|maj|best|recall|hit|top|acc|cons)@(?:\d+|k|K|n|N)$/i;

/**
 * Name-shaped tokens the lexicon did not claim, extended by version and tier words
 * ("Gemini 1.5 Pro", "longest6 v2"). Model-shaped names get the vendor's spelling;
 * other names are typed from their shape and context (typing.ts).
 */
export function scanNames(ctx: PaperContext): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const token = ctx.tokens[i]!;
    if (ctx.claimed[i] || !isNameShaped(token.text) || (isPlainTitleCompound(ctx, token.text) && !isTitleLead(ctx, i)) || isReleaseOfWordBefore(ctx, i)) continue;
    let end = i + 1;
    // A number before "%" is a value, not a release: "bias (ΔDP 38%)".
    while (end < ctx.tokens.length && !ctx.claimed[end] && joinable(ctx, end - 1, end) && continuesName(ctx.tokens[end]!.text) && ctx.text[ctx.tokens[end]!.end] !== "%") end++;
    end = extendBySpacedSize(ctx, i, end);
    end = extendByRomanEdition(ctx, i, end);
    end = extendBySharedTask(ctx, i, end);
    if (isModifierBefore(ctx, end)) continue;
    // Markdown bold left around a name ("LeaP-T**") is markup, not a star of the name ("ReST-MCTS*").
    const surface = ctx.text.slice(token.start, ctx.tokens[end - 1]!.end).replace(/\*\*$/, "");
    if (isJunkName(surface) || isNotation(surface, ctx.text.slice(ctx.tokens[end - 1]!.end, ctx.tokens[end - 1]!.end + 16)) || isLatexResidue(ctx, token.start)) continue;
    if (isStopPhrase(ctx.lexicon, surface) || isStopPhrase(ctx.lexicon, token.text) || isClassCompound(ctx, token.text) || isListedLevelCode(ctx, surface, token.start, ctx.tokens[end - 1]!.end)) continue;
    if (followsHardwareMaker(ctx.text.slice(Math.max(0, token.start - 30), token.start))) continue;
    const following = ctx.text.slice(ctx.tokens[end - 1]!.end, ctx.tokens[end - 1]!.end + 16);
    if (isRankRule(surface, following) || (namesDevice(following) && !lookup(ctx.lexicon, surface))) continue;
    if (qualifiesTitleLead(ctx, i, end)) {
      // "Spatial RoboGrasp: ...": the word before the name is part of the title's name.
      const whole = ctx.text.slice(ctx.tokens[0]!.start, ctx.tokens[end - 1]!.end);
      claim(ctx, 0, end, { canonical: whole, type: undefined, known: false, proposed: false, rule: "name" });
      i = end - 1;
      continue;
    }
    const resolved = resolveName(ctx, surface, i, end);
    claim(ctx, i, end, { canonical: resolved.canonical, type: resolved.type, known: resolved.known, proposed: false, rule: "name" });
    i = end - 1;
  }
}

/** "Comma v0.1-1T": a marked release after a capitalised word is that word's, which the own-name scan reads as one name. */
function isReleaseOfWordBefore(ctx: PaperContext, i: number): boolean {
  const previous = ctx.tokens[i - 1];
  return previous !== undefined && isMarkedRelease(ctx.tokens[i]!.text) && /^\p{Lu}/u.test(previous.text) && ctx.text.slice(previous.end, ctx.tokens[i]!.start) === " ";
}

// One capital and one digit listed with others of its shape: levels or grades ("levels (A1, B1,
// C1)", "stages N1, N2 and N3"), not a name; alone it may be one (a paper's J6, the solver Z3).
const LETTER_DIGIT = /^\p{Lu}\d$/u;
const LISTED_BEFORE = /\b\p{Lu}\d\s*(?:,|,?\s+(?:and|or|to))\s*$/u;
const LISTED_AFTER = /^\s*(?:,|,?\s+(?:and|or|to))\s*\p{Lu}\d\b/u;

function isListedLevelCode(ctx: PaperContext, surface: string, start: number, end: number): boolean {
  if (!LETTER_DIGIT.test(surface) || lookup(ctx.lexicon, surface)) return false;
  return LISTED_BEFORE.test(ctx.text.slice(Math.max(0, start - 12), start)) || LISTED_AFTER.test(ctx.text.slice(end, end + 12));
}

// LaTeX left in an abstract: a command ("\rightarrow96", "\pm0.2") or the key of a citation or
// a reference ("\cite{l-rrtnt-98}").
const LATEX_KEY_OPEN = /\\(?:cite[tp]?|ref|eqref|label|url)\{[^}]*$/;

function isLatexResidue(ctx: PaperContext, start: number): boolean {
  return ctx.text[start - 1] === "\\" || LATEX_KEY_OPEN.test(ctx.text.slice(Math.max(0, start - 40), start));
}

// A count or a plain word joined to a generic class is that class: "Dual-VLM", "MLLM-internal", "LLM-user".
const CLASS_PARTNER = /^(?:\p{Ll}[\p{Ll}-]*|Dual|Multi|Single|Two|Three|Multiple)$/u;

/** "Dual-VLM" or "MLLM-internal": a stoplisted class (VLM, MLLM) with a count or an everyday word. */
function isClassCompound(ctx: PaperContext, word: string): boolean {
  const parts = word.split("-");
  if (parts.length !== 2) return false;
  const [left, right] = parts as [string, string];
  return (isStopPhrase(ctx.lexicon, left) && CLASS_PARTNER.test(right)) || (isStopPhrase(ctx.lexicon, right) && CLASS_PARTNER.test(left));
}

/** A spaced parameter count after an unsized model name names the checkpoint: "DeepSeek-Coder-Base-v1.5 7B". */
function extendBySpacedSize(ctx: PaperContext, from: number, end: number): number {
  const next = ctx.tokens[end];
  if (!next || ctx.claimed[end] || !isSize(next.text) || ctx.text.slice(ctx.tokens[end - 1]!.end, next.start) !== " ") return end;
  const surface = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[end - 1]!.end);
  return surface.split(/[-\s]+/).some(isSize) ? end : end + 1;
}

/** An acronym's edition in Roman numerals is part of its name: "CASME II", "MIMIC III". */
function extendByRomanEdition(ctx: PaperContext, from: number, end: number): number {
  const next = ctx.tokens[end];
  if (!next || ctx.claimed[end] || !isRomanEdition(next.text) || ctx.text.slice(ctx.tokens[end - 1]!.end, next.start) !== " ") return end;
  return /^\p{Lu}{2,}$/u.test(ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[end - 1]!.end)) ? end + 1 : end;
}

// A shared task of an evaluation campaign is named by its edition and number: "SemEval-2025 Task 4",
// or by its edition and the words themselves, capitalised: "BEA 2025 Shared Task".
const EDITION = /\p{L}[- ]?(?:19|20)\d\d$/u;

/** "SemEval-2025" followed by "Task 4" (or "Shared Task") names the task's dataset, not the campaign. */
function extendBySharedTask(ctx: PaperContext, from: number, end: number): number {
  const [task, number] = [ctx.tokens[end], ctx.tokens[end + 1]];
  if (!task || !number || ctx.claimed[end] || ctx.claimed[end + 1]) return end;
  const numbered = task.text === "Task" && /^\d{1,2}$/.test(number.text);
  const shared = task.text === "Shared" && number.text === "Task";
  if (!numbered && !shared) return end;
  const surface = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[end - 1]!.end);
  const spaced = ctx.text.slice(ctx.tokens[end - 1]!.end, task.start) === " " && ctx.text.slice(task.end, number.start) === " ";
  // A paper that also writes the edition alone ("QIAS 2025, a shared task on ...") names it so.
  if (shared && ctx.text.split(surface).length > ctx.text.split(`${surface} Shared Task`).length) return end;
  return EDITION.test(surface) && spaced ? end + 2 : end;
}

function resolveName(ctx: PaperContext, surface: string, from: number, to: number) {
  const local = ctx.local.get(exactKey(surface));
  if (local) return { canonical: local.canonical, type: local.type, known: local.known };
  const counter = AT_K.exec(surface);
  if (counter) return { canonical: `${counter[1]!.toLowerCase()}@k`, type: "metric" as const, known: true };
  const entry = lookup(ctx.lexicon, surface);
  if (entry) return { canonical: entry.name, type: entry.type, known: true };
  // A family's name before a data head names data about or from it: "OPT-BENCH", "Llama-Nemotron-Post-Training-Dataset".
  if (DATA_SUFFIX.test(surface)) return { canonical: surface, type: "dataset" as const, known: false };
  const model = parseModelName(surface, ctx.lexicon) ?? parseArchitectureVariant(surface, ctx.lexicon);
  if (model) return { canonical: model.name, type: "model" as const, known: model.entry !== undefined };
  if (isSizedRelease(ctx, surface)) return { canonical: surface, type: "model" as const, known: false };
  // A known measure with what it is taken at or on: "IoU3D", "mAP0.5", "AP75".
  if (isNumberedMeasure(ctx, surface)) return { canonical: surface, type: "metric" as const, known: false };
  const after = ctx.text.slice(ctx.tokens[to - 1]!.end, ctx.tokens[to - 1]!.end + TYPING_WINDOW);
  const before = ctx.text.slice(Math.max(0, ctx.tokens[from]!.start - 80), ctx.tokens[from]!.start);
  const type = typeFromShape(surface) ?? (isDerivedData(ctx, surface) ? "dataset" : typeFromContext(after, before));
  return { canonical: surface, type, known: false };
}

/** Whether the part of `surface` that `shape` captures first is a known entity of `type`. */
function extendsKnown(ctx: PaperContext, shape: RegExp, surface: string, type: EntityType): boolean {
  const base = shape.exec(surface)?.[1];
  return base !== undefined && lookup(ctx.lexicon, base)?.type === type;
}

// "YOLOv8n", "YOLO11m", "YOLOv9c": a released model's size letter written against its version.
const SIZE_LETTER = /^(.*\d)[nsmlxcetb]$/;

function isSizedRelease(ctx: PaperContext, surface: string): boolean {
  return extendsKnown(ctx, SIZE_LETTER, surface, "model");
}

const NUMBERED = /^(.*\p{L})(\d[\p{L}\p{N}.]{0,4})$/u;

function isNumberedMeasure(ctx: PaperContext, surface: string): boolean {
  return extendsKnown(ctx, NUMBERED, surface, "metric");
}

// A subset's or a variant's suffix: an acronym, a number, or a word of the kind ("MMLU-CS", "FEVER-25", "GSM8K-Hard").
const DERIVED_DATA = new RegExp(`^(.+)-(?:\\p{Lu}{1,4}|\\d+|${SUBSET_WORDS})$`, "u");

/** A known benchmark with a subset's or a variant's suffix names data derived from it. */
function isDerivedData(ctx: PaperContext, surface: string): boolean {
  return extendsKnown(ctx, DERIVED_DATA, surface, "dataset");
}

const DATA_SUFFIX = /-(?:Bench|BENCH|Benchmark|Dataset|Corpus|Eval|EVAL|Arena|Suite)$/;

/** A plain capitalised word, then an unknown name that ends at the title's colon: "Spatial RoboGrasp:". */
function qualifiesTitleLead(ctx: PaperContext, i: number, end: number): boolean {
  const first = ctx.tokens[0]!;
  if (i !== 1 || ctx.claimed[0] || ctx.text[ctx.tokens[end - 1]!.end] !== ":" || ctx.text.slice(first.end, ctx.tokens[1]!.start) !== " ") return false;
  return /^\p{Lu}\p{Ll}+$/u.test(first.text) && !/(?:ing|ed)$/.test(first.text) && !/^(?:Towards?|Beyond|Rethinking|Revisiting|On|The|A|An|Why|How|When|What|Is|Are|Can|Do|Does)$/.test(first.text) && !lookup(ctx.lexicon, ctx.text.slice(ctx.tokens[1]!.start, ctx.tokens[end - 1]!.end));
}

/** The one word before the title's colon is the paper's name, whatever its shape: "Directed-Tokens: A Robust ...". */
function isTitleLead(ctx: PaperContext, i: number): boolean {
  return i === 0 && ctx.text[ctx.tokens[0]!.end] === ":";
}

/**
 * "Self-Play" in a title is only title case, but "Swin-L", "Octo-Base" and "Cityscapes-C"
 * are names: a known head or a variant/split shape overrides the title-case reading.
 */
function isPlainTitleCompound(ctx: PaperContext, word: string): boolean {
  if (!isTitleCompound(word)) return false;
  return typeFromShape(word) === undefined && lookup(ctx.lexicon, word.split("-")[0]!) === undefined;
}
