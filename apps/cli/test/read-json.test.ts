import { writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { toGraphJson } from "@fieldmap/export";
import { describe, expect, it, vi } from "vitest";
import { fixtureDoc } from "../../../packages/export/test/fixture";
import { readMapDocument } from "../src/commands/export";
import { JsonSyntaxError, parseJsonStream } from "../src/read-json";
import { tempDir } from "./helpers";

// readFile is watched, to tell the whole-file path (one string) from the streaming one.
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

const dir = tempDir("fieldmap-read-json-");
const put = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

/** The text cut into pieces of `size` bytes, as a file stream would deliver it. */
async function* byteChunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

// Multi-byte characters, escapes and numbers, so chunk cuts fall inside each of them.
const TRICKY = { label: "Étude – 北京 😀", quote: 'a "b" \\ c\n', numbers: [0, -1.5e-7, 123456789, 3.25], nested: { empty: [], no: null, yes: true } };

describe("reading graph.json as a stream (maps too big for one string)", () => {
  it.each([1, 2, 3, 7, 64])("stream: chunks of %i bytes give JSON.parse's value", async (size) => {
    const text = JSON.stringify(TRICKY, null, 2);
    expect(await parseJsonStream(byteChunks(text, size))).toEqual(JSON.parse(text));
  });

  it.each([
    ["data after the value, in a later chunk", '{"a": 1}  x'],
    ["a second value", '{"a": 1}\n{"b": 2}'],
    ["an unclosed string", '{"a": "b'],
  ])("stream: %s is a syntax error", async (_name, text) => {
    await expect(parseJsonStream(byteChunks(text, 1))).rejects.toThrow(JsonSyntaxError);
  });

  it("graph.json: the streaming path reads the same document as the whole-file path", async () => {
    const file = put("graph.json", toGraphJson(fixtureDoc()));
    const whole = await readMapDocument(file, "graph.json");
    expect(vi.mocked(readFile)).toHaveBeenCalledWith(file, "utf8");
    vi.mocked(readFile).mockClear();
    const streamed = await readMapDocument(file, "graph.json", { wholeFileLimit: 0 });
    expect(vi.mocked(readFile)).not.toHaveBeenCalled();
    expect(streamed).toEqual(whole);
    expect(streamed.graph.nodes.length).toBeGreaterThan(0);
  });

  it.each([
    ["truncated", (text: string) => text.slice(0, text.length / 2)],
    ["trailing data", (text: string) => `${text} {}`],
    ["a bad token", (text: string) => text.replace('"fieldmap"', "fieldmap")],
    ["empty", () => ""],
  ])("stream: %s is one line naming the file, not a crash", async (name, spoil) => {
    const file = put(`bad-${name.replace(/ /g, "-")}.json`, spoil(toGraphJson(fixtureDoc())));
    const reading = readMapDocument(file, "bad.json", { wholeFileLimit: 0 });
    await expect(reading).rejects.toThrow(/^cannot read bad\.json: not valid JSON \([^\n]+\)$/);
  });
});
