/**
 * Words that carry no part of a long form's meaning, left out when two long forms are compared:
 * "RL with/from/on verifiable rewards" is one sense (senses.ts, across papers), and "Motion Object
 * Segmentation" against the lexicon's "mean opinion score" another (scan-definitions.ts, in a paper).
 */
export const LONG_FORM_FUNCTION_WORDS: ReadonlySet<string> = new Set(["a", "an", "and", "by", "for", "from", "in", "of", "on", "the", "to", "via", "with"]);
