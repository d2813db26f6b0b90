import { describe, expect, it } from "vitest";
import { titleFromAbstract } from "../src/index";

describe("titleFromAbstract", () => {
  it.each([
    ["the first sentence, without its full stop", "We present a parser. It is fast.", "We present a parser"],
    ["an abbreviation inside the sentence does not end it", "Models, e.g. transformers, parse well. Next.", "Models, e.g. transformers, parse well"],
    ["a one-sentence abstract", "Only one sentence here", "Only one sentence here"],
  ])("%s", (_case, abstract, title) => {
    expect(titleFromAbstract(abstract)).toBe(title);
  });

  it("cuts a long sentence at a word boundary, within the limit, marked with an ellipsis", () => {
    const abstract = `${"word ".repeat(60)}end. Second.`;
    const title = titleFromAbstract(abstract, 50);
    expect(title.length).toBeLessThanOrEqual(50);
    expect(title).toMatch(/^(word )+word…$/);
  });
});
