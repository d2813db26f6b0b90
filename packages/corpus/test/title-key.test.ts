import { describe, expect, it } from "vitest";
import { normaliseTitle } from "../src/index";

/** The rule for every title, without the ASCII shortcut: what normaliseTitle must equal. */
function fullRule(title: string): string {
  return title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

describe("normaliseTitle", () => {
  it.each([
    ["Self-Play: A Study", "self play a study"],
    ["  GRPO\tfor  LLMs!  ", "grpo for llms"],
    ["Qwen2.5-7B_Instruct (v2)", "qwen2 5 7b instruct v2"],
    ["Café Résumé — naïve", "cafe resume naive"],
    ["Ｆｕｌｌｗｉｄｔｈ ＧＰＴ", "fullwidth gpt"],
    ["Ωmega-Net", "ωmega net"],
    ["", ""],
  ])("title key: %j -> %j", (title, key) => {
    expect(normaliseTitle(title)).toBe(key);
  });

  it("title key: ASCII titles (the shortcut) get the full rule's key", () => {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
    for (let n = 0; n < 2000; n++) {
      const title = Array.from({ length: next() % 40 }, () => String.fromCharCode(next() % 128)).join("");
      expect(normaliseTitle(title), JSON.stringify(title)).toBe(fullRule(title));
    }
  });
});
