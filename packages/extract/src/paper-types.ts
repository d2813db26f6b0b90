// Types decided across a paper's candidates, once every rule has read it: a name listed with typed
// names takes their type, stronger evidence beats a guess, a paper's own appositive beats the
// lexicon's sense, and one name keeps one type in the paper (harmonise).

import type { Candidate, PaperContext } from "./context";
import { foldKey } from "./keys";
import { GUESSED_DEFINITION } from "./scan-definitions";
import { isName } from "./head-nouns";
import { isSize } from "./models";
import type { EntityType } from "./types";
import { typeFromAppositive, typeFromShape, TYPING_WINDOW } from "./typing";
import { isOnData, typeFromStrongContext } from "./context-typing";

// A list separator, possibly after the closing bracket of a short form: "Long Range Arena (LRA), PG-19".
const COORDINATION = /^(?:\s*\([^()]{1,30}\))?\)?\s*(?:,|,?\s*(?:and|or|as well as)|\/)\s*(?:the\s+)?$/;

/**
 * Untyped names listed with typed ones take their type: "on WMT23, WMT24, and Flores200",
 * "GPT-4.1 and Gemini-2.5-Flash". Runs left to right, then right to left.
 */
export function typeByCoordination(ctx: PaperContext): void {
  const list = ctx.candidates;
  for (const order of [1, -1]) {
    for (let k = order === 1 ? 1 : list.length - 2; k >= 0 && k < list.length; k += order) {
      const current = list[k]!;
      const neighbour = list[k - order]!;
      if (!isOpen(current) || isOpen(neighbour)) continue;
      const [left, right] = order === 1 ? [neighbour, current] : [current, neighbour];
      if (!isListPair(ctx, left, right) || !sameShape(ctx, left, right)) continue;
      current.type = neighbour.type;
      current.rule = "coordination";
      // A long form's short form at once, so the list goes on past "average episode length (AEL), ROSCOE".
      const short = list[k + 1];
      if (short && isOpen(short) && short.canonical === current.canonical && ctx.text.slice(current.end, short.start) === " (") {
        short.type = neighbour.type;
        short.rule = "coordination";
      }
    }
  }
}

/** Untyped, or typed by a guess: "seven metrics: ..., average episode length (AEL), ROSCOE". */
function isOpen(c: Candidate): boolean {
  return c.type === undefined || c.rule === GUESSED_DEFINITION;
}

// What follows the last item of a list that goes on, or precedes an item inside one.
const LIST_GOES_ON = /^\s*(?:\([^)]*\)\s*)?(?:,|and\b|or\b|\/)/;
const LIST_BEFORE = /(?:,|\band|\bor)\s*(?:the\s+)?$/;
const LAST_ITEM_BEFORE = /\b(?:and|or)\s*(?:the\s+)?$/;

/**
 * Two names side by side in a list: "WMT23, WMT24 and Flores200", "X and the Y dataset".
 * A lone comma is a list only when the list goes on around it; otherwise it closes an
 * opening phrase: "With 10% labels on AMOS, ProtoSeg reaches ...".
 */
function isListPair(ctx: PaperContext, left: Candidate, right: Candidate): boolean {
  const gap = ctx.text.slice(left.end, right.start);
  if (!COORDINATION.test(gap)) return false;
  if (!/^\)?\s*,\s*$/.test(gap)) return true;
  const goesOn = LIST_GOES_ON.test(ctx.text.slice(right.end, right.end + 40));
  const before = ctx.text.slice(Math.max(0, left.start - 12), left.start);
  // After "and" the left name was its list's last: the comma closes an opening phrase ("On
  // ETTh1, ETTh2 and ILI, FreqMixer achieves ...").
  if (LAST_ITEM_BEFORE.test(before)) return goesOn;
  return goesOn || LIST_BEFORE.test(before);
}

/**
 * Items of one list look alike: names with capitals or digits ("CoNLL-2003, CrossNER") or
 * lower-case phrases. "On node classification, RSG-GCN improves" is not a list. A long form
 * given with its short form is the short form's item: "ESR, average episode length (AEL)".
 */
function sameShape(ctx: PaperContext, a: Candidate, b: Candidate): boolean {
  return isNamed(ctx, a) === isNamed(ctx, b);
}

/** Capitals or digits, or a long form given with its short one: "average episode length (AEL)". */
function isNamed(ctx: PaperContext, c: Candidate): boolean {
  return isName(ctx, c) || ctx.text.startsWith(` (${c.canonical})`, c.end);
}

/** Sized checkpoints by family: "SSR-Zero" -> ["SSR-Zero-7B"]. */
function checkpointsByFamily(candidates: Candidate[]): Map<string, string[]> {
  const families = new Map<string, string[]>();
  for (const c of candidates) {
    if (c.type !== "model") continue;
    const parts = c.canonical.split("-");
    const size = parts.findIndex(isSize);
    if (size <= 0) continue;
    const family = parts.slice(0, size).join("-");
    const list = families.get(family) ?? [];
    if (!list.includes(c.canonical)) list.push(c.canonical);
    families.set(family, list);
  }
  return families;
}

/**
 * "wind tunnel experiments on iRonCub-Mk1" reads the name as data, but "iRonCub-Mk1, a
 * jet-powered humanoid robot" says what it is: a name typed only by "on X" takes the type
 * the paper gives it elsewhere with stronger evidence.
 */
export function preferStrongerEvidence(ctx: PaperContext): void {
  const weak: Candidate[] = [];
  const strong = new Map<string, EntityType>();
  for (const c of ctx.candidates) {
    if (c.known || c.type === undefined || (c.rule !== "name" && c.rule !== "own-name")) continue;
    const before = ctx.text.slice(Math.max(0, c.start - 40), c.start);
    const after = ctx.text.slice(c.end, c.end + TYPING_WINDOW);
    if (c.type === "dataset" && typeFromShape(ctx.text.slice(c.start, c.end)) === undefined && typeFromStrongContext(after, before) === undefined && isOnData(after, before)) weak.push(c);
    else if (c.type !== "dataset" && !strong.has(c.canonical)) strong.set(c.canonical, c.type);
  }
  for (const c of weak) c.type = strong.get(c.canonical) ?? c.type;
}

const BENCHMARKING = /\bbenchmark|\bevaluat/i;
const VARIANT_OF = /^\s*(?:\([^)]*\)\s*)?,\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:variant|version|extension|generali[sz]ation|modification|adaptation)\s+of\b/i;

/**
 * "We present ReinVLA, a reinforcement fine-tuning framework": what the paper says its own name
 * is beats the name's shape (a VLA suffix) and the title's reading, for every mention of it.
 */
export function preferOwnAppositive(ctx: PaperContext): void {
  const said = new Map<string, EntityType>();
  for (const c of ctx.candidates) {
    if (c.known || (c.rule !== "name" && c.rule !== "own-name") || said.has(c.canonical)) continue;
    const after = ctx.text.slice(c.end, c.end + TYPING_WINDOW);
    // "STSBench, a scenario-based framework to benchmark ...": a benchmark's shape, confirmed by its description.
    if (typeFromShape(ctx.text.slice(c.start, c.end)) === "dataset" && BENCHMARKING.test(after.split(".")[0]!)) continue;
    // "ZetaPO, a variant of Group Relative Policy Optimization": of the kind of what it varies, which its shape says.
    if (VARIANT_OF.test(after)) continue;
    // "QU-NLP at QIAS 2025 Shared Task: A Two-Phase ... Approach": the title describes the team's entry, not the venue.
    if (ctx.text.slice(Math.max(0, c.start - 3), c.start) === "at ") continue;
    const type = typeFromAppositive(after);
    if (type) said.set(c.canonical, type);
  }
  if (said.size === 0) return;
  for (const c of ctx.candidates) if (!c.known && said.has(c.canonical)) c.type = said.get(c.canonical);
}

/**
 * One name, one reading per paper: mentions without type evidence take the type found for
 * another mention of the same name, and an unknown bare family with a single sized
 * checkpoint in the paper names that checkpoint (title "SSR-Zero:", body "SSR-Zero-7B").
 */
export function harmonise(ctx: PaperContext): void {
  // By folded name: "Matrix Game 2.0" is the "Matrix-Game 2.0" the paper called a world model.
  const typed = new Map<string, EntityType>();
  for (const c of ctx.candidates) {
    const key = foldKey(c.canonical);
    if (c.type && !typed.has(key)) typed.set(key, c.type);
  }
  const families = checkpointsByFamily(ctx.candidates);
  for (const c of ctx.candidates) {
    const checkpoints = c.known ? undefined : families.get(c.canonical);
    // "ToolWeaver, a framework that ..." stays the method its checkpoints ToolWeaver-7B come from.
    const described = typed.get(foldKey(c.canonical));
    if (checkpoints && described && described !== "model") continue;
    if (checkpoints?.length === 1) c.canonical = checkpoints[0]!;
    // A checkpoint is a model; any other mention takes the type its name was given.
    c.type = checkpoints ? "model" : (c.type ?? described);
  }
}
