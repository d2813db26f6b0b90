/**
 * The seed corpus (data/seeds, Daily Papers dumps) as the extraction benchmarks read it: each
 * abstract (a paragraph of more than 300 characters) with the paragraph before it as its title,
 * resampled in order to as many papers as a benchmark wants.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Paper } from "../../packages/corpus/src/index";

const seedDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data", "seeds");

export interface TitledAbstract {
  title: string;
  abstract: string;
}

/** Title + abstract pairs of the Daily Papers dumps: a long paragraph after its title paragraph. */
export function readSeedAbstracts(): TitledAbstract[] {
  const pairs: TitledAbstract[] = [];
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort()) {
    const paragraphs = readFileSync(join(seedDir, file), "utf8").split(/\n\s*\n/).map((p) => p.trim());
    paragraphs.forEach((p, i) => {
      if (p.length > 300 && i > 0) pairs.push({ title: paragraphs[i - 1]!, abstract: p });
    });
  }
  return pairs;
}

/** `size` papers cycling through `pairs`. */
export function resampleSeeds(pairs: readonly TitledAbstract[], size: number): Paper[] {
  return Array.from({ length: size }, (_, i) => ({ id: `p${i}`, ...pairs[i % pairs.length]!, source: "seeds" }));
}
