import type { Paper } from "@fieldmap/corpus";
import { type Candidate, type PaperContext, createContext } from "./context";
import { type Lexicon, getDefaultLexicon } from "./lexicon";
import { foldKey } from "./keys";
import { scanPhrases } from "./nlp";
import { scanOwnSenses } from "./own-senses";
import { dropCapitalisedWords } from "./prose-capitals";
import { splitSizeLists } from "./size-lists";
import { extendDatasetSubsets } from "./dataset-subsets";
import { extendComponentHeads } from "./component-heads";
import { markProposed, scanProposedRuns } from "./proposed";
import { scanConceptCompounds, scanConceptCues } from "./scan-concepts";
import { GUESSED_DEFINITION, scanDefinitions } from "./scan-definitions";
import { scanMeasureLists, scanTaskCues, scanTaskLists, scanTaskSubjects, scanTitleCaseTasks } from "./scan-cues";
import { scanLexicon } from "./scan-lexicon";
import { scanModifiedEllipsis } from "./lexicon-ellipsis";
import { scanShotPromptingLists } from "./shot-prompting";
import { extendBareMeasures } from "./measure-variants";
import { scanNames } from "./scan-names";
import { scanNamedTests } from "./named-tests";
import { scanOwnNames, scanTitleCaseComponents } from "./scan-own-names";
import { scanTerms } from "./scan-terms";
import { getDefaultJudge, judgeCandidates, type JudgeModel, type JudgeObserver } from "./judge";
import { scanMeasures, scanTitleGerundTask, scanTitleTask } from "./scan-phrases";
import { extendTasksByDimension } from "./dimensions";
import { isName, scanDatasetRuns, scanModelConjuncts, typeByHeadNoun } from "./head-nouns";
import { isSize } from "./models";
import { dropNonNames, mergeShortenedTasks } from "./non-names";
import { spanIndexAt } from "./text";
import type { EntityType, Mention } from "./types";
import { isOnData, typeFromAppositive, typeFromShape, typeFromStrongContext, TYPING_WINDOW } from "./typing";
import { scanTitleLeadPhrase, typeTitleLead } from "./title-lead";
import { typeByListHead } from "./list-heads";
import { textWindows } from "./windows";
import { paperText } from "./paper-text";

export interface ExtractOptions {
  /** Compiled lexicon; defaults to data/lexicon. */
  lexicon?: Lexicon;
  /** Run the NLP noun-phrase rule (compromise) on cue sentences. */
  phrases?: boolean;
  /** Claim lower-case noun phrases that end in a task, method or measure head (scan-terms.ts). */
  terms?: boolean;
  /** Type of a name no evidence types. */
  fallbackType?: EntityType;
  /** The learned judge of the rules' candidates (judge.ts); default: data/lexicon/judge.json; null: the rules alone. */
  judge?: JudgeModel | null;
  /** Sees each paper's candidates as the judge does (training, scripts/train-judge.ts). */
  judgeObserver?: JudgeObserver;
}

export const DEFAULT_EXTRACT_OPTIONS: Required<Omit<ExtractOptions, "lexicon" | "judge" | "judgeObserver">> = {
  phrases: true,
  terms: true,
  fallbackType: "method",
};

/**
 * Entity mentions in one paper. Rules run from the most to the least certain, each
 * claiming the tokens it uses: 1. abbreviation definitions 2. proposal cues with
 * multi-word names 3. lexicon 4. name-shaped tokens 5. task and measure phrases from cues
 * (regex, compromise on short spans) 6. lower-case terms by head and C-value (scan-terms.ts)
 * 7. types from coordination 8. what the paper proposes.
 */
export function extract(paper: Paper, options: ExtractOptions = {}): Mention[] {
  return extractMany([paper], options)[0]!;
}

// Papers read together, rule by rule (extractMany).
const BATCH = 64;

/** A paper, or one window of a long one, read as a paper of its own. */
interface Part {
  /** The paper's index in extractMany's list. */
  index: number;
  paper: Paper;
  /** The part's text, as extract() reads it (before URLs are masked in the context). */
  text: string;
  ctx: PaperContext;
  /** Where the part's abstract starts in the paper's; undefined when the part is the whole paper. */
  offset: number | undefined;
  first: boolean;
}

/**
 * The mentions of each paper, as extract() gives them, in the papers' order. The rules run one
 * after the other over a batch of papers, each rule over the whole batch before the next: the
 * machine code of some forty rules and their patterns, with the tables they read, does not fit in
 * a core's own caches, and read paper by paper, each rule's code had been pushed out by the
 * others' before its next paper (a quarter less time in one process, each way alternated; the
 * output is the same). Batches of 64 beat 8 and 16 by 1-10%, and 128 by nothing measurable.
 */
export function extractMany(papers: readonly Paper[], options: ExtractOptions = {}): Mention[][] {
  const settings = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  const lexicon = options.lexicon ?? getDefaultLexicon();
  const stages = stagesOf(options, settings);
  const results: Mention[][] = [];
  let batch: Part[] = [];
  const runBatch = () => {
    for (const stage of stages) for (const part of batch) stage(part.ctx);
    for (const part of batch) collectMentions(part, results[part.index]!, settings.fallbackType);
    batch = [];
  };
  papers.forEach((paper, index) => {
    results.push([]);
    // Each window of a long abstract is read with the title, as a paper of its own (windows.ts).
    const windows = textWindows(paper.abstract);
    windows.forEach((window, k) => {
      const part = windows.length === 1 ? paper : { ...paper, abstract: paper.abstract.slice(window.start, window.end) };
      const text = paperText(part);
      batch.push({ index, paper: part, text, ctx: createContext(text, part.title.length, lexicon), offset: windows.length === 1 ? undefined : window.start, first: k === 0 });
      if (batch.length === BATCH) runBatch();
    });
  });
  if (batch.length > 0) runBatch();
  return results;
}

type Stage = (ctx: PaperContext) => void;

/** The rules in the order they run. */
function stagesOf(options: ExtractOptions, settings: Required<typeof DEFAULT_EXTRACT_OPTIONS>): Stage[] {
  const judge = options.judge === undefined ? getDefaultJudge() : options.judge;
  return [
    scanDefinitions,
    scanTitleLeadPhrase,
    scanTitleGerundTask,
    scanOwnSenses,
    scanProposedRuns,
    scanConceptCues,
    scanConceptCompounds,
    scanTitleCaseComponents,
    scanDatasetRuns,
    scanModelConjuncts,
    scanLexicon,
    scanModifiedEllipsis,
    scanShotPromptingLists,
    extendBareMeasures,
    scanTitleCaseTasks,
    scanNamedTests,
    scanNames,
    scanOwnNames,
    typeTitleLead,
    scanTitleTask,
    scanMeasures,
    scanTaskCues,
    scanTaskLists,
    scanTaskSubjects,
    scanMeasureLists,
    ...(settings.phrases ? [scanPhrases] : []),
    ...(settings.terms ? [scanTerms] : []),
    extendTasksByDimension,
    (ctx) => ctx.candidates.sort((a, b) => a.start - b.start),
    typeByListHead,
    typeByCoordination,
    typeByHeadNoun,
    preferStrongerEvidence,
    preferOwnAppositive,
    harmonise,
    splitSizeLists,
    extendDatasetSubsets,
    extendComponentHeads,
    markProposed,
    dropUnsupportedAcronyms,
    dropCapitalisedWords,
    dropNonNames,
    mergeShortenedTasks,
    (ctx) => judgeCandidates(ctx, judge, settings.fallbackType, options.judgeObserver),
  ];
}

/**
 * The part's candidates as mentions, added to its paper's. A window's are moved back to their
 * place in the whole text, and the title's are kept from the first window only.
 */
function collectMentions(part: Part, into: Mention[], fallback: EntityType): void {
  const { paper, text, ctx, offset } = part;
  const titleEnd = paper.title.length + 2;
  // Pushed, not map()ped: an optimised caller's inlined map() makes a holey array where the
  // builtin makes a packed one, and every reader of the mentions (relations, compact.ts) then
  // meets a second array map and deoptimises.
  for (const c of ctx.candidates) {
    const mention = toMention(paper.id, text, ctx, c, fallback);
    if (offset === undefined) into.push(mention);
    else if (mention.start >= titleEnd) into.push({ ...mention, start: mention.start + offset, end: mention.end + offset });
    else if (part.first) into.push(mention);
  }
}

// Two or three capitals: CT, MRI, HRES-like abbreviations of everyday notions as often as names.
const SHORT_ACRONYM = /^\p{Lu}{2,3}s?$/u;

/**
 * An unknown short acronym the paper neither defines, types, proposes nor repeats is more
 * often an abbreviation of a common notion (CT, SA, UQ) than an entity: it is dropped.
 */
function dropUnsupportedAcronyms(ctx: PaperContext): void {
  const counts = new Map<string, number>();
  for (const c of ctx.candidates) counts.set(c.canonical, (counts.get(c.canonical) ?? 0) + 1);
  ctx.candidates = ctx.candidates.filter(
    (c) => c.known || c.type !== undefined || c.proposed || c.rule !== "name" || counts.get(c.canonical)! > 1 || !SHORT_ACRONYM.test(c.canonical),
  );
}

// A name nothing typed that carries a version after a hyphen or a space (jina-embeddings-v4,
// Point Transformer V3) is a release: the tuned sets' names with one are models or datasets, never methods.
const VERSIONED = /[-_ ][vV]\d+(?:\.\d+)*$/;

function toMention(paperId: string, text: string, ctx: PaperContext, c: Candidate, fallback: EntityType): Mention {
  const sentence = ctx.sentences[spanIndexAt(ctx.sentences, c.start)];
  return {
    paperId,
    surface: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    sentence: sentence ? text.slice(sentence.start, sentence.end) : "",
    type: c.type ?? (VERSIONED.test(c.canonical) ? "model" : fallback),
    proposed: c.proposed,
    canonical: c.canonical,
  };
}

// A list separator, possibly after the closing bracket of a short form: "Long Range Arena (LRA), PG-19".
const COORDINATION = /^(?:\s*\([^()]{1,30}\))?\)?\s*(?:,|,?\s*(?:and|or|as well as)|\/)\s*(?:the\s+)?$/;

/**
 * Untyped names listed with typed ones take their type: "on WMT23, WMT24, and Flores200",
 * "GPT-4.1 and Gemini-2.5-Flash". Runs left to right, then right to left.
 */
function typeByCoordination(ctx: PaperContext): void {
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
function preferStrongerEvidence(ctx: PaperContext): void {
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
function preferOwnAppositive(ctx: PaperContext): void {
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
function harmonise(ctx: PaperContext): void {
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
