import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EXPORT_FORMATS } from "@fieldmap/export";
import { decode } from "fast-png";
import { describe, expect, it } from "vitest";
import { fixtureDoc, HOSTILE_LABEL } from "../../../packages/export/test/fixture";
import { cli, tempDir } from "./helpers";

const dir = tempDir("fieldmap-export-");
const graphJson = join(dir, "graph.json");
writeFileSync(graphJson, JSON.stringify(fixtureDoc()));
const viewer = join(dir, "viewer.html");
writeFileSync(viewer, `<!doctype html><html><head><title>viewer</title></head><body></body></html>`);

describe("fieldmap export", () => {
  it("documents every format in --help", async () => {
    const run = await cli("export", "--help");
    expect(run.code).toBe(0);
    for (const format of EXPORT_FORMATS) expect(run.stdout).toContain(format.id);
    expect(run.stdout).toMatch(/--theme/);
  });

  it.each([
    ["gexf", "map.gexf", 'xmlns="http://gexf.net/1.3"'],
    ["gexf12", "map12.gexf", 'xmlns:viz="http://www.gexf.net/1.2draft/viz"'],
    ["graphml", "map.graphml", "<graphml"],
    ["json", "map.json", '"fieldmap"'],
    ["vosviewer", "vos.json", '"clusters"'],
    ["svg", "map.svg", "<svg"],
  ])("--format %s -o %s writes the file", async (format, name, marker) => {
    const out = join(dir, name);
    const run = await cli("export", graphJson, "--format", format, "-o", out);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, "utf8")).toContain(marker);
  });

  it("writes text formats to stdout without -o", async () => {
    const run = await cli("export", graphJson, "--format", "gexf");
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("<?xml")).toBe(true);
  });

  it("writes csv as FILE.nodes.csv and FILE.edges.csv", async () => {
    const run = await cli("export", graphJson, "--format", "csv", "-o", join(dir, "tables.csv"));
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "tables.nodes.csv"), "utf8")).toContain(`"<b>&""'</script>"`);
    expect(existsSync(join(dir, "tables.edges.csv"))).toBe(true);
  });

  it("writes a PNG at the asked size and theme", async () => {
    const out = join(dir, "map.png");
    const run = await cli("export", graphJson, "--format", "png", "--width", "640", "--height", "360", "--theme", "dark", "-o", out);
    expect(run.code, run.stderr).toBe(0);
    const image = decode(readFileSync(out));
    expect([image.width, image.height]).toEqual([640, 360]);
    expect([image.data[0], image.data[1], image.data[2]]).toEqual([0x0d, 0x11, 0x17]);
  });

  it.each([
    ["the strongest 1,000 by default", [], 13],
    ["the 4 strongest with --max-links 4", ["--max-links", "4"], 4],
    ["all of them with --max-links 0", ["--max-links", "0"], 13],
  ])("svg draws %s", async (_name, extra, expected) => {
    const run = await cli("export", graphJson, "--format", "svg", ...extra);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.match(/<line /g) ?? []).toHaveLength(expected);
    if (extra[1] === "4") {
      // The four drawn are the four of rank 0-3: weights 6, 5, 3, 3 in the fixture.
      const widths = [...run.stdout.matchAll(/<line [^>]*stroke-width="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(Math.min(...widths)).toBeGreaterThan(2);
    }
  });

  it("embeds the map into the viewer for html", async () => {
    const out = join(dir, "map.html");
    const run = await cli("export", graphJson, "--format", "html", "--viewer", viewer, "-o", out);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain(`<script id="fieldmap-data" type="application/json"`);
    expect(html).not.toContain(HOSTILE_LABEL);
  });

  it.each([
    ["a missing file", ["export", join(dir, "missing.json")], /cannot read .*missing\.json: no such file/],
    ["a directory", ["export", dir], /is a directory/],
    ["invalid JSON", ["export", "BAD_JSON"], /bad\.json: not valid JSON/],
    ["JSON that is not a map", ["export", "NOT_MAP"], /obj\.json: no 'fieldmap' section/],
    ["an unknown format", ["export", graphJson, "--format", "pdf"], /unknown --format 'pdf'/],
    ["a bad theme", ["export", graphJson, "--format", "svg", "--theme", "blue"], /--theme expects light or dark/],
    ["a bad width", ["export", graphJson, "--format", "png", "--width", "wide"], /--width expects/],
    ["a bad link count", ["export", graphJson, "--format", "svg", "--max-links", "1.5"], /--max-links expects a whole number/],
    ["a missing viewer", ["export", graphJson, "--format", "html", "--viewer", join(dir, "nope.html")], /build it first/],
    ["no input", ["export"], /give one graph\.json/],
  ])("one-line error for %s", async (_name, argv, pattern) => {
    const bad = join(dir, "bad.json");
    const notMap = join(dir, "list.json");
    writeFileSync(bad, "{ nope");
    writeFileSync(notMap, "[1, 2]");
    const args = argv.map((a) => (a === "BAD_JSON" ? bad : a === "NOT_MAP" ? join(dir, "obj.json") : a));
    writeFileSync(join(dir, "obj.json"), `{"graph": {}}`);
    const run = await cli(...args);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^fieldmap: /);
    expect(run.stderr).toMatch(pattern);
  });
});
