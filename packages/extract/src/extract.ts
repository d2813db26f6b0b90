import type { Paper } from "@fieldmap/corpus";
import { type Candidate, type PaperContext, createContext } from "./context";
import { type Lexicon, getDefaultLexicon } from "./lexicon";
import { scanOwnSenses } from "./own-senses";
import { dropCapitalisedWords } from "./prose-capitals";
import { splitSizeLists } from "./size-lists";
import { extendDatasetSubsets } from "./dataset-subsets";
import { extendComponentHeads } from "./component-heads";
import { markProposed, scanProposedRuns } from "./proposed";
import { scanConceptCompounds, scanConceptCues } from "./scan-concepts";
import { scanDefinitions } from "./scan-definitions";
import { scanTaskCues, scanTaskLists, scanTaskSubjects, scanTitleCaseTasks } from "./scan-cues";
import { scanMeasureLists } from "./scan-measure-lists";
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
import { scanDatasetRuns, scanModelConjuncts, typeByHeadNoun } from "./head-nouns";
import { dropNonNames, mergeModifiedMeasures, mergeShortenedTasks } from "./non-names";
import { spanIndexAt } from "./text";
import type { EntityType, Mention } from "./types";
import { scanTitleLeadPhrase, typeTitleLead } from "./title-lead";
import { typeByListHead } from "./list-heads";
import { textWindows } from "./windows";
import { harmonise, preferOwnAppositive, preferStrongerEvidence, typeByCoordination } from "./paper-types";
import { paperText } from "./paper-text";
import { pairAcronymsWithLongForms } from "./acronym-pairs";
import { scanTaskCueSubjects } from "./task-cue-subjects";

export interface ExtractOptions {
  /** Compiled lexicon; defaults to data/lexicon. */
  lexicon?: Lexicon;
  /** Read task names off the subjects of task cues ("X is a challenging task", task-cue-subjects.ts). */
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
    ...(settings.phrases ? [scanTaskCueSubjects] : []),
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
    pairAcronymsWithLongForms,
    dropUnsupportedAcronyms,
    dropCapitalisedWords,
    dropNonNames,
    mergeShortenedTasks,
    mergeModifiedMeasures,
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
