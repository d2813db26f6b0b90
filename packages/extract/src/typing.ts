// Typing a name the lexicon does not know, from the evidence around it: its own shape
// (-PO, -Bench, a size), the head noun it modifies ("X benchmark"), the head of an
// appositive ("X, a novel framework") or of the long form it abbreviates.

import type { EntityType } from "./types";

/** Head nouns and the type they give the name they describe. */
export const HEAD_NOUNS: Record<string, EntityType> = {
  benchmark: "dataset", dataset: "dataset", corpus: "dataset", suite: "dataset", environment: "dataset",
  testbed: "dataset", leaderboard: "dataset", bench: "dataset", simulator: "dataset", collection: "dataset",
  framework: "method", method: "method", approach: "method", algorithm: "method", technique: "method",
  paradigm: "method", strategy: "method", objective: "method", loss: "method", mechanism: "method",
  pipeline: "method", recipe: "method", architecture: "method", module: "method", scheme: "method",
  procedure: "method", optimization: "method", learning: "method", training: "method", system: "method",
  model: "model", llm: "model", lvlm: "model", vlm: "model", mllm: "model", checkpoint: "model", agent: "model",
  metric: "metric", score: "metric", measure: "metric",
  task: "task",
};

/** Last words of a long form and the type they give ("Region Consistency Policy Optimization" -> method). */
const LONG_FORM_HEADS: [RegExp, EntityType][] = [
  [/(?:benchmark|dataset|bench|suite|corpus|environment|arena)s?$/i, "dataset"],
  [/(?:generation|translation|understanding|recognition|navigation|recommendation|recommender systems?|detection|segmentation|classification|answering|summari[sz]ation|retrieval|grounding|forecasting|estimation|captioning|editing|parsing|extraction|intelligence|reasoning|vision|processing)$/i, "task"],
  [/(?:score|rate|accuracy|error|metric|distance)s?$/i, "metric"],
];

/** Shapes that say what a name is (GRPO, MedVidBench, Mixed-45K). */
const SHAPES: [RegExp, EntityType][] = [
  [/(?:PO|RL|GRPO|PPO|DPO|RLHF|RLVR|MCTS\*?|CoT|\+\+)$/, "method"],
  [/(?:Bench|bench|Eval|QA|Arena|Gym|World)(?:-\w+)?$|-\d+(?:\.\d+)?[Kk]$/, "dataset"],
  [/-\d+(?:\.\d+)?[BM](?:-\w+)?$/, "model"],
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
  return HEAD_NOUNS[lower] ?? (lower.endsWith("s") ? HEAD_NOUNS[lower.slice(0, -1)] : undefined);
}

const APPOSITIVE = /^\s*(?:\([^)]*\)\s*)?,\s*(?:a|an|the|which is an?|our)\s+((?:[\w-]+[ \t]*){1,7})/;
const FOLLOWING = /^\s*(?:\([^)]*\)\s*)?([A-Za-z]+)\b/;
const PRECEDING = /\b([A-Za-z]+)\s+(?:called|named|dubbed|termed|,)?\s*$/;

/**
 * The type the words around a name give it: the noun right after it ("Val14 benchmark"),
 * the head of an appositive ("PuzzleBen, a weakly supervised benchmark") or the noun
 * right before it ("benchmark called X", "the framework X").
 */
/** The type the noun right after a name gives it ("(MA) metric", "Val14 benchmark"). */
export function typeFromFollowingNoun(after: string): EntityType | undefined {
  const next = FOLLOWING.exec(after)?.[1];
  return next ? typeFromHeadNoun(next) : undefined;
}

export function typeFromContext(after: string, before: string): EntityType | undefined {
  const direct = typeFromFollowingNoun(after);
  if (direct) return direct;
  const appositive = APPOSITIVE.exec(after);
  if (appositive) {
    const words = (appositive[1] ?? "").split(/\s+/);
    for (const word of words) {
      const type = typeFromHeadNoun(word);
      if (type) return type;
    }
  }
  const prev = PRECEDING.exec(before)?.[1];
  return prev ? typeFromHeadNoun(prev) : undefined;
}
