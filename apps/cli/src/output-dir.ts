/**
 * The output directory of a build, replaced as a whole or not at all.
 *
 * A build writes into a fresh directory beside the target (`.out.fieldmap-tmp-<pid>`, same
 * parent, so same file system) and swaps it into place with two renames once every file is
 * complete. A build killed before the swap leaves the previous map untouched; one killed
 * between the two renames leaves it as `.out.fieldmap-old-<pid>`, which the next build
 * puts back. Leftovers of dead builds are removed by the next build into the same place.
 *
 * Before anything is read, the target is checked: it must be a directory (or absent, under
 * directories we can create), and it must be empty or a previous fieldmap output, unless
 * `force`: then the new files are renamed into it one by one and every other file stays.
 */
import { open, readdir, realpath, rename, rm, stat, mkdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UserError } from "./errors";
import { fileStep } from "./file-writes";

export interface OutputDirectoryOptions {
  /** Names the command writes: a directory holding only these (and its mark) is ours to replace. */
  outputNames: readonly string[];
  /** Entries of a previous output moved into the new one (the deck `fieldmap slides` writes to out/slides). */
  carried: readonly string[];
  /** True when a directory holding only `outputNames` carries the command's own mark (build: a fieldmap graph.json). */
  isOwnOutput: (dir: string) => Promise<boolean>;
  /** Write into a directory fieldmap did not write, keeping the files already there. */
  force: boolean;
  /** The target as the user typed it, for messages. */
  shownAs: string;
}

export interface StagedOutput {
  /** Where the build writes its files. */
  dir: string;
  /** Puts the staged files in place: the whole directory swapped, or (forced) file by file. */
  commit(): Promise<void>;
  /** Removes the staged files; the target is left as it was. */
  discard(): Promise<void>;
}

const STAGING = /^\.(.+)\.fieldmap-(tmp|old)-(\d+)$/;

function stagingName(target: string, kind: "tmp" | "old", pid = process.pid): string {
  return join(dirname(target), `.${basename(target)}.fieldmap-${kind}-${pid}`);
}

async function statOrUndefined(path: string) {
  return stat(path).catch((error: NodeJS.ErrnoException) => {
    // ENOTDIR: a part of the path is a file, which fileAncestor names.
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return undefined;
    throw error;
  });
}

/**
 * Checks `target` and makes a staging directory beside it, before the build reads anything,
 * so a bad -o fails in a second, not after minutes of extraction.
 */
export async function stageOutputDirectory(path: string, options: OutputDirectoryOptions): Promise<StagedOutput> {
  const shown = options.shownAs;
  const found = await fileStep(`use -o ${shown}`, () => statOrUndefined(path));
  const underFile = found === undefined ? await fileAncestor(path) : undefined;
  if (underFile !== undefined) throw new UserError(`cannot write to ${shown}: it is under a file (${underFile}), not a directory; choose another -o`);
  if (found !== undefined && !found.isDirectory()) throw new UserError(`cannot write to ${shown}: it is a file, not a directory; choose another -o`);
  // A symlinked output directory is replaced where it points, and the link stays.
  const target = found === undefined ? path : await realpath(path);
  await fileStep(`create ${dirname(shown) === "." ? shown : dirname(shown)}`, () => mkdir(dirname(target), { recursive: true }));
  await removeStaleStaging(target, options.carried);
  const mode = (await statOrUndefined(target)) === undefined ? "new" : await existingDirectoryMode(target, options);
  const staged = stagingName(target, "tmp");
  await rm(staged, { recursive: true, force: true });
  await fileStep(`write to ${shown}`, () => mkdir(staged));
  return {
    dir: staged,
    commit: () => fileStep(`write to ${shown}`, () => commitStaged(staged, target, mode, options.carried)),
    discard: () => rm(staged, { recursive: true, force: true }),
  };
}

/** The first ancestor of `path` that exists and is not a directory, if any. */
export async function fileAncestor(path: string): Promise<string | undefined> {
  const chain: string[] = [];
  for (let current = dirname(path); dirname(current) !== current; current = dirname(current)) chain.unshift(current);
  for (const step of chain) {
    const found = await stat(step).catch(() => undefined);
    if (found === undefined) return undefined;
    if (!found.isDirectory()) return step;
  }
  return undefined;
}

/** "replace" a previous fieldmap output (or an empty directory), "into" a forced one, or refuse. */
async function existingDirectoryMode(target: string, options: OutputDirectoryOptions): Promise<"replace" | "into"> {
  const entries = await fileStep(`read ${options.shownAs}`, () => readdir(target));
  const known = new Set([...options.outputNames, ...options.carried]);
  // Staging entries of another command inside this one (out/.slides.fieldmap-tmp-<pid>) are ours too.
  const foreign = entries.find((entry) => !known.has(entry) && !STAGING.test(entry));
  const onlyCarried = entries.every((entry) => options.carried.includes(entry) || STAGING.test(entry));
  if (foreign === undefined && (onlyCarried || (await options.isOwnOutput(target)))) return "replace";
  if (options.force) return "into";
  const why = foreign !== undefined ? `holds ${foreign}, which fieldmap did not write` : "does not look like fieldmap's output";
  throw new UserError(`${options.shownAs} ${why}; choose another -o, or pass --force to write into it (files fieldmap does not write are kept)`);
}

/** The first bytes of a file ("" when it cannot be read): enough to recognise our own files. */
export async function fileHead(path: string, bytes = 64): Promise<string> {
  const handle = await open(path, "r").catch(() => undefined);
  if (!handle) return "";
  try {
    const head = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

/** A build's directory: its graph.json has sorted keys, so it opens with the "fieldmap" section. */
export async function holdsFieldmapGraphJson(dir: string): Promise<boolean> {
  return /^\{\s*"fieldmap"\s*:\s*\{/.test(await fileHead(join(dir, "graph.json")));
}

async function commitStaged(staged: string, target: string, mode: "new" | "replace" | "into", carried: readonly string[]): Promise<void> {
  if (mode === "new") return rename(staged, target);
  if (mode === "into") {
    // Each rename replaces one file in one step; the user's other files are not touched.
    for (const entry of await readdir(staged)) await rename(join(staged, entry), join(target, entry));
    return rm(staged, { recursive: true, force: true });
  }
  const old = stagingName(target, "old");
  await rename(target, old);
  await rename(staged, target);
  await carryOver(old, target, carried);
  await rm(old, { recursive: true, force: true });
}

/** Moves `carried` entries of the previous output into the new one (never over a new file). */
async function carryOver(from: string, to: string, carried: readonly string[]): Promise<void> {
  for (const name of carried) {
    if ((await statOrUndefined(join(from, name))) === undefined || (await statOrUndefined(join(to, name))) !== undefined) continue;
    await rename(join(from, name), join(to, name));
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Staging entries left beside `target` by builds that are no longer running. */
export async function staleStaging(target: string): Promise<Array<{ path: string; kind: "tmp" | "old" }>> {
  const entries = await readdir(dirname(target)).catch(() => [] as string[]);
  return entries.flatMap((entry) => {
    const match = STAGING.exec(entry);
    if (!match || match[1] !== basename(target) || isAlive(Number(match[3]))) return [];
    return [{ path: join(dirname(target), entry), kind: match[2] as "tmp" | "old" }];
  });
}

/**
 * Cleans up after builds killed mid-way: a previous output left aside between the two renames
 * is put back (or its carried entries moved into the new one), half-written outputs removed.
 */
export async function removeStaleStaging(target: string, carried: readonly string[] = ["slides"]): Promise<void> {
  const stale = await staleStaging(target);
  for (const { path, kind } of stale.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "old" ? -1 : 1))) {
    if (kind === "old" && (await statOrUndefined(target)) === undefined) {
      await rename(path, target);
      continue;
    }
    if (kind === "old") await carryOver(path, target, carried);
    await rm(path, { recursive: true, force: true });
  }
}
