// Name-shaped tokens: what an author writes when naming a thing rather than describing it.
// Mixed case (PuzzleBen, WebRL), capitals (DPO, GUI-RC), letters with digits (GSM8K,
// Qwen2.5-VL-7B), stars, pluses and at-signs (ReST-MCTS*, REINFORCE++, Pass@k).

const ROMAN = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$/i;
const QUANTITY = /^\d+(?:[.,]\d+)*(?:[kKmMbBtT]|x|X|st|nd|rd|th|s|D|GB|TB|GPU|GPUs|-GPU|%)?$/;
const MEASURE = /^\d+(?:\.\d+)?-?(?:[kKmMbB]|GPU|GPUs|shot|turn|step|stage|layer|way|bit|dim|D|d|x|k)$/;
// Words that are capitalised only because they start a title word: "Multi-Task", "Self-Play".
const TITLE_COMPOUND = /^\p{Lu}\p{Ll}+(?:-(?:\p{Lu}\p{Ll}*|to|of|and|the|in|for|with|a))+$/u;

const PLAIN_WORD = /^\p{Ll}[\p{Ll}-]*$|^\p{Lu}\p{Ll}+$/u;

export function isNameShaped(word: string): boolean {
  if (PLAIN_WORD.test(word)) return false; // most tokens: "reward", "Recent"
  if (word.length < 2 || ROMAN.test(word) || QUANTITY.test(word) || MEASURE.test(word)) return false;
  if (!/\p{L}/u.test(word)) return false;
  if (/[*+@]/.test(word)) return true;
  if (/\p{Ll}\p{Lu}/u.test(word)) return true; // internal capital: PuzzleBen, WebRL, CoT
  if (/\p{L}/u.test(word) && /\p{N}/u.test(word)) return /\p{L}{2}|\p{Lu}/u.test(word); // GSM8K, R1, longest6
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals >= 2;
}

/** "Self-Monitor" is a name mid-sentence, but "Self-Improving" in a title is only title case. */
export function isTitleCompound(word: string): boolean {
  return TITLE_COMPOUND.test(word);
}

/** Words that continue a name: "Gemini 1.5 Pro", "AlpacaEval 2.0", "longest6 v2", "Qwen2.5-7B Instruct". */
const CONTINUATION = /^(?:v?\d+(?:\.\d+)*|Pro|Flash|Ultra|Mini|mini|Nano|Turbo|Opus|Sonnet|Haiku|Lite|Plus|Max|Instruct|Chat|Base|Verified|Hard|Zero)$/;

export function continuesName(word: string): boolean {
  return CONTINUATION.test(word);
}
