// Word classes read from a word alone (or with the word before it): closed-class words,
// descriptions, plurals, base forms, adverbs, participles and the gerunds that name things.
// The chunker (chunk.ts) cuts its runs at them and the scans test their own words against
// them; they live apart from the chunker because none reads a paper's tokens or positions.

import { isEnglishWord, isEnglishWordOfKind } from "./nlp";

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
export function isBaseFormWord(word: string): boolean {
  return hasVerbEnding(word) || isEnglishWordOfKind(word.toLowerCase(), INFINITIVE);
}

/** VERB_ENDING, asked only of words long enough that end in "y" or "e" (the chunker asks it of most words). */
function hasVerbEnding(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return word.length >= 6 && (last === 121 || last === 101) && VERB_ENDING.test(word);
}
const VERB_ENDING = /^\p{Ll}{3,}(?:ify|i[sz]e|y[sz]e)$/u;

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

// A subject or a modal the chunker cannot see past: the word after it is the clause's verb
// ("we target image reconstruction", "attacks could evade malware detection").
const SUBJECT_OR_MODAL = /^(?:we|they|it|which|who|can|cannot|could|may|might|must|should|would|will)$/i;

/** "to" in any case (/^to$/i, as a comparison). */
export function isTo(word: string): boolean {
  return word.length === 2 && (word === "to" || word.toLowerCase() === "to");
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

// How a task is done, not which task: "safe navigation", "real-time navigation", "transferable
// prediction", and a preposition before one ("tasks like emotion recognition").
export const TASK_QUALITY = /^(?:safe|real-time|transferable|general-purpose|like|unlike)$/;

// Gerunds that name things ("machine learning pipeline", "image processing"): never a verb inside a term.
const NOMINAL_GERUND = /^(?:learning|training|referring|pretraining|processing|modell?ing|reasoning|understanding|planning|matching|tracking|mapping|sensing|computing|programming|encoding|decoding|prompting|tuning|fine-tuning|rendering|editing|parsing|answering|grounding|forecasting|scaffolding|docking|captioning|engineering|mining|sampling|clustering|ranking|filtering|routing|scheduling|searching|finding|driving|writing|coding|testing|imaging|printing|manufacturing|building|speaking|hearing|listening|reading|following|making|solving|thinking|cooking|cleaning|packing|grasping|walking|running|swimming|flying|landing|parking|shipping|trading|banking|lending|marketing|advertising|nursing|screening|staging|dating|ring|string|spring|king|thing|nothing|something|anything|everything)$/;

/** An -ing word that names no thing: a verb's participle ("demonstrating", "achieving"), whatever compromise knows. */
export function isVerbParticiple(word: string): boolean {
  return /^\p{Ll}{3,}ing$/u.test(word) && !NOMINAL_GERUND.test(word);
}

/** An -ing word inside a run that compromise knows as a verb's gerund and that names no thing. */
export function isClauseGerund(word: string): boolean {
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
export function isLeadingDescription(word: string, length: number): boolean {
  return DESCRIPTIVE.has(word) || COMPOUND_TAIL.test(word) || (/^[a-z]+ing$/.test(word) && !TECHNIQUE_GERUND.test(word)) || /^[a-z]{3,}izes?$/.test(word) || ((/^[a-z]+ed$/.test(word) || TASK_QUALITY.test(word)) && length > 2);
}

// compromise's tags, as constants: nlp.ts keeps the words of each kind by the pattern object.
const INFINITIVE = /^Infinitive$/;
const GERUND = /^Gerund$/;
