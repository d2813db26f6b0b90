/**
 * map.html and the slide deck in headless Debian chromium, opened from file://:
 * they must show the map's nodes and make no http(s) request at all.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Frame, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDoc, HOSTILE_LABEL } from "../../../packages/export/test/fixture";
import { buildViewer } from "../../viewer/e2e/support";
import { cli } from "../test/helpers";

const CHROMIUM_PATH = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

interface ViewerHook {
  status: string;
  getState(): { embed: boolean; focus?: { level: string; id: number } | null } | null;
  sigma: { getGraph(): { order: number; hasNode(key: string): boolean } } | null;
  hiddenNodes(): string[];
}

/** Every URL the page (and its frames) asks for that is not a local file or inline data. */
function recordNetwork(page: Page): string[] {
  const remote: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!/^(file|data|blob|about):/.test(url)) remote.push(url);
  });
  return remote;
}

/** Nodes the viewer draws: in its graph and not hidden by its reducers. */
async function nodesShown(frame: Page | Frame): Promise<number> {
  await frame.waitForFunction(() => (window as unknown as { __fieldmap?: ViewerHook }).__fieldmap?.status === "ready", null, { timeout: 60_000 });
  return frame.evaluate(() => {
    const hook = (window as unknown as { __fieldmap?: ViewerHook }).__fieldmap;
    return (hook?.sigma?.getGraph().order ?? 0) - (hook?.hiddenNodes().length ?? 0);
  });
}

const communitySize = (id: number) => fixtureDoc().graph.nodes.filter((n) => n.attributes.community === id).length;

describe("exports in headless chromium", () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    buildViewer(); // when stale: map.html inlines dist/index.html, which a stale bundle would make stale too
    dir = await mkdtemp(join(tmpdir(), "fieldmap-e2e-export-"));
    await writeFile(join(dir, "graph.json"), JSON.stringify(fixtureDoc()));
    const html = await cli("export", join(dir, "graph.json"), "--format", "html", "-o", join(dir, "map.html"));
    if (html.code !== 0) throw new Error(html.stderr);
    const slides = await cli("slides", join(dir, "graph.json"), "-o", join(dir, "deck"));
    if (slides.code !== 0) throw new Error(slides.stderr);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ["opens in embed mode by default", "", true],
    ["shows the full viewer with ?embed=0", "?embed=0", false],
  ])("map.html %s", async (_name, query, embed) => {
    const page = await browser.newPage();
    await page.goto(`${pathToFileURL(join(dir, "map.html")).href}${query}`);
    await nodesShown(page);
    const state = await page.evaluate(() => (window as unknown as { __fieldmap?: ViewerHook }).__fieldmap?.getState());
    expect(state?.embed).toBe(embed);
    await page.close();
  });

  it("the network recorder catches a remote request (so the checks below can fail)", async () => {
    const page = await browser.newPage();
    const remote = recordNetwork(page);
    const probe = join(dir, "probe.html");
    await writeFile(probe, `<!doctype html><img src="http://127.0.0.1:9/probe.png">`);
    await page.goto(pathToFileURL(probe).href);
    await expect.poll(() => remote, { timeout: 10_000 }).toEqual(["http://127.0.0.1:9/probe.png"]);
    await page.close();
  });

  it.each([
    ["standalone", "", fixtureDoc().graph.nodes.length],
    ["embedded, focused on one community", "?embed=1&hide-communities=1,2", communitySize(0)],
  ])("map.html (%s) shows its nodes from file:// with no network request", async (_name, query, expected) => {
    const page = await browser.newPage();
    const remote = recordNetwork(page);
    await page.goto(`${pathToFileURL(join(dir, "map.html")).href}${query}`);
    expect(await nodesShown(page)).toBe(expected);
    const hasHostile = await page.evaluate(
      (key) => (window as unknown as { __fieldmap?: ViewerHook }).__fieldmap?.sigma?.getGraph().hasNode(key) ?? false,
      HOSTILE_LABEL,
    );
    expect(hasHostile).toBe(true);
    expect(remote).toEqual([]);
    await page.close();
  });

  it("map.html works inside an iframe", async () => {
    const host = join(dir, "host.html");
    await writeFile(host, `<!doctype html><html><body><iframe src="map.html?embed=1" width="800" height="600"></iframe></body></html>`);
    const page = await browser.newPage();
    const remote = recordNetwork(page);
    await page.goto(pathToFileURL(host).href);
    const frame = page.frames().find((f) => f.url().includes("map.html"));
    if (!frame) throw new Error("no map.html frame");
    expect(await nodesShown(frame)).toBe(fixtureDoc().graph.nodes.length);
    expect(remote).toEqual([]);
    await page.close();
  });

  it("the deck opens from file://, loads reveal.js, and its live slides show the map", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const remote = recordNetwork(page);
    await page.goto(pathToFileURL(join(dir, "deck", "index.html")).href);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true);
    const slideCount = await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
    expect(slideCount).toBe(1 + 2 * (1 + fixtureDoc().fieldmap.communities.length));
    // Slide 1 (horizontal index 1) is the whole map; slide 2 the largest community in the viewer's
    // cluster focus (the rest dimmed, not hidden, so every node is still on the map).
    for (const [index, focus] of [[1, null], [2, { level: "community", id: 0 }]] as const) {
      await page.evaluate((h) => (window as unknown as { Reveal: { slide(h: number, v: number): void } }).Reveal.slide(h, 0), index);
      await page.waitForFunction((h) => document.querySelectorAll("iframe")[h - 1]?.getAttribute("src") !== null, index);
      const frame = await (await page.$$("iframe"))[index - 1]?.contentFrame();
      if (!frame) throw new Error(`no iframe on slide ${index}`);
      expect(await nodesShown(frame)).toBe(fixtureDoc().graph.nodes.length);
      const state = await frame.evaluate(() => (window as unknown as { __fieldmap?: ViewerHook }).__fieldmap?.getState());
      expect(state?.focus ?? null).toEqual(focus);
      if (process.env.FIELDMAP_E2E_SCREENSHOTS) await page.screenshot({ path: join(dir, `deck-${index}.png`) });
    }
    const images = await page.$$eval("section.static img", (imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth));
    expect(images.every((w) => w === 1920)).toBe(true);
    expect(remote).toEqual([]);
    await page.close();
  });
});
