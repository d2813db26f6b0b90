import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readableTextColor, type MapDocument } from "@fieldmap/graph";
import type { ViewServer } from "../../cli/src/commands/view";
import type { LabelBox } from "../src/test-hook";
import { buildViewer, devCorpusMapDir, hoverNode, launchBrowser, nodePosition, openViewer, reachesCanvas, screenshot, serveMap, VIEWPORT } from "./support";

/**
 * The canvas of the dev-corpus map (7,229 papers, built once with the real CLI): labels and
 * cluster names read from what the label layer drew (window.__fieldmap.labelBoxes()), links,
 * the PNG export and clicks on cluster names, in Debian's chromium.
 */
let browser: Browser;
let server: ViewServer;
let dir: string;
let doc: MapDocument;

beforeAll(async () => {
  buildViewer();
  dir = await devCorpusMapDir();
  doc = JSON.parse(await readFile(join(dir, "graph.json"), "utf8")) as MapDocument;
  server = await serveMap(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (url: string): Promise<Page> => openViewer(browser, url);

/** Lets sigma draw the frames a camera or state change scheduled. */
const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

const labelBoxes = (page: Page) => page.evaluate(() => window.__fieldmap?.labelBoxes() ?? []);

function overlappingPairs(boxes: LabelBox[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push(`${a.kind} "${a.text}" x ${b.kind} "${b.text}"`);
    }
  }
  return pairs;
}

/** Zooms on the name position of the biggest community, or of its biggest sub-cluster, at `ratio`. */
async function zoomOn(page: Page, ratio: number, on: "community" | "subcluster" = "community"): Promise<void> {
  const community = doc.fieldmap.communities[0]!;
  const centre = on === "community" ? community : (community.subcommunities[0] ?? community);
  await page.evaluate(({ x, y, ratio }) => {
    const sigma = window.__fieldmap?.sigma;
    if (!sigma) throw new Error("viewer not ready");
    // Camera coordinates are framed-graph coordinates: convert through the viewport.
    const framed = sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
    sigma.getCamera().setState({ x: framed.x, y: framed.y, ratio, angle: 0 });
  }, { x: centre.x, y: centre.y, ratio });
  await settle(page);
}

const byTestId = (id: string) => `[data-testid="${id}"]`;

/**
 * Labels drawn under a control that lies over the canvas (the time bar, the hint line, the embed
 * badge): the reader sees half a name, so the placer must keep those rectangles free.
 */
async function labelsUnderOverlays(page: Page, boxes: LabelBox[]): Promise<string[]> {
  const overlays = await page.evaluate(() => {
    const origin = document.querySelector('[data-testid="graph-container"]')!.getBoundingClientRect();
    return [...document.querySelectorAll(".time-bar, .hint, .embed-badge")].flatMap((element) => {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return [];
      return [{ name: element.className, left: rect.left - origin.left, top: rect.top - origin.top, right: rect.right - origin.left, bottom: rect.bottom - origin.top }];
    });
  });
  return boxes.flatMap((b) => overlays.filter((o) => b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom).map((o) => `${b.kind} "${b.text}" under ${o.name}`));
}

describe("labels on the dev-corpus map", () => {
  it.each([
    ["whole map", 1, "community", "community"],
    ["zoomed in", 0.35, "subcommunity", "community"],
    ["zoomed in closely", 0.15, "subcommunity", "subcluster"],
  ] as const)("%s (camera ratio %s): no two labels overlap, cluster names are %s names", async (name, ratio, level, on) => {
    const page = await open(server.url);
    await zoomOn(page, ratio, on);
    const boxes = await labelBoxes(page);
    const nodes = boxes.filter((b) => b.kind === "node");
    const clusters = boxes.filter((b) => b.kind === "cluster");
    expect(nodes.length, "node labels drawn").toBeGreaterThanOrEqual(5);
    expect(clusters.length, "cluster names drawn").toBeGreaterThanOrEqual(1);
    expect(overlappingPairs(boxes)).toEqual([]);
    expect(await labelsUnderOverlays(page, boxes)).toEqual([]);
    for (const box of boxes) {
      expect(box.left >= 0 && box.top >= 0 && box.right <= VIEWPORT.width && box.bottom <= VIEWPORT.height, `${box.text} inside the canvas`).toBe(true);
    }
    const hasSubclusters = doc.fieldmap.communities.some((c) => c.subcommunities.length > 1);
    if (level === "community" || hasSubclusters) expect(new Set(clusters.map((c) => c.key.split(":")[0]))).toEqual(new Set([level]));
    // What the layer reports is what it drew: the label canvas has ink inside the biggest node label's box.
    expect(await inkInside(page, nodes[0]!)).toBeGreaterThan(10);
    await screenshot(page, `labels-${name.replace(/ /g, "-")}`);
    await page.close();
  });

  it("at first sight every cluster is named on the map, a crowded name beside its cluster", async () => {
    const page = await open(server.url);
    await settle(page);
    const boxes = await labelBoxes(page);
    const names = boxes.filter((b) => b.kind === "cluster");
    expect(names.map((b) => b.key).sort()).toEqual(doc.fieldmap.communities.map((c) => `community:${c.id}`).sort());
    expect(overlappingPairs(boxes)).toEqual([]);
    expect(await labelsUnderOverlays(page, boxes)).toEqual([]);
    await page.close();
  });

  // On the dark theme the palette's dark colours (a deep green, a wine, a brick) drew names at
  // 2.7:1 against the background; they are lightened to at least 3:1, as in the static drawing.
  it("on the dark theme draws a dark cluster colour's name lightened, in the colour the static drawing uses", async () => {
    const page = await open(`${server.url}?theme=dark`);
    await settle(page);
    const names = (await labelBoxes(page)).filter((b) => b.kind === "cluster");
    const colourOf = (key: string) => doc.fieldmap.communities.find((c) => `community:${c.id}` === key)!.color;
    const dark = names.find((b) => readableTextColor(colourOf(b.key), "dark") !== colourOf(b.key));
    expect(dark, "a name in a colour too dark for the dark theme").toBeDefined();
    const drawn = await pixelsOfColour(page, dark!, [readableTextColor(colourOf(dark!.key), "dark"), colourOf(dark!.key)]);
    expect(drawn[0], "pixels in the lightened colour").toBeGreaterThan(30);
    expect(drawn[1], "pixels in the colour as it is").toBe(0);
    await page.close();
  });

  it("hovering a node labels it and its neighbours that fit, still without overlaps", async () => {
    const page = await open(server.url);
    await zoomOn(page, 0.5);
    // The biggest labelled node the mouse can reach: a node drawn under the time bar takes no hover.
    let biggest: LabelBox | undefined;
    for (const box of (await labelBoxes(page)).filter((b) => b.kind === "node")) {
      const at = await nodePosition(page, box.key);
      if (await reachesCanvas(page, at.x, at.y)) {
        biggest = box;
        break;
      }
    }
    if (!biggest) throw new Error("no labelled node the mouse can reach");
    await hoverNode(page, biggest.key);
    await settle(page);
    const boxes = await labelBoxes(page);
    expect(boxes.filter((b) => b.kind === "hover").map((b) => b.key)).toEqual([biggest.key]);
    const neighbours = new Set(doc.graph.edges.flatMap((e) => (e.source === biggest.key ? [e.target] : e.target === biggest.key ? [e.source] : [])));
    const labelled = boxes.filter((b) => b.kind === "node");
    expect(labelled.length).toBeGreaterThan(0);
    for (const box of labelled) expect(neighbours.has(box.key), `${box.key} is a neighbour`).toBe(true);
    expect(overlappingPairs(boxes)).toEqual([]);
    await screenshot(page, "labels-hover");
    await page.close();
  });

  it("embed mode and the standalone map.html have no overlapping labels either", async () => {
    const embed = await open(`${server.url}?embed=1`);
    const embedBoxes = await labelBoxes(embed);
    expect(embedBoxes.filter((b) => b.kind === "node").length).toBeGreaterThan(5);
    expect(overlappingPairs(embedBoxes)).toEqual([]);
    await embed.close();
    // map.html is the same viewer bundle with the map inlined (packages/export/src/html.ts).
    const standalone = await open(pathToFileURL(join(dir, "map.html")).href);
    expect(await standalone.evaluate(() => window.__fieldmap?.getState()?.embed)).toBe(true);
    const boxes = await labelBoxes(standalone);
    expect(boxes.filter((b) => b.kind === "cluster").length).toBeGreaterThan(0);
    expect(overlappingPairs(boxes)).toEqual([]);
    await screenshot(standalone, "labels-map-html");
    await standalone.close();
  });

  it("clicking a cluster name focuses that cluster", async () => {
    const page = await open(server.url);
    const name = (await labelBoxes(page)).find((b) => b.kind === "cluster")!;
    const box = await page.locator(byTestId("graph-container")).boundingBox();
    await page.mouse.click(box!.x + (name.left + name.right) / 2, box!.y + (name.top + name.bottom) / 2);
    const [level, id] = name.key.split(":");
    await expect.poll(() => page.evaluate(() => window.__fieldmap?.getState()?.focus)).toEqual({ level, id: Number(id) });
    expect(await page.evaluate(() => window.__fieldmap?.getState()?.selected), "the click selects no node").toBeNull();
    await page.close();
  });
});

describe("a cluster name drawn over a node", () => {
  it("is what the pointer is on: moving onto it hovers no node, and clicking it focuses the cluster without selecting the node", async () => {
    const page = await open(server.url);
    const names = (await labelBoxes(page)).filter((b) => b.kind === "cluster");
    // A node whose disc lies inside a cluster name's box, in viewport pixels (a dense map has some).
    const covered = await page.evaluate((boxes) => {
      const sigma = window.__fieldmap?.sigma;
      if (!sigma) throw new Error("viewer not ready");
      for (const box of boxes) {
        for (const node of sigma.getGraph().nodes()) {
          const data = sigma.getNodeDisplayData(node);
          if (!data || data.hidden) continue;
          const p = sigma.framedGraphToViewport(data);
          if (p.x > box.left + 2 && p.x < box.right - 2 && p.y > box.top + 2 && p.y < box.bottom - 2) return { key: box.key, node, x: p.x, y: p.y };
        }
      }
      return null;
    }, names);
    expect(covered, "some cluster name covers a node").not.toBeNull();
    const stage = await page.locator(byTestId("graph-container")).boundingBox();
    await page.mouse.move(stage!.x + covered!.x + 1, stage!.y + covered!.y);
    await page.mouse.move(stage!.x + covered!.x, stage!.y + covered!.y);
    await settle(page);
    expect(await page.evaluate(() => window.__fieldmap?.getState()?.hovered), "no node hovered under the name").toBeNull();
    await page.mouse.click(stage!.x + covered!.x, stage!.y + covered!.y);
    const [level, id] = covered!.key.split(":");
    await expect.poll(() => page.evaluate(() => window.__fieldmap?.getState()?.focus)).toEqual({ level, id: Number(id) });
    expect(await page.evaluate(() => window.__fieldmap?.getState()?.selected), `${covered!.node} is not selected`).toBeNull();
    await page.close();
  });
});

describe("links and the PNG export on the dev-corpus map", () => {
  it("draws the strongest 1,000 links by default; the filter control draws them all and the URL keeps it", async () => {
    const total = doc.graph.edges.length;
    expect(total).toBeGreaterThan(1000);
    const page = await open(server.url);
    expect(await page.evaluate(() => window.__fieldmap?.drawnEdgeCount())).toBe(1000);
    const strongest = doc.graph.edges.filter((e) => (e.attributes.rank ?? Infinity) < 1000).map((e) => `${e.source}|${e.target}`).sort();
    const drawn = await page.evaluate(() => {
      const sigma = window.__fieldmap!.sigma!;
      const graph = sigma.getGraph();
      return graph.filterEdges((edge) => sigma.getEdgeDisplayData(edge)?.hidden !== true).map((edge) => `${graph.source(edge)}|${graph.target(edge)}`);
    });
    expect(drawn.sort()).toEqual(strongest);
    expect(await page.textContent(byTestId("links-count"))).toBe(`strongest 1,000 of ${total.toLocaleString("en")}`);
    await page.click(byTestId("links-all"));
    await expect.poll(() => page.evaluate(() => window.__fieldmap?.drawnEdgeCount())).toBe(total);
    await expect.poll(() => new URL(page.url()).searchParams.get("links")).toBe("all");
    const again = await open(page.url());
    expect(await again.evaluate(() => window.__fieldmap?.drawnEdgeCount())).toBe(total);
    expect(await again.getAttribute(byTestId("links-all"), "aria-pressed")).toBe("true");
    await again.close();
    await page.close();
  });

  it("the PNG export shows the map with its title above and the community legend beside it", async () => {
    const page = await open(server.url);
    const container = await page.locator(byTestId("graph-container")).boundingBox();
    // Decode the exported PNG in the page; count dark pixels in the title band and in the legend panel.
    const image = await page.evaluate(async (mapWidth) => {
      const blob = await window.__fieldmap!.exportPng(1);
      const bitmap = await createImageBitmap(blob!);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(bitmap, 0, 0);
      const ink = (x0: number, y0: number, x1: number, y1: number) => {
        const { data } = context.getImageData(x0, y0, x1 - x0, y1 - y0);
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 600) n++;
        return n;
      };
      const titleBand = bitmap.height - Math.round(window.__fieldmap!.sigma!.getDimensions().height);
      return { width: bitmap.width, height: bitmap.height, titleBand, title: ink(0, 0, mapWidth, titleBand - 2), legend: ink(mapWidth + 2, titleBand + 2, bitmap.width, bitmap.height) };
    }, Math.round(container!.width));
    expect(image.width).toBeGreaterThan(container!.width);
    expect(image.height).toBeGreaterThan(container!.height);
    const inkBy = image;
    expect(inkBy.titleBand).toBeGreaterThan(20);
    expect(inkBy.title, "title text in the band above the map").toBeGreaterThan(100);
    expect(inkBy.legend, "legend swatches and names right of the map").toBeGreaterThan(doc.fieldmap.communities.length * 50);
    await page.close();
  });
});

/** Pixels of the label canvas inside a label box painted in each of `colours` (#rrggbb; opaque, within 2 per channel). */
function pixelsOfColour(page: Page, box: LabelBox, colours: string[]): Promise<number[]> {
  return page.evaluate(
    ({ b, colours }) => {
      const canvas = window.__fieldmap!.sigma!.getCanvases().labels!;
      const ratio = canvas.width / canvas.clientWidth;
      const { data } = canvas.getContext("2d")!.getImageData(Math.floor(b.left * ratio), Math.floor(b.top * ratio), Math.ceil((b.right - b.left) * ratio), Math.ceil((b.bottom - b.top) * ratio));
      const targets = colours.map((hex) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)));
      const counts = colours.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! < 250) continue;
        targets.forEach((t, k) => {
          if (t.every((c, channel) => Math.abs(c - data[i + channel]!) <= 2)) counts[k]!++;
        });
      }
      return counts;
    },
    { b: box, colours },
  );
}

/** Dark pixels of the label canvas inside a label box (the layer draws on sigma's "labels" canvas). */
function inkInside(page: Page, box: LabelBox): Promise<number> {
  return page.evaluate((b) => {
    const canvas = window.__fieldmap!.sigma!.getCanvases().labels!;
    const ratio = canvas.width / canvas.clientWidth;
    const context = canvas.getContext("2d")!;
    const { data } = context.getImageData(Math.floor(b.left * ratio), Math.floor(b.top * ratio), Math.ceil((b.right - b.left) * ratio), Math.ceil((b.bottom - b.top) * ratio));
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 128) n++;
    return n;
  }, box);
}
