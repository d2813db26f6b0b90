import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { CLI, CLI_FLAGS } from "../../../scripts/cli-flags";
import { cli, REPO_ROOT, tempDir } from "./helpers";

// The packages a command loads are its start-up time: each goes through tsx's loader thread.
// The extractor (compromise and its tables, about half a second), the BibTeX parser and the XML
// parser are loaded only by what uses them, so a rebuild whose papers are all stored, or are
// extracted on worker threads, starts without them.
const HEAVY = ["compromise", "@retorquere/bibtex-parser", "fast-xml-parser"];
const BLOCKER = pathToFileURL(join(import.meta.dirname, "block-packages.mjs")).href;

/** The `fieldmap` bin in a process of its own, where resolving any of `blocked` fails. */
function fieldmapWithout(blocked: readonly string[], ...args: string[]) {
  return spawnSync(process.execPath, [...CLI_FLAGS, "--import", BLOCKER, CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, FIELDMAP_BLOCKED_PACKAGES: blocked.join(",") },
  });
}

const SEED = join("data", "seeds", "000_40452ee7aa041bf0.txt");

describe("light start", () => {
  it("light start: `fieldmap --help` loads none of the extractor and the BibTeX and XML parsers", () => {
    const run = fieldmapWithout(HEAVY, "--help");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: fieldmap <command>");
  });

  it("light start: a rebuild whose papers are all in the store loads none of them", async () => {
    const out = join(tempDir(), "map");
    const first = await cli("build", SEED, "-o", out, "--only", "json");
    expect(first.code).toBe(0);
    const again = fieldmapWithout(HEAVY, "build", SEED, "-o", out, "--only", "json", "--workers", "1");
    expect(again.stderr).not.toContain("blocked package");
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/^extract: 0 papers extracted in \d+s, 78 read from the cache$/m);
  }, 120_000);

  it("light start: the hook does block (the extract command loads compromise when it runs)", () => {
    const run = fieldmapWithout(["compromise"], "extract", SEED);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("blocked package loaded: compromise");
  });
});
