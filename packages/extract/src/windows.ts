// Long texts are read in windows of whole sentences. Several rules compare each candidate
// with the whole text or with every earlier candidate (recurrences, C-values, same
// spellings), which is cheap for an abstract and quadratic for a book: bounding the text
// each rule sees keeps extraction linear in the text's length.

import { splitSentences, type Span } from "./text";

/** Texts up to this length are read whole; an abstract is rarely a tenth of it. */
export const WINDOW_CHARS = 20_000;

/**
 * Spans of `text`, each at most `limit` characters, cut between sentences (or, inside a
 * sentence longer than the limit, at a space), that together cover the text.
 */
export function textWindows(text: string, limit = WINDOW_CHARS): Span[] {
  if (text.length <= limit) return [{ start: 0, end: text.length }];
  const windows: Span[] = [];
  let start = 0;
  let end = 0;
  // Closes the window at `end`, then cuts what is left before `upTo` if it is still too long.
  const close = (upTo: number) => {
    if (end > start) windows.push({ start, end });
    start = Math.max(start, end);
    while (upTo - start > limit) {
      const cut = cutAtSpace(text, start, start + limit);
      windows.push({ start, end: cut });
      start = cut;
    }
  };
  for (const sentence of splitSentences(text)) {
    if (sentence.end - start > limit) close(sentence.end);
    end = sentence.end;
  }
  close(text.length);
  if (text.length > start) windows.push({ start, end: text.length });
  return windows;
}

/** The last space before `limit` (after `start`), or `limit` itself in a text without one. */
function cutAtSpace(text: string, start: number, limit: number): number {
  const space = text.lastIndexOf(" ", limit);
  return space > start ? space : limit;
}
