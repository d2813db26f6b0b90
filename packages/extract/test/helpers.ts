import { expect } from "vitest";
import { extract, type Mention } from "../src/index";

/**
 * Mentions of one made-up paper by the rules: the table tests' way to run the extractor on a
 * sentence. The judge (judge.ts), learned from whole abstracts, is left out here: these tables
 * pin what each rule does, and judge.test.ts with the folds of `pnpm train-judge --cv` pin the judge.
 */
export function run(abstract: string, title = "A study") {
  return extract({ id: "p", title, abstract, source: "test" }, { judge: null });
}

/** [canonical name, type] of every mention, in order. */
export function found(abstract: string, title?: string): [string, string][] {
  return run(abstract, title).map((m) => [m.canonical, m.type]);
}

/** The type given to the mention named `name`, if any. */
export function typeOf(abstract: string, name: string, title?: string): string | undefined {
  return run(abstract, title).find((m) => m.canonical === name)?.type;
}

/**
 * Deterministic damaged text for fuzz tests: up to `maxPieces` of `pieces`, chosen by a small
 * linear congruential sequence started from `seed`, so a failing case replays from its number.
 */
export function mixedText(pieces: readonly string[], seed: number, maxPieces: number): string {
  let state = seed * 2654435761;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  let text = "";
  const count = Math.floor(next() * maxPieces);
  for (let i = 0; i < count; i++) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

/** An "X is not extracted" row: the rule, the text, X, and the real entity the same text names. */
export type AbsentRow = [rule: string, abstract: string, absent: string, present: [name: string, type: string]];

/** Types the rows of an "X is not extracted" table (it.each keeps the tuple types). */
export function absentRows(rows: AbsentRow[]): AbsentRow[] {
  return rows;
}

/**
 * X is not extracted while the real entity of the same text is: an extractor that finds
 * nothing at all (or crashes into an empty result) fails the case instead of passing it.
 */
export function expectAbsentBeside(abstract: string, absent: string, present: [string, string]): void {
  const names = found(abstract);
  expect(names, "the real entity of the text").toContainEqual(present);
  expect(names.map(([n]) => n)).not.toContain(absent);
}

/** A mention as normalisation reads it: the surface is its own sentence, the canonical name the surface unless given. */
export function mention(paperId: string, surface: string, canonical = surface, type: Mention["type"] = "method", proposed = false): Mention {
  return { paperId, surface, start: 0, end: surface.length, sentence: surface, type, proposed, canonical };
}
