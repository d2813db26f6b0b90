// Extraction throughput on one core: the seed corpus (data/seeds, Daily Papers dumps)
// resampled to 10,000 abstracts, next to a plain regex tokenisation pass over the same
// text (the ceiling any extractor reading every token can reach), and the typed relations read
// from the mentions. Targets: >= 500 abstracts/s for mentions and relations together (the exit
// code's), and issue 13's >= 1,000 abstracts/s for the mentions (printed).
import type { Paper } from "../../packages/corpus/src/index";
import { extract, extractMany, extractRelations, normalise } from "../../packages/extract/src/index";
import { hasDevCorpus, readDevRecords } from "./dev-corpus";
import { readSeedAbstracts, resampleSeeds } from "./seed-papers";

const SIZE = 10_000;
const TARGET = 500;
const EXTRACT_TARGET = 1000;

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return (performance.now() - start) / 1000;
}

const seeds = readSeedAbstracts();
const papers = resampleSeeds(seeds, SIZE);
const tokenSeconds = time(() => {
  let count = 0;
  for (const p of papers) for (const _ of `${p.title}\n\n${p.abstract}`.matchAll(/[\p{L}\p{N}]+/gu)) count++;
  if (count === 0) throw new Error("no tokens");
});
extract(papers[0]!); // warm the lexicon and the parser
let mentions = 0;
const all: ReturnType<typeof extract> = [];
let perPaper: ReturnType<typeof extract>[] = [];
// As a build's workers read their shards: together, rule by rule (extractMany).
const extractSeconds = time(() => {
  perPaper = extractMany(papers);
  for (const found of perPaper) {
    mentions += found.length;
    for (const m of found) all.push(m);
  }
});
let relations = 0;
const relationSeconds = time(() => {
  papers.forEach((p, i) => (relations += extractRelations(p, perPaper[i]!).length));
});
const normaliseSeconds = time(() => normalise(all));
// The same papers again in the same process: the compiler has warmed up on the first pass, as it
// has after a build's first thousand papers per worker. The target stays on the first pass.
const warmSeconds = time(() => extractMany(papers));
const rate = SIZE / (extractSeconds + relationSeconds);
console.log(`seed corpus: ${seeds.length} abstracts, resampled to ${SIZE}`);
console.log(`regex tokenisation (ceiling): ${(SIZE / tokenSeconds).toFixed(0)} abstracts/s`);
console.log(`extract:                      ${(SIZE / extractSeconds).toFixed(0)} abstracts/s (${mentions} mentions)`);
console.log(`extract, second pass (warm):   ${(SIZE / warmSeconds).toFixed(0)} abstracts/s`);
console.log(`relations:                    ${(SIZE / relationSeconds).toFixed(0)} abstracts/s (${relations} relations)`);
console.log(`extract + relations:          ${rate.toFixed(0)} abstracts/s`);
console.log(`normalise (whole corpus):     ${normaliseSeconds.toFixed(2)} s`);
console.log(`target >= ${TARGET} abstracts/s per core: ${rate >= TARGET ? "met" : "NOT met"}`);
console.log(`extract target >= ${EXTRACT_TARGET} abstracts/s: ${SIZE / extractSeconds >= EXTRACT_TARGET ? "met" : "NOT met"}`);
process.exitCode = rate >= TARGET ? 0 : 1;

// The resampled seeds repeat each text about 48 times, and V8 keeps a pattern compiled from a
// text's own words (its long forms, say) for the next copy: a cost per new text hides there. The
// dev corpus's papers are all different, as a user's are (read in place from ../shared when present).
if (hasDevCorpus()) {
  const dev = readDevRecords().map(({ title, abstract }, i): Paper => ({ id: `d${i}`, title, abstract, source: "dev" }));
  const devSeconds = time(() => extractMany(dev).forEach((found, i) => extractRelations(dev[i]!, found)));
  console.log(`dev corpus, all different:    ${(dev.length / devSeconds).toFixed(0)} abstracts/s (extract + relations, ${dev.length} abstracts)`);
}

// Long texts: time per megabyte must not grow with the text (extraction reads long texts in
// windows of whole sentences). The abstracts are joined end to end into one record.
const joined = seeds.map((s) => s.abstract).join(" ");
for (const megabytes of [1, 5]) {
  let abstract = joined;
  while (abstract.length < megabytes * 1e6) abstract += ` ${joined}`;
  abstract = abstract.slice(0, megabytes * 1e6);
  const seconds = time(() => extract({ id: "long", title: "One long record", abstract, source: "bench" }));
  console.log(`one ${megabytes} MB abstract:           ${seconds.toFixed(2)} s (${(seconds / megabytes).toFixed(2)} s per MB)`);
}
