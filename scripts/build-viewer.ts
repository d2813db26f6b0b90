// Builds the viewer (apps/viewer/dist/index.html) only when a file it is made from is newer
// than it. `pnpm install` runs this after every install (setup.sh runs pnpm install), so an
// unchanged checkout costs a few file stats and prints nothing, instead of a Vite build and
// its output. When it does build, Vite prints only warnings and errors.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** What the viewer bundle is made from: its own sources, the workspace packages it imports, the lockfile. */
export const VIEWER_INPUTS = ["apps/viewer/src", "apps/viewer/index.html", "apps/viewer/vite.config.ts", "apps/viewer/package.json", "packages", "data/lexicon", "pnpm-lock.yaml"];
export const VIEWER_OUTPUT = "apps/viewer/dist/index.html";

/** Directories that never feed the bundle. */
const SKIPPED_DIRS = new Set(["node_modules", "dist", "test", "e2e", "docs", "bench"]);

/** The newest modification time (ms) of the files under `path`, or 0 when there is none. */
export function newestMtime(path: string): number {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isDirectory() && SKIPPED_DIRS.has(entry.name)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** True when `output` is missing or older than any file under `inputs` (all relative to `root`). */
export function isStale(root: string, output: string, inputs: readonly string[]): boolean {
  const built = newestMtime(join(root, output));
  return built === 0 || inputs.some((input) => newestMtime(join(root, input)) > built);
}

/**
 * Builds the viewer when it is stale; returns the exit status. Also used by browser test files,
 * so a fresh bundle is not rebuilt (a rebuild empties dist/ while other files serve it).
 */
export function buildViewerIfStale(force = false): number {
  if (!force && !isStale(ROOT, VIEWER_OUTPUT, VIEWER_INPUTS)) return 0;
  const viewer = join(ROOT, "apps/viewer");
  const vite = join(viewer, "node_modules/.bin/vite");
  const run = spawnSync(vite, ["build", "--logLevel", "warn"], { cwd: viewer, stdio: "inherit" });
  if (run.status !== 0) {
    process.stderr.write(`fieldmap: the viewer did not build (${relative(ROOT, vite)} build exited with ${run.status ?? run.signal})\n`);
    return 1;
  }
  process.stdout.write(`built the viewer: ${VIEWER_OUTPUT}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = buildViewerIfStale(process.argv.includes("--force"));
