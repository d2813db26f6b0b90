import { CorpusError } from "@fieldmap/corpus";
import { describe, expect, it } from "vitest";
import { parseThesaurus } from "../src/index";
import { mixedText } from "./helpers";

// Pieces real thesaurus files are made of, shuffled into damaged ones.
const PIECES = ["from,to", "label\treplace by", "GRPO", "Group Relative", '"', '""', ",", "\t", "\n", "\r\n", "#", " ", "ü", "\u0000", "a,b,c", "paper", "reason"];

describe("parseThesaurus fuzz", () => {
  it("fuzz: arbitrary text gives a thesaurus or our one-line CorpusError, nothing else", () => {
    for (let i = 0; i < 500; i++) {
      const text = mixedText(PIECES, i + 1, 40);
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
