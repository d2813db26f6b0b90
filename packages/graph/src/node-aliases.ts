import type { Entity } from "@fieldmap/extract";
import { foldName } from "./document";

/**
 * The aliases a node shows. A paper that names its task in full once and shortens it after
 * ("monocular depth estimation", then "depth estimation") gives the narrower node the head as an
 * alias; where the head is a node of the map itself, listing it under the narrower one would say
 * the two are the same thing. Such a head is left out of the list (its mentions still count for
 * the narrower node, as the papers meant them).
 *
 * A lone word that is one word of a longer name of the node is left out too. Papers write it so
 * when they coordinate two terms ("sparse and noisy rewards", "data and computational
 * heterogeneity", "multi-modal and multi-model fusion"), and the extractor gives the first word
 * the whole term; shown as an alias, "data" would read as another name of non-IID, and a search
 * for "data" would find non-IID first, as an exact match. An acronym stays: "T2I" of "T2I
 * generation" is the task's short name.
 */
export function shownAliases(entity: Entity, nodeNames: ReadonlySet<string>): string[] {
  const own = foldName(entity.name);
  const parts = wordsOfLongerNames(entity);
  return entity.aliases.filter((alias) => {
    const folded = foldName(alias);
    if (folded !== own && !/\s/.test(alias.trim()) && !ACRONYM.test(alias) && parts.has(folded)) return false;
    return folded === own || !nodeNames.has(folded) || !own.endsWith(folded);
  });
}

/** Two capitals or a capital after a small letter (T2I, CoT, MATH): a short name of its own, kept. */
const ACRONYM = /\p{Lu}.*\p{Lu}|\p{Ll}\p{Lu}/u;

/**
 * The folded words of the node's names written in two words or more ("sparse rewards"), with the
 * pieces of their hyphenated words ("multi-modal fusion": multi-modal, multi, modal, fusion), and
 * the pieces of the node's own name when hyphens join it ("Llama-3.1": llama, 3.1). An alias's own
 * hyphens are no words: "3D-GS" and "Text-to-Image" are spellings, not parts.
 */
function wordsOfLongerNames(entity: Entity): Set<string> {
  const words = new Set<string>();
  const addPieces = (word: string) => {
    const pieces = word.split("-").filter((piece) => piece !== "");
    if (pieces.length > 1) for (const piece of pieces) words.add(foldName(piece));
  };
  for (const name of [entity.name, ...entity.aliases]) {
    const spaced = name.trim().split(/\s+/);
    if (spaced.length < 2) continue;
    for (const word of spaced) {
      words.add(foldName(word));
      addPieces(word);
    }
  }
  addPieces(entity.name.trim());
  return words;
}
