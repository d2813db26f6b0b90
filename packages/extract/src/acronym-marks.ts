// "COLLective data AGgrEgation (COLLAGE)", "Agent-User inteRaction Assessment (AURA)",
// "INterleaved Reinforcement learning and Imitation Learning (IN-RIL)": capitals set inside an
// ordinary word mark the letters of an acronym the phrase spells. The word is no name of its own.

import type { PaperContext } from "./context";
import { spanIndexAt } from "./text";

// Two or more capitals opening a lower-case word ("COLLective", "REwrite", "AGgrEgation"), or one
// capital inside a word that opens in lower case ("inteRaction", "eXplainer"); the capitals must run
// on into a neighbour's inside one of the paper's acronyms, so "nuScenes" and "eVision" stay names;
// a camel-cased name ("DeepFake", "ListOps") opens with one capital.
const LEADING_MARK = /^\p{Lu}{2,}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)?$/u;
const INNER_MARK = /^\p{Ll}+\p{Lu}\p{Ll}*$/u;
// ... or capitals inside a title's capitalised word: "CONditional InFERence (CONFER)", whose first
// capital is the title's, not the acronym's.
const TITLE_WORD_MARK = /^\p{Lu}\p{Ll}+\p{Lu}{2,}\p{Ll}+$/u;
// An acronym of the paper: three or more capitals (digits and hyphens aside).
const ACRONYM = /^(?=(?:[\p{Lu}\p{N}-]*\p{Lu}){3})[\p{Lu}\p{N}-]+$/u;

function capitals(word: string): string {
  let out = "";
  for (const char of word) if (char !== char.toLowerCase()) out += char;
  return out;
}

/** The letters a word may give an acronym: its capitals, and those after a title's capital ("InFERence": IFER, FER). */
function acronymLetters(word: string): string[] {
  const all = capitals(word);
  return TITLE_WORD_MARK.test(word) ? [all, all.slice(1)] : [all];
}

/** The acronym letters of the nearest word on `side` that has capitals, one capital-less word skipped ("COLLective data AGgrEgation"). */
function neighbourCapitals(ctx: PaperContext, i: number, side: -1 | 1): string[] {
  for (let k = i + side, steps = 0; k >= 0 && k < ctx.tokens.length && steps < 2; k += side, steps++) {
    const word = ctx.tokens[k]!.text;
    if (capitals(word)) return acronymLetters(word);
  }
  return [];
}

/**
 * Whether the candidate's one word marks acronym letters that run on into a neighbour's capitals
 * inside one of the paper's acronyms (`paperAcronyms`, asked only for a word of a marking's shape).
 */
export function marksAcronymLetters(ctx: PaperContext, start: number, surface: string, paperAcronyms: () => readonly string[]): boolean {
  if (!(LEADING_MARK.test(surface) || INNER_MARK.test(surface) || TITLE_WORD_MARK.test(surface))) return false;
  const acronyms = paperAcronyms();
  if (acronyms.length === 0) return false;
  const i = spanIndexAt(ctx.tokens, start);
  const before = neighbourCapitals(ctx, i, -1);
  const after = neighbourCapitals(ctx, i, 1);
  return acronymLetters(surface).some((own) =>
    acronyms.some((acronym) => before.some((b) => acronym.includes(b + own)) || after.some((a) => acronym.includes(own + a))),
  );
}

/** The paper's acronyms, hyphens dropped ("IN-RIL" spells INRIL). */
export function paperAcronyms(ctx: PaperContext): string[] {
  const found: string[] = [];
  for (const token of ctx.tokens) if (ACRONYM.test(token.text)) found.push(token.text.replaceAll("-", ""));
  return found;
}
