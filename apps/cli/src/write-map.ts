import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { csvField, EXPORT_FORMATS, exportStreams, lineChunks, type ExportContext } from "@fieldmap/export";
import { pngFonts, VIEWER_HTML } from "./commands/export";
import { writeChunks } from "./file-writes";
import { writeAround, type WrittenAhead } from "./written-ahead";
import type { PipelineResult } from "./pipeline";

/** merges.csv: every merge the normaliser made, in the thesaurus format a user can edit and feed back. */
function mergesCsvChunks(result: PipelineResult): Iterable<string> {
  const rows = result.merges.map((m) => [m.from, m.to, m.reason, m.paper ?? ""].map(csvField).join(","));
  return lineChunks(["from,to,reason,paper", ...rows], "\n");
}

/**
 * Formats that make their file as one string (map.html inlines the whole document) cannot
 * exceed V8's longest string: such a format is left out with a note, not the whole build lost.
 */
function tooBigForOneString<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch (error) {
    if (error instanceof RangeError && /Invalid string length/.test(error.message)) return undefined;
    throw error;
  }
}

/** Whether a build with `--only` `only` writes format `id` (graph.json always). */
export function writesFormat(only: readonly string[] | undefined, id: string): boolean {
  return id === "json" || !only || only.includes(id);
}

export interface WrittenMap {
  files: string[];
  /** Formats left out, with why (e.g. the viewer is not built, so no map.html). */
  notes: string[];
  /** Milliseconds spent making and writing each format's files, by format id. */
  timings: Record<string, number>;
}

/**
 * Writes graph.json, merges.csv and every export format (or only those in `only`).
 * graph.json is always written: it is what `view`, `export` and `slides` read.
 * Each file is streamed to disk in chunks as its format makes them, so no output (graph.json
 * of a million papers is over a gigabyte) has to fit in one string.
 */
export async function writeMapFiles(
  outDir: string,
  result: PipelineResult,
  only?: string[],
  /** ahead: parts of graph.json and graph.gexf already written beside them (written-ahead.ts). */
  options: { papers?: boolean; ahead?: WrittenAhead } = {},
): Promise<WrittenMap> {
  const want = (id: string) => writesFormat(only, id);
  const context: ExportContext = { fonts: pngFonts(), title: result.document.fieldmap.title, ...(options.papers ? { papers: true } : {}) };
  const notes: string[] = [];
  if (want("html")) {
    if (existsSync(VIEWER_HTML)) context.viewerHtml = await readFile(VIEWER_HTML, "utf8");
    else notes.push("map.html not written: the viewer is not built (run pnpm install)");
  }
  const written: string[] = [];
  const timings: Record<string, number> = {};
  for (const format of EXPORT_FORMATS) {
    if (!want(format.id) || (format.needsViewer && context.viewerHtml === undefined)) continue;
    const started = performance.now();
    const part = format.id === "json" || format.id === "gexf" ? options.ahead?.[format.id] : undefined;
    if (part) {
      const [name] = format.fileNames as [string];
      await writeAround(join(outDir, name), part, name);
      written.push(name);
    } else {
      const files = tooBigForOneString(() => exportStreams(format, result.document, context));
      if (files === undefined) {
        notes.push(`${format.fileNames.join(", ")} not written: the map is too big for this format's single-string writer`);
        continue;
      }
      for (const file of files) {
        await writeChunks(join(outDir, file.name), file.chunks, file.name);
        written.push(file.name);
      }
    }
    timings[format.id] = Math.round(performance.now() - started);
  }
  if (want("merges")) {
    await writeChunks(join(outDir, "merges.csv"), mergesCsvChunks(result), "merges.csv");
    written.push("merges.csv");
  }
  return { files: written, notes, timings };
}
