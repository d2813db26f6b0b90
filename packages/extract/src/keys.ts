// Comparison keys. Two surface forms name the same thing when their keys are equal:
// case-folded, without spaces, hyphens, underscores, dots and quotes, and without a
// trailing plural "s" (the same rule the evaluation uses, see data/gold/GUIDELINES.md).

const SEPARATORS = /[\s\-_.'"’‘“”`´]+/g;

/** Strips separators but keeps case ("Qwen-2.5-7B" -> "Qwen257B"). */
export function squash(text: string): string {
  return text.replace(SEPARATORS, "");
}

export function dropPlural(key: string): string {
  return key.length > 3 && key.endsWith("s") && !key.endsWith("ss") ? key.slice(0, -1) : key;
}

/** Case-sensitive key: "LLMs" -> "LLM", "CoT" stays "CoT". */
export function exactKey(text: string): string {
  return dropPlural(squash(text));
}

/** Case-insensitive key: "Chain-of-Thoughts" -> "chainofthought". */
export function foldKey(text: string): string {
  return dropPlural(squash(text).toLowerCase());
}
