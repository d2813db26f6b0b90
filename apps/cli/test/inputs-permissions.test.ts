/**
 * Unreadable files and directories (issue 10, item 11). Tests run as root here, and root
 * reads through chmod 000; so the file system answers EACCES for every path with "locked" in
 * its name, as it does for a user without permission, and the real code paths handle it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { UserError } from "../src/errors";
import { readInputs } from "../src/inputs";
import { fileWriter } from "./scratch-files";

function denied(target: unknown, syscall: string): Error {
  return Object.assign(new Error(`EACCES: permission denied, ${syscall} '${String(target)}'`), { code: "EACCES", errno: -13, syscall, path: String(target) });
}

const isLocked = (target: unknown) => String(target).includes("locked");

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...real,
    open: (target: string, ...rest: unknown[]) => (isLocked(target) ? Promise.reject(denied(target, "open")) : (real.open as (...a: unknown[]) => unknown)(target, ...rest)),
    readdir: (target: string, ...rest: unknown[]) => (isLocked(target) ? Promise.reject(denied(target, "scandir")) : (real.readdir as (...a: unknown[]) => unknown)(target, ...rest)),
  };
});

const work = mkdtempSync(path.join(tmpdir(), "fieldmap-permissions-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const put = fileWriter(work);

const GOOD = '{"id":"ok","title":"Readable Paper","abstract":"Text."}\n';

describe("permission denied", () => {
  it("an unreadable file named on the command line: one line naming it, no stack trace", async () => {
    const name = put("locked.jsonl", GOOD);
    const attempt = readInputs([name], { cwd: work });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(readInputs([name], { cwd: work })).rejects.toThrow(/^cannot read locked\.jsonl: permission denied \(check the file's permissions\)$/);
  });

  it("an unreadable directory named on the command line: one line naming it", async () => {
    put("locked-dir/a.jsonl", GOOD);
    await expect(readInputs(["locked-dir"], { cwd: work })).rejects.toThrow(/^cannot read locked-dir: permission denied/);
  });

  it("inside a directory, an unreadable file and subdirectory are skipped and reported; the rest is read", async () => {
    put("corpus/good.jsonl", GOOD);
    put("corpus/locked.jsonl", GOOD);
    put("corpus/locked-sub/inner.jsonl", GOOD);
    const result = await readInputs(["corpus"], { cwd: work });
    expect(result.records).toBe(1);
    expect(result.papers.map((p) => p.source)).toEqual(["corpus/good.jsonl:1"]);
    expect(result.skipped).toEqual([
      { source: "corpus/locked-sub", reason: "directory not read: permission denied (check the file's permissions)" },
      { source: "corpus/locked.jsonl", reason: "file not read: permission denied (check the file's permissions)" },
    ]);
  });
});
