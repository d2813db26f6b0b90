// Does a long form define an acronym? Only when its words spell the acronym's capitals.
// After Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation
// definitions in biomedical text", Pacific Symposium on Biocomputing 8:451-462, with one
// restriction: a letter taken from inside a word must follow a letter taken from that
// word's start ("supervised finetuning" spells SFT, but "policy optimization" does not
// spell PPO, whose second P would come from the middle of "optimization").

/** A word of a long form, lower-cased. */
interface Word {
  letters: string;
  /** An embedded acronym ("RL" in "RL with verifiable rewards"): each of its letters is an initial. */
  allInitials: boolean;
}

function wordsOf(longForm: string): Word[] {
  return (
    longForm
      // A capital after a small letter starts a word of its own ("Self-ALignMent with
      // principle-fOllowiNg reward models" spells SALMON).
      .split(/[\s\-/]+|(?<=\p{Ll})(?=\p{Lu})/u)
      .filter((w) => /[\p{L}\p{N}]/u.test(w))
      .map((w) => ({ letters: w.toLowerCase(), allInitials: /^\p{Lu}{2,}s?$/u.test(w) }))
  );
}

/** The letters a long form must spell: the acronym's capitals, a plural s dropped ("MLLMs" -> mllm). */
function capitalsOf(acronym: string): string {
  const singular = acronym.replace(/(\p{Lu})s$/u, "$1");
  return [...singular].filter((c) => /\p{Lu}/u.test(c)).join("").toLowerCase();
}

/**
 * Can `capitals[letter..]` be spelled from the words, continuing inside `words[word]` after
 * `position` (-1: no word begun yet)? Depth-first; the acronyms are short, so the search is too.
 */
function spellsFrom(capitals: string, words: readonly Word[], letter: number, word: number, position: number): boolean {
  if (letter === capitals.length) return true;
  const wanted = capitals[letter]!;
  const current = words[word];
  // 1. A later letter of the word already begun (of an embedded acronym, only the next one).
  if (current && position >= 0) {
    for (let p = current.letters.indexOf(wanted, position + 1); p >= 0; p = current.letters.indexOf(wanted, p + 1)) {
      if (current.allInitials && p !== position + 1) break;
      if (spellsFrom(capitals, words, letter + 1, word, p)) return true;
    }
  }
  // 2. The start of a later word; words may be skipped ("of", "the", a trailing "algorithm").
  for (let next = word + 1; next < words.length; next++) {
    if (words[next]!.letters[0] === wanted && spellsFrom(capitals, words, letter + 1, next, 0)) return true;
  }
  return false;
}

/** True when `longForm` can define `acronym`: the acronym's capitals in order, as above. */
export function spellsAcronym(longForm: string, acronym: string): boolean {
  const capitals = capitalsOf(acronym);
  // One capital or none (a name such as "Mamba"): nothing to check against.
  if (capitals.length < 2) return true;
  return spellsFrom(capitals, wordsOf(longForm), 0, -1, -1);
}
