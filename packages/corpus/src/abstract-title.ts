// Abstract-only records (datasets such as SciERC give no title) are titled by their
// abstract's first sentence, cut at a word boundary so a list or a map label stays short.

export const ABSTRACT_TITLE_MAX_LENGTH = 200;

// A sentence ends at . ! or ? followed by a space and a capital, digit or quote (not "e.g. the").
const SENTENCE_END = /[.!?](?=\s+["'“(\p{Lu}\p{N}])/u;

/** The first sentence of `abstract`, without its full stop, at most `maxLength` characters (… when cut). */
export function titleFromAbstract(abstract: string, maxLength = ABSTRACT_TITLE_MAX_LENGTH): string {
  const text = abstract.trim();
  const end = SENTENCE_END.exec(text);
  const sentence = (end ? text.slice(0, end.index) : text).replace(/[.!?]$/, "").trim();
  if (sentence.length <= maxLength) return sentence;
  const cut = sentence.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, "")}…`;
}
