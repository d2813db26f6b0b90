import { spellsAcronym } from "./acronym-spelling";
import { foldKey } from "./keys";

/**
 * Pure functions of names with their results kept while one normalisation runs: a corpus names
 * its ~20,000 entities in about a million mentions, and each pass asked again for every mention.
 * Local to a run, so nothing outlives it (kept out of keys.ts, whose source is part of the
 * extractor version: a change there would re-extract every stored paper).
 */

/** foldKey, each text folded once: three passes fold every mention's names. */
export function memoisedFoldKey(respell?: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let key = known.get(text);
    if (key === undefined) {
      key = foldKey(respell ? respell(text) : text);
      known.set(text, key);
    }
    return key;
  };
}

/**
 * spellsAcronym, each long form and acronym tried once: thousands of papers define GRPO with
 * the same words, and three passes (undefined long forms, senses, long forms joining their
 * acronym) check each definition.
 */
export function memoisedSpelling(): (longForm: string, acronym: string) => boolean {
  // By acronym, then long form: no key string is built per call.
  const known = new Map<string, Map<string, boolean>>();
  return (longForm, acronym) => {
    let byLongForm = known.get(acronym);
    if (byLongForm === undefined) known.set(acronym, (byLongForm = new Map()));
    let spells = byLongForm.get(longForm);
    if (spells === undefined) {
      spells = spellsAcronym(longForm, acronym);
      byLongForm.set(longForm, spells);
    }
    return spells;
  };
}
