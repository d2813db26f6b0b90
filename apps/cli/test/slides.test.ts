import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { fixtureDoc, HOSTILE_LABEL } from "../../../packages/export/test/fixture";
import { cli, tempDir } from "./helpers";

const dir = tempDir("fieldmap-slides-");
const graphJson = join(dir, "graph.json");
writeFileSync(graphJson, JSON.stringify(fixtureDoc()));
const viewer = join(dir, "viewer.html");
writeFileSync(viewer, `<!doctype html><html><head><title>viewer</title></head><body><div id="app"></div></body></html>`);

describe("fieldmap slides", () => {
  const deck = join(dir, "deck");
  const run = cli("slides", graphJson, "-o", deck, "--viewer", viewer);

  it("writes the deck, the map, the images and reveal.js", async () => {
    const result = await run;
    expect(result.code, result.stderr).toBe(0);
    for (const file of ["index.html", "map.html", "images/map.png", "images/community-0.png", "reveal/reveal.js", "reveal/reveal.css", "reveal/theme/white.css"]) {
      expect(existsSync(join(deck, file)), file).toBe(true);
    }
  });

  it("has a title slide, the whole map and one live+static pair per community", async () => {
    await run;
    const html = readFileSync(join(deck, "index.html"), "utf8");
    const iframes = [...html.matchAll(/<iframe data-src="([^"]+)"/g)].map((m) => m[1]);
    expect(iframes[0]).toBe("map.html?embed=1");
    expect(iframes.slice(1).map((src) => src?.replace(/&amp;cam=[\d.,]+$/, ""))).toEqual([
      "map.html?embed=1&amp;cluster=c0",
      "map.html?embed=1&amp;cluster=c1",
      "map.html?embed=1&amp;cluster=c2",
    ]);
    expect([...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "images/map.png",
      "images/community-0.png",
      "images/community-1.png",
      "images/community-2.png",
    ]);
    expect(html).toContain("<h1>Fixture map: attention &lt;&amp; graphs&gt;</h1>");
  });

  it("sums up each community beside its map, from the map's own papers", async () => {
    await run;
    const html = readFileSync(join(deck, "index.html"), "utf8");
    const asides = [...html.matchAll(/<aside class="summary">([\s\S]*?)<\/aside>/g)].map((m) => m[1] ?? "");
    expect(asides).toHaveLength(fixtureDoc().fieldmap.communities.length);
    expect(asides[0]).toContain("<dt>Models</dt>");
    expect(asides[0]).toContain("We propose the Transformer.");
    expect(asides[1]).toContain("Semi-Supervised Classification with Graph Convolutional Networks");
  });

  it("--max-links reaches the live maps", async () => {
    const out = join(dir, "deck-all-links");
    const result = await cli("slides", graphJson, "-o", out, "--viewer", viewer, "--communities", "1", "--max-links", "0", "--width", "320", "--height", "180");
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect([...html.matchAll(/<iframe data-src="([^"]+)"/g)].every((m) => m[1]?.includes("links=all"))).toBe(true);
  });

  it("lists top entities as text, never as markup", async () => {
    await run;
    const html = readFileSync(join(deck, "index.html"), "utf8");
    expect(html).not.toContain(HOSTILE_LABEL);
    expect(html).toContain("&lt;b&gt;&amp;&quot;&#39;&lt;/script&gt;");
    // Read the names back the way a browser would: entity references decoded, no tags inside.
    const decode = (t: string) => new DOMParser().parseFromString(`<x>${t}</x>`, "text/xml").documentElement?.textContent;
    const names = [...html.matchAll(/<span class="name">([^<]*)<\/span>/g)].map((m) => decode(m[1] ?? ""));
    expect(names).toContain(HOSTILE_LABEL);
    expect(names).toContain("Transformer");
  });

  it("reads a map built before sub-clusters and name positions existed", async () => {
    const old = fixtureDoc() as unknown as { fieldmap: { communities: Array<Record<string, unknown>> }; graph: { nodes: Array<{ attributes: Record<string, unknown> }> } };
    for (const community of old.fieldmap.communities) for (const key of ["subcommunities", "x", "y"]) delete community[key];
    for (const node of old.graph.nodes) for (const key of ["subcommunity", "subcommunity_label"]) delete node.attributes[key];
    const oldJson = join(dir, "old-graph.json");
    writeFileSync(oldJson, JSON.stringify(old));
    const result = await cli("slides", oldJson, "-o", join(dir, "old-deck"), "--viewer", viewer, "--width", "320", "--height", "180");
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, "old-deck", "index.html"), "utf8")).toContain("We propose the Transformer.");
  });

  it("uses only relative, local assets", async () => {
    await run;
    const html = readFileSync(join(deck, "index.html"), "utf8");
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it.each([
    ["a missing graph.json", ["slides", join(dir, "none.json"), "-o", join(dir, "x")], /none\.json: no such file/],
    ["a bad theme", ["slides", graphJson, "--theme", "neon"], /--theme expects light or dark/],
    ["a bad count", ["slides", graphJson, "--communities", "lots"], /--communities expects/],
    ["a bad link count", ["slides", graphJson, "--max-links", "many"], /--max-links expects/],
  ])("one-line error for %s", async (_name, argv, pattern) => {
    const result = await cli(...argv);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
  });
});
