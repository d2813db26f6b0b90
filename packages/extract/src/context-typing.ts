// Typing a name from the words around it in its sentence, strongest evidence first: the noun
// right after it ("Val14 benchmark"), the noun before it ("the framework X"), a name in
// apposition or brackets after its noun, a value next to it ("1.9 AP"), a checkpoint verb
// ("fine-tune X") and last "on X". Apart from typing.ts, whose head-noun table and appositive
// heads these read: that file types a name by what it or its describing phrase says.

import type { EntityType } from "./types";
import { UNITS, VENDORS } from "./names";
import { typeFromAppositive, typeFromHeadNoun } from "./typing";

const FOLLOWING = /^\s*(?:\([^)]*\)\s*)?([A-Za-z]+)\b/;
// "the framework X", "a reward named X", and examples of a kind: "approaches such as X", "datasets, including X".
// ... and a list after a colon: "on two datasets: GeoSound and SoundingEarth".
// ... and a name set off by a dash: "a new shape foundation model -- LATTICE", "a benchmark — X".
const PRECEDING = /\b([A-Za-z]+)(?:,?\s+(?:such as|including|like|namely|e\.g\.,?))?(?:\s+|,\s+(?=called|named|dubbed|termed)|:\s+|\s+-{1,3}\s+|\s*[—–]\s*)(?:called|named|dubbed|termed|,)?\s*$/;
// A score next to a name makes it a measure: "1.9 AP", "49.8 mIoU", "61 FPS", "(+3.1 AP)".
// ... also as a factor, with a modifier between: "a 3.1x wall-clock speedup", "2.7x fewer rounds".
// ... also with a unit between: "35 ms latency", "a 2.1 dB gain".
const NUMBER_BEFORE = new RegExp(
  `(?:^|[\\s(≤≥<>~≈])[-+]?(?!(?:19|20)\\d\\d\\s*$)\\d+(?:\\.\\d+)?(?:\\s?%|[x×X](?:\\s+(?:[a-z]+-[a-z]+|fewer|more|less|higher|lower))?|\\s?(?:${UNITS}|s|fps|FPS|GB|MB|TB|W|tokens\\/s(?:ec)?(?:\\/GPU)?))?\\s*$`,
);
// ... or after it: "a WER of 2.1%", "SIM of 0.67", "Spearman's ρ = 0.86".
const VALUE_AFTER = /^\s*(?:of\s+[-+]?(?:\d*\.\d+|\d+(?:\.\d+)?\s?%)|=\s*[-+]?\d|(?:improves|drops|increases|decreases|rises|falls|grows)\s+(?:by|from)\s+(?:up to\s+)?\d)/;
// What a change is measured in: "reductions of 2.8% in MSE, 1.9% in MAE", "a 12.9% improvement in MAE".
const CHANGE_IN_BEFORE = /(?:\d\s?%|\b(?:increase|reduction|improvement|gain|drop|decrease|boost|degradation)s?)\s+in\s+$/i;
// Evaluated on it: "on ADE20K", "On Cityscapes", "evaluated on the DTU" (not "based on X").
const ON_DATA = /(?:^|[^\w-])(?<!\b(?:based|built|relies|rely|relying|depends?|depending|focus(?:es|ing)?|conditioned|operates?|builds?|draws?|acts?|runs?|running|deployed|plugs|improves?|improving|hinges?)\s)(?:on|On|across|Across)\s+(?:the\s+)?$/;
// Named as what is measured: "in terms of NSD", "measured by CSI", "metrics such as QED".
const METRIC_CUE_BEFORE = /\b(?:in terms of|measured (?:by|in|with)|evaluated (?:by|with|using)|metrics?(?:\s+(?:such as|including|like))?)\s+(?:the\s+|both\s+)?$/i;
// Fine-tuned, pretrained or distilled checkpoints: "fine-tune NLLB-200", "a pretrained EnCodec".
// ... and sized up against others: "surpassing the larger mPLUG-DocOwl 1.5", "initialized from DINOv2".
// ... or a vendor's possessive: "NVIDIA's Cosmos-Predict2", "OpenAI's o4-mini-high";
// ... or a size before it: "we train a 7B SuperWriter-LM".
const MODEL_BEFORE = new RegExp(
  String.raw`\b(?:(?:${VENDORS})['’]s|fine-?tun(?:e|es|ed|ing)|finetun(?:e|es|ed|ing)|pre-?trained|distil(?:l|ls|led|ling)\s+(?:from|into)|initiali[sz]ed\s+(?:from|with)|prompting|prompts?|(?:the|a)\s+(?:much\s+)?(?:larger|smaller|bigger|open-weight|open-source|closed-source|proprietary)|(?:the|a|an|our)\s+\d+(?:\.\d+)?[BM])\s+(?:the\s+|a\s+)?$`,
  "i",
);
// Where examples come from is data: "4.5M tiles drawn from X", "a pool sampled from X".
// ... and so are the items a set holds, counted from it: "20 problems from PISA", "2,999 articles from X".
const DATA_SOURCE_BEFORE = /\b(?:(?:drawn|sampled|collected|taken|derived|scraped|crawled|filtered|extracted|mined|subsampled)|\d[\d,.]*[KkM]?\s+(?:[a-z-]+\s+)?(?:problems|questions|items|examples|samples|images|videos|articles|posts|documents|tasks|instances|scenes|sequences|episodes|dialogues|conversations|texts|records|reviews|sentences|passages|clips|trajectories))\s+from\s+(?:the\s+)?$/i;

/** The type the noun right after a name gives it ("(MA) metric", "Val14 benchmark"). */
export function typeFromFollowingNoun(after: string): EntityType | undefined {
  const next = FOLLOWING.exec(after)?.[1];
  const type = next ? typeFromHeadNoun(next) : undefined;
  if (type) return type;
  // A model's or a dataset's part after one more word: "a SigLIP2 understanding encoder", "the GSM8K training split".
  const part = SECOND_FOLLOWING.exec(after)?.[1];
  if (part && PART_HEAD.test(part)) return typeFromHeadNoun(part);
  // ... or a collection of data after its modality: "the Temple University Abnormal (TUAB) EEG corpus" (not
  // after a task's word: "a novel KP extraction dataset" is data for KP extraction).
  if (DATA_AFTER_MODIFIER.test(after)) return "dataset";
  // A model named before the kind of model it is: "the popular PaLI multimodal large language model".
  return MODEL_KIND_AFTER.test(after) ? "model" : undefined;
}

const MODEL_KIND_AFTER = /^\s+(?:(?:multimodal|multi-modal|large|small|pre-?trained)\s+){0,2}(?:language|vision-language|foundation)\s+model\b/i;

const SECOND_FOLLOWING = /^\s+[a-z]+\s+([a-z]+)\b/;
const DATA_AFTER_MODIFIER = /^\s*(?:\([^)]*\)\s*)?\s(?:\p{Lu}{2,}|speech|audio|video|image|text|music|sensor|driving)\s+(?:dataset|corpus|benchmark)\b/u;
const PART_HEAD = /^(?:encoders?|decoders?|backbones?|checkpoints?|splits?|sets?)$/;

// A naming verb names the whole noun phrase before it, whose head may come before a complement
// without an article of its own: "a new metric for calculating harm in LLMs called RDC" names a
// metric, not an LLM ("a framework for training a model called X" names the model). A head that
// counts or groups ("a family of generative flows called EGFs") leaves the type to its complement.
const NAMED_PHRASE_HEAD = /\b((?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?(?!(?:family|series|set|class|kind|type|variety|suite|collection|group|range|number|line|pair)\s)[A-Za-z]+)\s+(?:for|of|to|in|on|with)\s+(?:(?!(?:a|an|the|our|this|its|their)\s)[\w-]+\s+){1,8}(?:called|named|dubbed|termed)\s+$/i;

/** The noun right before a name or its cue word: "the framework X", "a reward named X". */
export function typeFromPrecedingNoun(before: string): EntityType | undefined {
  // Read as an appositive would be, so that "a multi-agent system with LLMs named X" is a model.
  const phrase = NAMED_PHRASE_HEAD.exec(before)?.[1];
  const headType = phrase ? typeFromAppositive(`, ${phrase}`) : undefined;
  if (headType) return headType;
  const prev = PRECEDING.exec(before)?.[1];
  return prev ? typeFromHeadNoun(prev) : undefined;
}

// A name set off by commas after the noun it names: "a real-world cooperative driving dataset,
// V2XPnP-Seq, and demonstrate ...", "we construct the first R3DGS dataset, Ref-LERF." The name
// must close the apposition (a full stop, or a comma and a lower-case word), else the comma may
// end an opening phrase ("On the test set, GPT-4, Claude and Gemini ...").
const KIND_BEFORE_COMMA = /\b([A-Za-z]+),\s+$/;
const APPOSITION_CLOSES = /^\s*(?:[.;)]|,\s+\p{Ll})/u;

// ... also with a short complement after the noun: "a publicly available dataset for engagement
// measurement, DAiSEE, containing videos" (an article opens the noun phrase).
const KIND_AND_COMPLEMENT_BEFORE_COMMA = /\b(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?([A-Za-z]+)\s+(?:for|of|on|in)\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+$/;

function typeFromApposition(after: string, before: string): EntityType | undefined {
  if (!APPOSITION_CLOSES.test(after)) return undefined;
  const kindOf = (kind: string | undefined) => (kind && !/s$/.test(kind) ? typeFromHeadNoun(kind) : undefined);
  return kindOf(KIND_BEFORE_COMMA.exec(before)?.[1]) ?? kindOf(KIND_AND_COMPLEMENT_BEFORE_COMMA.exec(before)?.[1]);
}

// A name in brackets after the noun phrase it names: "a large-scale dataset for generic video
// summarization (VideoXum)", "a framework (X)". The phrase's head comes first, a short complement may follow.
// The nearest head wins: "toolkits for generating caption datasets (X)" names datasets.
const HEAD_BEFORE_BRACKET = /(?:^|[^\w-])([A-Za-z]+)\s+\($/;
const HEAD_AND_COMPLEMENT_BEFORE_BRACKET = /(?:^|[^\w-])([A-Za-z]+)\s+(?:for|of|on|in)\s+(?:[\w-]+\s+){0,4}[\w-]+\s+\($/;

/** The head of the noun phrase a bracketed name follows. */
export function typeFromBracketedHead(before: string): EntityType | undefined {
  const direct = HEAD_BEFORE_BRACKET.exec(before)?.[1];
  const type = direct ? typeFromHeadNoun(direct) : undefined;
  if (type) return type;
  const head = HEAD_AND_COMPLEMENT_BEFORE_BRACKET.exec(before)?.[1];
  return head ? typeFromHeadNoun(head) : undefined;
}

/**
 * The type the words around a name give it, strongest evidence first: the noun right
 * after it ("Val14 benchmark"), the head of an appositive ("PuzzleBen, a weakly supervised
 * benchmark"), the noun right before it ("the framework X"), a value next to it ("1.9 AP",
 * "WER of 2.1%"), a checkpoint verb ("fine-tune X") and last "on X" (evaluation data).
 */
export function typeFromContext(after: string, before: string): EntityType | undefined {
  const strong = typeFromStrongContext(after, before);
  if (strong) return strong;
  // "on SPH-based simulations": a name that only modifies the next word is not the data.
  return isOnData(after, before) ? "dataset" : undefined;
}

/** "experiments on X" makes X the data it is evaluated on: the weakest evidence, which any other beats. */
export function isOnData(after: string, before: string): boolean {
  return ON_DATA.test(before) && !/^-\p{L}/u.test(after);
}

/** Every evidence of typeFromContext except "on X". */
export function typeFromStrongContext(after: string, before: string): EntityType | undefined {
  if (namesSharedTask(after, before)) return "dataset";
  const direct = typeFromFollowingNoun(after) ?? typeFromAppositive(after);
  if (direct) return direct;
  const preceding = typeFromPrecedingNoun(before) ?? typeFromBracketedHead(before) ?? typeFromApposition(after, before);
  if (preceding) return preceding;
  if (NUMBER_BEFORE.test(before) || VALUE_AFTER.test(after) || METRIC_CUE_BEFORE.test(before) || CHANGE_IN_BEFORE.test(before)) return "metric";
  if (MODEL_BEFORE.test(before)) return "model";
  return DATA_SOURCE_BEFORE.test(before) || DATA_SIZE_AFTER.test(after) ? "dataset" : undefined;
}

// A size counted in records, in brackets after the name, is a dataset's: "SwallowMath (approximately
// 2.3 billion tokens)", "X (12K samples)"; a model's size is counted in parameters.
const DATA_SIZE_AFTER = /^\s*\((?:approximately|about|around|roughly|over|nearly|~|≈)?\s*\d[\d.,]*\s*(?:[KMBT]|k|thousand|million|billion|trillion)?\s+(?:tokens|samples|examples|instances|images|videos|hours|pairs|problems|questions|dialogues|conversations|documents|sentences|utterances|clips|trajectories|episodes)\b/;

// A shared task's name is its data (the test set its entrants are scored on), whatever "task" says:
// "the Mu-SHROOM shared task", "the shared Mu-SHROOM task".
const SHARED_TASK_AFTER = /^\s+shared[\s-]task\b/i;
const SHARED_BEFORE = /\bshared\s+$/i;

function namesSharedTask(after: string, before: string): boolean {
  return SHARED_TASK_AFTER.test(after) || (SHARED_BEFORE.test(before) && /^\s+task\b/.test(after));
}

// Comparisons that make an everyday word a measure: "improves recall", "lower latency", "in terms of precision",
// and what a system keeps or pushes to a bound: "maintaining consistent throughput", "minimal latency", "maximise the lift-to-drag ratio",
// also of one stage of a system: "limits inference throughput", "increase the network throughput".
const COMPARISON_BEFORE = /\b(?:improv\w*|reduc\w*|lower\w*|rais\w*|higher|increas\w*|decreas\w*|better|worse|boost\w*|hurt\w*|trad\w* off|in terms of|measured by|maximi[sz]\w*|maintain\w*(?: (?:high|low|consistent|stable))?|minimal|maximal|at (?:matched|comparable|similar)|limit\w*|(?:increase|reduction|improvement|gain|drop|decrease|boost|loss)s? (?:in|of))\s+(?:the\s+|its\s+|their\s+)?(?:(?:inference|training|decoding|generation|serving|network|system|end-to-end|overall|token|retrieval)\s+)?$/i;
const MEASURE_AFTER = /^\s*(?:(?:(?:improves|drops|increases|decreases|rises|falls|grows)\s+)?(?:of|by|from|at|to)\s+(?:up to\s+)?[-+]?\d|up to\s+[-+]?\d|(?:improvements?|gains?)\b|\(|and\s+(?:F1|precision|recall|accuracy)|[,;]?\s*(?:precision|recall|F1|accuracy|latency|throughput))/i;

// ... and the second of a pair: "maintaining high precision and recall".
const MEASURE_BEFORE = /\b(?:precision|recall|F1|accuracy|latency|throughput)\s+and\s+$/i;

/** "improves recall by 9 points", "61 FPS at 30 ms latency", "precision and recall": a measurement, not the everyday word. */
export function isMeasurementContext(before: string, after: string): boolean {
  return NUMBER_BEFORE.test(before) || VALUE_AFTER.test(after) || COMPARISON_BEFORE.test(before) || MEASURE_AFTER.test(after);
}

/** An everyday measure word (recall, latency) in a measurement, or joined to another measure: "high precision and recall". */
export function isMeasuredWord(before: string, after: string): boolean {
  return isMeasurementContext(before, after) || MEASURE_BEFORE.test(before);
}
