// A POS-free noun-phrase chunker: maximal runs of adjacent lower-case content words, cut at
// closed-class words (determiners, pronouns, prepositions, conjunctions, auxiliaries, the
// verbs abstracts use most), adverbs and tokens other rules already claimed. Cheap enough
// for every sentence of every abstract, unlike a parser (see nlp.ts).

import { type PaperContext, joinable } from "./context";
import { isEnglishWord, isEnglishWordOfKind } from "./nlp";
import { isAndOr, isSpaceCode } from "./text";

// Closed-class words and the commonest verbs of abstracts: never inside a term.
const CLOSED_CLASS = new Set(
  (
    "a an the this that these those two three four five six seven eight nine ten our their its his her my your we they it us them he she one own " +
    "is are was were be been being has have had do does did can could may might will would shall should must " +
    "of in on for to from with by via at as into onto over under through between among across within without " +
    "about against upon toward towards during after before beyond than per and or but nor not no so yet unlike " +
    "throughout alongside amid amongst beneath besides whereby wherein " +
    "which who whom whose where when while how what why if whether both either neither each every all any " +
    "although though despite because since unless whereas whilst " +
    "some many much more most less least few several other another same such only also even very here there " +
    "thus hence thereby however still further then e.g i.e etc up out well often always never first second " +
    "new novel propose proposes proposed introduce introduces present presents show shows shown use uses used " +
    "using achieve achieves achieved enable enables enabled improve improves require requires provide provides " +
    "make makes allow allows remain remains yield yields outperform outperforms perform performs lead leads " +
    "support supports lack lacks drive drives strengthen strengthens boost boosts enhance enhances facilitate " +
    "facilitates hinder hinders limit limits affect affects ensure ensures guide guides promote promotes " +
    "benefit benefits address addresses tackle tackles study studies explore explores investigate investigates " +
    "leverage leverages exploit exploits combine combines integrate integrates incorporate incorporates adopt " +
    "adopts apply applies employ employs train trains evaluate evaluates rely relies need needs aim aims seek " +
    "seeks fail fails help helps let lets unify unifies simplify simplifies reduce reduces increase increases " +
    "conduct conducts handle handles exhibit exhibits supervise supervises utilize utilizes utilise utilises " +
    "amplify amplifies made revisit revisits dominate dominates dominated transformed track tracks measure " +
    "measures report reports obtain obtains attain attains reach reaches surpass surpasses match matches maintain " +
    "maintains preserve preserves retain retains capture captures learn learns generate generates produce " +
    "produces predict predicts optimize optimizes solve solves demonstrate demonstrates reveal reveals suggest " +
    "suggests indicate indicates find finds observe observes accelerate accelerates cause causes prevent " +
    "prevents mitigate mitigates avoid avoids involve involves consider considers focus focuses extend extends contain contains " +
    "automate automates empower empowers realize realizes realise realises refine refines disrupt disrupts include includes " +
    "alleviate alleviates concerning regarding including excluding detect detects emulate emulates mimic mimics imitate imitates replicate replicates " +
    "undergo undergoes underwent undergone " +
    // Past tenses that are never an adjective before a noun: "space analysis revealed low similarity".
    "revealed showed demonstrated indicated suggested yielded outperformed surpassed exhibited highlighted confirmed"
  ).split(" "),
);

/** Words that say how well, how much or how new, not what: dropped from the front of a term. */
export const DESCRIPTIVE = new Set(
  (
    "efficient accurate robust fast faster reliable useful scalable controllable faithful high-quality low-cost static " +
    "complex challenging difficult downstream various diverse different general generic real-world practical " +
    "existing standard multiple better improved effective simple key main final overall joint large-scale " +
    "fine-grained end-to-end step-by-step precise strong powerful competitive superior significant substantial " +
    "traditional conventional typical current recent prior previous modern popular common specific particular " +
    "additional extensive comprehensive successful stable naive vanilla full whole entire underlying " +
    "corresponding respective certain critical crucial important essential fundamental natural subsequent " +
    "future direct explicit implicit automatic automated manual human-like appropriate excessive careful " +
    "innovative intrinsic quantitative qualitative proper suitable desired optimal promising unified holistic " +
    "thorough rigorous systematic detailed preliminary empirical theoretical limited poor high low higher " +
    "lower small large big long short wide broad deep shallow exhaustive inefficient insufficient " +
    "intermediate commensurate in-depth latest newest new next further other such more cheaper slower easier " +
    "simpler safer stronger weaker richer poorer tighter denser sparser smoother finer coarser greater fewer " +
    "realistic productive simultaneous genuine sufficient inaccurate initial independent equitable principled " +
    "rapid tight reasonable meaningful plausible correct incorrect valid invalid flexible seamless " +
    "trustworthy compact earlier later two three four five six seven eight nine ten eleven twelve " +
    "twenty thirty hundred thousand dozen dozens given state-of-the-art impressive remarkable notable " +
    "versatile lightweight accessible generalizable high-fidelity larger smaller intuitive coherent " +
    "photorealistic photoreal ultra-efficient ultra-precise unreliable perfect near-perfect lowest highest " +
    "best worst largest smallest fastest slowest strongest weakest greatest flawed non-trivial nontrivial trivial " +
    "proficient dedicated sophisticated elaborate unprecedented high-level advanced basic single external " +
    "complementary strict fixed adaptable interpretable time-efficient mainstream widespread moderate " +
    "distinct performant deeper broader wider clearer actual alternative easy contemporary classic definite " +
    "disparate subpar suboptimal sub-optimal inadequate unsatisfactory mediocre deficient substandard " +
    "ineffective imprecise inferior excellent outstanding exceptional satisfactory adequate mere longer shorter aggressive real-life off-the-shelf"
  ).split(" "),
);

// A plural or a verb's -s rarely modifies a noun; these do: "time series", "robotics", "news";
// and a singular noun in -ias is no plural ("bias", "alias").
const S_MODIFIER_OK = /(?:ss|us|is|ias|ics|series|species|news)$/;

/** A lower-case plural (or a verb's -s): "applications", "factors"; not "series", "robotics", "class". */
export function isPluralWord(word: string): boolean {
  return word.endsWith("s") && !S_MODIFIER_OK.test(word);
}

/**
 * "applications include detection", "these factors complicate trajectory planning": a verb's
 * base form after a plural is the clause's verb, never a word of a term.
 */
export function isVerbAfterPlural(previous: string, word: string): boolean {
  return isPluralWord(previous) && !NOT_A_PLURAL.test(previous) && isBaseFormWord(word);
}
// Words in -s that are no plural subject: "such as state prediction", "that utilizes question prompting".
const NOT_A_PLURAL = /^(?:as|has|was|does|its|his|hers|yes|whereas|perhaps|always|sometimes)$|^\p{Ll}{3,}(?:ifies|i[sz]es|y[sz]es)$/u;

/**
 * A verb's base form, by compromise's lexicon or by its -ify, -ize/-ise or -yze/-yse ending where the
 * dictionary does not know it ("benchmarks oversimplify grounding", "to analyze remote sensing imagery").
 */
function isBaseFormWord(word: string): boolean {
  return hasVerbEnding(word) || isEnglishWordOfKind(word.toLowerCase(), INFINITIVE);
}

/** VERB_ENDING, asked only of words long enough that end in "y" or "e" (the chunker asks it of most words). */
function hasVerbEnding(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return word.length >= 6 && (last === 121 || last === 101) && VERB_ENDING.test(word);
}
const VERB_ENDING = /^\p{Ll}{3,}(?:ify|i[sz]e|y[sz]e)$/u;

/** A run of adjacent content words, as token indexes [from, to) and lower-cased words. */
export interface Run {
  from: number;
  to: number;
  words: string[];
}

/** A function word or one of the verbs of a paper's own sentences ("that", "despite", "facilitates"). */
export function isClosedClassWord(lower: string): boolean {
  return CLOSED_CLASS.has(lower);
}

/** A word that may sit inside a term: lower case (a sentence may capitalise its first word), no closed-class word, no adverb. */
export function isContentWord(word: string, sentenceStart = false): boolean {
  const lower = sentenceStart ? word.charAt(0).toLowerCase() + word.slice(1) : word;
  if (!isLowerCaseWord(lower) || lower.length < 2) return false;
  // endsWith and includes before the patterns: the chunker asks this of nearly every token.
  return !CLOSED_CLASS.has(lower) && !lower.endsWith("ly") && !(lower.includes("-") && /-(?:and|or|to|by|of)-/.test(lower));
}

/** /^[a-z][a-z0-9-]*$/ as a loop over character codes (the chunker asks it of nearly every token). */
function isLowerCaseWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!(first >= 97 && first <= 122)) return false;
  for (let k = 1; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45)) return false;
  }
  return true;
}

/**
 * True when tokens[i] opens a sentence or the title: it starts the text, or the three
 * characters before it end with a line break or with . ! ? : and spaces. Read character by
 * character (the chunker asks this of most tokens).
 */
export function opensSentence(ctx: PaperContext, i: number): boolean {
  const { text } = ctx;
  const start = ctx.tokens[i]!.start;
  if (start === 0 || text[start - 1] === "\n") return true;
  const from = Math.max(0, start - 3);
  let k = start - 1;
  while (k >= from && isSpaceCode(text.charCodeAt(k))) k--;
  return k < start - 1 && k >= from && ".!?:".includes(text[k]!);
}

/** Whether token `i` is in the title, where every word is capitalised, or opens a sentence. */
export function isCapitalisedByPosition(ctx: PaperContext, i: number): boolean {
  return ctx.tokens[i]!.start < ctx.titleEnd || opensSentence(ctx, i);
}

// A subject or a modal the chunker cannot see past: the word after it is the clause's verb
// ("we target image reconstruction", "attacks could evade malware detection").
const SUBJECT_OR_MODAL = /^(?:we|they|it|which|who|can|cannot|could|may|might|must|should|would|will)$/i;

// Verbs followed by a bare infinitive: "help advance", "helps reduce".
const HELP = /^(?:help|helps|helped|helping)$/i;
// Adverbs between a subject and its verb: "We first extract dense optical flow", "designs often compromise ...".
const SUBJECT_ADVERB = /^(?:first|then|also|further|additionally|subsequently|directly|jointly|simply|explicitly|still|now|instead|thus|often|usually|typically|generally|always|never|rarely|frequently|commonly)$/i;

/**
 * Token `i` is a verb by the words before it: after "we" or a modal ("we target image
 * reconstruction"), after "we first", or a verb's base form after "to" ("to reinforce visual
 * grounding"; compromise's lexicon says which words are base forms).
 */
export function isVerbByPosition(ctx: PaperContext, i: number): boolean {
  if (isVerbAfterSubject(ctx, i)) return true;
  const before = ctx.tokens[i - 1]?.text ?? "";
  // ... and a base form after such an adverb whatever the subject: "variability ... further complicate accurate estimation".
  if (SUBJECT_ADVERB.test(before)) return isBaseForm(ctx, i);
  // "to successfully complete navigation tasks", "to possibly evade detection": after "to" and an
  // adverb, a word of any kind is the verb.
  if (isAdverbWord(before) && isTo(ctx.tokens[i - 2]?.text ?? "")) return true;
  if (!isBaseForm(ctx, i)) return false;
  // "to help advance scientific discovery": help takes a bare infinitive.
  if (HELP.test(before)) return true;
  // "Diffusion models offer diverse motion synthesis": a base form after a plural subject.
  if (isVerbAfterPlural(before, ctx.tokens[i]!.text) && ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start) === " ") return true;
  // "To distinguish planning from ...": an infinitive.
  return isTo(before) || (isAndOr(before) && closesInfinitiveList(ctx, i - 2));
}

/** "to" in any case (/^to$/i, as a comparison). */
export function isTo(word: string): boolean {
  return word.length === 2 && (word === "to" || word.toLowerCase() === "to");
}

/**
 * Token `i` is the verb of a subject pronoun or a modal, right after it or after an adverb: "we
 * resolve conflicts", "can successfully complete long-horizon navigation tasks".
 */
export function isVerbAfterSubject(ctx: PaperContext, i: number): boolean {
  const before = ctx.tokens[i - 1]?.text ?? "";
  if (isSubjectOrModal(before)) return true;
  return (SUBJECT_ADVERB.test(before) || isAdverbWord(before)) && isSubjectOrModal(ctx.tokens[i - 2]?.text ?? "");
}

/** SUBJECT_OR_MODAL, whose words have 2-6 letters: the length first. */
export function isSubjectOrModal(word: string): boolean {
  return word.length >= 2 && word.length <= 6 && SUBJECT_OR_MODAL.test(word);
}

// compromise's lexicon lists few adverbs in -ly ("only"); the -ly words it knows are mostly
// nouns, adjectives and verbs ("anomaly", "early", "apply", "rely").
export const ADVERB_TAG = /^Adverb$/;

/** "successfully", "highly": an adverb, by its ending, unless compromise knows the word as another kind ("apply", "family"). */
export function isAdverbWord(word: string): boolean {
  // The ending first: the chunker asks this of most words.
  return word.endsWith("ly") && /^\p{Ll}{3,}ly$/u.test(word) && (!isEnglishWord(word) || isEnglishWordOfKind(word, ADVERB_TAG));
}

function isBaseForm(ctx: PaperContext, i: number): boolean {
  return isBaseFormWord(ctx.tokens[i]!.text);
}

/**
 * "ways to generate, evaluate, and control multi-step reasoning": the verbs before "and", back to
 * "to", are base forms listed with commas, so the word after "and" is a verb too.
 */
function closesInfinitiveList(ctx: PaperContext, last: number): boolean {
  for (let k = last; k >= 1 && k > last - 4; k--) {
    if (!isBaseForm(ctx, k)) return false;
    if (ctx.tokens[k - 1]!.text === "to") return true;
    if (!/^,\s*$/.test(ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start))) return false;
  }
  return false;
}

// How a task is done, not which task: "safe navigation", "real-time navigation", "transferable
// prediction", and a preposition before one ("tasks like emotion recognition").
export const TASK_QUALITY = /^(?:safe|real-time|transferable|general-purpose|like|unlike)$/;

/** "CTC-based", "(LLM)-based": a suffix the tokenizer split off a name is no word of a term. */
function isSplitSuffix(ctx: PaperContext, i: number): boolean {
  const token = ctx.tokens[i]!;
  const previous = ctx.tokens[i - 1];
  if (ctx.text[token.start - 1] !== "-") return false;
  // "large language model (LLM)-based navigation": the suffix of a bracketed acronym.
  if (ctx.text[token.start - 2] === ")") return true;
  if (!previous || previous.end !== token.start - 1) return false;
  return ctx.claimed[i - 1] === 1 || !isContentWord(previous.text);
}

/** Maximal runs of free, adjacent content words: the chunker's noun phrases. */
export function chunkRuns(ctx: PaperContext): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const text = ctx.tokens[i]!.text;
    const adjacent = run !== undefined && run.to === i && joinable(ctx, i - 1, i);
    if (ctx.claimed[i] || isSplitSuffix(ctx, i) || !isContentWord(text, !adjacent && opensSentence(ctx, i))) {
      run = undefined;
      continue;
    }
    if (run && adjacent) {
      run.to = i + 1;
      run.words.push(text.toLowerCase());
    } else {
      run = { from: i, to: i + 1, words: [text.toLowerCase()] };
      runs.push(run);
    }
  }
  return runs;
}

/**
 * The phrase a run ends with, shaped like a term: a trailing "tasks" dropped ("image
 * classification tasks"), at most `maxWords` words, leading descriptions and gerunds dropped
 * ("efficient", "improving") after a cut at a plural or a verb's -s ("pipeline accelerates video generation").
 */
export function trimRun(run: Run, maxWords: number): Run {
  let { from, to, words } = run;
  if (words.length > 2 && /^(?:tasks?|problems?)$/.test(words.at(-1)!)) {
    words = words.slice(0, -1);
    to--;
  }
  words = words.slice(-maxWords);
  from = to - words.length;
  let plural = words.length - 2;
  while (plural >= 0 && !isPluralWord(words[plural]!)) plural--;
  // "a framework combining dense article retrieval": a verb's -ing inside the run opens a clause.
  let gerund = words.length - 2;
  while (gerund > plural && gerund > 0 && !isClauseGerund(words[gerund]!)) gerund--;
  let cut = Math.max(plural, gerund > 0 ? gerund : -1);
  if (cut >= 0 && cut === plural && cut < words.length - 2 && isVerbAfterPlural(words[cut]!, words[cut + 1]!)) cut++;
  if (cut >= 0) {
    words = words.slice(cut + 1);
    from += cut + 1;
  }
  while (words.length > 1 && isLeadingDescription(words[0]!, words.length)) {
    words = words.slice(1);
    from++;
  }
  return { from, to, words };
}

// Gerunds that name things ("machine learning pipeline", "image processing"): never a verb inside a term.
const NOMINAL_GERUND = /^(?:learning|training|referring|pretraining|processing|modell?ing|reasoning|understanding|planning|matching|tracking|mapping|sensing|computing|programming|encoding|decoding|prompting|tuning|fine-tuning|rendering|editing|parsing|answering|grounding|forecasting|scaffolding|docking|captioning|engineering|mining|sampling|clustering|ranking|filtering|routing|scheduling|searching|finding|driving|writing|coding|testing|imaging|printing|manufacturing|building|speaking|hearing|listening|reading|following|making|solving|thinking|cooking|cleaning|packing|grasping|walking|running|swimming|flying|landing|parking|shipping|trading|banking|lending|marketing|advertising|nursing|screening|staging|dating|ring|string|spring|king|thing|nothing|something|anything|everything)$/;

/** An -ing word that names no thing: a verb's participle ("demonstrating", "achieving"), whatever compromise knows. */
export function isVerbParticiple(word: string): boolean {
  return /^\p{Ll}{3,}ing$/u.test(word) && !NOMINAL_GERUND.test(word);
}

/** An -ing word inside a run that compromise knows as a verb's gerund and that names no thing. */
function isClauseGerund(word: string): boolean {
  return word.endsWith("ing") && !NOMINAL_GERUND.test(word) && isEnglishWordOfKind(word, GERUND);
}

// Gerunds that name a technique of the field, not an action of the sentence: they open a term
// ("poisoning attacks", "denoising autoencoder", "watermarking schemes"), where "improving
// accuracy" or "learning rate" does not.
const TECHNIQUE_GERUND = /^(?:poisoning|jailbreaking|watermarking|fingerprinting|denoising|inpainting|outpainting|hashing|pooling|masking|unlearning|pruning|dithering)$/;

// The second half of a compound written without its hyphen: "world model based planning" (the
// first half taken by a known term) leaves "based planning", which names nothing.
const COMPOUND_TAIL = /^(?:based|driven|guided|aware|oriented|centric|conditioned|free)$/;

// A module function, not a closure in trimRun: tsx names every closure it creates (keepNames),
// which costs more than the test itself on this hot path.
/**
 * "efficient", "improving", a verb in -ize ("regularize", "minimize": the run began at the
 * verb of its clause), and "improved" or "real-time" before two more words: a description, not a term word.
 */
function isLeadingDescription(word: string, length: number): boolean {
  return DESCRIPTIVE.has(word) || COMPOUND_TAIL.test(word) || (/^[a-z]+ing$/.test(word) && !TECHNIQUE_GERUND.test(word)) || /^[a-z]{3,}izes?$/.test(word) || ((/^[a-z]+ed$/.test(word) || TASK_QUALITY.test(word)) && length > 2);
}

// compromise's tags, as constants: nlp.ts keeps the words of each kind by the pattern object.
const INFINITIVE = /^Infinitive$/;
const GERUND = /^Gerund$/;
