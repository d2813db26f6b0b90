import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { csvField, EXPORT_FORMATS, type ExportContext } from "@fieldmap/export";
import { pngFonts, VIEWER_HTML } from "./commands/export";
import type { PipelineResult } from "./pipeline";

/** merges.csv: every merge the normaliser made, in the thesaurus format a user can edit and feed back. */
export function mergesCsv(result: PipelineResult): string {
  const rows = result.merges.map((m) => [m.from, m.to, m.reason, m.paper ?? ""].map(csvField).join(","));
  return `from,to,reason,paper\n${rows.map((r) => `${r}\n`).join("")}`;
}

export interface WrittenMap {
  files: string[];
  /** Formats left out, with why (e.g. the viewer is not built, so no map.html). */
  notes: string[];
  /** Milliseconds spent making each format's bytes (not writing them), by format id. */
  timings: Record<string, number>;
}

/**
 * Writes graph.json, merges.csv and every export format (or only those in `only`).
 * graph.json is always written: it is what `view`, `export` and `slides` read.
 * Making the bytes is CPU work and writing them is disk work: each file goes to disk while
 * the next format is made, and all writes are awaited at the end.
 */
export async function writeMapFiles(outDir: string, result: PipelineResult, only?: string[]): Promise<WrittenMap> {
  const want = (id: string) => id === "json" || !only || only.includes(id);
  const context: ExportContext = { fonts: pngFonts(), title: result.document.fieldmap.title };
  const notes: string[] = [];
  if (want("html")) {
    if (existsSync(VIEWER_HTML)) context.viewerHtml = await readFile(VIEWER_HTML, "utf8");
    else notes.push("map.html not written: the viewer is not built (run pnpm install)");
  }
  const written: string[] = [];
  const writes: Array<Promise<void>> = [];
  const timings: Record<string, number> = {};
  for (const format of EXPORT_FORMATS) {
    if (!want(format.id) || (format.needsViewer && context.viewerHtml === undefined)) continue;
    const started = performance.now();
    const files = format.write(result.document, context);
    timings[format.id] = Math.round(performance.now() - started);
    for (const file of files) {
      writes.push(writeFile(join(outDir, file.name), file.content));
      written.push(file.name);
    }
  }
  if (want("merges")) {
    writes.push(writeFile(join(outDir, "merges.csv"), mergesCsv(result)));
    written.push("merges.csv");
  }
  await Promise.all(writes);
  return { files: written, notes, timings };
}
