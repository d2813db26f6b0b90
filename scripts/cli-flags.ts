import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The `fieldmap` command's entry, whose first line names the V8 flags it runs with. */
export const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "apps", "cli", "bin", "fieldmap.mjs");

/**
 * The V8 flags of the bin's first line (`#!/usr/bin/env -S node FLAGS`), which pnpm's shim and
 * env -S pass: benchmarks run the code with them, as a user's `fieldmap` does.
 */
export const CLI_FLAGS: readonly string[] = (readFileSync(CLI, "utf8").split("\n", 1)[0] ?? "")
  .replace(/^#!.*?\bnode\b/, "")
  .trim()
  .split(/\s+/)
  .filter(Boolean);
