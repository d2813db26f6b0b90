export * from "./types";
export { extract, paperText, DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from "./extract";
export { compileLexicon, getDefaultLexicon, lookup, type Lexicon, type LexiconEntry } from "./lexicon";
export { findAbbreviations, type AbbreviationDefinition } from "./abbreviations";
export { normalise, normaliseCorpus, DEFAULT_NORMALISE_OPTIONS, type NormaliseOptions, type NormalisedCorpus } from "./normalise";
export { parseThesaurus, type Thesaurus } from "./thesaurus";
export { extractRelations, nameRelations, ownEntity, allowedTypes, RELATION_SIGNATURES, type EntityOfMention } from "./relations";
