// Typing a name the lexicon does not know from the name itself and the phrases that describe
// it: its own shape (-PO, -Bench, a size), the head nouns and the type each gives, the head of
// an appositive ("X, a novel framework") or of the long form it abbreviates. The evidence of the
// words around a name in its sentence ("X benchmark", "fine-tune X", "on X") is context-typing.ts.

import type { EntityType } from "./types";

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
  [/\b(?:generation|translation|understanding|recognition|navigation|recommendation|recommender systems?|detection|segmentation|classification|answering|summari[sz]ation|retrieval|grounding|forecasting|estimation|captioning|editing|parsing|extraction|intelligence|reasoning|vision|processing|discovery|prediction|planning|synthesis|tracking|localization|reconstruction|completion|manipulation|identification|imputation|counting|transcription|diarization|diagnosis|docking|scaffolding)$/i, "task"],
  // ... and the areas named by what people meet or see: "Human-Object Interaction (HOI)", "augmented reality (AR)";
  // and tasks named by their aim: "obstacle avoidance", "traffic accident anticipation", "Fine Grained Visual Categorization".
  [/\b(?:interaction|reality|avoidance|anticipation|categori[sz]ation)$/i, "task"],
  // ... and a problem a paper solves, by name ("Credit Assignment Problem (CAP)", "Multi-Pickup and
  // Delivery Problem with Time Windows (MPDPTW)"), and the tasks named by their own heads
  // ("visual-inertial odometry (VIO)", "Action Spotting (AS)", "Short Answer Scoring (SAS)",
  // "Video Virtual Try-On (VVT)", "radar resource management (RRM)").
  [/\bproblems?(?:\s+(?:with|of|in|for|on)\s+[\w\s-]+)?$|(?:odometry|spotting|scoring|try-?on|management|satisfiability)$/i, "task"],
  // A design named in capitals is a field's task; "a mixed reward function design (Mixed-Reward)" is a method's part.
  [/\bDesign$/, "task"],
  [/\b(?:score|rate|accuracy|error|metric|distance|similarity|precision|recall|factor|ratio|coefficient|correlation)s?$/i, "metric"],
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
