import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDoc } from "../../../packages/export/test/fixture";
import { UserError } from "../src/errors";
import { fileStep, writeFileAtomically } from "../src/file-writes";
import { removeStaleStaging } from "../src/output-dir";
import { cli, REPO_ROOT, tempDir } from "./helpers";

// Issue 10, items 11, 14 and 15: -o checked before reading, every output swapped into place
// whole (a killed build leaves the previous map), and no overwriting of a user's own files.

const SMALL = "data/fixtures/zotero.bib";

/** A build of the small fixture into `out` (json only unless `only` says otherwise). */
const build = (out: string, ...extra: string[]) => cli("build", SMALL, "-o", out, ...(extra.length > 0 ? extra : ["--only", "json"]));

/** Staging entries (of this or a killed build) beside an output; the extraction cache may sit there too. */
const stagingIn = (dir: string) => readdirSync(dir).filter((entry) => /\.fieldmap-(tmp|old)-\d+$/.test(entry));

/** A pid that is certainly not running: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("-o is checked before anything is read", () => {
  it.each([
    ["a file", (dir: string) => join(dir, "file.txt"), /^fieldmap: cannot write to .*file\.txt: it is a file, not a directory; choose another -o\n$/],
    ["under a file", (dir: string) => join(dir, "file.txt", "out"), /^fieldmap: cannot write to .*file\.txt\/out: it is under a file \(.*file\.txt\), not a directory; choose another -o\n$/],
  ])("-o that is %s: one line naming it, before the inputs are read", async (_name, outIn, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, "file.txt"), "mine");
    // The input does not exist: an error about it would mean the inputs were read first.
    const run = await cli("build", join(dir, "no-such-input.jsonl"), "-o", outIn(dir));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(readFileSync(join(dir, "file.txt"), "utf8")).toBe("mine");
  });

  it("-o where no directory can be made (sysfs refuses even root): one line, before reading", async () => {
    const run = await cli("build", "no-such-input.jsonl", "-o", "/sys/fieldmap-test-out");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^fieldmap: cannot write to \/sys\/fieldmap-test-out: (permission denied|read-only file system)\n$/);
  });

  // Tests run as root, which chmod does not stop: the system's refusal is injected.
  it.each([
    ["EACCES", "permission denied"],
    ["EROFS", "read-only file system"],
    ["ENOSPC", "no space left on device"],
  ])("a file-system refusal (%s) becomes one line saying what failed", async (code, reason) => {
    const refusal = Object.assign(new Error(`${code}: refused, mkdir '/x'`), { code });
    const failed = fileStep("write to out", () => Promise.reject(refusal));
    await expect(failed).rejects.toThrow(UserError);
    await expect(failed).rejects.toThrow(`cannot write to out: ${reason}`);
  });

  it("a bug (an error without a system code) is not disguised as a user error", async () => {
    const failed = fileStep("write to out", () => Promise.reject(new TypeError("x is undefined")));
    await expect(failed).rejects.toThrow(TypeError);
  });
});

describe("overwrite guard", () => {
  it("refuses a directory of the user's own files, and writes nothing into it", async () => {
    const out = tempDir();
    writeFileSync(join(out, "notes.txt"), "my notes");
    const run = await build(out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^fieldmap: .* holds notes\.txt, which fieldmap did not write; choose another -o, or pass --force .*\n$/);
    expect(readdirSync(out)).toEqual(["notes.txt"]);
  });

  it("refuses a graph.json that fieldmap did not write", async () => {
    const out = tempDir();
    writeFileSync(join(out, "graph.json"), '{"nodes": []}\n');
    expect((await build(out)).code).toBe(1);
    expect(readFileSync(join(out, "graph.json"), "utf8")).toBe('{"nodes": []}\n');
  });

  it("with --force writes into it and keeps the user's files", async () => {
    const out = tempDir();
    writeFileSync(join(out, "notes.txt"), "my notes");
    const run = await build(out, "--only", "json", "--force");
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("my notes");
    expect(JSON.parse(readFileSync(join(out, "graph.json"), "utf8")).fieldmap.title).toBe("zotero");
    expect(readdirSync(out).sort()).toEqual(["graph.json", "notes.txt", "report.json"]);
  });

  it("replaces a previous output whole: --only json leaves no older format beside it, the deck is kept", async () => {
    const parent = tempDir();
    const out = join(parent, "map");
    expect((await build(out, "--only", "json,csv,gexf")).code).toBe(0);
    mkdirSync(join(out, "slides"));
    writeFileSync(join(out, "slides", "index.html"), "deck");
    const run = await build(out, "--only", "json", "--title", "second");
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["graph.json", "report.json", "slides"]);
    expect(JSON.parse(readFileSync(join(out, "graph.json"), "utf8")).fieldmap.title).toBe("second");
    expect(readFileSync(join(out, "slides", "index.html"), "utf8")).toBe("deck");
    // Nothing is left beside the output either.
    expect(stagingIn(parent)).toEqual([]);
  });

  it("writes into an empty directory and a new one", async () => {
    const empty = tempDir();
    expect((await build(empty)).code).toBe(0);
    expect(readdirSync(empty).sort()).toEqual(["graph.json", "report.json"]);
    const fresh = join(tempDir(), "a", "b");
    expect((await build(fresh)).code).toBe(0);
    expect(existsSync(join(fresh, "graph.json"))).toBe(true);
  });
});

describe("leftovers of killed builds", () => {
  it("the next build puts back a previous output left aside between the two renames", async () => {
    const parent = tempDir();
    const target = join(parent, "map");
    const aside = join(parent, `.map.fieldmap-old-${deadPid()}`);
    const half = join(parent, `.map.fieldmap-tmp-${deadPid()}`);
    mkdirSync(aside);
    writeFileSync(join(aside, "graph.json"), "previous");
    mkdirSync(half);
    writeFileSync(join(half, "graph.json"), "half writ");
    await removeStaleStaging(target);
    expect(readFileSync(join(target, "graph.json"), "utf8")).toBe("previous");
    expect(readdirSync(parent)).toEqual(["map"]);
  });

  it("leaves the staging directories of running builds alone", async () => {
    const parent = tempDir();
    const running = join(parent, `.map.fieldmap-tmp-${process.ppid}`);
    mkdirSync(running);
    await removeStaleStaging(join(parent, "map"));
    expect(existsSync(running)).toBe(true);
  });
});

describe("kill -9 during a build", () => {
  it("leaves the previous map whole and parseable; the next build cleans up after it", async () => {
    const parent = tempDir();
    const out = join(parent, "map");
    expect((await build(out, "--only", "json,gexf")).code).toBe(0);
    const before = readFileSync(join(out, "graph.json"));
    // FIELDMAP_TEST_PAUSE_BEFORE_SWAP (test-only) holds the build with every new file written.
    const child = spawn(process.execPath, ["apps/cli/bin/fieldmap.mjs", "build", SMALL, "-o", out, "--title", "killed"], {
      cwd: REPO_ROOT,
      env: { ...process.env, FIELDMAP_TEST_PAUSE_BEFORE_SWAP: "60000" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    const paused = new Promise<void>((done) => {
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes("paused before swap")) done();
      });
    });
    const ended = new Promise((done) => child.on("close", done));
    await Promise.race([paused, ended]);
    const staging = join(parent, `.map.fieldmap-tmp-${child.pid}`);
    expect(existsSync(join(staging, "graph.json")), stderr).toBe(true);
    child.kill("SIGKILL");
    await ended;
    expect(readFileSync(join(out, "graph.json")).equals(before)).toBe(true);
    expect(JSON.parse(before.toString()).fieldmap.title).toBe("zotero");
    expect(readdirSync(out).sort()).toEqual(["graph.gexf", "graph.json", "report.json"]);
    expect(stagingIn(parent)).toEqual([`.map.fieldmap-tmp-${child.pid}`]);
    expect((await build(out)).code).toBe(0);
    expect(stagingIn(parent)).toEqual([]);
  }, 60_000);
});

describe("export and slides write atomically too", () => {
  const dir = tempDir();
  const graphJson = join(dir, "graph.json");
  writeFileSync(graphJson, JSON.stringify(fixtureDoc()));
  const viewer = join(dir, "viewer.html");
  writeFileSync(viewer, "<!doctype html><html><head><title>viewer</title></head><body></body></html>");

  it("export -o FILE replaces the file through a temporary one, and leaves nothing beside it", async () => {
    const parent = tempDir();
    writeFileSync(join(parent, "map.gexf"), "old");
    const run = await cli("export", graphJson, "--format", "gexf", "-o", join(parent, "map.gexf"));
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(parent, "map.gexf"), "utf8")).toMatch(/^<\?xml/);
    expect(readdirSync(parent)).toEqual(["map.gexf"]);
  });

  it("a write that fails half-way leaves the previous file whole", async () => {
    const parent = tempDir();
    const path = join(parent, "map.gexf");
    writeFileSync(path, "previous");
    function* failing() {
      yield "new bytes, ";
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    }
    await expect(writeFileAtomically(path, failing(), "map.gexf")).rejects.toThrow("cannot write map.gexf: no space left on device");
    expect(readFileSync(path, "utf8")).toBe("previous");
    expect(readdirSync(parent)).toEqual(["map.gexf"]);
  });

  it("export -o under a file: one line, no stack trace", async () => {
    const parent = tempDir();
    writeFileSync(join(parent, "file.txt"), "mine");
    const run = await cli("export", graphJson, "--format", "gexf", "-o", join(parent, "file.txt", "map.gexf"));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^fieldmap: cannot write .*file\.txt\/map\.gexf: it is under a file \(.*file\.txt\), not a directory; choose another -o\n$/);
  });

  it("slides replaces a previous deck whole (no image of the last deck stays) and refuses a directory of other files", async () => {
    const deck = join(tempDir(), "deck");
    const slides = (...extra: string[]) => cli("slides", graphJson, "-o", deck, "--viewer", viewer, "--width", "160", "--height", "90", ...extra);
    expect((await slides("--communities", "3")).code).toBe(0);
    expect(existsSync(join(deck, "images", "community-2.png"))).toBe(true);
    expect((await slides("--communities", "1")).code).toBe(0);
    expect(readdirSync(join(deck, "images")).sort()).toEqual(["community-0.png", "map.png"]);
    const mine = tempDir();
    writeFileSync(join(mine, "talk.key"), "my talk");
    const refused = await cli("slides", graphJson, "-o", mine, "--viewer", viewer);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/holds talk\.key, which fieldmap did not write/);
    expect(readdirSync(mine)).toEqual(["talk.key"]);
  }, 60_000);
});
