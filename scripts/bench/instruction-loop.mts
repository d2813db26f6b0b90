// The loop `pnpm bench instructions` counts (instructions.ts bundles it and runs it under
// valgrind): extract and relations for the first N papers of a JSONL corpus. The corpus's last
// paper is extracted first, in every run, so the lexicon, the judge and compromise are loaded
// before the loop, and the loop's papers are texts the extractor has not seen.
import { extract, extractMany, extractRelations } from "../../packages/extract/src/index";
import { readCorpusRecords } from "./dev-corpus";

const [corpus, count] = process.argv.slice(2);
if (!corpus || count === undefined) throw new Error("usage: instruction-loop CORPUS.jsonl N");
const papers = readCorpusRecords(corpus).map(({ title, abstract }, i) => ({ id: `p${i}`, title, abstract, source: "bench" }));
extract(papers[papers.length - 1]!);
let relations = 0;
// As a build's shards are read: together, rule by rule (extractMany).
const read = papers.slice(0, Number(count));
extractMany(read).forEach((mentions, i) => (relations += extractRelations(read[i]!, mentions).length));
console.log(`${count} papers, ${relations} relations`);
