/**
 * The unit of work of parallel and distributed extraction: a shard of papers in, their compact
 * results out, in the same order. Worker threads run it (worker-entry.mjs); a job queue's
 * worker would run the same function on a shard it dequeued.
 */
import { extract, paperText } from "@fieldmap/extract";
import { compactMentions, type CompactExtraction, type ExtractionText } from "./compact";

export function extractShard(papers: readonly ExtractionText[]): CompactExtraction[] {
  return papers.map(({ title, abstract }) => {
    // Neither the id nor the source changes what extract() finds; results are keyed by text.
    const paper = { id: "", title, abstract, source: "" };
    return compactMentions(paperText(paper), extract(paper));
  });
}
