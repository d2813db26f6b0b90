// Typing a name the lexicon does not know, from the evidence around it: its own shape
// (-PO, -Bench, a size), the head noun it modifies ("X benchmark"), the head of an
// appositive ("X, a novel framework") or of the long form it abbreviates.

import type { EntityType } from "./types";
import { UNITS, VENDORS } from "./names";

/**
 * How much text after a name its type is read from (characters): an appositive may run long
 * before its head ("JLSSD, the first 15-million-scale multi-temporal self-supervised learning
 * (SSL) dataset"), and the noun phrase ends at its own boundary words, not at the window.
 */
export const TYPING_WINDOW = 120;

/** Head nouns and the type they give the name they describe. */
export const HEAD_NOUNS: Record<string, EntityType> = {
  benchmark: "dataset", dataset: "dataset", corpus: "dataset", suite: "dataset", environment: "dataset",
  testbed: "dataset", leaderboard: "dataset", bench: "dataset", simulator: "dataset", collection: "dataset",
  set: "dataset", archive: "dataset", database: "dataset", repository: "dataset",
  framework: "method", method: "method", approach: "method", algorithm: "method", technique: "method",
  paradigm: "method", strategy: "method", reward: "method", objective: "method", loss: "method", mechanism: "method",
  pipeline: "method", recipe: "method", architecture: "method", module: "method", scheme: "method",
  procedure: "method", optimization: "method", learning: "method", training: "method", system: "method",
  optimizer: "method", watermark: "method", attack: "method", defense: "method", regularizer: "method", sampler: "method",
  // Software a paper releases is its method: "Columbo, an LLM-based solution", "PyRoki, a toolkit".
  solution: "method", tool: "method", toolkit: "method", toolbox: "method", library: "method", software: "method",
  solver: "method", planner: "method",
  model: "model", llm: "model", lvlm: "model", vlm: "model", mllm: "model", checkpoint: "model", agent: "model",
  backbone: "model", encoder: "model", decoder: "model", autoencoder: "model", detector: "model", classifier: "model",
  head: "model", family: "model", variant: "model", assistant: "model", chatbot: "model",
  // A named robot or device is a released system, as a checkpoint is ("iRonCub-Mk1, a jet-powered humanoid robot").
  robot: "model", humanoid: "model", quadruped: "model", drone: "model", device: "model", gripper: "model", prototype: "model",
  sensor: "model",
  // Named examples of a kind of trained network: "diffusion-based generators such as CDVAE, DiffCSP and MatterGen".
  generator: "model", predictor: "model",
  metric: "metric", score: "metric", measure: "metric", accuracy: "metric", error: "metric", distance: "metric",
  split: "dataset", datasets: "dataset", corpora: "dataset", benchmarks: "dataset", challenge: "dataset", game: "dataset",
  task: "task",
  // A problem a name poses is a task ("the uncapacitated facility location (UFL) problem"). In the
  // plural a name is as often a set whose items are counted ("Level 5 MATH problems") as a class
  // of tasks ("SAT problems"); typeFromHeadNoun reads only the singular (the plural too: one more
  // false positive on the tuned sets, none found).
  problem: "task",
};

/** Last words of a long form and the type they give ("Region Consistency Policy Optimization" -> method). */
const LONG_FORM_HEADS: [RegExp, EntityType][] = [
  // ... and the contests whose problems and data papers use: "Commonsense Persona-grounded Dialogue
  // Challenge (CPDC)", "International Planning Competition (IPC)", "International Mathematical Olympiad (IMO)".
  [/(?:benchmark|dataset|bench|suite|corpus|environment|arena|survey|test|challenge|competition|olympiad)s?$/i, "dataset"],
  // Analysis is a task ("Multimodal Sarcasm Analysis"), except the statistical methods named by it (PCA, LDA, CCA, TDA).
  [/(?<!(?:component|discriminant|correlation|factor|data|regression|semantic|variance|sensitivity|survival|cluster)\s)analysis$/i, "task"],
  // ... and every head of the task cues (scan-cues.ts) that names no method too: "Event Causality Identification".
  [/(?:generation|translation|understanding|recognition|navigation|recommendation|recommender systems?|detection|segmentation|classification|answering|summari[sz]ation|retrieval|grounding|forecasting|estimation|captioning|editing|parsing|extraction|intelligence|reasoning|vision|processing|discovery|prediction|planning|synthesis|tracking|localization|reconstruction|completion|manipulation|identification|imputation|counting|transcription|diarization|diagnosis|docking|scaffolding)$/i, "task"],
  // ... and the areas named by what people meet or see: "Human-Object Interaction (HOI)", "augmented reality (AR)";
  // and tasks named by their aim: "obstacle avoidance", "traffic accident anticipation", "Fine Grained Visual Categorization".
  [/(?:interaction|reality|avoidance|anticipation|categori[sz]ation)$/i, "task"],
  // ... and a problem a paper solves, by name ("Credit Assignment Problem (CAP)", "Multi-Pickup and
  // Delivery Problem with Time Windows (MPDPTW)"), and the tasks named by their own heads
  // ("visual-inertial odometry (VIO)", "Action Spotting (AS)", "Short Answer Scoring (SAS)",
  // "Video Virtual Try-On (VVT)", "radar resource management (RRM)").
  [/\bproblems?(?:\s+(?:with|of|in|for|on)\s+[\w\s-]+)?$|(?:odometry|spotting|scoring|try-?on|management|satisfiability)$/i, "task"],
  // A design named in capitals is a field's task; "a mixed reward function design (Mixed-Reward)" is a method's part.
  [/\bDesign$/, "task"],
  [/(?:score|rate|accuracy|error|metric|distance|similarity|precision|recall|factor|ratio|coefficient|correlation)s?$/i, "metric"],
  // ... and a rate of change named first: "rate-of-change-of-frequency (RoCoF)", "Rate of Penetration (ROP)".
  [/^rate[\s-]of[\s-]/i, "metric"],
  // A foundation model spelt out as a name is a released model: "Brain Graph Foundation Model (BrainGFM)"
  // (not the class, in lower case: "vision foundation models (VFMs)").
  [/\bFoundation Models?$/, "model"],
];

/** Shapes that say what a name is (GRPO, MedVidBench, Mixed-45K). */
const SHAPES: [RegExp, EntityType][] = [
  // Measures: micro-F1, NDCG@10, AP50, APr, ROUGE-L, BLEU-4, top-1.
  [/^(?:micro|macro|weighted|Micro|Macro)-?F1$|^\w+@(?:\d+|[kKnN])$|^m?AP(?:\d{2}|[SMLr]|_\w+)?$|^ROUGE-\w+$|^BLEU-\d$|^[Tt]op-\d+$/, "metric"],
  [/(?:PO|RL|GRPO|PPO|DPO|RLHF|RLVR|MCTS\*?|CoT|\+\+)$/, "method"],
  // Benchmarks: -Bench, -QA, 45K examples, a year (CoNLL-2003, VOC2012, BNCI2014-001 with its
  // numbered set), a corrupted copy (ImageNet-C).
  // ... a token count (CleanCrawl-2T).
  // ... with a version (MELABenchv1); but "Real-World" and "Open-World" are English: a world after a plain word and a hyphen names none.
  // ... or its head written into it (DyMesh Dataset, AgentWorld Dataset), also fused (Web-CogDataset).
  // ... a Gym environment's version (CartPole-v1, HalfCheetah-v4, Walker2d-v2).
  [/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+|\d+\p{Ll}*)*-v\d$/u, "dataset"],
  [/(?:Bench|bench|BENCH|Benchmark|[\s\p{Ll}]Dataset|[\s\p{Ll}]Corpus|Eval|EVAL|QA|Arena|Gym|(?<!^\p{Lu}\p{Ll}+-)World)(?:-\w+|v\d+(?:\.\d+)?)?$|-\d+(?:\.\d+)?[KkT]$|^\p{Lu}[\p{L}-]*\p{L}\d+K$|\p{L}[-_ ]?(?:19[89]\d|20[0-3]\d)(?: Task \d{1,2}| Shared Task|[-_]\d{3})?$|\p{L}{3,}-C$/u, "dataset"],
  // Checkpoints: a parameter count, a size tier (SegFormer-B2, ViT-B/16, Swin-L, Octo-Base, Whisper large-v3).
  // ... a depth and width (WideResNet-28-10), a point release (mPLUG-DocOwl 1.5, LLaDA-1.5).
  // ... or a name built on BERT (CheXbert, CEHR-BERT, DNABERT-2) or VLA (OpenVLA); not GPT, which methods borrow too (SelfCheckGPT).
  // ... a foundation model (BrainFM) or a Llama derivative (TaxoLLaMa), with a version (MARBERTv2).
  // ... or a Segment Anything derivative (EfficientSAM, MedSAM, Grounded-SAM); not ASAM or GSAM,
  // optimisers named after Sharpness-Aware Minimization.
  // ... or built on LLaVA (ViP-LLaVA, MoE-LLaVA); not on CLIP, whose derivatives are as often methods (MaskCLIP).
  // ... or a language model by its suffix (GENA-LM).
  [/(?:BERT|\p{L}bert|VLA|\p{Ll}FM|LLaMA|LLaMa|Llama|LLaVA|LLaVa|\p{Ll}SAM2?|-SAM2?|-LM)(?:-\d+(?:\.\d+)?|v\d+(?:\.\d+)?)?$/u, "model"],
  [/-\d+-\d+$|[ -]\d+\.\d+$|-\d+(?:\.\d+)?[BM](?:-\w+)?$|-(?:[BSLH]\d?|[BSLH]\/\d+|XS|XL|XXL|Tiny|Small|Base|Large|Huge|tiny|small|base|large|huge)$|[ -](?:tiny|small|base|medium|large)-v\d+$/, "model"],
];

export function typeFromShape(name: string): EntityType | undefined {
  for (const [pattern, type] of SHAPES) if (pattern.test(name)) return type;
  return undefined;
}

export function typeFromLongForm(long: string): EntityType | undefined {
  for (const [pattern, type] of LONG_FORM_HEADS) if (pattern.test(long.trim())) return type;
  return undefined;
}

export function typeFromHeadNoun(word: string): EntityType | undefined {
  const lower = word.toLowerCase();
  if (HEAD_NOUNS[lower]) return HEAD_NOUNS[lower];
  if (!lower.endsWith("s") || lower === "problems") return undefined;
  return HEAD_NOUNS[lower.slice(0, -1)] ?? (lower.endsWith("es") ? HEAD_NOUNS[lower.slice(0, -2)] : undefined); // approaches, losses
}

// A colon sets a title-style appositive off too, capitalised: "we propose MMR-V: A Benchmark for ...".
const APPOSITIVE = /^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:a|an|the|which is an?|our|(one of the))|:\s*(?:An?|The))\s+((?:(?:[\w-]+|\([^)]*\)),?[ \t]*){1,10})/;
// Adjectives listed before the head: "a low-cost, mobile, and easy-to-use device", and without
// "and" when the listed words read as adjectives: "an open-source, miniature quadruped".
const ADJECTIVE_LIST = /^(?:[\w-]+,\s+)+(?:and|or)\s+|^(?:(?:\w+-[\w-]+|\w+(?:al|ar|ive|ic|ous|ful|able|ible|less|ed))\s*,\s+)+/;
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

// "X, a series of open reasoning models", "X, a line of checkpoints", "X, a new generation of
// commercial-scale large language models": released models, though
// "series" alone is any sequence ("a series of experiments").
const MODEL_SERIES = /^(?:[\w-]+\s+){0,2}(?:series|collection|line|suite|generation)\s+of\s+(?:[\w-]+\s+){0,3}(?:models|LLMs|checkpoints)\b/;

// Where the noun phrase of an appositive ends: a relative clause, a preposition, a list.
const PHRASE_END = /^(?:that|which|who|whose|where|when|while|to|for|with|by|on|in|from|of|through|across|under|at|as|and|or|but|than|via|using|based|built|trained|designed|improves?|achieves?|reaches|outperforms?|matches|is|are|can)$/i;

/**
 * The head of an appositive's noun phrase types the name: "SemMark, a sentence-level
 * watermark that seeds ..." (head "watermark", nothing about the "model" later), "X, a
 * flow matching model" (model), "X, a family of models" (family). English noun phrases
 * are head-final, so the last typed word before the phrase ends wins; a plural describes
 * a list ("X, the scoring models and code"), not the one name.
 */
export function typeFromAppositive(after: string): EntityType | undefined {
  const appositive = APPOSITIVE.exec(after);
  if (!appositive) return undefined;
  // The noun phrase ends at the first comma that does not list adjectives.
  const phrase = (appositive[2] ?? "").replace(ADJECTIVE_LIST, "").split(",")[0]!;
  // "X, one of the largest datasets of ...": a member of a plural kind, so the plural is its head.
  const member = appositive[1] !== undefined;
  if (MODEL_SERIES.test(phrase)) return "model";
  // A shared task is an evaluation campaign: its data, not a research task ("QIAS 2025, a shared task on ...").
  if (SHARED_TASK.test(phrase)) return "dataset";
  const words = phrase.replace(/\([^)]*\)/g, " ").split(/\s+/).filter((w) => w !== "");
  const end = words.findIndex((w) => PHRASE_END.test(w));
  let found: EntityType | undefined;
  let agent = false;
  const phraseWords = end >= 0 ? words.slice(0, end) : words;
  for (const [k, word] of phraseWords.entries()) {
    // A participle after the head opens what is said of the name: "InF-Embed, an instruction-aware
    // Embedding model optimized through contrastive learning", "AHaPairs, a 5K-instance preference
    // dataset enabling Direct Preference Optimization"; an -ing word before a head is a modifier
    // of that head ("a model merging technique").
    if (found && (PARTICIPLE.test(word) || (GERUND.test(word) && !isHeadNoun(phraseWords[k + 1])))) break;
    const plural = !member && /[^s]s$/i.test(word) && HEAD_NOUNS[word.toLowerCase()] === undefined;
    const type = plural ? undefined : agent && AGENT_SYSTEM_HEAD.test(word) ? "model" : typeFromHeadNoun(word);
    if (type) found = type;
    agent ||= AGENT_MODIFIER.test(word);
  }
  return found;
}

const PARTICIPLE = /^\p{Ll}{3,}ed$/u;
const GERUND = /^\p{Ll}{3,}ing$/u;

function isHeadNoun(word: string | undefined): boolean {
  return word !== undefined && typeFromHeadNoun(word) !== undefined;
}

// A named agent system is a model (GUIDELINES.md): "a multi-agent expert system", "the first
// paper-to-video agentic system" (an agent word anywhere before "system"). A framework stays a
// method, as the guidelines type frameworks: "a multi-agent QA framework".
const AGENT_MODIFIER = /^(?:multi-)?agent(?:s|ic)?$|^(?:multi-)?agent-based$/i;
const AGENT_SYSTEM_HEAD = /^systems?$/i;

const SHARED_TASK = /\bshared tasks?\b/i;

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

