/**
 * V8 caps the JavaScript heap at about 4 GB on a 64-bit machine whatever its memory, and a
 * build needs about HEAP_BYTES_PER_PAPER of heap per paper at its peak (papers' text, the
 * per-mention objects, each paper's evidence in graph.json: measured on the resampled dev
 * corpus, issue 16). A corpus past the cap would crash late, with V8's fatal error and no
 * way out in sight; the build says up front how to raise it instead.
 */
import { getHeapStatistics } from "node:v8";

/** Peak heap per paper (bytes), with room for the garbage V8 lets pile up between collections. */
export const HEAP_BYTES_PER_PAPER = 8 * 1024;

/** Heap to ask for: the estimate plus half again, in MB, rounded up to a whole GB. */
function suggestedHeapMb(papers: number): number {
  return Math.ceil((papers * HEAP_BYTES_PER_PAPER * 1.5) / 2 ** 30) * 1024;
}

/**
 * A one-line note when `papers` will likely not fit in a heap of `heapLimitBytes`
 * (default: this process's), else undefined.
 */
export function heapAdvice(papers: number, heapLimitBytes = getHeapStatistics().heap_size_limit): string | undefined {
  if (papers * HEAP_BYTES_PER_PAPER <= heapLimitBytes) return undefined;
  const limitGb = (heapLimitBytes / 2 ** 30).toFixed(1);
  const mb = suggestedHeapMb(papers);
  return (
    `note: ${papers.toLocaleString("en-US")} papers need about ${((papers * HEAP_BYTES_PER_PAPER) / 2 ** 30).toFixed(1)} GB of ` +
    `JavaScript heap and this one is capped at ${limitGb} GB; if the build stops with "heap out of memory", ` +
    `run it again with NODE_OPTIONS=--max-old-space-size=${mb}`
  );
}
