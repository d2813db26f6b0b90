// The whole package. The extractor (extract.ts) loads compromise and compiles its tables, about
// a second of a thread's start-up; the subpaths in package.json (types, paper-text, normalise,
// thesaurus, relations) reach the other steps without it, for a build's main thread when
// extraction runs on worker threads and for the time analysis's thread.
export * from "./types";
export { paperText } from "./paper-text";
export { extract, extractMany, DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from "./extract";
export { compileLexicon, getDefaultLexicon, lookup, type Lexicon, type LexiconEntry } from "./lexicon";
export { findAbbreviations, type AbbreviationDefinition } from "./abbreviations";
export { normalise, normaliseCorpus, DEFAULT_NORMALISE_OPTIONS, type NormaliseOptions, type NormalisedCorpus } from "./normalise";
export { parseThesaurus, type Thesaurus } from "./thesaurus";
export { extractRelations, nameRelations, ownEntity, allowedTypes, RELATION_SIGNATURES, type EntityOfMention } from "./relations";
export { classProbabilities, getDefaultJudge, type JudgeModel, type JudgedCandidate, type JudgeObserver } from "./judge";
