import { join } from "node:path";
import { EXPORT_FORMATS, exportStreams, type ExportFormatId } from "@fieldmap/export";
import type { MapDocument } from "@fieldmap/graph";
import { writeChunks } from "../file-writes";

export interface FormatTask {
  format: ExportFormatId;
  /** The map without its papers (formats written here do not read them). */
  document: MapDocument;
  outDir: string;
}

export interface FormatTaskResult {
  files: string[];
  /** Milliseconds making and writing the files on the thread. */
  ms: number;
}

/** One format's files, written on the thread: the same function and bytes as writeMapFiles's. */
export async function writeFormatOnThread(task: FormatTask): Promise<FormatTaskResult> {
  const started = performance.now();
  const format = EXPORT_FORMATS.find((f) => f.id === task.format);
  if (!format) throw new Error(`no export format ${task.format}`);
  const files: string[] = [];
  for (const file of exportStreams(format, task.document, { title: task.document.fieldmap.title })) {
    await writeChunks(join(task.outDir, file.name), file.chunks, file.name);
    files.push(file.name);
  }
  return { files, ms: Math.round(performance.now() - started) };
}
