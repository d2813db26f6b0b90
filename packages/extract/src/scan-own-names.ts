// A paper's own names in shapes the name scan (scan-names.ts) leaves to the title-case reading:
// a Title-Compound mid-sentence ("Writing-Zero", "Klear-Reasoner"), one capitalised word in
// apposition ("Parrot, a multilingual assistant"), and a word with a point release ("Seedance 1.0").

import { opensSentence } from "./chunk";
import { type PaperContext, claim } from "./context";
import { lookup } from "./lexicon";
import type { Token } from "./text";
import { isEnglishWordOfKind } from "./nlp";
import { isTitleCompound } from "./names";
import { typeFromAppositive, typeFromContext, typeFromShape } from "./typing";

// "Section 3.2", "Table 1.1": document parts and versions of software are numbered, not named.
const NUMBERED_PART = /^(?:Industry|Web|Society|Apache|License|Licence|Section|Sections|Table|Tables|Figure|Figures|Fig|Eq|Equation|Theorem|Lemma|Appendix|Chapter|Version|Release|Step|Stage|Level|Phase|Part|Algorithm|Definition|Proposition|Corollary|Remark|Python|CUDA|Java|Android|iOS|Windows|Ubuntu|Linux|Vol|Volume)$/;
const POINT_RELEASE = /^\d+\.\d+$/;
const CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;
// Sentence openers: adverbs and participles ("Additionally, a ...", "Building on this, a ...").
const OPENER = /(?:ly|ing|ed)$/;
// Language pairs are settings, not names: "Hindi-English code-switching".
const LANGUAGE = /(?:^|-)(?:English|Chinese|Mandarin|Cantonese|Hindi|Spanish|French|German|Japanese|Korean|Arabic|Russian|Portuguese|Italian|Vietnamese|Thai|Indonesian|Turkish|Urdu|Bengali|Swahili|Dutch|Polish|Greek|Hebrew|Persian|Tamil|Telugu|Marathi)(?:-|$)/;
// The last word of a capitalised long form: "Alignment via Refinement, a novel method".
const INSIDE_TITLE_CASE = /\p{Lu}[\p{L}\p{N}-]*\s+(?:(?:via|of|for|and|with|to|in|on|the|from|by)\s+)?$/u;

// Module functions rather than closures in the loop: tsx names every closure it creates
// (keepNames), which costs more than the slices on a loop over every capitalised token.
function textBefore(ctx: PaperContext, token: Token): string {
  return ctx.text.slice(Math.max(0, token.start - 40), token.start);
}

function textAfter(ctx: PaperContext, token: Token): string {
  return ctx.text.slice(token.end, token.end + 80);
}

/** Whether token `i` is in the title, where every word is capitalised, or opens a sentence. */
function isCapitalisedByPosition(ctx: PaperContext, i: number): boolean {
  return ctx.tokens[i]!.start < ctx.titleEnd || opensSentence(ctx, i);
}

export function scanOwnNames(ctx: PaperContext): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const token = ctx.tokens[i]!;
    // Every shape starts with a capital: most tokens leave here, before any slicing.
    if (ctx.claimed[i] || !opensWithCapital(token.text)) continue;
    const next = ctx.tokens[i + 1];
    if (CAPITALISED.test(token.text) && next && !ctx.claimed[i + 1] && POINT_RELEASE.test(next.text) && ctx.text.slice(token.end, next.start) === " ") {
      if (NUMBERED_PART.test(token.text) || lookup(ctx.lexicon, token.text)) continue;
      const name = `${token.text} ${next.text}`;
      claim(ctx, i, i + 2, { canonical: name, type: typeFromContext(ctx.text.slice(next.end, next.end + 80), textBefore(ctx, token)), known: false, proposed: false, rule: "own-name" });
      i++;
    } else if (isTitleCompound(token.text) && !isCapitalisedByPosition(ctx, i) && standsAlone(ctx, i) && !lookup(ctx.lexicon, token.text) && !isEnglishCompound(token.text) && !LANGUAGE.test(token.text)) {
      claim(ctx, i, i + 1, { canonical: token.text, type: typeFromShape(token.text) ?? typeFromContext(textAfter(ctx, token), textBefore(ctx, token)), known: false, proposed: false, rule: "own-name" });
    } else if (CAPITALISED.test(token.text) && (ctx.text[token.end] === "," || ctx.text.startsWith(" (", token.end)) && !OPENER.test(token.text) && !INSIDE_TITLE_CASE.test(textBefore(ctx, token)) && !lookup(ctx.lexicon, token.text) && isNounOrUnknown(token.text)) {
      const type = typeFromAppositive(textAfter(ctx, token));
      if (type) claim(ctx, i, i + 1, { canonical: token.text, type, known: false, proposed: false, rule: "own-name" });
    }
  }
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
  return !MODIFIED_NOUN.test(ctx.text.slice(token.end, token.end + 30));
}

function startsWithCapital(token: Token | undefined): boolean {
  return token !== undefined && opensWithCapital(token.text);
}

/** /^\p{Lu}/u without the Unicode pattern for an ASCII first character (nearly every word). */
function opensWithCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word);
}

/** "Multi-Agent", "Open-Source", "Fine-Tuning": two everyday words capitalised, not a name. */
function isEnglishCompound(word: string): boolean {
  const parts = word.toLowerCase().split("-");
  // compromise's lexicon misses common nouns and knows "writing", so only a prefix, an adjective
  // ("Black-Box", "Medium-Range") or a month ("July-August") opening the compound is telling.
  return PREFIX.test(parts[0]!) || isEnglishWordOfKind(parts[0]!, /^(?:Adjective|Comparative|Superlative|Month)$/);
}

/** "Parrot" may name a thing; "However", "Recently", "Building" open a sentence. */
function isNounOrUnknown(word: string): boolean {
  const lower = word.toLowerCase();
  return !isEnglishWordOfKind(lower, /./) || isEnglishWordOfKind(lower, /^(?:Singular|Noun|Uncountable|ProperNoun)$/);
}
