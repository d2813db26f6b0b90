/**
 * Reading a JSON file that may be longer than V8's longest string (~512 MB; the graph.json
 * of a million papers is over a gigabyte): small files are read whole and JSON.parse'd (four
 * times faster), bigger ones are fed chunk by chunk to a streaming parser (@streamparser/json),
 * so no string ever holds the whole file. Both give the same value.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { JSONParser } from "@streamparser/json";

/** Files up to this many bytes are read as one string; 256 MB leaves room under V8's limit. */
export const DEFAULT_WHOLE_FILE_LIMIT = 256 * 1024 * 1024;

export interface ReadJsonOptions {
  /** Files longer than this (bytes) are parsed as a stream. */
  wholeFileLimit?: number;
}

/** A file's text is not JSON; the message says where (the parser's own words). */
export class JsonSyntaxError extends Error {}

/** The JSON value in `path`; file-system errors pass through, bad JSON is a JsonSyntaxError. */
export async function readJsonFile(path: string, options: ReadJsonOptions = {}): Promise<unknown> {
  const limit = options.wholeFileLimit ?? DEFAULT_WHOLE_FILE_LIMIT;
  const { size } = await stat(path);
  if (size > limit) return parseJsonStream(createReadStream(path));
  const text = await readFile(path, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new JsonSyntaxError((error as Error).message.split("\n")[0]);
  }
}

/** The one JSON value of a byte stream, parsed as the chunks arrive. */
export async function parseJsonStream(chunks: AsyncIterable<Uint8Array | string>): Promise<unknown> {
  // Only the root is emitted (paths "$"), and the parser keeps no finished siblings for us.
  const parser = new JSONParser({ paths: ["$"], keepStack: false });
  let root: { value: unknown } | undefined;
  let failure: Error | undefined;
  parser.onValue = ({ value, stack }) => {
    if (stack.length === 0) root = { value };
  };
  parser.onError = (error) => {
    failure ??= error;
  };
  for await (const chunk of chunks) {
    if (failure) break;
    // The parser ends itself once the root value is complete; anything after it but blanks is an error.
    if (parser.isEnded) {
      if (String(chunk).trim() !== "") failure = new Error("unexpected data after the JSON value");
      continue;
    }
    parser.write(chunk);
  }
  if (!failure && !parser.isEnded) parser.end();
  if (failure) throw new JsonSyntaxError(failure.message.split("\n")[0]);
  if (!root) throw new JsonSyntaxError("no JSON value");
  return root.value;
}
