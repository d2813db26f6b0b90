// Does a long form define an acronym? Only when its words spell the acronym's capitals.
// After Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation
// definitions in biomedical text", Pacific Symposium on Biocomputing 8:451-462, with one
// restriction: a letter taken from inside a word must follow a letter taken from that
// word's start ("supervised finetuning" spells SFT, but "policy optimization" does not
// spell PPO, whose second P would come from the middle of "optimization").

// Letters of a word the acronym may take: the initial of a word, every capital of an
// embedded acronym ("RL with verifiable rewards" gives R, L, v, r).
interface Word {
  letters: string;
  /** An embedded acronym: each of its letters is an initial. */
  allInitials: boolean;
}

function wordsOf(longForm: string): Word[] {
  return longForm
    // A capital after a small letter starts a word of its own ("Self-ALignMent with
    // principle-fOllowiNg reward models" spells SALMON).
    .split(/[\s\-/]+|(?<=\p{Ll})(?=\p{Lu})/u)
    .filter((w) => /\p{L}|\p{N}/u.test(w))
    .map((w) => ({ letters: w.toLowerCase(), allInitials: /^\p{Lu}{2,}s?$/u.test(w) }));
}

/** The letters a long form must spell: the acronym's capitals (a plural s dropped). */
function capitalsOf(acronym: string): string {
  return [...acronym.replace(/(\p{Lu})s$/u, "$1")].filter((c) => /\p{Lu}/u.test(c)).join("").toLowerCase();
}

function spells(capitals: string, words: readonly Word[], letter: number, word: number, position: number): boolean {
  if (letter === capitals.length) return true;
  const wanted = capitals[letter];
  const current = words[word];
  // Inside the word already begun: a later letter of it (the next one of an embedded acronym).
  if (current && position >= 0) {
    for (let p = current.letters.indexOf(wanted!, position + 1); p >= 0; p = current.letters.indexOf(wanted!, p + 1)) {
      if (current.allInitials && p !== position + 1) break;
      if (spells(capitals, words, letter + 1, word, p)) return true;
    }
  }
  // The start of a later word (words may be skipped: "of", "the", a trailing "algorithm").
  for (let next = word + 1; next < words.length; next++) {
    if (words[next]!.letters[0] === wanted && spells(capitals, words, letter + 1, next, 0)) return true;
  }
  return false;
}

/** True when `longForm` can be a definition of `acronym` (letters of the acronym in order, see above). */
export function spellsAcronym(longForm: string, acronym: string): boolean {
  const capitals = capitalsOf(acronym);
  if (capitals.length < 2) return true;
  return spells(capitals, wordsOf(longForm), 0, -1, -1);
}
