import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A writer of test input files under `dir`: `put("sub/a.jsonl", text)` makes the missing
 * directories, writes the file and returns its name relative to `dir` (what a user types).
 */
export function fileWriter(dir: string): (name: string, content: string | Uint8Array) => string {
  return (name, content) => {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
    return name;
  };
}
