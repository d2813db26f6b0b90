/**
 * Which files to read: the paths named on the command line, directories walked recursively.
 * Symbolic links are followed; every real directory is walked once (so a link to an
 * ancestor cannot loop) and every real file is read once, whatever the paths that reach it.
 * Only regular files are read: a FIFO or a device would block the read or never end.
 */
import type { Dirent, Stats } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { SkippedRecord } from "@fieldmap/corpus";
import { UserError } from "./errors";

export interface InputFile {
  absolute: string;
  display: string;
  /** Named on the command line (so an unknown format is an error, not ignored). */
  explicit: boolean;
}

export interface ExpandedPaths {
  /** Files to read: directories' files sorted by name, each real file once. */
  files: InputFile[];
  /** Entries met while walking that cannot be read (dangling link, no permission, FIFO). */
  skipped: SkippedRecord[];
}

const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git"]);

const REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied (check the file's permissions)",
  EPERM: "operation not permitted (check the file's permissions)",
  ELOOP: "too many levels of symbolic links (a link loop)",
  ENOTDIR: "a path component is not a directory",
  EISDIR: "is a directory",
  EIO: "input/output error (a failing disk or network share?)",
  EMFILE: "too many open files",
  ENAMETOOLONG: "file name too long",
};

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The reason a file-system call failed, in words, or undefined when it is not such an error. */
export function fileSystemReason(error: unknown): string | undefined {
  const code = errorCode(error);
  if (code === undefined || !/^E[A-Z]+$/.test(code)) return undefined;
  return REASONS[code] ?? `system error ${code}`;
}

/** A file-system error as the one-line UserError for `display`; anything else is returned as is. */
export function fileSystemError(display: string, error: unknown): unknown {
  const reason = fileSystemReason(error);
  return reason === undefined ? error : new UserError(`cannot read ${display}: ${reason}`);
}

/** What a path is when it is neither a regular file nor a directory. */
function specialKind(info: Stats | Dirent): string {
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a regular file";
}

export function displayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative === "" || relative.startsWith("..") ? absolute : relative;
  return shown.split(path.sep).join("/");
}

/** Real paths already taken, so that links (and a path named twice) never read a file twice. */
interface Seen {
  directories: Set<string>;
  files: Set<string>;
}

class Walk {
  readonly files: InputFile[] = [];
  readonly skipped: SkippedRecord[] = [];
  readonly seen: Seen = { directories: new Set(), files: new Set() };

  constructor(private readonly cwd: string) {}

  /** A file or directory named on the command line: any problem is a one-line error. */
  async named(given: string): Promise<void> {
    const absolute = path.resolve(this.cwd, given);
    try {
      const info = await stat(absolute);
      if (info.isDirectory()) return await this.directory(absolute, given, true);
      if (!info.isFile()) throw new UserError(`cannot read ${given}: ${specialKind(info)}, not a regular file or directory`);
      await this.file(absolute, true);
    } catch (error) {
      throw fileSystemError(given, error);
    }
  }

  private async file(absolute: string, explicit: boolean): Promise<void> {
    const real = await realpath(absolute);
    if (this.seen.files.has(real)) return;
    this.seen.files.add(real);
    this.files.push({ absolute, display: displayPath(this.cwd, absolute), explicit });
  }

  private skip(absolute: string, reason: string): void {
    this.skipped.push({ source: displayPath(this.cwd, absolute), reason });
  }

  /** Walks a directory; one that cannot be listed is an error when named, a skip when met. */
  private async directory(absolute: string, given: string, named: boolean): Promise<void> {
    const real = await realpath(absolute);
    if (this.seen.directories.has(real)) return; // a link back to an ancestor, or walked already
    this.seen.directories.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(absolute, { withFileTypes: true });
    } catch (error) {
      if (named || fileSystemReason(error) === undefined) throw fileSystemError(given, error);
      return this.skip(absolute, `directory not read: ${fileSystemReason(error)}`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      await this.entry(path.join(absolute, entry.name), entry);
    }
  }

  /** One directory entry; links are followed (stat), and what cannot be read is skipped and reported. */
  private async entry(absolute: string, entry: Dirent): Promise<void> {
    try {
      const info = entry.isSymbolicLink() ? await stat(absolute) : entry;
      if (info.isDirectory()) return await this.directory(absolute, absolute, false);
      if (info.isFile()) return await this.file(absolute, false);
      this.skip(absolute, `file not read: ${specialKind(info)}, not a regular file`);
    } catch (error) {
      const dangling = entry.isSymbolicLink() && errorCode(error) === "ENOENT";
      const reason = dangling ? "broken symbolic link (its target does not exist)" : fileSystemReason(error);
      if (reason === undefined) throw error;
      this.skip(absolute, `file not read: ${reason}`);
    }
  }
}

/** The files behind `paths` (relative to `cwd`), plus what was met but cannot be read. */
export async function expandPaths(paths: string[], cwd: string): Promise<ExpandedPaths> {
  const walk = new Walk(cwd);
  for (const given of paths) await walk.named(given);
  return { files: walk.files, skipped: walk.skipped };
}
