/**
 * Title and abstract clean-up shared by every reader: HTML tags and entities, the LaTeX
 * that arXiv/BibTeX abstracts carry, and whitespace. The result is plain text, never HTML.
 */
import { decodeHTML } from "entities";

/** Text-formatting commands whose argument is kept as plain text: \emph{x} -> x. */
const LATEX_TEXT_COMMANDS =
  /\\(?:emph|textbf|textit|texttt|textsc|textrm|textsf|textsl|textup|textnormal|mathrm|mathbf|mathit|mathcal|mathbb|mathsf|mathtt|mathscr|mathfrak|boldsymbol|bm|operatorname|text|url|underline)\s*\{([^{}]*)\}/g;
/** Old-style font switches inside a group, kept as plain text: {\sc Turbo} -> Turbo, {\bf x} -> x. */
const LATEX_FONT_SWITCHES = /\{\\(?:sc|bf|it|em|tt|rm|sf|sl)\s+([^{}]*)\}/g;
/** Spacing commands: a thin or medium space ("35\\,ms"), a forced space ("et al.\\ show"). */
const LATEX_SPACES = /\\[,;:! ]/g;
/** Escaped specials: \% \& \_ \# \$ \{ \}. */
const LATEX_ESCAPES = /\\([%&_#${}])/g;
/** Math symbols common in abstracts; any other \command in math just loses its backslash. */
const LATEX_SYMBOLS: Record<string, string> = {
  sim: "∼", approx: "≈", times: "×", leq: "≤", le: "≤", geq: "≥", ge: "≥", pm: "±", cdot: "·",
  rightarrow: "→", to: "→", leftarrow: "←", leftrightarrow: "↔", infty: "∞", alpha: "α", beta: "β",
  gamma: "γ", delta: "δ", epsilon: "ε", lambda: "λ", mu: "μ", pi: "π", sigma: "σ", theta: "θ", tau: "τ",
  ll: "≪", gg: "≫", in: "∈", notin: "∉", neq: "≠", ne: "≠", subset: "⊂", subseteq: "⊆", propto: "∝", forall: "∀",
  exists: "∃", partial: "∂", nabla: "∇", ldots: "…", cdots: "…", mid: "|",
};
const LATEX_UNICODE = /\\unicode\s*\{\s*(?:x([0-9a-fA-F]{1,6})|(\d{1,7}))\s*\}/g;
const GLUED_SCRIPT = /(?<=[\p{L}\p{N}])\$\s*[\^_]\s*\{?\s*([\p{L}\p{N}+*-]{1,8})\s*\}?\s*\$/gu;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;

/**
 * Applies the LaTeX rules repeatedly so nested commands (\textbf{\emph{x}}) unwrap too. Each
 * rule runs only when the text still holds the character it needs (a backslash, "$", "~", a
 * quote pair): most abstracts reach here for an apostrophe alone, and the glued-script pattern
 * (a Unicode look-behind) cost a tenth of reading a 100,000-paper corpus. The check is made on
 * the text as the earlier rules left it, since one rule can make another's character ("\$").
 */
function stripLatex(text: string): string {
  let previous = "";
  let current = text;
  if (current.includes("\\")) {
    // MathJax's character by code point: "$\unicode{x2013}$" is an en dash.
    if (current.includes("\\unicode")) current = current.replace(LATEX_UNICODE, (_all, hex?: string, decimal?: string) => codePointText(hex ? parseInt(hex, 16) : Number(decimal)));
    for (let round = 0; round < 4 && current !== previous; round++) {
      previous = current;
      current = current.replace(LATEX_TEXT_COMMANDS, "$1").replace(LATEX_FONT_SWITCHES, "$1");
    }
    current = current.replace(LATEX_ESCAPES, "$1").replace(LATEX_SPACES, " ");
  }
  if (current.includes("$")) {
    current = current
      // A sub- or superscript glued to a word is part of the name: A$^2$LC -> A2LC, PaccMann$^{RL}$ -> PaccMannRL.
      .replace(GLUED_SCRIPT, "$1")
      // Inline math $x^2$ keeps its content as plain text; a lone "$" (a price) stays.
      .replace(/\$([^$\n]{1,200})\$/g, (_math, body: string) => mathToText(body));
  }
  if (current.includes("\\")) current = current.replace(/\\(?:textendash|--)\b/g, "-");
  // A LaTeX tie (Fig.~1, et~al.) is a space; "/~user" in a URL is left alone.
  if (current.includes("~")) current = current.replace(/(?<=[\w.,)])~(?=[\w\\(])/g, " ");
  return current.includes("``") || current.includes("''") ? current.replace(/``|''/g, '"') : current;
}

/** The character at a code point; a space for one that names none. */
function codePointText(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
}

/** Accents over a symbol ($\\tilde O(n)$, $\\hat{y}$): the symbol is what a reader names, so the accent goes. */
const LATEX_ACCENTS = new Set(["tilde", "widetilde", "hat", "widehat", "bar", "overline", "vec", "dot", "ddot"]);

/**
 * A math span that is only a Greek letter with a numbered subscript is a name, not a formula:
 * $\\pi_0$, $π_{0.5}$ -> π0, π0.5 (the robot policies); in a formula the subscript stays.
 */
const GREEK_NAME = /^\s*(?:\\(alpha|beta|gamma|delta|epsilon|lambda|mu|pi|sigma|theta|tau)|([\u03b1-\u03c9]))\s*_\s*\{?\s*(\d+(?:\.\d+)?)\s*\}?\s*$/;

function mathToText(body: string): string {
  const greek = GREEK_NAME.exec(body);
  if (greek) return `${greek[2] ?? LATEX_SYMBOLS[greek[1] ?? ""] ?? ""}${greek[3] ?? ""}`;
  return body
    // A degree: 22.91^\circ -> 22.91°.
    .replace(/\^\s*\{?\s*\\circ\s*\}?/g, "°")
    // A numbered script on a word of two letters or more is part of the name: IoU_{3D} -> IoU3D,
    // mAP_{0.5} -> mAP0.5, AP_{50} -> AP50 (x_t, F_1 and RLAE_PPO stay).
    .replace(/(?<![\p{L}\\])(\p{L}{2,})\s*[_^]\s*\{\s*(\d[\p{L}\p{N}.]{0,5})\s*\}|(?<![\p{L}\\])(\p{L}{2,})[_^](\d{1,3})\b/gu, (_s, a?: string, b?: string, c?: string, d?: string) => `${a ?? c}${b ?? d}`)
    // A norm or a control named by a letter with an infinity: H_\infty -> H∞ (H∞ control), \mathcal{H}_\infty too.
    .replace(/(?<![\p{L}\\])(\p{Lu})\s*_\s*\{?\s*\\infty\s*\}?/gu, "$1∞")
    // A symbol or an accent takes the space after it with it (22\times 3 -> 22×3, \hat y -> y); any other
    // command keeps its name as a word of its own ("d \lesssim D" must not read as "d lesssimD").
    .replace(/\\([A-Za-z]+)(\s*)/g, (_command, name: string, space: string) => (LATEX_ACCENTS.has(name) ? "" : (LATEX_SYMBOLS[name] ?? `${name}${space}`)))
    .replace(/[{}]/g, "");
}

/**
 * What the whitespace rule would change: a blank other than a plain space, or two blanks in a
 * row. A pair opening with another blank holds one such blank, and a pair opening with a space
 * is two spaces or a space and another blank: so two spaces, looked for as a string, or a blank
 * other than a space, one class the pattern scans for alone. Over 202,000 titles and abstracts:
 * 590-700 ms as one pattern ("[^\S ]| \s"), 400-520 ms so.
 */
function hasLooseWhitespace(text: string): boolean {
  return text.includes("  ") || NON_SPACE_BLANK.test(text);
}

const NON_SPACE_BLANK = /[^\S ]/;

/**
 * A full stop with no space after it, between a word and a capitalised one ("datasets.Our",
 * "TSFMs.Extensive"): a sentence break the source lost, which would otherwise read as one
 * name-shaped word. A lower-case letter or digit after a word character before it, so
 * "e.g.Foo" and "U.S.Army" stay.
 */
const LOST_SENTENCE_SPACE = /(?<=\w[\p{Ll}\d)])\.(?=\p{Lu}\p{Ll}+\b)/gu;
const LOST_SPACE_MARK = /[a-z0-9)]\.[A-Z][a-z]/;

const BROKEN_LINK = /\b(https?|ftp):\s+\/\//g;
// Both open with a dash and look behind it from there: the search then jumps from dash to dash,
// where a pattern opening with its look-behind is tried at every character (ten times slower on
// the abstracts that hold "--").
const LATEX_SUFFIX_DASH = /-(?<=[\p{L}\p{N})]-)-(?=(?:based|driven|aware|guided|conditioned|level|wise|specific|free|like|style|centric)\b)/gu;
const LATEX_DASH = /-(?<=\p{Ll}-)(?<!\b(?:multi|cross|self|non|pre|post|semi|co|inter|intra|sub|super|bi|tri|uni|meta|hyper)-)--?(?=\p{Ll})/gu;

/** Plain text from a title or abstract as a source wrote it. */
export function cleanText(raw: string): string {
  const withoutTags = raw.includes("<") ? raw.replace(HTML_TAG, " ") : raw;
  const decoded = withoutTags.includes("&") ? decodeHTML(withoutTags) : withoutTags;
  const plain = /[\\$~`']/.test(decoded) ? stripLatex(decoded) : decoded;
  // An ASCII test first: the pattern's Unicode look-behind would cost every abstract, and few hold one.
  const spaced = LOST_SPACE_MARK.test(plain) ? plain.replace(LOST_SENTENCE_SPACE, ". ") : plain;
  // "https: //anonymous.4open.science/r/x": a link whose scheme lost its slashes' place is whole again,
  // so no part of it reads as a name.
  const linked = spaced.includes(": //") ? spaced.replace(BROKEN_LINK, "$1://") : spaced;
  // "motor skills--spanning whole-body manipulation": a dash written the LaTeX way between two
  // lower-case words sets off a clause; joined, the words would read as one ("Hamilton--Jacobi"
  // and a prefix's compound, "multi--view", stay).
  // Before a compound's suffix the dash is a hyphen written the LaTeX way: "2D--based", "diffusion--based".
  const dashed = linked.includes("--") ? linked.replace(LATEX_SUFFIX_DASH, "-").replace(LATEX_DASH, " — ") : linked;
  // Most texts have single plain spaces only: the replace would copy them for nothing.
  return (hasLooseWhitespace(dashed) ? dashed.replace(/\s+/g, " ") : dashed).trim();
}
