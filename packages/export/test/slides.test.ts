import type { MapDocument } from "@fieldmap/graph";
import { describe, expect, it } from "vitest";
import { communityCamera, communityDocument, mapUrl, toSlides, topCommunities } from "../src";
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

  it("hides the other communities and frames the chosen one", () => {
    const url = mapUrl(fixtureDoc(), 1);
    expect(url).toMatch(/^map\.html\?embed=1&hide-communities=0,2&cam=[\d.]+,[\d.]+,[\d.]+$/);
  });
});

describe("toSlides", () => {
  const doc = fixtureDoc();
  const files = toSlides(doc, { viewerHtml: "<html><head></head><body></body></html>", width: 320, height: 180, communities: 2 });
  const names = files.map((f) => f.name);

  it("writes the deck, the map and one image per live slide", () => {
    expect(names).toEqual(["index.html", "map.html", "images/map.png", "images/community-0.png", "images/community-1.png"]);
  });

  it("keeps community sub-maps to their own nodes and links", () => {
    const top = topCommunities(doc, 1)[0];
    if (!top) throw new Error("no community");
    const sub = communityDocument(doc, top);
    expect(sub.graph.nodes.every((n) => n.attributes.community === top.id)).toBe(true);
    const keys = new Set(sub.graph.nodes.map((n) => n.key));
    expect(sub.graph.edges.every((e) => keys.has(e.source) && keys.has(e.target))).toBe(true);
    expect(sub.graph.nodes.map((n) => n.key)).toContain(HOSTILE_LABEL);
  });

  it("escapes entity names in the deck", () => {
    const index = String(files[0]?.content);
    expect(index).not.toContain(HOSTILE_LABEL);
    expect(index).toContain("&lt;b&gt;&amp;&quot;&#39;&lt;/script&gt;");
  });
});
