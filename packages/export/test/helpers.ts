import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { NodeAttributes } from "@fieldmap/graph";
import { expect } from "vitest";

/** Debian's python3 with networkx and igraph (not the python3 first on PATH). */
export const SYSTEM_PYTHON = "/usr/bin/python3";
const READ_GRAPH_SCRIPT = fileURLToPath(new URL("./python/read_graph.py", import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const GEXF_13_SCHEMA = join(REPO_ROOT, "data/schemas/gexf-1.3/gexf.rng");

/** Writes text to a fresh temporary file and returns its path. */
export function writeTemp(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "fieldmap-export-"));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export interface PythonGraphSummary {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: Array<[string, string, Record<string, unknown>]>;
}

export type PythonReader = "networkx-gexf" | "networkx-graphml" | "igraph-graphml";

/** Reads a file with networkx or igraph in a child process. */
export function readWithPython(reader: PythonReader, path: string): PythonGraphSummary {
  // The summary lists every node and edge with its attributes: a real corpus's map (the dev
  // corpus, 6,000+ edges) passes the default 1 MB of output.
  const out = execFileSync(SYSTEM_PYTHON, [READ_GRAPH_SCRIPT, reader, path], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(out) as PythonGraphSummary;
}

/** Runs xmllint's RelaxNG validation; returns its stderr ("... validates" on success). */
export function validateRelaxNg(schema: string, path: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync("xmllint", ["--noout", "--relaxng", schema, path], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { ok: true, output };
  } catch (error) {
    const failure = error as { stderr?: string };
    return { ok: false, output: failure.stderr ?? String(error) };
  }
}

/** The attributes every reader must give back exactly as written, whatever the format. */
export function expectCoreAttributes(back: Record<string, unknown>, written: NodeAttributes): void {
  expect(back.label).toBe(written.label);
  expect(back.type).toBe(written.type);
  expect(back.count).toBe(written.count);
  expect(back.community).toBe(written.community);
  expect(back.community_label).toBe(written.community_label);
  expect(back.subcommunity).toBe(written.subcommunity);
  expect(back.subcommunity_label).toBe(written.subcommunity_label);
  expect(back.first_year).toBe(written.first_year);
}
