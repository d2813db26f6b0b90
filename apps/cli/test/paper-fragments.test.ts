// The papers section's pieces as build --update holds them until graph.json is written:
// consecutive papers copied from the previous graph.json become one view of its bytes.
import { describe, expect, it } from "vitest";
import { joinedPieces, paperRanges } from "../src/paper-fragments";

const SEPARATOR = ",\n    ";
/** A pretty-printed papers list, as graph.json holds it. */
const paper = (key: string) => `{\n      "${key}": 1\n    }`;
const previous = Buffer.from(`[\n    ${paper("a")}${SEPARATOR}${paper("b")}${SEPARATOR}${paper("c")}\n  ]`);
const [a, b, c] = paperRanges(previous).map(([start, end]) => previous.subarray(start, end));

const text = (pieces: Iterable<string | Buffer>) => [...pieces].map(String).join("");

describe("joinedPieces", () => {
  it("finds each paper of a section", () => {
    expect([a, b, c].map(String)).toEqual([paper("a"), paper("b"), paper("c")]);
  });

  it("joins papers that follow one another in the previous bytes into one view of them, not a copy", () => {
    const pieces = [...joinedPieces(["[\n    ", a!, SEPARATOR, b!, SEPARATOR, c!, "\n  ]"])];
    expect(text(pieces)).toBe(String(previous));
    expect(pieces).toHaveLength(3);
    const run = pieces[1] as Buffer;
    expect(run.buffer).toBe(previous.buffer);
    expect(String(run)).toBe(`${paper("a")}${SEPARATOR}${paper("b")}${SEPARATOR}${paper("c")}`);
  });

  it("keeps papers apart when another comes between them, or they are out of order, or the gap is not the separator", () => {
    for (const pieces of [
      ["[", a!, SEPARATOR, paper("new"), SEPARATOR, b!, "]"],
      ["[", b!, SEPARATOR, a!, "]"],
      ["[", a!, ",\n  ", b!, "]"],
    ]) {
      const joined = [...joinedPieces(pieces)];
      expect(text(joined)).toBe(pieces.map(String).join(""));
      expect(joined.filter((piece) => Buffer.isBuffer(piece))).toHaveLength(2);
    }
  });

  it("joins the strings between views into pieces of about the size given", () => {
    const pieces = [...joinedPieces(Array.from({ length: 100 }, () => "x".repeat(10)), 64)];
    expect(text(pieces)).toBe("x".repeat(1000));
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(80);
  });
});
