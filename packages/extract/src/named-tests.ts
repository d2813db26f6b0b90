// Statistical tests and corrections are named after the people who made them: "McNemar test",
// "McNemar's test", "Holm-Bonferroni correction", "Mann-Whitney U test", "Wilcoxon signed-rank
// test". The surname alone is no entity (before: "McNemar" and "Holm-Bonferroni" as methods of
// their own, the test missed); the surname with its head is the method. A capitalised English
// word before "test" is a kind of test, not a name ("Stress test"); so is a plain capitalised word
// that opens a sentence ("Unit tests pass"), which compromise's lexicon may not know.

import { type PaperContext, claim, isFree, tokensIn } from "./context";
import { isCapitalisedByPosition } from "./chunk";
import { isEnglishWord } from "./nlp";

// The head, found first (a scan from every capital of the text with the lookbehind below cost a
// tenth of the extractor's time); then, read backwards from it: surnames, hyphen-joined for a test
// of two people, the possessive, a variant word of the test's own name (U, t, signed-rank, exact).
// Not the last word of a longer name ("Disney World test").
// The space before the head is matched, not looked behind for: a pattern that opens with a
// literal is searched for from each space, a look-behind is tried at every character.
const HEAD = / (?:tests?|correction|procedure)\b/g;
const NAMES_BEFORE = /(?<![\p{L}\p{N}-]|\p{Lu}\p{L}*\s)((?:Mc|Mac)?\p{Lu}\p{Ll}+(?:-(?:Mc)?\p{Lu}\p{Ll}+)*)('s?)? (?:(?:U|t|signed-rank|rank-sum|rank|exact|chi-squared|two-sided|one-sided|paired) )?$/u;
// How far before the head the names may start.
const NAMES_WINDOW = 60;
// One capitalised word with no capital inside: "Wilcoxon", not "McNemar" nor "Holm-Bonferroni".
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;

/** "McNemar test" -> one method; the singular head names it: "McNemar tests" -> "McNemar test". */
export function scanNamedTests(ctx: PaperContext): void {
  for (const found of ctx.text.matchAll(HEAD)) {
    const head = { index: found.index + 1, word: found[0].slice(1) };
    const from = Math.max(0, head.index - NAMES_WINDOW);
    const match = NAMES_BEFORE.exec(ctx.text.slice(from, head.index));
    if (!match) continue;
    const [, names, possessive] = match;
    if (!names || names.split("-").some((part) => isEnglishWord(part.toLowerCase()))) continue;
    const start = from + match.index;
    const end = head.index + head.word.length;
    const tokens = tokensIn(ctx, { start, end });
    const [first, last] = [tokens[0], tokens.at(-1)];
    if (first === undefined || last === undefined || !isFree(ctx, first, last + 1)) continue;
    if (!possessive && PLAIN_WORD.test(names) && isCapitalisedByPosition(ctx, first)) continue;
    claim(ctx, first, last + 1, { canonical: ctx.text.slice(start, end).replace(/tests$/, "test"), type: "method", known: false, proposed: false, rule: "named-test" });
  }
}
