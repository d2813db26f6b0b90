import { describe, expect, it } from "vitest";
import { extract } from "../src/index";
import { textWindows, WINDOW_CHARS } from "../src/windows";

const ABSTRACT =
  "We fine-tune Qwen2.5-7B with Group Relative Policy Optimization (GRPO) on GSM8K. " +
  "GRPO improves accuracy on MATH-500 over PPO. ";

/** A long abstract: the same two sentences again and again. */
function longAbstract(chars: number): string {
  return ABSTRACT.repeat(Math.ceil(chars / ABSTRACT.length));
}

describe("textWindows", () => {
  it("reads a short text whole", () => {
    expect(textWindows("One. Two.")).toEqual([{ start: 0, end: 9 }]);
  });

  it("covers a long text with windows of whole sentences, none over the limit", () => {
    const text = longAbstract(5 * WINDOW_CHARS);
    const windows = textWindows(text);
    expect(windows.length).toBeGreaterThanOrEqual(5);
    expect(windows[0]!.start).toBe(0);
    expect(windows.at(-1)!.end).toBe(text.length);
    windows.forEach((window, k) => {
      expect(window.end - window.start).toBeLessThanOrEqual(WINDOW_CHARS);
      if (k > 0) expect(window.start).toBe(windows[k - 1]!.end);
      // Each cut falls after a sentence's full stop.
      if (k < windows.length - 1) expect(text[window.end - 1]).toBe(".");
    });
  });

  it("cuts a sentence longer than the limit at spaces", () => {
    const text = "word ".repeat(300);
    const windows = textWindows(text, 100);
    expect(windows.map((w) => text.slice(w.start, w.end)).join("")).toBe(text);
    for (const w of windows) expect(w.end - w.start).toBeLessThanOrEqual(100);
    expect(windows.slice(0, -1).every((w) => text[w.end] === " ")).toBe(true);
  });

  it("cuts text without any space at the limit", () => {
    const windows = textWindows("x".repeat(250), 100);
    expect(windows).toEqual([{ start: 0, end: 100 }, { start: 100, end: 200 }, { start: 200, end: 250 }]);
  });
});

describe("extract on a text longer than a window", () => {
  const abstract = longAbstract(3 * WINDOW_CHARS);
  const title = "GRPO for math";
  const mentions = extract({ id: "long", title, abstract, source: "test" });
  const text = `${title}\n\n${abstract}`;

  it("finds the entities of every part, at their place in the whole text", () => {
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    const copies = abstract.length / ABSTRACT.length;
    const grpo = mentions.filter((m) => m.canonical === "GRPO" && m.start > title.length);
    // Per copy: the long form, its acronym, and the acronym again.
    expect(grpo.length).toBe(3 * copies);
    expect(mentions.at(-1)!.end).toBeGreaterThan(text.length - ABSTRACT.length);
  });

  it("keeps the title's mentions once", () => {
    expect(mentions.filter((m) => m.start < title.length)).toHaveLength(1);
  });

  it("keeps mentions in reading order", () => {
    for (let k = 1; k < mentions.length; k++) expect(mentions[k]!.start).toBeGreaterThan(mentions[k - 1]!.start);
  });
});

/** A text of many different names and terms: what makes whole-text comparisons quadratic. */
function variedAbstract(chars: number): string {
  const words = ["policy", "reward", "graph", "token", "vision", "speech", "memory", "search", "agent", "kernel"];
  const word = (k: number, i: number) => words[(k * 7 + i * 3) % words.length]!;
  let text = "";
  for (let k = 0; text.length < chars; k++) {
    text += `We propose Z${k.toString(36).toUpperCase()}, a ${word(k, 0)} ${word(k, 1)} method, and evaluate ` +
      `${word(k, 2)} ${word(k, 1)} classification on Bench-${k} with F${k} score. `;
  }
  return text;
}

describe("extract on a very long text", () => {
  // Not a speed target (those are in `pnpm bench extract`): a guard against the quadratic
  // reading that took 37 s for this 1 MB text (minutes for 5 MB). Linear reading takes about 2 s.
  it("reads a 1 MB abstract of varied names without hanging", { timeout: 20_000 }, () => {
    const abstract = variedAbstract(1_000_000);
    const mentions = extract({ id: "huge", title: "A long one", abstract, source: "test" });
    expect(mentions.filter((m) => m.surface.startsWith("Bench-")).length).toBeGreaterThan(5000);
  });
});
