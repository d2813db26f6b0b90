import { extract } from "../src/index";

/** Mentions of one made-up paper: the table tests' way to run the whole extractor on a sentence. */
export function run(abstract: string, title = "A study") {
  return extract({ id: "p", title, abstract, source: "test" });
}

/** [canonical name, type] of every mention, in order. */
export function found(abstract: string, title?: string): [string, string][] {
  return run(abstract, title).map((m) => [m.canonical, m.type]);
}

/** The type given to the mention named `name`, if any. */
export function typeOf(abstract: string, name: string, title?: string): string | undefined {
  return run(abstract, title).find((m) => m.canonical === name)?.type;
}
