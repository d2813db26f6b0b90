/**
 * Hostile files through the CLI's input stage (issue 10): links, FIFOs, encodings, bad
 * bytes, truncation, long prologs. Each case once hung, crashed, or lost records silently.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../src/errors";
import { fileSystemError } from "../src/input-files";
import { readInputs } from "../src/inputs";
import { fileWriter } from "./scratch-files";

const FIXTURES = fileURLToPath(new URL("../../../data/fixtures/", import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), "fieldmap-hostile-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const put = fileWriter(work);

function link(name: string, target: string): void {
  mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
  symlinkSync(target, path.join(work, name));
}

const line = (id: string, title: string) => `{"id":"${id}","title":"${title}","abstract":"About ${title}."}\n`;

describe("symbolic links inside a directory", () => {
  it("a linked file is read; a link back to an ancestor does not loop; each real file is read once", async () => {
    put("outside/linked.jsonl", line("l1", "Linked Paper"));
    put("links/own.jsonl", line("o1", "Own Paper"));
    link("links/linked.jsonl", "../outside/linked.jsonl");
    link("links/same-as-own.jsonl", "own.jsonl"); // a second path to the same file
    link("links/sub/up", ".."); // a loop: links/sub/up -> links
    const result = await readInputs(["links"], { cwd: work });
    expect(result.files).toEqual(["links/linked.jsonl", "links/own.jsonl"]);
    expect(result.records).toBe(2);
    expect(result.skipped).toEqual([]);
    expect(result.papers.map((p) => p.id).sort()).toEqual(["l1", "o1"]);
  });

  it("the same file named twice, or named and met in a directory, is read once", async () => {
    put("twice/a.jsonl", line("t1", "Twice Paper"));
    const result = await readInputs(["twice/a.jsonl", "twice", "./twice/a.jsonl"], { cwd: work });
    expect(result.files).toEqual(["twice/a.jsonl"]);
    expect(result.records).toBe(1);
  });

  it("a dangling link and a link loop met while walking are skipped and reported, the rest read", async () => {
    put("dangling/good.jsonl", line("g1", "Good Paper"));
    link("dangling/gone.jsonl", "nowhere.jsonl");
    link("dangling/self.jsonl", "self.jsonl");
    const result = await readInputs(["dangling"], { cwd: work });
    expect(result.papers.map((p) => p.id)).toEqual(["g1"]);
    expect(result.skipped).toEqual([
      { source: "dangling/gone.jsonl", reason: "file not read: broken symbolic link (its target does not exist)" },
      { source: "dangling/self.jsonl", reason: "file not read: too many levels of symbolic links (a link loop)" },
    ]);
  });

  it.each([
    ["dangling link", () => (link("named-gone.jsonl", "missing.jsonl"), "named-gone.jsonl"), /^cannot read named-gone\.jsonl: no such file or directory$/],
    ["link loop", () => (link("named-loop.jsonl", "named-loop.jsonl"), "named-loop.jsonl"), /^cannot read named-loop\.jsonl: too many levels of symbolic links \(a link loop\)$/],
  ])("named on the command line, a %s is a one-line error", async (_case, make, message) => {
    const name = make();
    await expect(readInputs([name], { cwd: work })).rejects.toBeInstanceOf(UserError);
    await expect(readInputs([name], { cwd: work })).rejects.toThrow(message);
  });
});

describe("FIFOs and other special files", () => {
  it("a FIFO named on the command line is refused at once instead of blocking the read", async () => {
    execFileSync("mkfifo", [path.join(work, "pipe.jsonl")]);
    await expect(readInputs(["pipe.jsonl"], { cwd: work })).rejects.toThrow(/^cannot read pipe\.jsonl: a FIFO \(named pipe\), not a regular file or directory$/);
  });

  it("a FIFO met in a directory is skipped and reported", async () => {
    put("withpipe/good.jsonl", line("p1", "Beside A Pipe"));
    execFileSync("mkfifo", [path.join(work, "withpipe/pipe.jsonl")]);
    const result = await readInputs(["withpipe"], { cwd: work });
    expect(result.papers).toHaveLength(1);
    expect(result.skipped).toEqual([{ source: "withpipe/pipe.jsonl", reason: "file not read: a FIFO (named pipe), not a regular file" }]);
  });

  it("a character device (/dev/zero never ends) is refused", async () => {
    await expect(readInputs(["/dev/zero"], { cwd: work })).rejects.toThrow(/^cannot read \/dev\/zero: a device, not a regular file or directory$/);
  });
});

describe("file-system errors become one line", () => {
  // Tests run as root here, where chmod 000 does not stop a read: the mapping is checked on the
  // errors Node raises (code + syscall), and the walk's handling in inputs-permissions.test.ts.
  it.each([
    ["EACCES", "cannot read data/x.jsonl: permission denied (check the file's permissions)"],
    ["EPERM", "cannot read data/x.jsonl: operation not permitted (check the file's permissions)"],
    ["EIO", "cannot read data/x.jsonl: input/output error (a failing disk or network share?)"],
    ["EBUSY", "cannot read data/x.jsonl: system error EBUSY"],
  ])("%s", (code, message) => {
    const error = Object.assign(new Error(`${code}: open '/somewhere/data/x.jsonl'`), { code, syscall: "open" });
    const mapped = fileSystemError("data/x.jsonl", error);
    expect(mapped).toBeInstanceOf(UserError);
    expect((mapped as Error).message).toBe(message);
  });

  it("an error that is not the file system's is passed on untouched (a bug stays a bug)", () => {
    const bug = new TypeError("x is undefined");
    expect(fileSystemError("data/x.jsonl", bug)).toBe(bug);
  });
});

const latin1Line = new Uint8Array([...Buffer.from('{"id":"bad","title":"Caf'), 0xe9, ...Buffer.from(' Paper"}\n')]);

describe("invalid UTF-8: the line is named, and in streamed formats skipped", () => {
  it("jsonl: the bad line is skipped and counted by line, the good ones read", async () => {
    const bytes = new Uint8Array([...Buffer.from(line("a", "First")), ...latin1Line, ...Buffer.from(line("c", "Third"))]);
    const result = await readInputs([put("mixed-utf8.jsonl", bytes)], { cwd: work });
    expect(result.papers.map((p) => p.id)).toEqual(["a", "c"]);
    expect(result.skipped).toEqual([{ source: "mixed-utf8.jsonl", line: 2, reason: "invalid UTF-8 (save the file as UTF-8)" }]);
  });

  it("csv: the row with the bad line is skipped by its line, the others kept", async () => {
    const bytes = new Uint8Array([...Buffer.from("title,abstract\nGood One,First.\n"), ...Buffer.from("Caf"), 0xe9, ...Buffer.from(",Bad.\nGood Two,Third.\n")]);
    const result = await readInputs([put("mixed-utf8.csv", bytes)], { cwd: work });
    expect(result.papers.map((p) => p.title)).toEqual(["Good One", "Good Two"]);
    expect(result.skipped).toEqual([{ source: "mixed-utf8.csv", line: 3, reason: "invalid UTF-8 (save the file as UTF-8)" }]);
  });

  it("a format read whole (JSON) stops with the line, not a byte offset", async () => {
    const bytes = new Uint8Array([...Buffer.from('[\n{"title":"Fine"},\n'), ...latin1Line.subarray(0, -1), ...Buffer.from("\n]\n")]);
    await expect(readInputs([put("latin1.json", bytes)], { cwd: work })).rejects.toThrow(/^cannot read latin1\.json line 3: invalid UTF-8 \(save the file as UTF-8\)$/);
  });
});

describe("truncated CSV", () => {
  it("cut inside a quoted abstract: the rows before it are read and the cut row skipped by line", async () => {
    const name = put("cut.csv", 'title,abstract\nOne,"First."\nTwo,"Second."\nThree,"The file ends in the mid');
    const result = await readInputs([name], { cwd: work });
    expect(result.papers.map((p) => p.title)).toEqual(["One", "Two"]);
    expect(result.skipped).toEqual([{ source: "cut.csv", line: 4, reason: "quoted field never closed (truncated file?)" }]);
  });
});

describe("UTF-16 files are read, not called binary", () => {
  const text = line("u1", "Unicode Paper Über") + line("u2", "Second Paper");
  const le = Buffer.from(text, "utf16le");
  const be = Buffer.from(le).swap16();
  it.each([
    ["utf16le-bom.jsonl", Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
    ["utf16be-bom.jsonl", Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
    ["utf16le-nobom.jsonl", le],
    ["utf16be-nobom.jsonl", be],
  ])("%s", async (name, bytes) => {
    const result = await readInputs([put(name, bytes)], { cwd: work });
    expect(result.papers.map((p) => [p.id, p.title])).toEqual([["u1", "Unicode Paper Über"], ["u2", "Second Paper"]]);
    expect(result.skipped).toEqual([]);
  });

  it("a UTF-16 CSV with a byte-order mark (a spreadsheet's 'Unicode text' export)", async () => {
    const csv = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("title\tabstract\nTabbed Paper\tIts abstract.\n", "utf16le")]);
    const result = await readInputs([put("export.tsv", csv)], { cwd: work });
    expect(result.papers[0]).toMatchObject({ title: "Tabbed Paper", abstract: "Its abstract." });
  });
});

describe("format detection past the first 64 KB", () => {
  const atom = readFileSync(FIXTURES + "arxiv.atom.xml", "utf8");
  const withComment = atom.replace(/^(<\?xml[^>]*\?>)?/, (declaration) => `${declaration}\n<!-- ${"generated by a harvester; ".repeat(6000)} -->\n`);

  it.each([["long-comment.xml"], ["long-comment.atom"]])("an Atom file whose comment outruns the first read: %s", async (name) => {
    expect(withComment.indexOf("<feed")).toBeGreaterThan(128 * 1024);
    const result = await readInputs([put(name, withComment)], { cwd: work });
    expect(result.papers.map((p) => p.arxivId)).toEqual(["2305.18290", "1707.06347", "1706.03762"]);
  });

  it("the same file met in a directory is read, not passed over as an unknown format", async () => {
    put("feeds/long.xml", withComment);
    const result = await readInputs(["feeds"], { cwd: work });
    expect(result.files).toEqual(["feeds/long.xml"]);
  });
});

describe("JSON Lines whose first record outruns the first read", () => {
  it("a .json file of JSON Lines with a 100 KB first abstract is read as JSON Lines, not refused as invalid JSON", async () => {
    const long = `{"id":"long","title":"Long Abstract Paper","abstract":"${"word ".repeat(20_000)}"}\n`;
    const result = await readInputs([put("export.json", long + line("short", "Short Paper"))], { cwd: work });
    expect(result.papers.map((p) => p.id)).toEqual(["long", "short"]);
  });
});

describe("ids above 2^53 end to end", () => {
  it("the id keeps its digits", async () => {
    const result = await readInputs([put("bigid.jsonl", '{"id":123456789012345678901234567890,"title":"Big Id","abstract":"Text."}\n')], { cwd: work });
    expect(result.papers[0]!.id).toBe("123456789012345678901234567890");
  });
});
