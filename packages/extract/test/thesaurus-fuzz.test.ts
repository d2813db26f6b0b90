import { CorpusError } from "@fieldmap/corpus";
import { describe, expect, it } from "vitest";
import { parseThesaurus } from "../src/index";

// Pieces real thesaurus files are made of, shuffled into damaged ones.
const PIECES = ["from,to", "label\treplace by", "GRPO", "Group Relative", '"', '""', ",", "\t", "\n", "\r\n", "#", " ", "ü", "\u0000", "a,b,c", "paper", "reason"];

/** Deterministic mixes (a multiplicative hash of the iteration), so a failure replays by its number. */
function mixedText(iteration: number): string {
  let state = (iteration + 1) * 2654435761;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  let text = "";
  const length = Math.floor(next() * 40);
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

describe("parseThesaurus fuzz", () => {
  it("fuzz: arbitrary text gives a thesaurus or our one-line CorpusError, nothing else", () => {
    for (let i = 0; i < 500; i++) {
      const text = mixedText(i);
      try {
        const thesaurus = parseThesaurus(text, "t.csv");
        expect(thesaurus.replacements).toBeInstanceOf(Map);
      } catch (error) {
        expect(error, `iteration ${i}: ${JSON.stringify(text)}`).toBeInstanceOf(CorpusError);
        expect((error as Error).message).toMatch(/^t\.csv( line \d+)?: /);
        expect((error as Error).message).not.toContain("\n");
      }
    }
  });
});
