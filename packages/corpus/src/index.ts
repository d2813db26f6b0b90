// readArxivAtom and readBibtex are not re-exported: their parsers (fast-xml-parser, the BibTeX
// parser and its LaTeX tables) take a few hundred milliseconds to load, so readCorpusText loads
// them when a file of theirs is read. Import them from their modules.
export * from "./types";
export * from "./clean";
export * from "./ids";
export * from "./identifiers";
export * from "./dates";
export * from "./fields";
export * from "./daily-papers";
export * from "./json";
export * from "./dedupe";
export * from "./detect";
export * from "./read";
export * from "./lines";
export * from "./csv";
export * from "./ris";
export * from "./unique-ids";
export * from "./text-limits";
export * from "./abstract-title";
