// The tokenizer's words, read character by character. What a word is, as a pattern, is WORD_PATTERN below.
// A word starts and ends with a letter or digit (or + * for REINFORCE++, ReST-MCTS*, ∞ for H∞) and may
// hold . - @ + * inside (Qwen2.5-VL-7B, Pass@k, GPT-4o), and ^ before a letter (pass^k, not the power in T^2); a patch size after a one-letter tier
// stays with the name ("ViT-B/16", "ViT-L/14"), & between capitals joins a name's parts (ATT&CK, J&F), and so does _ between two
// ASCII letters or digits on each side (SafeMTData_1K, HH_RLHF; not a subscript: F_1, x_t). The loop below reads the same words as that
// pattern (test/word-scan.test.ts compares them on damaged text) at half its cost, and makes
// no match object per word: every abstract's every word goes through here.

export const WORD_PATTERN = /[\p{L}\p{N}](?:(?:[\p{L}\p{N}.@+*∞\-]|\^(?=\p{L})|(?<=[A-Z])&(?=[A-Z])|(?<=[A-Za-z0-9]{2})_(?=[A-Za-z0-9]{2}))*[\p{L}\p{N}+*∞])?(?:(?<=-\p{Lu})\/\d{1,2}(?!\d))?/gu;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const CAPITAL = /^\p{Lu}$/u;

/** Code units of the letter or digit at `k` (2 for one outside the BMP), 0 for anything else. */
export function letterOrDigitWidth(text: string, k: number): number {
  const code = text.charCodeAt(k);
  if (code < 128) return isAsciiLetterOrDigit(code) ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  const char = String.fromCodePoint(text.codePointAt(k)!);
  return LETTER_OR_DIGIT.test(char) ? char.length : 0;
}

/** Start of the first word at or after `from`, or the text's length. */
export function nextWordStart(text: string, from: number): number {
  let k = from;
  while (k < text.length && letterOrDigitWidth(text, k) === 0) k++;
  return k;
}

/** End of the word that starts at `start` (a letter or digit). */
export function wordEnd(text: string, start: number): number {
  let k = start + letterOrDigitWidth(text, start);
  let end = k;
  while (k < text.length) {
    const width = letterOrDigitWidth(text, k);
    const char = text[k];
    if (width > 0 || char === "+" || char === "*" || char === "∞") {
      k += width || 1;
      end = k; // a word may end here
    } else if (char === "." || char === "@" || char === "-" || (char === "^" && isLetterAt(text, k + 1)) || (char === "&" && isAsciiCapital(text, k - 1) && isAsciiCapital(text, k + 1)) || (char === "_" && joinsByUnderscore(text, k))) {
      k++; // only inside a word
    } else {
      break;
    }
  }
  return end + patchSizeLength(text, end);
}

/** Length of "/16" at `end` after a hyphen and a capital ("ViT-B" + "/16"), else 0. */
function patchSizeLength(text: string, end: number): number {
  // The bound first: reading past the end (a word that ends the text) deoptimised the tokenizer.
  if (end >= text.length || text[end] !== "/" || !hyphenCapitalBefore(text, end)) return 0;
  let digits = 0;
  while (digits < 3 && isDigit(text.charCodeAt(end + 1 + digits))) digits++;
  return digits === 1 || digits === 2 ? digits + 1 : 0;
}

/** The text before `end` ends with a hyphen and a capital letter (one outside the BMP too). */
function hyphenCapitalBefore(text: string, end: number): boolean {
  const low = text.charCodeAt(end - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && end >= 2 && isHighSurrogate(text.charCodeAt(end - 2));
  const capitalStart = pair ? end - 2 : end - 1;
  return capitalStart >= 1 && text[capitalStart - 1] === "-" && CAPITAL.test(text.slice(capitalStart, end));
}

const LETTER = /^\p{L}$/u;

/** A letter at `k` (one outside the BMP too): what may follow "^" inside a word; false outside the text. */
export function isLetterAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (Number.isNaN(code)) return false;
  return LETTER.test(String.fromCodePoint(text.codePointAt(k)!));
}

/** /^\p{Lu}/u without the Unicode pattern for an ASCII first character (nearly every word). */
export function opensWithCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word);
}

/** "_" at `k` between two ASCII letters or digits on each side: a name's parts (SafeMTData_1K), not a subscript (F_1). */
function joinsByUnderscore(text: string, k: number): boolean {
  return isAsciiLetterOrDigit(text.charCodeAt(k - 2)) && isAsciiLetterOrDigit(text.charCodeAt(k - 1)) && isAsciiLetterOrDigit(text.charCodeAt(k + 1)) && isAsciiLetterOrDigit(text.charCodeAt(k + 2));
}

function isAsciiCapital(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  return code >= 65 && code <= 90;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** An ASCII letter or digit. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** An ASCII digit (NaN, past a text's ends, is none). */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
