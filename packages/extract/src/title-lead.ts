// The words before a title's colon name the paper's own method when the abstract writes them
// again, letter for letter: "Multimodal Doctor-in-the-Loop: A Clinically-Guided ..." and "The
// proposed Multimodal Doctor-in-the-Loop method ...", "Chain of Questions: ...". A catchy lead
// ("Think Twice, Act Once:", "Beyond Quality:") is a phrase the abstract does not repeat.
// One name-shaped word before the colon is scan-names.ts's; this reads two to four words, and one
// plain capitalised word ("Alita: Generalist Agent ...") that the abstract writes mid-sentence.

import { type PaperContext, claim, isFree, tokensEndingBy } from "./context";
import { exactKey } from "./keys";
import { isStopPhrase, lookup } from "./lexicon";
import type { EntityType } from "./types";
import { typeFromAppositive, typeFromLongForm, typeFromShape, TYPING_WINDOW } from "./typing";
import { typeFromContext } from "./context-typing";

const LEAD = /^([^:;,?!()[\]]+?):\s/;
/** Openers of a phrase about the work, not a name: "Towards Humanoid Robot Autonomy", "From BERT to LLMs". */
const NOT_A_NAME_OPENER = /^(?:Towards?|Beyond|From|Rethinking|Revisiting|On|The|A|An|Why|How|When|What|Is|Are|Can|Do|Does|Benchmarking|Evaluating|Exploring|Understanding|Design|Learning|Improving|Enhancing)$/;

export function scanTitleLeadPhrase(ctx: PaperContext): void {
  const lead = LEAD.exec(ctx.text.slice(0, ctx.titleEnd))?.[1]?.trim();
  if (!lead) return;
  const words = lead.split(/\s+/);
  if (words.length === 1) return scanTitleLeadWord(ctx, lead);
  if (words.length < 2 || words.length > 4 || NOT_A_NAME_OPENER.test(words[0]!) || !/^\p{Lu}/u.test(words[0]!)) return;
  if (!isRepeatedInAbstract(ctx, lead) || isStopPhrase(ctx.lexicon, lead) || lookup(ctx.lexicon, lead)) return;
  // The lead's tokens: from the title's first, which must start the text.
  const last = tokensEndingBy(ctx, 0, lead.length);
  if (ctx.tokens[0]?.start !== 0 || !isFree(ctx, 0, last)) return;
  const type = typeFromShape(lead) ?? typeFromLongForm(lead);
  // A task is written in lower case wherever it is found ("Next Edit Prediction" is next edit prediction).
  claim(ctx, 0, last, { canonical: type === "task" ? lead.toLowerCase() : lead, type, known: false, proposed: type !== "task", rule: "own-name" });
}

/** The lead written again in the abstract as a whole phrase, in the same case (a sentence-case lead also with its first letter small). */
function isRepeatedInAbstract(ctx: PaperContext, lead: string): boolean {
  const body = ctx.text.slice(ctx.titleEnd);
  const forms = /^\p{Lu}[^\p{Lu}]*$/u.test(lead) ? [lead, lead.charAt(0).toLowerCase() + lead.slice(1)] : [lead];
  return forms.some((form) => {
    for (let at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + 1)) {
      if (!/[\p{L}\p{N}-]/u.test(body[at - 1] ?? " ") && !/[\p{L}\p{N}]/u.test(body[at + form.length] ?? " ")) return true;
    }
    return false;
  });
}

const PLAIN_CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;
/** Kinds of paper and parts of one, not names: "Position: ...", "Survey: ...". */
const KIND_OF_PAPER = /^(?:Position|Survey|Review|Tutorial|Overview|Perspective|Perspectives|Editorial|Commentary|Introduction|Abstract|Preprint|Erratum|Correction|Appendix|Keynote|Report|Proceedings|Vision)$/;

/** The title's first token is `word`, no rule took it, and it is a plain capitalised word no list knows. */
function isFreeLeadWord(ctx: PaperContext, word: string): boolean {
  if (ctx.tokens[0]?.text !== word || ctx.claimed[0] || !PLAIN_CAPITALISED.test(word)) return false;
  return !NOT_A_NAME_OPENER.test(word) && !KIND_OF_PAPER.test(word) && !isStopPhrase(ctx.lexicon, word) && lookup(ctx.lexicon, word) === undefined;
}

/**
 * "Alita: Generalist Agent ...", then "we introduce Alita--a generalist agent": one plain
 * capitalised word before the title's colon that the abstract writes again capitalised
 * mid-sentence is the paper's name. Its mentions in the abstract are the paper's own name
 * too (a local name, as a definition's short form is); an appositive or the words around
 * a mention type it.
 */
function scanTitleLeadWord(ctx: PaperContext, word: string): void {
  if (/(?:ing|ed|ly)$/.test(word) || !isFreeLeadWord(ctx, word)) return;
  const { text } = ctx;
  let type: EntityType | undefined;
  let repeated = false;
  // Read in the text, not the tokens: "introduce Alita--a generalist agent" is one token.
  for (let at = text.indexOf(word, ctx.titleEnd); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (/[\p{L}\p{N}-]/u.test(text[at - 1] ?? " ") || /[\p{L}\p{N}]/u.test(text[end] ?? " ")) continue;
    // "Aryabhata 1.0": the name with its release is scan-own-names.ts's.
    if (/^ \d+\.\d+\b/.test(text.slice(end, end + 8))) return;
    if (/(?:^|[.!?:]\s*|\n\s*)$/.test(text.slice(Math.max(0, at - 3), at))) continue;
    repeated = true;
    const after = text.slice(end, end + TYPING_WINDOW).replace(/^-{1,2}(?=\s*(?:a|an)\s)/, ",");
    type ??= typeFromAppositive(after) ?? typeFromContext(after, text.slice(Math.max(0, at - 40), at));
  }
  if (!repeated) return;
  claim(ctx, 0, 1, { canonical: word, type, known: false, proposed: true, rule: "own-name" });
  ctx.local.set(exactKey(word), { canonical: word, type, known: false });
}

// The title's own appositive: "AMELIA: A Family of ... Language Models", "Zorbix: A Benchmark for ...";
// a kind of resource may come without the article: "OSUniverse: Benchmark for GUI Agents".
const TITLE_APPOSITIVE = /^(A|An)\s+(.+)$|^()((?:Benchmark|Dataset|Corpus|Suite|Toolkit|Library|Simulator)\b.*)$/;

/**
 * "Name: A <...> <head>" says what the name is, as an appositive in the abstract does: a
 * family of models, a benchmark, a framework. A lead found by another rule gets that type
 * when no mention of it in the abstract is typed; one plain word no rule took is the paper's
 * name by this evidence alone.
 */
export function typeTitleLead(ctx: PaperContext): void {
  const typed = titleAppositiveType(ctx);
  if (!typed) return;
  const { type, colon, title } = typed;
  const lead = ctx.candidates.find((c) => c.start === 0 && c.end === colon);
  if (lead) {
    // The abstract's own evidence for the name comes first ("IKDiffuser, a diffusion-based model").
    if (!ctx.candidates.some((c) => c.canonical === lead.canonical && c.type !== undefined)) lead.type = type;
    return;
  }
  const word = title.slice(0, colon);
  if (!isFreeLeadWord(ctx, word)) return;
  claim(ctx, 0, 1, { canonical: word, type, known: false, proposed: true, rule: "own-name" });
}

/** The type the title's appositive gives the words before its colon ("Chameleon: A Flexible Data-mixing Framework"). */
export function titleAppositiveType(ctx: PaperContext): { type: EntityType; colon: number; title: string } | undefined {
  const title = ctx.text.slice(0, ctx.titleEnd);
  const colon = title.indexOf(": ");
  const rest = colon > 0 ? TITLE_APPOSITIVE.exec(title.slice(colon + 2)) : null;
  const type = rest ? typeFromAppositive(`, ${(rest[1] || "a").toLowerCase()} ${rest[2] ?? rest[4]}`) : undefined;
  return type ? { type, colon, title } : undefined;
}
