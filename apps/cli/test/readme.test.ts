import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, REPO_ROOT, tempDir } from "./helpers";

// The README's per-format examples are commands a newcomer copies: each must build a map.
const README = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
const EXAMPLES = [...README.matchAll(/`pnpm fieldmap build (data\/fixtures\/[^`]+)`/g)].map((m) => m[1]!);

describe("README input examples", () => {
  it("lists one example per input format", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
  });

  it.each(EXAMPLES)("README example: fieldmap build %s", async (args) => {
    const out = tempDir();
    const run = await cli("build", ...args.split(" "), "-o", out, "--only", "json");
    expect(run.stderr).not.toMatch(/^fieldmap: /m);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/records read:\s+[1-9]/);
    const doc = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    expect(doc.graph.nodes.length, "the example's map has nodes").toBeGreaterThan(0);
  });
});
