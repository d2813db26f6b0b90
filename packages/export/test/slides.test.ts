import type { MapDocument } from "@fieldmap/graph";
import { describe, expect, it } from "vitest";
import { communityCamera, mapUrl, toPng, toSlides } from "../src";
import { fixtureDoc, HOSTILE_LABEL } from "./fixture";

/** A map whose nodes sit at given points, each in the given community. */
function pointsDoc(points: Array<[x: number, y: number, community: number]>): MapDocument {
  const doc = fixtureDoc();
  const template = doc.graph.nodes[0]?.attributes;
  if (!template) throw new Error("fixture has no nodes");
  doc.graph.nodes = points.map(([x, y, community], i) => ({ key: `n${i}`, attributes: { ...template, x, y, community } }));
  doc.graph.edges = [];
  return doc;
}

describe("communityCamera", () => {
  it.each<[string, Array<[number, number, number]>, string]>([
    // Whole extent 0..100 on both axes; community 1 spans 50..100 x 50..100: centre (0.75, 0.75), side 0.5.
    ["a corner quadrant", [[0, 0, 0], [100, 100, 1], [50, 50, 1]], "0.75,0.75,0.65"],
    // Wide graph (0..200 x 0..100): sigma scales by the longer side, 200.
    ["a wide graph", [[0, 0, 0], [200, 100, 0], [100, 40, 1], [120, 60, 1]], "0.55,0.5,0.13"],
    // A single node: the smallest zoom allowed.
    ["a single node", [[0, 0, 0], [100, 100, 0], [25, 75, 1]], "0.25,0.75,0.05"],
  ])("frames %s", (_name, points, expected) => {
    expect(communityCamera(pointsDoc(points), 1)).toBe(expected);
  });

  it("is undefined for an empty community", () => {
    expect(communityCamera(fixtureDoc(), 99)).toBeUndefined();
  });
});

describe("mapUrl", () => {
  it("shows the whole map in embed mode", () => {
    expect(mapUrl(fixtureDoc())).toBe("map.html?embed=1");
  });

  it("focuses the chosen community as the viewer does (cluster=c<id>) and frames it", () => {
    expect(mapUrl(fixtureDoc(), 1)).toMatch(/^map\.html\?embed=1&cluster=c1&cam=[\d.]+,[\d.]+,[\d.]+$/);
  });

  it.each([
    [0, "links=all"],
    [5000, "links=5000"],
  ])("passes a link limit of %d on as %s", (maxLinks, param) => {
    expect(mapUrl(fixtureDoc(), undefined, maxLinks)).toBe(`map.html?embed=1&${param}`);
  });
});

describe("toSlides", () => {
  const doc = fixtureDoc();
  const options = { viewerHtml: "<html><head></head><body></body></html>", width: 320, height: 180, communities: 2 };
  const files = toSlides(doc, options);
  const names = files.map((f) => f.name);
  const index = String(files[0]?.content);
  /** The <aside> of the community slide whose heading is `label`. */
  const asideOf = (label: string) => index.split("<section>").find((s) => s.includes(`<h3>${label}</h3>`))?.match(/<aside[^>]*>[\s\S]*?<\/aside>/)?.[0] ?? "";

  it("writes the deck, the map and one image per live slide", () => {
    expect(names).toEqual(["index.html", "map.html", "images/map.png", "images/community-0.png", "images/community-1.png"]);
  });

  it("each community image is the map focused on that community", () => {
    const image = files.find((f) => f.name === "images/community-1.png")?.content;
    expect(image).toEqual(toPng(doc, { width: 320, height: 180, focus: { level: "community", id: 1 } }));
    expect(image).not.toEqual(toPng(doc, { width: 320, height: 180 }));
  });

  it("sums each community up beside its map: size, years, entities by type, papers with evidence", () => {
    const aside = asideOf("Transformers &amp; attention");
    expect(aside).toContain("5 entities · 2017–2019");
    expect(aside).toMatch(/<dt>Models<\/dt><dd><span class="name">Transformer<\/span>, <span class="name">BERT<\/span><\/dd>/);
    expect(aside).toContain('<span class="paper">Attention Is All You Need</span>');
    expect(aside).toContain('<blockquote class="evidence">We propose the Transformer.</blockquote>');
    expect(aside).toContain("<h4>Sub-clusters</h4>");
  });

  it("escapes entity names, paper titles and evidence sentences", () => {
    expect(index).not.toContain(HOSTILE_LABEL);
    expect(index).not.toContain("<img src=x");
    expect(index).toContain("&lt;b&gt;&amp;&quot;&#39;&lt;/script&gt;");
    expect(index).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("draws the links asked for", () => {
    const all = toSlides(doc, { ...options, maxLinks: 0 });
    const few = toSlides(doc, { ...options, maxLinks: 2 });
    expect(few.find((f) => f.name === "images/map.png")?.content).toEqual(toPng(doc, { width: 320, height: 180, maxLinks: 2 }));
    expect(String(all[0]?.content)).toContain("links=all");
  });
});
