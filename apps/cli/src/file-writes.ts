/**
 * Writing output files: streamed chunk by chunk (a big graph.json is longer than one string
 * can be), atomically where a single file is replaced (temporary name, then rename), and
 * with file-system errors turned into one-line messages.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UserError } from "./errors";

/** Why a file-system call failed, in words, from its error code. */
export function fileSystemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "ENOTDIR":
      return "a part of the path is a file, not a directory";
    case "EISDIR":
      return "is a directory";
    case "ENOENT":
      return "no such file or directory";
    case "EEXIST":
      return "already exists";
    default:
      return code ?? (error instanceof Error ? error.message.split("\n")[0] ?? "unknown error" : String(error));
  }
}

function isSystemError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code);
}

/** Runs a file-system step; its failure becomes `cannot <what>: <reason>` (one line, no stack). */
export async function fileStep<T>(what: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    // Only the system's refusals (ENOSPC, EACCES, ...) are the user's to fix; anything else is a bug.
    if (!isSystemError(error)) throw error;
    throw new UserError(`cannot ${what}: ${fileSystemReason(error)}`);
  }
}

/**
 * Writes chunks to `path` (created or truncated) one after another as they are made. Written
 * synchronously: each chunk goes to the file as soon as it is made, where a write stream sends
 * each to the thread pool and the next waits for its callback, which left the main thread
 * idle for a fifth of a big graph.json's writing; a build has nothing else to do meanwhile.
 */
export async function writeChunks(path: string, chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>, shownAs = path): Promise<void> {
  await fileStep(`write ${shownAs}`, async () => {
    const fd = openSync(path, "w");
    try {
      for await (const chunk of chunks) writeWhole(fd, typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    } finally {
      closeSync(fd);
    }
  });
}

/** writeSync until every byte is written (a write may take only part of them). */
function writeWhole(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
}

/** A temporary name beside `path`, in the same directory so a rename replaces it in one step. */
export function temporaryNameBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.fieldmap-tmp-${process.pid}`);
}

/**
 * Replaces `path` with the chunks' bytes, or leaves it untouched: the bytes go to a temporary
 * file beside it, renamed over it once complete (a killed write never leaves half a file).
 */
export async function writeFileAtomically(path: string, chunks: Iterable<string | Uint8Array>, shownAs = path): Promise<void> {
  const temporary = temporaryNameBeside(path);
  try {
    await writeChunks(temporary, chunks, shownAs);
    await fileStep(`write ${shownAs}`, () => rename(temporary, path));
  } finally {
    await rm(temporary, { force: true });
  }
}
