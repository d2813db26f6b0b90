// Narrower tasks written as a fixed phrase: the domain a known task is done on, right before
// it ("audio question answering", "3D visual grounding", "molecule captioning", "clinical
// note summarization"). The map keeps the narrower task: papers on it are a community of
// their own, apart from the general task.

import { isVerbByPosition } from "./chunk";
import { DESCRIPTIVE, TASK_QUALITY, isContentWord, isVerbAfterPlural } from "./word-classes";
import { type PaperContext, joinable } from "./context";
import { isStopPhrase, lookup } from "./lexicon";
import { isEnglishWordOfKind, lowerCaseButAcronyms } from "./nlp";

/** Modifiers that say how, how well or in which setting, not on what ("zero-shot", "effective", "medium-range"), and verbs ("parallelize"). */
// ... and counts: "a billion-frame robotic grasping dataset", "1M-sample"; and what a model's size counts:
// "a 7B parameter math reasoning model".
const NOT_DOMAIN = /^param(?:eter)?s?$|^(?:\d[\d.,]*[kmbt]?|hundred|thousand|million|billion|trillion)-|(?:ive|ous|ful|able|ible|less|ed|ing|ize|izes|ly|est|shot|turn|step|stage|level|scale|based|free|aware|-range|-term|-horizon|-context|-form|-grained)$|^well-|^(?:driven|given|known|taken|chosen|hidden|broken|frozen|proven|shown|grown|drawn|coherent|consistent|fluent|intelligent|independent|dependent|persistent|global|local|original|internal|external|formal|normal|minimal|maximal|optimal|several|real|novel|joint|open|closed|single|full|partial|robust|simple|hard|easy|long|short|correct|incorrect|complete|incomplete|cheap|public|private|agile|safe|safer|cheaper|better|faster|easier|harder|larger|smaller|longer|shorter|stronger|weaker|broader|finer|richer|deeper|wider|noisy|clean|raw|rich|fine|coarse|back|up|down|out|off|away)$/;
// Where a task is done, a preposition and a place: "in-hospital mortality prediction" (an -al
// ending though it has, "hospital" is the noun).
const PLACE_SETTING = /^(?:in|on|off)-\p{Ll}+$/u;
/** Domain adjectives ("clinical", "biomedical"): a domain only before a noun that says on what ("clinical note summarization"). */
const ADJECTIVE = /(?:al|ic|ar)$/;
// ... except the adjectives of a field of study or practice, which narrow a task as its noun
// would: "medical video understanding", "clinical trial recommendation", "agricultural remote
// sensing" are tasks of their fields (not "general", "logical", "dynamic": how, not where).
const FIELD_ADJECTIVE = new Set(
  (
    "medical clinical biomedical surgical radiological pathological pharmaceutical legal financial " +
    "scientific chemical biological molecular genomic educational agricultural industrial geospatial " +
    "astronomical musical architectural archaeological historical political ecological environmental"
  ).split(" "),
);
const NOUN_TAG = /^(?:Singular|Uncountable)$/;
// "3D", "2D": the dimension a task works in.
const DIMENSION = /^[1-4]D$/;

/** A word that can name the domain of a task, in the case the task is written in; `adjacent` words must be nouns. */
// A setting fixed in a hyphenated compound narrows the task as a domain does: "class-conditional
// image generation", "semi-supervised segmentation" (not "zero-shot": papers name the task without
// it as often as with it). The tokenizer splits "-based" and "-guided" off (text.ts), so no token
// ends so; "-based" is rejoined for input kinds only (inputCompoundStart).
const SETTING = /^[a-z]+-(?:conditional|supervised)$/;

// The modalities a task works across narrow it as a domain noun does, adjectives though they are:
// "audio-visual deception detection", "multimodal trajectory prediction", "egocentric video
// question answering", "cross-lingual summarization".
const MODALITY = /^(?:multi-?modal|cross-modal|audio-?visual|visual-tactile|egocentric|multilingual|cross-lingual|multi-?view)$/;

// An acronym names what a task works on as a noun does: "HPV status classification", "EEG
// signal classification", "SOAP note generation". Not a class of models ("LLM", in the
// stoplist) or a name the lexicon knows ("GPT", "BERT"): those are the system, not the domain.
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,4}$/u;

/** Whether token `i` is an acronym naming the domain of the lower-case task that follows it. */
export function isDomainAcronym(ctx: PaperContext, i: number): boolean {
  const word = ctx.tokens[i]!.text;
  const next = ctx.tokens[i + 1]?.text ?? "";
  return next === next.toLowerCase() && ACRONYM.test(word) && !DIMENSION.test(word) && !isStopPhrase(ctx.lexicon, word) && lookup(ctx.lexicon, word) === undefined;
}

// Nouns spelled like participles: "quadruped locomotion", "speed estimation", "seed selection";
// and the legged bodies, adjectives though some are: "quadrupedal locomotion", "legged locomotion".
const LEGGED_BODY = /^(?:(?:quadru|bi|hexa)ped(?:al)?|legged)$/;
function isNounInEd(lower: string): boolean {
  return lower.endsWith("ed") && (LEGGED_BODY.test(lower) || isEnglishWordOfKind(lower, NOUN_TAG));
}

function isDomainWord(word: string, titleCase: boolean, adjacent: boolean): boolean {
  if (DIMENSION.test(word) || SETTING.test(word.toLowerCase())) return true;
  const lower = word.toLowerCase();
  if (MODALITY.test(lower) && (titleCase ? /^\p{Lu}/u.test(word) : word === lower)) return true;
  if (titleCase ? !/^\p{Lu}\p{Ll}+$/u.test(word) : word !== lower) return false;
  // An -al/-ic/-ar noun is a noun all the same: "fabric defect detection", "traffic sign recognition".
  if (LEGGED_BODY.test(lower)) return true;
  if (!isContentWord(lower) || DESCRIPTIVE.has(lower) || (NOT_DOMAIN.test(lower) && !isNounInEd(lower)) || TASK_QUALITY.test(lower) || (adjacent && ADJECTIVE.test(lower) && !FIELD_ADJECTIVE.has(lower) && !PLACE_SETTING.test(lower) && !isEnglishWordOfKind(lower, NOUN_TAG))) return false;
  return !/s$/.test(lower) || /(?:ss|us|is|ics)$/.test(lower); // "images captioning" is no phrase; "physics" is
}

// "these factors complicate trajectory planning": a verb's base form after a plural subject.
// A domain word is a noun, and no noun follows an adverb: "to formally guarantee collision
// avoidance" (the domain walk already stops at adjectives).
function isVerbAfterPluralOrAdverb(previous: string, word: string): boolean {
  if (/^\p{Ll}{3,}ly$/u.test(previous) && !/(?:ply|bly|ily)$/.test(previous)) return true;
  return isVerbAfterPlural(previous, word);
}

// What a task's input is made of, before "-based": "event-based depth estimation", "skeleton-based
// action recognition". A method before it says how, not on what ("diffusion-based inpainting").
// So is the input that drives, conditions or guides it: "audio-driven character animation",
// "text-conditioned motion generation", "vision-guided locomotion" (papers on it are a community of their own).
const INPUT_KIND = /^(?:event|skeleton|video|image|audio|text|speech|music|language|script|sketch|vision|lidar|camera|radar|sensor|tactile|eeg|ecg|emg|mri|imu|point|voxel|mesh|graph-structured|table|knowledge|document)$/;
const INPUT_SUFFIX = /^(?:based|driven|conditioned|guided)$/;

/** The index of "event" when tokens[i] is the "based" of "event-based" (or "driven", "conditioned"), an input kind fused by a hyphen; else -1. */
function inputCompoundStart(ctx: PaperContext, i: number): number {
  if (!INPUT_SUFFIX.test(ctx.tokens[i]!.text) || !followsHyphen(ctx, i) || ctx.claimed[i - 1]) return -1;
  return INPUT_KIND.test(ctx.tokens[i - 1]!.text.toLowerCase()) ? i - 1 : -1;
}

/**
 * The first token of the task phrase that ends with the known task at tokens [from, ...):
 * up to `maxWords` free domain words joined to it ("clinical note" + "summarization").
 */
export function domainStart(ctx: PaperContext, from: number, maxWords = 2): number {
  const titleCase = /^\p{Lu}/u.test(ctx.tokens[from]!.text) && ctx.tokens[from]!.start < ctx.titleEnd;
  let start = from;
  while (start > from - maxWords && start > 0 && !ctx.claimed[start - 1] && joinable(ctx, start - 1, start) && ctx.text[ctx.tokens[start - 1]!.end] === " ") {
    // "event-based depth estimation": the tokenizer splits "-based" off; the compound is one setting word.
    const based = inputCompoundStart(ctx, start - 1);
    // "-guided" says what steers the task itself, so only right before it: "vision-guided
    // locomotion", but "vision-guided quadruped motion control" is quadruped motion control.
    if (based >= 0 && (start === from || ctx.tokens[start - 1]!.text !== "guided")) {
      start = based;
      continue;
    }
    // Any other suffix the tokenizer split off is half a word: "Step-Wise Formal Verification" has no "Wise" setting.
    if (followsHyphen(ctx, start - 1)) break;
    if (!isDomainWord(ctx.tokens[start - 1]!.text, titleCase, start === from) && !isDomainAcronym(ctx, start - 1)) break;
    // "for real world 3D reconstruction": the real-world setting without its hyphen, no domain.
    if (isRealWorld(ctx, start - 1)) break;
    // "could evade malware detection", "to reinforce visual grounding": a verb by its place (chunk.ts);
    // so is a verb's base form after a plural or an adverb.
    if (start >= 2 && (isVerbByPosition(ctx, start - 1) || isVerbAfterPluralOrAdverb(ctx.tokens[start - 2]!.text, ctx.tokens[start - 1]!.text))) break;
    start--;
    // The modality opens the task's name: "resection multimodal image registration" is no task.
    if (MODALITY.test(ctx.tokens[start]!.text.toLowerCase())) break;
  }
  return start;
}

function isRealWorld(ctx: PaperContext, i: number): boolean {
  return /^worlds?$/i.test(ctx.tokens[i]!.text) && /^real$/i.test(ctx.tokens[i - 1]?.text ?? "");
}

/**
 * Whether token i is joined to the word before it by a hyphen, no space: a suffix the tokenizer
 * split off ("-wise", "-based"). (chunk.ts's isSplitSuffix asks more: whether the word before is a name.)
 */
function followsHyphen(ctx: PaperContext, i: number): boolean {
  const before = ctx.tokens[i - 1];
  return before !== undefined && before.end + 1 === ctx.tokens[i]!.start && ctx.text[before.end] === "-";
}

/** The narrower task's name: lower case, dimensions and acronyms kept ("3D visual grounding", "SAR ship detection"). */
export function domainTaskName(ctx: PaperContext, start: number, end: number): string {
  return lowerCaseButAcronyms(ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[end - 1]!.end).replace(/\s+/g, " "));
}
