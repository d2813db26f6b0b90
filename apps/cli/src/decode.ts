/**
 * Bytes -> text for the input stage: the encoding sniffed from the first bytes (UTF-8, or
 * UTF-16 with or without its byte-order mark), and a streaming decoder that locates invalid
 * UTF-8 by line, so a reader can skip that line and keep the others.
 */

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** Bytes looked at for the encoding and the binary check. */
const PROBE_BYTES = 8 * 1024;
/** A line longer than this is decoded in pieces (memory stays flat on a file without newlines). */
const MAX_PIECE_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

/**
 * UTF-16 by its byte-order mark, or without one by its zero bytes: text in Latin script puts
 * a zero in every other byte (after each character in little-endian, before it in big-endian).
 */
export function sniffEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  const pairs = Math.floor(Math.min(head.length, PROBE_BYTES) / 2);
  if (pairs < 2) return "utf-8";
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) zeroEven++;
    if (head[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= pairs * 0.6 && zeroEven === 0) return "utf-16le";
  if (zeroEven >= pairs * 0.6 && zeroOdd === 0) return "utf-16be";
  return "utf-8";
}

/** A zero byte in UTF-8 text means the file is not text (an image, an archive, a PDF). */
export function looksBinary(head: Uint8Array, encoding: TextEncoding): boolean {
  return encoding === "utf-8" && head.subarray(0, PROBE_BYTES).includes(0);
}

/** UTF-8 sequence length announced by a lead byte (1 for ASCII and stray bytes). */
function sequenceLength(byte: number): number {
  return byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
}

/** Length of the prefix ending on a UTF-8 character boundary, so each piece decodes on its own. */
export function completePrefix(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    return sequenceLength(byte) > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** The first bytes as text, for format detection (a cut character at the end is dropped). */
export function decodeHead(head: Uint8Array, encoding: TextEncoding): string {
  if (encoding !== "utf-8") return new TextDecoder(encoding).decode(head.subarray(0, head.length & ~1));
  return new TextDecoder("utf-8").decode(head.subarray(0, completePrefix(head)));
}

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

/**
 * Decodes one piece that starts at line `firstLine`. The fast path decodes it whole; when
 * that fails, each line is decoded alone, the invalid ones reported by number and decoded
 * with U+FFFD in place of the bad bytes (so a CSV quote structure stays intact).
 */
function decodePiece(bytes: Uint8Array, firstLine: number, onInvalidLine: (line: number) => void): string {
  // ignoreBOM keeps a U+FEFF as text: decodeUtf8 removed the file's own mark already.
  const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try {
    return fatal.decode(bytes);
  } catch {
    const lenient = new TextDecoder("utf-8", { ignoreBOM: true });
    let text = "";
    let line = firstLine;
    for (let start = 0; start < bytes.length; line++) {
      const newline = bytes.indexOf(NEWLINE, start);
      const end = newline < 0 ? bytes.length : newline + 1;
      const segment = bytes.subarray(start, end);
      try {
        text += fatal.decode(segment);
      } catch {
        onInvalidLine(line);
        text += lenient.decode(segment);
      }
      start = end;
    }
    return text;
  }
}

/** Where the next piece ends: after the last complete line, or at a character boundary for a very long line. */
function pieceEnd(bytes: Uint8Array): number {
  const lastNewline = bytes.lastIndexOf(NEWLINE);
  if (lastNewline >= 0) return lastNewline + 1;
  return bytes.length > MAX_PIECE_BYTES ? completePrefix(bytes) : 0;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const bytes = new Uint8Array(a.length + b.length);
  bytes.set(a);
  bytes.set(b, a.length);
  return bytes;
}

/**
 * UTF-8 text of a byte stream, piece by piece. `onInvalidLine(n)` hears of each line (1-based)
 * holding invalid UTF-8 before the text holding that line is yielded; it may throw to stop.
 */
export async function* decodeUtf8(chunks: AsyncIterable<Uint8Array>, onInvalidLine: (line: number) => void): AsyncGenerator<string> {
  let carry: Uint8Array = new Uint8Array(0);
  let line = 1;
  let first = true;
  for await (const chunk of chunks) {
    const bytes = joined(carry, first && hasUtf8Bom(chunk) ? chunk.subarray(3) : chunk);
    first = false;
    const end = pieceEnd(bytes);
    if (end === 0) {
      carry = bytes;
      continue;
    }
    const piece = bytes.subarray(0, end);
    yield decodePiece(piece, line, onInvalidLine);
    line += countNewlines(piece);
    carry = new Uint8Array(bytes.subarray(end)); // a copy: the stream's buffer is not ours to keep
  }
  if (carry.length > 0) yield decodePiece(carry, line, onInvalidLine);
}

/** UTF-16 text of a byte stream (a character split between chunks is carried by the decoder). */
export async function* decodeUtf16(chunks: AsyncIterable<Uint8Array>, encoding: "utf-16le" | "utf-16be"): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}
