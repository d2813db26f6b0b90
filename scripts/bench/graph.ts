// The map's own stages (co-occurrence, relevance, two-level clusters, layout) on planted
// corpora of about 1,000, 5,000 and 20,000 entities, one core. Target: the 20,000-node layout
// in at most 30 s.
import { buildGraph } from "../../packages/graph/src/index";
import { plantedCorpus } from "../../packages/graph/test/planted";

const TARGET_LAYOUT_MS = 30_000;
const SIZES = [
  { label: "1k", topics: 10, subtopics: 5, entitiesPerSubtopic: 20, papersPerSubtopic: 50 },
  { label: "5k", topics: 10, subtopics: 10, entitiesPerSubtopic: 50, papersPerSubtopic: 120 },
  { label: "20k", topics: 12, subtopics: 12, entitiesPerSubtopic: 140, papersPerSubtopic: 200 },
];

let layoutMs = 0;
for (const size of SIZES) {
  const corpus = plantedCorpus({ ...size, noise: 0.15, generic: 20, seed: 1 });
  const started = performance.now();
  const built = buildGraph(corpus.papers, corpus.entities, { minCount: 1 });
  const total = performance.now() - started;
  const t = built.timings;
  console.log(
    `${size.label.padStart(3)}: ${built.graph.order} nodes, ${built.graph.size} edges, ${corpus.papers.length} papers; ` +
      `${built.communities.length} clusters (stability ${built.stability}); ` +
      `cooccurrence ${t.cooccurrence} ms, relevance ${t.relevance} ms, clusters ${t.clusters} ms, layout ${t.layout} ms (${built.layoutIterations} iterations), total ${Math.round(total)} ms`,
  );
  layoutMs = t.layout ?? 0;
}
console.log(`target: 20k-node layout <= ${TARGET_LAYOUT_MS / 1000} s: ${layoutMs <= TARGET_LAYOUT_MS ? "met" : "NOT met"}`);
process.exitCode = layoutMs <= TARGET_LAYOUT_MS ? 0 : 1;
