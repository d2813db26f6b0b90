/**
 * graph.gexf written on a second thread while the main thread writes graph.json (issue 16).
 * Once the time analysis is done, a big build's main thread writes graph.json and then the
 * other formats one after another while the second core waits; graph.gexf (3-5 s at 100k
 * papers) reads only the map, not the papers, so a copy of the document without them (a few
 * tens of MB against a 300 MB graph.json) goes to a thread that writes the file itself.
 * Same pure functions on the same input, so the same bytes on either thread. The thread is
 * started before it is needed, so its start-up (tsx, the export package) overlaps the time
 * analysis. With --papers the graph files hold the papers too, and are written in this thread.
 */
import { Piscina } from "piscina";
import type { ExportFormatId } from "@fieldmap/export";
import type { MapDocument } from "@fieldmap/graph";
import type { FormatTask, FormatTaskResult } from "./task";

const ENTRY = new URL("./entry.mjs", import.meta.url);

/** The formats written on the thread: the big ones that do not read the papers (without --papers). */
export const FORMATS_ON_THREAD: readonly ExportFormatId[] = ["gexf"];

export interface FormatThread {
  /** Writes `format`'s files of `document` into `outDir` on the thread. */
  write(format: ExportFormatId, document: MapDocument, outDir: string): Promise<FormatTaskResult>;
  destroy(): Promise<void>;
}

export function startFormatThread(): FormatThread {
  const pool = new Piscina<FormatTask, FormatTaskResult>({ filename: ENTRY.href, minThreads: 1, maxThreads: 1 });
  return {
    write: (format, document, outDir) => pool.run({ format, document: { ...document, papers: [] }, outDir }),
    destroy: () => pool.destroy(),
  };
}

/** A format thread started on first need (start()), destroyed by its owner whatever happens. */
export class FormatThreadSlot {
  private thread: FormatThread | undefined;

  start(): void {
    this.thread ??= startFormatThread();
  }

  get started(): FormatThread | undefined {
    return this.thread;
  }

  async destroy(): Promise<void> {
    await this.thread?.destroy();
    this.thread = undefined;
  }
}
