import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseCorpus } from "@fieldmap/extract";
import { buildGraph } from "@fieldmap/graph";
import { extractPapers } from "../src/extraction/extract-papers";
import { readInputs } from "../src/inputs";
import { REPO_ROOT } from "./helpers";

// Which entities leave the map as generic must follow the corpus, not Louvain's random node
// order: the seed corpus's map judged against one Louvain run kept 42 to 75 of its 171
// entities off the map depending on --seed alone (35% of them changed side over 8 seeds);
// judged by the median of 10 runs (packages/graph/src/relevance.ts), 56 to 64 (14%).
describe("generic entities do not hang on the Louvain seed (seed corpus)", () => {
  it("over 8 seeds, at most 20% of the map's entities change side between generic and on the map", async () => {
    const input = await readInputs([join(REPO_ROOT, "data/seeds")], { cwd: REPO_ROOT });
    const { entities } = normaliseCorpus((await extractPapers(input.papers)).flat());
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => 100 + 37 * i);
    const generic = seeds.map((seed) => new Set(buildGraph(input.papers, entities, { seed, layoutIterations: 1 }).generic.map((g) => g.id)));
    const mapEntities = buildGraph(input.papers, entities, { keepGeneric: true, layoutIterations: 1 }).graph.order;
    const everJudgedGeneric = new Set(generic.flatMap((set) => [...set]));
    const changedSide = [...everJudgedGeneric].filter((id) => !generic.every((set) => set.has(id)));
    expect(generic.every((set) => set.size > 0)).toBe(true);
    expect(changedSide.length / mapEntities).toBeLessThanOrEqual(0.2);
  }, 60_000);
});
