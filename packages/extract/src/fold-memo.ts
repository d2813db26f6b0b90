import { foldKey } from "./keys";

/**
 * foldKey with its results kept while one normalisation runs: a corpus names its ~20,000
 * entities in about a million mentions, and each mention's names were folded anew in three
 * passes. Local to a run, so nothing outlives it (kept out of keys.ts, whose source is part of
 * the extractor version: a change there would re-extract every stored paper).
 */
export function memoisedFoldKey(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let key = known.get(text);
    if (key === undefined) {
      key = foldKey(text);
      known.set(text, key);
    }
    return key;
  };
}
