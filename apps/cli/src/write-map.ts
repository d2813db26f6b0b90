import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { toGexf } from "@fieldmap/export";
import type { PipelineResult } from "./pipeline";

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** merges.csv: every merge the normaliser made, in the thesaurus format a user can edit and feed back. */
export function mergesCsv(result: PipelineResult): string {
  const rows = result.merges.map((m) => [m.from, m.to, m.reason].map(csvField).join(","));
  return `from,to,reason\n${rows.map((r) => `${r}\n`).join("")}`;
}

/** Writes the map's files; returns their names. */
export async function writeMapFiles(outDir: string, result: PipelineResult, only?: string[]): Promise<string[]> {
  const want = (id: string) => !only || only.includes(id);
  const files: Array<[string, string | Uint8Array]> = [["graph.json", `${JSON.stringify(result.document)}\n`]];
  if (want("gexf")) files.push(["graph.gexf", toGexf(result.document)]);
  if (want("merges")) files.push(["merges.csv", mergesCsv(result)]);
  for (const [name, content] of files) await writeFile(join(outDir, name), content);
  return files.map(([name]) => name);
}
