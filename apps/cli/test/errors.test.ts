import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempDir } from "./helpers";

function file(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("fieldmap build on bad input", () => {
  const dir = tempDir();
  const empty = file(dir, "empty.jsonl", "");
  const binary = file(dir, "blob.jsonl", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe, 0x00]));
  const allBad = file(dir, "bad.jsonl", "{not json\n");
  mkdirSync(join(dir, "nothing"));
  file(join(dir, "nothing"), "notes.png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));

  it.each([
    ["a path that does not exist", ["does/not/exist.jsonl"], /does\/not\/exist\.jsonl/],
    ["an empty file", [empty], /empty\.jsonl/],
    ["a binary file", [binary], /blob\.jsonl/],
    ["a malformed JSONL file with nothing usable", [allBad], /bad\.jsonl.*line 1/],
    ["a directory with nothing readable", [join(dir, "nothing")], /nothing/],
  ])("bad input: %s gives one line naming the file and a non-zero exit", async (_name, inputs, pattern) => {
    const out = tempDir();
    const run = await cli("build", ...inputs, "-o", out);
    expect(run.code).not.toBe(0);
    const lines = run.stderr.trim().split("\n");
    const error = lines[lines.length - 1]!;
    expect(error).toMatch(/^fieldmap: /);
    expect(error).toMatch(pattern);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("skips a bad record among good ones, counts it and reports it", async () => {
    const good = (i: number) => JSON.stringify({ id: `p${i}`, title: `Paper ${i} on GRPO`, abstract: "We train Qwen2.5-7B with GRPO on GSM8K." });
    const mixed = file(dir, "mixed.jsonl", [good(1), "{broken", good(2)].join("\n"));
    const out = tempDir();
    const run = await cli("build", mixed, "-o", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/skipped records:\s+1\b/);
    expect(run.stdout).toMatch(/mixed\.jsonl line 2/);
  });

  it("rejects unknown options with a usage error", async () => {
    const run = await cli("build", "data/seeds", "--no-such-flag");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fieldmap: build: /);
  });
});

describe("fieldmap extract on a bad record", () => {
  it("prints JSONL for the good records and reports the skipped one on stderr", async () => {
    const dir = tempDir();
    const path = join(dir, "mixed.jsonl");
    writeFileSync(path, `${JSON.stringify({ id: "a", title: "GRPO for math", abstract: "We use GRPO on GSM8K." })}\n{bad\n`);
    const run = await cli("extract", path);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(["a"]);
    expect(run.stderr).toMatch(/1 skipped/);
    expect(run.stderr).toMatch(/mixed\.jsonl line 2/);
  });
});

describe("fieldmap build on a directory with a stray file", () => {
  it("skips and reports a file that is not a corpus, and builds from the rest", async () => {
    const dir = tempDir();
    const good = (i: number) => JSON.stringify({ id: `p${i}`, title: `Paper ${i}`, abstract: "We train Qwen2.5-7B with GRPO on GSM8K." });
    writeFileSync(join(dir, "papers.jsonl"), `${good(1)}\n${good(2)}\n`);
    writeFileSync(join(dir, "report.json"), JSON.stringify({ records: 3, papers: 2 }));
    const run = await cli("build", dir, "-o", tempDir(), "--only", "json");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/skipped records:\s+1\b/);
    expect(run.stdout).toMatch(/report\.json: file not read/);
  });

  it("still stops on the same file when the user names it", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "report.json"), JSON.stringify({ records: 3, papers: 2 }));
    const run = await cli("build", join(dir, "report.json"), "-o", tempDir());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^fieldmap: cannot read .*report\.json/m);
  });
});
