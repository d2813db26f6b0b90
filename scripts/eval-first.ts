// `pnpm eval --first data/gold/FILE.jsonl`: the one measurement of a held-out gold set
// (data/gold/README.md). It runs only on a set whose role is "held out", only when the extractor
// (packages/, apps/, data/lexicon/) has no uncommitted change, so the recorded commit is what was
// measured; it prints the figures without listing any error and records them in sets.json.

import { basename } from "node:path";
import { evaluateGold, printFigures, prf, type Counts } from "./eval";
import { git, recordFirstMeasurement, uncommittedExtractor, type Figures, type GoldSet } from "./gold-sets";

const rounded = (c: Counts): Figures => {
  const { precision, recall, f1 } = prf(c);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { precision: r(precision), recall: r(recall), f1: r(f1) };
};

export async function measureFirst(goldPath: string | undefined, sets: GoldSet[]): Promise<number> {
  const set = goldPath === undefined ? undefined : sets.find((s) => s.file === basename(goldPath));
  if (!goldPath || !set) {
    console.error("pnpm eval --first needs a gold file listed in data/gold/sets.json");
    return 2;
  }
  if (set.role !== "held out") {
    console.error(`${set.file} is "${set.role}": a first measurement is taken once, of a "held out" set`);
    return 2;
  }
  if (uncommittedExtractor() !== "") return 2;
  const result = await evaluateGold(goldPath);
  const byType = Object.fromEntries(["method", "model", "dataset", "task", "metric"].map((t) => [t, rounded(result.byType.get(t) ?? { tp: 0, fp: 0, fn: 0 })]));
  const first = { commit: git(["rev-parse", "HEAD"]), date: new Date().toISOString().slice(0, 10), typed: rounded(result.typed), untyped: rounded(result.untyped), byType: { ...byType, concept: rounded(result.concepts) } };
  console.log(`first measurement of ${set.file} at ${first.commit.slice(0, 7)} (${result.papers} papers):`);
  printFigures(result);
  recordFirstMeasurement(process.cwd(), set.file, first);
  console.log(`recorded in data/gold/sets.json (role: first measurement)`);
  return 0;
}
