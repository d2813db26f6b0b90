/**
 * JSON.parse that keeps the source text of integers it cannot hold exactly. JSON.parse turns
 * the id 123456789012345678901234567890 into 1.2345678901234568e+29; ids are names, not
 * quantities, so such a number is kept as its digits (a string). Node 20 has no reviver
 * context (`context.source`), so a value that may hold one (a number beyond 2^53 - 1: every
 * integer whose text a double cannot keep is one) is parsed a second time with lossless-json,
 * which hands each number's text to `parseNumber`. Every other line costs one native JSON.parse
 * and a look at its few values, which costs less than searching the line's text for a run of
 * 16 digits did.
 */
import { isInteger, isSafeNumber, parse as parseLossless } from "lossless-json";

/** Whether `value` holds a number beyond the integers a double holds exactly (walked without recursion: JSON may nest deeply). */
function holdsUnsafeNumber(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === "number") {
      if (!(Math.abs(item) <= Number.MAX_SAFE_INTEGER)) return true;
    } else if (item !== null && typeof item === "object") {
      for (const member of Object.values(item)) pending.push(member);
    }
  }
  return false;
}

function numberKeepingBigIntegers(text: string): number | string {
  return isInteger(text) && !isSafeNumber(text) ? text : Number(text);
}

/** JSON.parse's value (and errors), with unsafe integers as their source text. */
export function parseJsonKeepingBigIntegers(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (!holdsUnsafeNumber(value)) return value;
  try {
    return parseLossless(text, null, numberKeepingBigIntegers);
  } catch {
    // lossless-json refuses duplicate keys and recurses (a deep document overflows it);
    // JSON.parse read the text already, so its value stands.
    return value;
  }
}
