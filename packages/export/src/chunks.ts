/**
 * Text outputs as sequences of chunks: a map of a million papers is bigger than V8's longest
 * string (~512 MB), so writers yield pieces that the CLI streams to disk one after another.
 */

/** About 64 KB: few enough writes to be fast, small enough to never hold the whole file. */
export const CHUNK_SIZE = 1 << 16;

/** Joins small pieces into chunks of about `size` characters (one piece may exceed it). */
export function* batchChunks(pieces: Iterable<string>, size = CHUNK_SIZE): Generator<string> {
  let buffer = "";
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") yield buffer;
}

/** Lines, each followed by `end`, as chunks: `[...lineChunks(l, e)].join("")` is `l.map((x) => x + e).join("")`. */
export function* lineChunks(lines: Iterable<string>, end: string, size = CHUNK_SIZE): Generator<string> {
  yield* batchChunks(withEnds(lines, end), size);
}

function* withEnds(lines: Iterable<string>, end: string): Generator<string> {
  for (const line of lines) yield `${line}${end}`;
}
