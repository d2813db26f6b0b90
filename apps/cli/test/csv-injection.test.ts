import { describe, expect, it } from "vitest";
import { csvField } from "@fieldmap/export";
import { parseThesaurus } from "@fieldmap/extract";

describe("merges.csv fed back as a thesaurus", () => {
  it("reads a field neutralised against CSV injection back as the original term", () => {
    const thesaurus = parseThesaurus(`from,to\n${csvField("=x")},${csvField("-y")}\n`, "merges.csv");
    expect([...thesaurus.replacements.values()]).toEqual(["-y"]);
  });
});
