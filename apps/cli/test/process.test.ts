import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cli, REPO_ROOT, tempDir } from "./helpers";

// What needs a real process (issue 12, "noise"): Ctrl+C on `pnpm fieldmap view`, and the
// `fieldmap` bin. Everything else is tested in-process.

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts `command` in its own process group, as a terminal does, and once it serves sends the
 * group SIGINT `times` times in a row (Ctrl+C; then the SIGINT pnpm forwards to its child at once).
 */
function interruptWhenServing(command: string, args: string[], times = 1, gapMs = 0): Promise<Ended> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let interrupted = false;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (interrupted || !/^http:\/\/127\.0\.0\.1:\d+\/$/m.test(stdout) || !child.pid) return;
      interrupted = true;
      const pid = child.pid;
      // Ctrl+C in a terminal signals the whole foreground group: pnpm, and fieldmap under it.
      process.kill(-pid, "SIGINT");
      // Later signals now or a moment after, as pnpm forwards the terminal's one.
      for (let i = 1; i < times; i++) setTimeout(() => process.kill(-pid, "SIGINT"), gapMs * i);
    });
    child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

describe("fieldmap as a process", () => {
  it("Ctrl+C on view ends the command normally: status 0, even when a second SIGINT follows", async () => {
    const out = tempDir();
    expect((await cli("build", "data/fixtures/zotero.bib", "-o", out, "--only", "json")).code).toBe(0);
    const ended = await interruptWhenServing(process.execPath, ["apps/cli/bin/fieldmap.mjs", "view", out, "--port", "0"], 2);
    expect(ended).toMatchObject({ code: 0, signal: null, stderr: "" });
    expect(ended.stdout).toMatch(/Stopped\.\n$/);
  }, 30_000);

  it("a second SIGINT a moment after the first (10-30 ms, while the process exits) still ends with status 0", async () => {
    const out = tempDir();
    expect((await cli("build", "data/fixtures/zotero.bib", "-o", out, "--only", "json")).code).toBe(0);
    for (const gap of [10, 20, 30]) {
      const ended = await interruptWhenServing(process.execPath, ["apps/cli/bin/fieldmap.mjs", "view", out, "--port", "0"], 2, gap);
      expect(ended, `second SIGINT ${gap} ms later`).toMatchObject({ code: 0, signal: null, stderr: "" });
    }
  }, 60_000);

  it("Ctrl+C on `pnpm fieldmap view` prints no error line (no ELIFECYCLE)", async () => {
    const out = tempDir();
    expect((await cli("build", "data/fixtures/zotero.bib", "-o", out, "--only", "json")).code).toBe(0);
    const ended = await interruptWhenServing("pnpm", ["fieldmap", "view", out, "--port", "0"]);
    // pnpm prints its ELIFECYCLE line on stdout.
    expect(`${ended.stdout}${ended.stderr}`).not.toMatch(/ELIFECYCLE|failed|error/i);
    expect(ended.stdout).toMatch(/Stopped\.\n$/);
    expect(ended).toMatchObject({ code: 0, signal: null });
  }, 30_000);

  it("`pnpm exec fieldmap` runs the workspace's bin and prints only fieldmap's own output", () => {
    const run = spawnSync("pnpm", ["exec", "fieldmap", "--help"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n")[0]).toBe("fieldmap: turn research-paper abstracts into a map of the field");
  }, 30_000);
});
