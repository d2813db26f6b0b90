/**
 * Maps built once per test run and shared by the test files that read them: the dev-corpus
 * map takes 25-50 s to build, and three files (unit and browser) look at it. vitest.config.ts
 * names the run in FIELDMAP_TEST_RUN; the first file to ask builds the map (with the real CLI,
 * in a child process), the others, in any project or worker, wait for it. Each caller gets its
 * own copy, so files a test adds stay its own. Without a run name, every call builds.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultCacheDir } from "../src/extraction/settings";
import { REPO_ROOT } from "./helpers";

/** The dev corpus (7,229 arXiv abstracts), read-only beside the repository (also in CI). */
export const DEV_CORPUS = join(REPO_ROOT, "..", "shared", "corpora", "arxiv-daily-2025a.jsonl");

/** `fieldmap build` arguments (before -o) of each shared map. */
export const SHARED_MAP_BUILDS = {
  seed: ["data/seeds"],
  // map.html is left out: it inlines the viewer bundle, which the browser files rebuild
  // while this may be building; they export map.html themselves when they need it.
  "dev-corpus": [DEV_CORPUS, "--only", "json,gexf,gexf12,graphml,svg"],
} as const;

export type SharedMapName = keyof typeof SHARED_MAP_BUILDS;

const WAIT_LIMIT_MS = 10 * 60_000;

/** A fresh directory holding a copy of the shared map `name` of this test run. */
export async function sharedMapCopy(name: SharedMapName): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), `fieldmap-${name}-map-`));
  const shared = await sharedMapBuild(name);
  if (shared === undefined) await buildMap(name, copy);
  else await cp(shared, copy, { recursive: true });
  return copy;
}

/**
 * The extraction store of the shared map `name` (the build's default, beside its directory):
 * another build of the same corpus that reads it extracts nothing. Builds the map first if
 * nobody has; without a run name, a build of its own.
 */
export async function sharedMapCache(name: SharedMapName): Promise<string> {
  let built = await sharedMapBuild(name);
  if (built === undefined) {
    built = await mkdtemp(join(tmpdir(), `fieldmap-${name}-map-`));
    await buildMap(name, built);
  }
  return defaultCacheDir(built);
}

/** The directory this test run's shared map `name` was built in, once built; undefined without a run name. */
async function sharedMapBuild(name: SharedMapName): Promise<string | undefined> {
  const run = process.env.FIELDMAP_TEST_RUN;
  if (!run || !/^[\w-]+$/.test(run)) return undefined;
  const root = join(tmpdir(), `fieldmap-test-run-${run}`);
  await mkdir(root, { recursive: true });
  const shared = join(root, name);
  if (await claim(`${shared}.lock`)) {
    try {
      await buildMap(name, shared);
      await writeFile(`${shared}.done`, "");
    } catch (error) {
      await writeFile(`${shared}.failed`, String(error));
      throw error;
    }
  } else {
    await waitForBuild(shared);
  }
  return shared;
}

/** Creates the lock directory; false when another process already holds it. */
async function claim(lock: string): Promise<boolean> {
  try {
    await mkdir(lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

async function waitForBuild(shared: string): Promise<void> {
  const started = Date.now();
  while (!existsSync(`${shared}.done`)) {
    if (existsSync(`${shared}.failed`)) throw new Error(`shared map build failed: ${await readFile(`${shared}.failed`, "utf8")}`);
    if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`shared map ${shared} not built after ${WAIT_LIMIT_MS / 60_000} min`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** Runs `pnpm -s fieldmap build ... -o dir` without blocking this worker's event loop. */
function buildMap(name: SharedMapName, dir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn("pnpm", ["-s", "fieldmap", "build", ...SHARED_MAP_BUILDS[name], "-o", dir], { cwd: REPO_ROOT });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", fail);
    child.on("close", (code) => (code === 0 ? done() : fail(new Error(`${name} map build failed (${code}):\n${output}`))));
  });
}
