/**
 * JSON.parse that keeps the source text of integers it cannot hold exactly. JSON.parse turns
 * the id 123456789012345678901234567890 into 1.2345678901234568e+29; ids are names, not
 * quantities, so such a number is kept as its digits (a string). Node 20 has no reviver
 * context (`context.source`), so lines that may hold one (a run of 16+ digits: every integer
 * above 2^53 has 16 digits or more) are parsed a second time with lossless-json, which hands
 * each number's text to `parseNumber`. Every other line costs one native JSON.parse.
 */
import { isInteger, isSafeNumber, parse as parseLossless } from "lossless-json";

const MAYBE_UNSAFE_INTEGER = /\d{16}/;

function numberKeepingBigIntegers(text: string): number | string {
  return isInteger(text) && !isSafeNumber(text) ? text : Number(text);
}

/** JSON.parse's value (and errors), with unsafe integers as their source text. */
export function parseJsonKeepingBigIntegers(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (!MAYBE_UNSAFE_INTEGER.test(text)) return value;
  try {
    return parseLossless(text, null, numberKeepingBigIntegers);
  } catch {
    // lossless-json refuses duplicate keys and recurses (a deep document overflows it);
    // JSON.parse read the text already, so its value stands.
    return value;
  }
}
