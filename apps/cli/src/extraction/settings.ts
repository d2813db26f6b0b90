/** `--workers`, `--cache` and `--no-cache` as ExtractionSettings. */
import { basename, dirname, join, resolve } from "node:path";
import type { Io } from "../command";
import { UsageError } from "../errors";
import { parseNumberOption } from "../options";
import { defaultWorkerCount, type ExtractionSettings } from "./extract-papers";

/**
 * The default store of output `out`: `.out.fieldmap-cache` beside it, outside the directory
 * the build swaps into place (output-dir.ts), so replacing the output keeps the store, and
 * deleting both is one glance at the parent directory.
 */
export function defaultCacheDir(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.fieldmap-cache`);
}

export function extractionSettings(
  command: string,
  values: { workers?: string; cache?: string; "no-cache"?: boolean; redis?: string },
  outDir: string,
  io: Io,
): ExtractionSettings {
  if (values.cache !== undefined && values["no-cache"] === true) throw new UsageError(`${command}: --cache and --no-cache exclude each other`);
  const workers = parseNumberOption(command, "workers", values.workers, defaultWorkerCount(), { integer: true, min: 1, max: 256 });
  const cacheDir = values["no-cache"] === true ? undefined : values.cache !== undefined ? resolve(io.cwd, values.cache) : defaultCacheDir(outDir);
  return {
    workers,
    workersGiven: values.workers !== undefined,
    ...(cacheDir === undefined ? {} : { cacheDir }),
    ...(values.redis === undefined ? {} : { redis: values.redis }),
    sink: { write: io.stderr, isTTY: io.stderrIsTTY === true },
    note: (line) => io.stderr(`${line}\n`),
  };
}
