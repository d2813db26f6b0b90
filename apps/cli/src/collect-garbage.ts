/**
 * A full garbage collection at a step boundary of a build, where V8 exposes one (the bin starts
 * node with --expose-gc; elsewhere, as under the test runner, it is skipped).
 *
 * Once the map is clustered, the heap holds the dead objects of extraction, normalisation and the
 * map's steps (the store's parsed rows, per-mention names and keys), and V8 has often begun
 * collecting them only incrementally. The document's long-lived objects (each paper's evidence)
 * were then made while that collection ran: survivors copied and promoted at each young
 * collection, the old generation grown to hold the dead and the living together. One full
 * collection first takes about 0.4 s at 100k papers (the heap 955 -> 590 MB). Measured on the
 * 100k +1% `--update` (README, Benchmarks): the document 2.8-4.0 -> 1.6-1.8 s, graph.json and
 * graph.gexf a second faster, peak memory 2.2-2.3 -> 1.7 GB. Since the time analysis starts once
 * the map is clustered, beside the layout, the collection is made there: made before the
 * document as it was, the thread's heap grew beside one still full of the steps' dead objects
 * (a million papers: peak 8.7 -> 9.5 GB; 100k: 2.30 GB, against 1.89 GB collected at the
 * clusters). It is made just after the analysis's thread is given its input, not before: in an
 * update that thread's analysis is what the build waits for at the end, and it starts the
 * collection's time (0.6 s at 100k) sooner.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
