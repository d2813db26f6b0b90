// `pnpm eval merges [CORPUS]`: extracts and normalises the seed corpus (as `fieldmap build`
// does, without the map) and checks its merges against the hand-made list in
// data/gold/merges.csv: pairs of names a,b judged `same` (one entity) or `different`.
// Prints merge precision (listed true merges made / listed merges made), the true merges
// missed and every wrong merge found. Exit code 1 when a wrong merge from the list is made.

const MERGE_LIST = "data/gold/merges.csv";
const SEED_CORPUS = "data/seeds";

export interface MergePair {
  a: string;
  b: string;
  expected: "same" | "different";
  why: string;
}

export interface NamedEntity {
  name: string;
  aliases: readonly string[];
}

export interface MergeCheck {
  /** Listed pairs both of whose names the corpus has: judged. */
  judged: { pair: MergePair; merged: boolean }[];
  /** Listed pairs with a name no entity carries (not counted). */
  absent: MergePair[];
}

/** One pair a line: `a,b,expected,why` (names hold no comma; the note may). */
export function parseMergeList(text: string): MergePair[] {
  const lines = text.split("\n").map((l) => l.trim());
  return lines.slice(1).flatMap((line, i) => {
    if (line === "") return [];
    const [a = "", b = "", expected = "", ...why] = line.split(",");
    if (!a || !b || (expected !== "same" && expected !== "different")) throw new Error(`${MERGE_LIST}:${i + 2}: needs a, b and expected same|different`);
    return [{ a, b, expected, why: why.join(",") }];
  });
}

/**
 * Which entity each listed name belongs to: the one that names it or has it as an alias as written,
 * else as normalisation folds it. As written first: two entities may fold alike (Cocos and COCO).
 */
export function checkMerges(pairs: readonly MergePair[], entities: readonly NamedEntity[], fold: (text: string) => string): MergeCheck {
  const written = new Map<string, number>();
  const folded = new Map<string, number>();
  // Entity names first, so a name that is also another entity's alias is that entity.
  entities.forEach((e, i) => {
    written.set(e.name, i);
    folded.set(fold(e.name), i);
  });
  entities.forEach((e, i) =>
    e.aliases.forEach((alias) => {
      if (!written.has(alias)) written.set(alias, i);
      if (!folded.has(fold(alias))) folded.set(fold(alias), i);
    }),
  );
  const entityOf = (name: string) => written.get(name) ?? folded.get(fold(name));
  const check: MergeCheck = { judged: [], absent: [] };
  for (const pair of pairs) {
    const a = entityOf(pair.a);
    const b = entityOf(pair.b);
    if (a === undefined || b === undefined) check.absent.push(pair);
    else check.judged.push({ pair, merged: a === b });
  }
  return check;
}

/** True merges made / listed merges made (1 when none was made). */
export function mergePrecision(check: MergeCheck): number {
  const made = check.judged.filter((j) => j.merged);
  return made.length === 0 ? 1 : made.filter((j) => j.pair.expected === "same").length / made.length;
}

/** The entities of a corpus as `fieldmap build` normalises them (extraction in this thread, no map). */
export async function corpusEntities(corpus: string): Promise<NamedEntity[]> {
  const { readInputs } = await import("../apps/cli/src/inputs");
  const { extractPapers } = await import("../apps/cli/src/extraction/extract-papers");
  const { normaliseCorpus } = await import("../packages/extract/src/normalise");
  const input = await readInputs([corpus], { cwd: process.cwd() });
  const mentions = (await extractPapers(input.papers)).flat();
  return normaliseCorpus(mentions).entities;
}

export async function evalMerges(args: string[]): Promise<number> {
  const { readFileSync } = await import("node:fs");
  const { foldKey } = await import("../packages/extract/src/keys");
  const corpus = args.find((a) => !a.startsWith("--")) ?? SEED_CORPUS;
  const pairs = parseMergeList(readFileSync(MERGE_LIST, "utf8"));
  const check = checkMerges(pairs, await corpusEntities(corpus), foldKey);
  const made = check.judged.filter((j) => j.merged);
  const wrong = made.filter((j) => j.pair.expected === "different");
  const missed = check.judged.filter((j) => !j.merged && j.pair.expected === "same");
  console.log(`merges of ${corpus} against ${MERGE_LIST}: ${check.judged.length} pairs judged, ${check.absent.length} absent from the corpus`);
  console.log(`merge precision ${mergePrecision(check).toFixed(3)} (${made.length - wrong.length} of ${made.length} listed merges made are true)`);
  console.log(`true merges made ${made.length - wrong.length} of ${made.length - wrong.length + missed.length}`);
  for (const j of wrong) console.log(`WRONG MERGE  ${j.pair.a} = ${j.pair.b}   (${j.pair.why})`);
  for (const j of missed) console.log(`missed merge ${j.pair.a} = ${j.pair.b}   (${j.pair.why})`);
  for (const p of check.absent) console.log(`absent       ${p.a} / ${p.b}`);
  return wrong.length === 0 ? 0 : 1;
}
