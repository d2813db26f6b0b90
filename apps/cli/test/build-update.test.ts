// `fieldmap build --update`: a map updated with more papers keeps its nodes where they were,
// places the new ones, is the same bytes for the same previous map and inputs, and is refused
// in one line when there is no previous map or it was built with other map options.
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { MapDocument } from "@fieldmap/graph";
import { cli, tempDir } from "./helpers";

const FIRST_TWO = ["data/seeds/000_40452ee7aa041bf0.txt", "data/seeds/001_9b29d724de634899.txt"];
const OPTIONS = ["--min-count", "2", "--only", "json"];

function positions(dir: string): Map<string, [number, number]> {
  const doc = JSON.parse(readFileSync(join(dir, "graph.json"), "utf8")) as MapDocument;
  return new Map(doc.graph.nodes.map((n) => [n.key, [n.attributes.x, n.attributes.y]]));
}

describe("fieldmap build --update", () => {
  const previous = tempDir();
  const updated = tempDir();
  const twin = tempDir();
  let before: Map<string, [number, number]>;

  beforeAll(async () => {
    const built = await cli("build", ...FIRST_TWO, "-o", previous, ...OPTIONS);
    expect(built.code, built.stderr).toBe(0);
    before = positions(previous);
    cpSync(previous, updated, { recursive: true });
    cpSync(previous, twin, { recursive: true });
    for (const dir of [updated, twin]) {
      const run = await cli("build", "data/seeds", "-o", dir, ...OPTIONS, "--update");
      expect(run.code, run.stderr).toBe(0);
    }
  }, 240_000);

  it("update: nodes of the previous map stay where they were; new ones get positions", () => {
    const after = positions(updated);
    const xs = [...before.values()].map(([x]) => x);
    const ys = [...before.values()].map(([, y]) => y);
    const scale = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const moves = [...after].filter(([key]) => before.has(key)).map(([key, [x, y]]) => Math.hypot(x - before.get(key)![0], y - before.get(key)![1]));
    moves.sort((a, b) => a - b);
    expect(moves.length).toBeGreaterThan(before.size / 2);
    expect(moves[Math.floor(moves.length / 2)]! / scale, "median move, as a share of the map's width").toBeLessThan(0.05);
    // Pinned during the update's layout: not one of them moves.
    expect(moves.at(-1), "largest move of a node of the previous map").toBe(0);
    const added = [...after].filter(([key]) => !before.has(key));
    expect(added.length).toBeGreaterThan(0);
    for (const [key, [x, y]] of added) expect(Number.isFinite(x) && Number.isFinite(y), key).toBe(true);
  });

  it("update: report.json says how many nodes were kept and placed, and the options for the next update", () => {
    const report = JSON.parse(readFileSync(join(updated, "report.json"), "utf8"));
    const after = positions(updated);
    const kept = [...after.keys()].filter((key) => before.has(key)).length;
    expect(report.update).toMatchObject({ kept, placed: after.size - kept });
    expect(report.options).toMatchObject({ "min-count": 2, resolution: "auto", seed: 42 });
  });

  it("update: the same previous map and inputs give byte-identical graph.json", () => {
    expect(readFileSync(join(twin, "graph.json")).equals(readFileSync(join(updated, "graph.json")))).toBe(true);
  });

  it("update: refused in one line when the output directory holds no map; nothing written", async () => {
    const empty = join(tempDir(), "none");
    const run = await cli("build", "data/seeds", "-o", empty, ...OPTIONS, "--update");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^fieldmap: build --update: no previous map in .*none .*; build once without --update\n$/);
    expect(existsSync(empty)).toBe(false);
  });

  it("update: refused in one line when the previous map was built with other map options; it is left as it was", async () => {
    const bytes = readFileSync(join(previous, "graph.json"));
    const run = await cli("build", "data/seeds", "-o", previous, "--min-count", "3", "--only", "json", "--update");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^fieldmap: build --update: the map in .* was built with --min-count 2, this build has --min-count 3; build without --update to change it\n$/);
    expect(readFileSync(join(previous, "graph.json")).equals(bytes)).toBe(true);
    expect(readdirSync(previous).sort()).toEqual(["graph.json", "report.json"]);
  });
});
