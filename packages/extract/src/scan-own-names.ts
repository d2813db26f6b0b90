// A paper's own names in shapes the name scan (scan-names.ts) leaves to the title-case reading:
// a Title-Compound mid-sentence ("Writing-Zero", "Klear-Reasoner"), one capitalised word in
// apposition ("Parrot, a multilingual assistant"), and a word with a point release ("Seedance 1.0").

import { isCapitalisedByPosition } from "./chunk";
import { type PaperContext, claim, tokenStartingAt } from "./context";
import { isStopPhrase, lookup } from "./lexicon";
import { type Token, spanIndexAt } from "./text";
import { isEnglishWord, isEnglishWordOfKind } from "./nlp";
import { isMarkedRelease, isTitleCompound, namesDevice } from "./names";
import { TASK_HEAD_WORD } from "./scan-cues";
import { typeFromAppositive, typeFromShape, TYPING_WINDOW } from "./typing";
import { typeFromContext } from "./context-typing";
import { opensWithCapital } from "./word-scan";

// "Section 3.2", "Table 1.1": document parts and versions of software are numbered, not named.
const NUMBERED_PART = /^(?:Industry|Web|Society|Apache|License|Licence|Section|Sections|Table|Tables|Figure|Figures|Fig|Eq|Equation|Theorem|Lemma|Appendix|Chapter|Version|Release|Step|Stage|Level|Phase|Part|Algorithm|Definition|Proposition|Corollary|Remark|Python|CUDA|Java|Android|iOS|Windows|Ubuntu|Linux|Vol|Volume)$/;
const POINT_RELEASE = /^\d+\.\d+$/;
const CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;
// Sentence openers: adverbs and participles ("Additionally, a ...", "Building on this, a ..."),
// and the connectives that end otherwise ("Nonetheless, the ...", "Moreover, a ...").
const OPENER = /(?:ly|ing|ed)$|^(?:However|Nonetheless|Nevertheless|Moreover|Furthermore|Therefore|Thus|Hence|Meanwhile|Instead|Overall|Otherwise|Still|Yet|Besides|Likewise|Indeed|Namely|Regardless|Then|Now|Here|Next|Further|Also|Thereby|Whereas|Although|Though|First|Second|Third|Fourth|Lastly|Finally|Together|Conversely|Consequently|Accordingly|Similarly|Ultimately|Altogether|Hitherto|Therein|Nowadays|Today|Afterwards|Meantime|Anyway|Again|Elsewhere)$/;
// Language pairs are settings, not names: "Hindi-English code-switching".
const LANGUAGE = /(?:^|-)(?:English|Chinese|Mandarin|Cantonese|Hindi|Spanish|French|German|Japanese|Korean|Arabic|Russian|Portuguese|Italian|Vietnamese|Thai|Indonesian|Turkish|Urdu|Bengali|Swahili|Dutch|Polish|Greek|Hebrew|Persian|Tamil|Telugu|Marathi)(?:-|$)/;
// The last word of a capitalised long form: "Alignment via Refinement, a novel method".
const INSIDE_TITLE_CASE = /\p{Lu}[\p{L}\p{N}-]*\s+(?:(?:via|of|for|and|with|to|in|on|the|from|by)\s+)?$/u;

// "Leveraging 1.46 million images": a number that counts is no release.
const COUNT_AFTER = /^\s*(?:thousand|million|billion|trillion|times|[kKmMbB]\b|%)/;
// Words that open a noun phrase or a clause, never the first word of a name.
const NOT_A_NAME_WORD = /^(?:The|This|That|These|Those|Our|Their|Its|His|Her|An?|With|For|In|On|At|By|From|Using|Via|And|Or|But|While|When|Unlike|Like|Both|Each|Every|All|New|Version|Release)$/;

/** "Matrix Game 2.0": the capitalised word right before a released name is the name's first word. */
function firstWordOfName(ctx: PaperContext, i: number): number {
  const previous = ctx.tokens[i - 1];
  if (!previous || ctx.claimed[i - 1] || ctx.text.slice(previous.end, ctx.tokens[i]!.start) !== " ") return i;
  const word = previous.text;
  if (!(CAPITALISED.test(word) || isTitleCompound(word)) || OPENER.test(word) || NOT_A_NAME_WORD.test(word) || NUMBERED_PART.test(word)) return i;
  return i - 1;
}

// Module functions rather than closures in the loop: tsx names every closure it creates
// (keepNames), which costs more than the slices on a loop over every capitalised token.
function textBefore(ctx: PaperContext, token: Token): string {
  return ctx.text.slice(Math.max(0, token.start - 40), token.start);
}

function textAfter(ctx: PaperContext, token: Token): string {
  return ctx.text.slice(token.end, token.end + TYPING_WINDOW);
}

export function scanOwnNames(ctx: PaperContext): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const token = ctx.tokens[i]!;
    // Every shape starts with a capital: most tokens leave here, before any slicing.
    if (ctx.claimed[i] || !opensWithCapital(token.text)) continue;
    const next = ctx.tokens[i + 1];
    // "Seedance 1.0", "Matrix-Game 2.0", "Comma v0.1-1T": a capitalised word or Title-Compound with a point release.
    if ((CAPITALISED.test(token.text) || isTitleCompound(token.text)) && next && !ctx.claimed[i + 1] && (POINT_RELEASE.test(next.text) || isMarkedRelease(next.text)) && ctx.text.slice(token.end, next.start) === " ") {
      const after = ctx.text.slice(next.end, next.end + TYPING_WINDOW);
      if (NUMBERED_PART.test(token.text) || lookup(ctx.lexicon, token.text) || OPENER.test(token.text) || COUNT_AFTER.test(after.slice(0, 12)) || namesDevice(after)) continue;
      const from = firstWordOfName(ctx, i);
      const name = ctx.text.slice(ctx.tokens[from]!.start, next.end);
      // The name before its release says its kind ("Rosario Dataset v2"), as it would without it.
      const type = typeFromShape(ctx.text.slice(ctx.tokens[from]!.start, token.end)) ?? typeFromContext(after, textBefore(ctx, ctx.tokens[from]!));
      claim(ctx, from, i + 2, { canonical: name, type, known: false, proposed: false, rule: "own-name" });
      i++;
    } else if (isTitleCompound(token.text) && token.start >= ctx.titleEnd && standsAlone(ctx, i) && !lookup(ctx.lexicon, token.text) && !isEnglishCompound(token.text) && !LANGUAGE.test(token.text)) {
      claim(ctx, i, i + 1, { canonical: token.text, type: typeFromShape(token.text) ?? typeFromContext(textAfter(ctx, token), textBefore(ctx, token)), known: false, proposed: false, rule: "own-name" });
    } else if (namesTechnique(ctx, i)) {
      const head = ctx.tokens[i + 1]!;
      claim(ctx, i, i + 2, { canonical: `${token.text} ${head.text.replace(/(?<=(?:tion|ing))s$/, "")}`, type: "method", known: false, proposed: false, rule: "own-name" });
      i++;
    } else if (isAgentRole(ctx, i)) {
      claim(ctx, i, i + 1, { canonical: token.text, type: typeFromContext(textAfter(ctx, token), textBefore(ctx, token)), known: false, proposed: false, rule: "own-name" });
    } else if (CAPITALISED.test(token.text) && (ctx.text[token.end] === "," || ctx.text.startsWith(" (", token.end)) && !OPENER.test(token.text) && !INSIDE_TITLE_CASE.test(textBefore(ctx, token)) && !lookup(ctx.lexicon, token.text) && isNounOrUnknown(token.text)) {
      const type = typeFromAppositive(textAfter(ctx, token));
      if (type) claim(ctx, i, i + 1, { canonical: token.text, type, known: false, proposed: false, rule: "own-name" });
    }
  }
}

// A technique named after a person or a construct: "Fisher merging", "Jacobian steering",
// "Bradley-Terry loss", "Hadamard transformations", "Gumbel-max watermark". A capitalised word
// mid-sentence before the lower-case head of a technique; not a language ("Chinese prompting").
const TECHNIQUE_HEAD = /^(?:merging|steering|loss|transformations?|watermark|watermarking|sampling|decoding|regularization|normalization|quantization|pruning|routing|interpolation|estimator|kernel|embedding|embeddings|encoding|encodings)$/;

function namesTechnique(ctx: PaperContext, i: number): boolean {
  const token = ctx.tokens[i]!;
  const next = ctx.tokens[i + 1];
  if (!next || ctx.claimed[i + 1] || !TECHNIQUE_HEAD.test(next.text) || ctx.text.slice(token.end, next.start) !== " ") return false;
  if (!/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}[\p{Ll}-]+)?$/u.test(token.text) || isCapitalisedByPosition(ctx, i) || LANGUAGE.test(token.text) || OPENER.test(token.text) || NOT_A_NAME_WORD.test(token.text)) return false;
  const previous = ctx.tokens[i - 1];
  // Part of a longer Title-Case name: "Sign-Consensus Merging", "Expert Choice routing".
  if (previous && opensWithCapital(previous.text) && /^[ \t]+$/.test(ctx.text.slice(previous.end, token.start)) && !isCapitalisedByPosition(ctx, i - 1)) return false;
  return !lookup(ctx.lexicon, token.text) && !lookup(ctx.lexicon, `${token.text} ${next.text}`);
}

// The roles a paper gives its agents or modules, capitalised mid-sentence as names: "a Coder that
// writes solutions and a Tester that writes unit tests", "using Dreamer and Grounder". An agent noun
// (-er, -or) said so at least twice; once, it is as often a word capitalised for emphasis or a product.
const AGENT_ROLE = /^\p{Lu}\p{Ll}{2,}(?:er|or)$/u;
const NOT_ROLE = /^(?:Another|Either|Neither|Other|Whether|However|Moreover|Further|Rather|Together|Under|Over|After|Paper|Number|Chapter|Center|Centre|Letter|Layer|Water|Computer|Monitor|Summer|Winter|September|October|November|December|Twitter|Docker|Jupyter|Flickr|Tumblr|Mentor|Doctor|Professor|Editor|Author|Reviewer|Order|Error|Factor|Vector|Sector|Tensor|Sensor|Color|Colour|Master|Poster|Server|Browser|Power|Tower|Border|Corner|Matter|Filter|Cluster|Parameter|Folder|Register)$/;

function isAgentRole(ctx: PaperContext, i: number): boolean {
  const token = ctx.tokens[i]!;
  if (!AGENT_ROLE.test(token.text) || NOT_ROLE.test(token.text) || isCapitalisedByPosition(ctx, i) || !standsAlone(ctx, i)) return false;
  // compromise tags people's roles (tester, planner) as actors: nouns too.
  if (lookup(ctx.lexicon, token.text) || !(isNounOrUnknown(token.text) || isEnglishWordOfKind(token.text.toLowerCase(), ACTOR_TAG))) return false;
  let said = 0;
  let alone = false;
  for (let k = 0; k < ctx.tokens.length; k++) {
    if (ctx.tokens[k]!.text !== token.text || isCapitalisedByPosition(ctx, k)) continue;
    said++;
    alone ||= ROLE_AFTER.test(ctx.text.slice(ctx.tokens[k]!.end, ctx.tokens[k]!.end + 12));
  }
  return said >= 2 && alone;
}

// A role is named on its own somewhere ("a Coder that writes", "Dreamer and Grounder."); a
// surname always modifies a noun ("Fisher information", "Fourier features").
const ROLE_AFTER = /^(?:\s*[,.;:)]|\s+(?:and|or|that|which|who|is|are|was|to|for|with|in|on|by|from|then|agent|module)\b)/;

// Heads of a component a paper names in Title Case mid-sentence: "Dynamic Token Halting",
// "Trajectory Match Reward", "Adaptive Matryoshka Quantization". The guidelines make a paper's
// capitalised components its own named entities; the head keeps phrases such as "Related Work" out.
const COMPONENT_HEAD = /^(?:Rewards?|Quantization|Fusion|Halting|Skipping|Matrix|Matrices|Prompt|Prompting|Attention|Pruning|Decoding|Sampling|Optimization|Policy|Module|Mechanism|Encoder|Decoder|Alignment|Distillation|Regularization|Augmentation|Tuning|Routing|Merging|Caching|Compression|Refinement|Filtering|Scheduling|Uncertainty|Masking|Tokenization|Tokenizer|Adapter|Embeddings?|Loss|Guidance|Replay|Rollout|Verification|Verifier|Critic|Router|Planner|Executor|Selector|Agent|Manager|Memory|Supervisor|Controller|Predictor|Estimator|Generator|Retriever|Evaluator|Scheduler|Monitor|Corrector|Reasoner|Aggregator|Reranker|Extractor|Summarizer|Discriminator)$/;
// A paper's named agents are models, as its released checkpoints are ("an Answer Agent", "a Memory Manager").
const AGENT_HEAD = /^(?:Agent|Manager)$/;
const TITLE_WORD = /^(?:\p{Lu}\p{Ll}+(?:-\p{L}+)*|\p{Lu}{2,3})$/u;

function isTitleWord(word: string): boolean {
  // A small ASCII letter or a digit first fails at once (most words): the pattern is asked of every token.
  const first = word.charCodeAt(0);
  if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) return false;
  return TITLE_WORD.test(word) && !/^(?:The|A|An|Our|This|These|We|In|On|For|With|By|And|Or|Of|To)$/.test(word);
}

/** A paper's components named in Title Case mid-sentence; runs before the lexicon, which would take "Quantization" alone. */
export function scanTitleCaseComponents(ctx: PaperContext): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const token = ctx.tokens[i]!;
    // After "two strategies:", the capital is the name's, not the colon's.
    if (ctx.claimed[i] || !isTitleWord(token.text) || (isCapitalisedByPosition(ctx, i) && !PARTS_COLON.test(textBefore(ctx, token)))) continue;
    const end = titleCaseRunEnd(ctx, i);
    if (end === i) continue;
    const type = AGENT_HEAD.test(ctx.tokens[end - 1]!.text) ? "model" : "method";
    const start = modifierStart(ctx, i);
    claim(ctx, start, end, { canonical: componentName(ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[end - 1]!.end)), type, known: false, proposed: false, rule: "own-name" });
    i = end - 1;
  }
}

const MODIFIER_SUFFIX = /^(?:aware|based|guided|driven|conditioned|level)$/;

/**
 * Where a run starts with the capitalised modifier before it, which the tokenizer split off:
 * "Depth-aware Adaptive Noise Compensation", "Anchor-based Temporal Propagation"; else i.
 */
function modifierStart(ctx: PaperContext, i: number): number {
  const [word, suffix] = [ctx.tokens[i - 2], ctx.tokens[i - 1]];
  if (!word || !suffix || !MODIFIER_SUFFIX.test(suffix.text) || ctx.claimed[i - 2] || ctx.claimed[i - 1]) return i;
  const joined = word.end === suffix.start - 1 && ctx.text[word.end] === "-" && ctx.text.slice(suffix.end, ctx.tokens[i]!.start) === " ";
  return joined && /^\p{Lu}/u.test(word.text) && !isCapitalisedByPosition(ctx, i - 2) ? i - 2 : i;
}

/** The text between two tokens (a module function: tsx names each closure it creates). */
function tokenGap(ctx: PaperContext, left: number, right: number): string {
  return ctx.text.slice(ctx.tokens[left]!.end, ctx.tokens[right]!.start);
}

// Only a space or a hyphen joins the words of a run: "Query-Level Uncertainty".
const JOINT = /^[ -]$/;
// What a run is part of when it follows these: a long form in brackets after its name ("GUI-RCPO
// (Region Consistency Policy Optimization)") or a longer Title-Case phrase ("Learning with Verifiable Rewards").
const INSIDE_LONGER = /(?:\(\s*|\p{Lu}[\p{L}\p{N}-]*\s+(?:via|of|for|and|with|to|in|on|the|from|by)\s+)$/u;

/**
 * The end of a run of 2 to 4 Title-Case words started at token i, mid-sentence, ending in a
 * component head, with no capitalised word right before or after it (a longer Title-Case
 * phrase is a heading or a long form); i when there is none.
 */
function titleCaseRunEnd(ctx: PaperContext, i: number): number {
  const previous = ctx.tokens[i - 1];
  if (previous && /^\p{Lu}/u.test(previous.text) && JOINT.test(tokenGap(ctx, i - 1, i))) return i;
  // After "and", a component just claimed makes a list of names, not one longer phrase.
  const listed = ctx.tokens[i - 1]?.text === "and" && ctx.claimed[i - 2] === 1;
  if (!listed && INSIDE_LONGER.test(textBefore(ctx, ctx.tokens[i]!))) return i;
  let end = i + 1;
  while (end < ctx.tokens.length && end - i < 5 && !ctx.claimed[end] && isTitleWord(ctx.tokens[end]!.text) && JOINT.test(tokenGap(ctx, end - 1, end))) end++;
  const next = ctx.tokens[end];
  const followedByCapital = next !== undefined && /^\p{Lu}/u.test(next.text) && JOINT.test(tokenGap(ctx, end - 1, end));
  if (end - i < 2 || end - i > 4 || followedByCapital || !(isComponentHead(ctx.tokens[end - 1]!.text) || PART_NOUN_AFTER.test(ctx.text.slice(ctx.tokens[end - 1]!.end, ctx.tokens[end - 1]!.end + 12)) || isEnumerated(ctx, i))) return i;
  const phrase = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[end - 1]!.end);
  // Known, or a generic phrase in capitals ("AI Agent").
  if (lookup(ctx.lexicon, phrase) || isStopPhrase(ctx.lexicon, phrase)) return i;
  return end;
}

// A run the noun of a part follows names that part, whatever its own head: "a Cross-modal Salient
// Anchor Identification module", "a local Gaussian Editing scheme".
const PART_NOUN_AFTER = /^\s+(?:modules?|blocks?|layers?|schemes?|mechanisms?|units?|branch(?:es)?|networks?)\b/;

// An item of an enumeration of the paper's parts: "(1) Initial Prompt Generation (2) Hard Preference
// Pair Generation", "two strategies: Background Token Pruning and Anchored Token Selection". Named
// so, a run is a part whatever its head: the list says what its items are.
// A numbered item counts only in a sentence that says the list is of parts ("consists of three
// stages: (i) ..."): numbers alone also list findings, challenges and tasks.
const ENUMERATION_MARK = /(?:^|\s)\((?:\d|i{1,3}|iv|v|vi)\)\s*(?:an?\s+|the\s+)?$/;
const PARTS = "(?:strateg(?:y|ies)|components?|modules?|stages?|phases?|steps?|techniques?|mechanisms?|innovations?|designs?|parts?|blocks?)";
const PARTS_COLON = new RegExp(`\\b${PARTS}\\s*:\\s*(?:\\((?:\\d|i{1,3})\\)\\s*)?(?:an?\\s+|the\\s+)?$`, "i");
const PARTS_INTRO = new RegExp(`\\b(?:${PARTS}|consists?\\s+of|comprises?)\\s*:`, "i");
// The next item of such a list: "..., Anchored Token Selection", "... and Anchored Token Selection".
const NEXT_ITEM = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:an?\s+|the\s+)?$/;

function isEnumerated(ctx: PaperContext, i: number, depth = 0): boolean {
  const before = textBefore(ctx, ctx.tokens[i]!);
  if (PARTS_COLON.test(before) || (ENUMERATION_MARK.test(before) && PARTS_INTRO.test(sentenceBefore(ctx, i)))) return true;
  // After an item of the list this rule claimed ("Visual Encoder, Temporal Aggregator, and ...").
  let previous = i - 1;
  while (previous > 0 && /^(?:and|an?|the)$/.test(ctx.tokens[previous]!.text)) previous--;
  if (depth > 6 || previous < 1 || !ctx.claimed[previous] || !NEXT_ITEM.test(ctx.text.slice(ctx.tokens[previous]!.end, ctx.tokens[i]!.start))) return false;
  const item = ctx.candidates.find((c) => c.rule === "own-name" && c.end === ctx.tokens[previous]!.end);
  if (!item) return false;
  const first = tokenStartingAt(ctx, item.start);
  return first > 0 && isEnumerated(ctx, first, depth + 1);
}

/** The text of token i's sentence before it. */
function sentenceBefore(ctx: PaperContext, i: number): string {
  const start = ctx.tokens[i]!.start;
  const sentence = ctx.sentences[spanIndexAt(ctx.sentences, start)];
  return ctx.text.slice(sentence?.start ?? Math.max(0, start - 300), start);
}

// A process a component performs, or the component that performs it, by its ending: "Hardness
// Weighting", "Memory Allocation", "Sample Recovery", "Dynamic Portrait Renderer", "Torso Restorer".
// A task's head ("Pose Estimation") names a task, not a component; NOT_A_PROCESS lists words of
// those endings that name neither: events, states, people, instruments.
const PROCESS_HEAD = /^\p{Lu}\p{Ll}{3,}(?:ing|tion|sion|ery|er|or)$/u;
const NOT_A_PROCESS = /^(?:Competition|Conditions?|Conditioning|Decision|Questions?|Position|Session|Version|Vision|Mission|Commission|Foundation|Information|Station|Nation|Population|Institution|Building|Thinking|Everything|Nothing|Something|Paper|Number|Center|Centre|Water|Computer|Order|Power|Other|Matter|Chapter|Letter|Winter|Summer|Corner|Border|Answer|Transfer|Error|Color|Colour|Factor|Vector|Tensor|Mirror|Floor|Door|Doctor|Author|Sector|Member|Partner|Customer|User|Player|Leader|Teacher|Worker|Speaker|Writer|Reader|Viewer|Driver|Rider|Owner|Manufacturer|Consumer|Provider|Developer|Engineer|Designer|Researcher|Officer|Master|Monster|Cancer|Disorder|Behavior|Behaviour|Humor|Humour|Motor|Actor|Anchor|Mentor|Sponsor|Tutor|Vendor|Visitor|Donor|Creator|Operator|Director|Editor|Inspector|Investor|Instructor|Professor|Doctor|Senator|Governor|Ambassador|Supercomputer|Collider|Reactor|Spectrometer|Laser|Satellite)$/;

function isComponentHead(word: string): boolean {
  return COMPONENT_HEAD.test(word) || (PROCESS_HEAD.test(word) && !NOT_A_PROCESS.test(word) && !TASK_HEAD_WORD.test(word.toLowerCase()));
}

/** The run as a name, its head in the singular as names are: "Contextual Co-occurrence Matrices" -> "... Matrix". */
function componentName(surface: string): string {
  return surface.replace(/Matrices$/, "Matrix").replace(/(?<=(?:Reward|Embedding))s$/, "");
}

// Word-forming prefixes: "Multi-Agent", "Self-Supervised", "Cross-Lingual" are compounds of English.
const PREFIX = /^(?:multi|self|cross|semi|inter|intra|pre|post|non|anti|co|meta|hyper|super|sub|over|under|out|re|de|mid|mono|poly|uni|bi|tri|auto|pseudo|quasi|counter|long|short|high|low|large|small|fine|coarse|zero|few|one|two|single|double|full|half)$/;

// A capitalised compound before these nouns is the modifier of a term: "Jensen-Shannon divergence", "Bradley-Terry model".
const MODIFIED_NOUN = /^\s+(?:divergence|distance|equations?|models?|loss|formulation|ranking|methods?|iteration|decomposition|operators?|theorem|inequality|bounds?|process|distribution|paradigm|setting|interactions?|collaboration|tasks?|pipelines?|systems?|frameworks?)\b/;
// Lower-case joints make a phrase, not a name: "Internet-of-Things", "Wizard-of-Oz", "End-to-End".
const PHRASE_JOINT = /-(?:of|to|in|on|and|the|for|with|a)-/;

/**
 * A capitalised compound that is its own name, not a piece of a Title-Case phrase ("Vision-Language
 * Models", "Human-Robot Interaction"), a phrase or the modifier of a term.
 */
function standsAlone(ctx: PaperContext, i: number): boolean {
  const token = ctx.tokens[i]!;
  if (PHRASE_JOINT.test(token.text) || /^(?:For|To|Of|In|On|At|By|With|From|And|Or|The|Not|No)-/.test(token.text)) return false;
  const next = ctx.tokens[i + 1];
  const previous = ctx.tokens[i - 1];
  if (next && startsWithCapital(next) && /^[ \t]+$/.test(ctx.text.slice(token.end, next.start))) return false;
  if (previous && startsWithCapital(previous) && /^[ \t]+$/.test(ctx.text.slice(previous.end, token.start)) && !isCapitalisedByPosition(ctx, i - 1)) return false;
  // "our Writing-Zero model": the paper's own name before the noun of its kind, where "the
  // Bradley-Terry model" is a term.
  return !MODIFIED_NOUN.test(ctx.text.slice(token.end, token.end + 30)) || (previous !== undefined && /^[Oo]ur$/.test(previous.text) && ctx.text.slice(previous.end, token.start) === " ");
}

function startsWithCapital(token: Token | undefined): boolean {
  return token !== undefined && opensWithCapital(token.text);
}

/** "Multi-Agent", "Open-Source", "Fine-Tuning": two everyday words capitalised, not a name. */
function isEnglishCompound(word: string): boolean {
  const parts = word.toLowerCase().split("-");
  // compromise's lexicon misses common nouns and knows "writing", so only a prefix, an adjective
  // ("Black-Box", "Medium-Range") or a month ("July-August") opening the compound is telling.
  return PREFIX.test(parts[0]!) || isEnglishWordOfKind(parts[0]!, MODIFIER_TAG);
}

/** "Parrot" may name a thing; "However", "Recently", "Building" open a sentence. */
function isNounOrUnknown(word: string): boolean {
  const lower = word.toLowerCase();
  return !isEnglishWord(lower) || isEnglishWordOfKind(lower, NOUN_TAG);
}

// compromise's tags, as constants: nlp.ts keeps the words of each kind by the pattern object.
const ACTOR_TAG = /^Actor$/;
const MODIFIER_TAG = /^(?:Adjective|Comparative|Superlative|Month)$/;
const NOUN_TAG = /^(?:Singular|Noun|Uncountable|ProperNoun)$/;
