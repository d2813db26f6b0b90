import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../src/csv";
import { fixtureDoc } from "./fixture";

describe("CSV injection", () => {
  it.each([
    ["=HYPERLINK(\"http://x\")", `"'=HYPERLINK(""http://x"")"`],
    ["+1 trick", "'+1 trick"],
    ["-based", "'-based"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
    ["GRPO", "GRPO"],
    ["a=b", "a=b"],
  ])("csvField(%j) is %s", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("writes numbers, negative ones included, as numbers", () => {
    expect(csvField(-12.5)).toBe("-12.5");
  });

  it("keeps a formula-like label as text in nodes.csv", () => {
    const doc = fixtureDoc();
    doc.graph.nodes[0]!.attributes.label = "=1+1";
    const row = toCsv(doc).nodes.split("\r\n")[1]!;
    expect(row.split(",")[1]).toBe("'=1+1");
  });
});
