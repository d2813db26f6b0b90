import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";
import type { MapDocument } from "@fieldmap/graph";
import { startViewServer, DEFAULT_VIEW_SERVER_OPTIONS, type ViewServer } from "../../cli/src/commands/view";
import { cli } from "../../cli/test/helpers";
import { DEV_CORPUS, sharedMapCopy } from "../../cli/test/shared-maps";
import { buildViewerIfStale } from "../../../scripts/build-viewer";
import { generateMapDocument, type SyntheticMapOptions } from "../src/dev/synthetic";

/** Shared set-up for the browser scenarios and the viewer benchmark. */
export const VIEWER_DIR = fileURLToPath(new URL("..", import.meta.url));
export const REPO_ROOT = join(VIEWER_DIR, "..", "..");
export const ARTIFACTS_DIR = join(REPO_ROOT, "test-artifacts", "viewer");

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Builds apps/viewer/dist when any of its sources is newer (scripts/build-viewer.ts), so the
 * tests never run a stale bundle, and a current one is never rebuilt: a rebuild empties dist/
 * while another file, or another test run in the same checkout, may be serving it.
 */
export function buildViewer(): void {
  if (buildViewerIfStale() !== 0) throw new Error("viewer build failed (see its output above)");
}

/** Writes a map directory holding graph.json and returns its path. */
export async function writeMapDir(doc: MapDocument, prefix = "fieldmap-view-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await writeFile(join(dir, "graph.json"), JSON.stringify(doc));
  return dir;
}

export async function syntheticMapDir(options: Partial<SyntheticMapOptions> = {}): Promise<string> {
  return writeMapDir(generateMapDocument(options));
}

export function serveMap(dir: string): Promise<ViewServer> {
  return startViewServer({ ...DEFAULT_VIEW_SERVER_OPTIONS, dir, port: 0 });
}

/** Waits until the viewer has loaded (or failed to load) its map. */
export async function waitForViewer(page: Page, status: "ready" | "error" | "open" = "ready"): Promise<void> {
  await page.waitForFunction((s) => window.__fieldmap?.status === s, status, { timeout: 60_000 });
  if (status === "ready") await page.waitForFunction(() => window.__fieldmap?.firstRenderMs != null, null, { timeout: 60_000 });
}

export const VIEWPORT = { width: 1280, height: 720 };

/** Opens the viewer at `url` in a new page, waits until it is ready and fails on any page error. */
export async function openViewer(browser: Browser, url: string, viewport = VIEWPORT): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await waitForViewer(page);
  expect(errors).toEqual([]);
  return page;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}


/** The seed map, built with the real CLI once per test run (apps/cli/test/shared-maps.ts); a fresh copy. */
export async function seedMapDir(): Promise<string> {
  return sharedMapCopy("seed");
}

export { DEV_CORPUS };

/**
 * The dev-corpus map (a real corpus's clusters, sub-clusters and crowded labels), built once
 * per test run; a fresh copy. Its map.html is exported here, after the caller's
 * buildViewer(), so it inlines the current viewer.
 */
export async function devCorpusMapDir(): Promise<string> {
  const dir = await sharedMapCopy("dev-corpus");
  const run = await cli("export", join(dir, "graph.json"), "--format", "html", "-o", join(dir, "map.html"));
  if (run.code !== 0) throw new Error(`map.html export failed: ${run.stderr}`);
  return dir;
}

/** The seed and dev-corpus maps, read and served, and one browser: the set-up of scenarios that use both. */
export interface SeedAndDevMaps {
  browser: Browser;
  seed: MapDocument;
  dev: MapDocument;
  seedServer: ViewServer;
  devServer: ViewServer;
  close(): Promise<void>;
}

const readMap = async (dir: string) => JSON.parse(await readFile(join(dir, "graph.json"), "utf8")) as MapDocument;

/** Builds the viewer if stale, then reads and serves both maps and launches chromium. */
export async function openSeedAndDevMaps(): Promise<SeedAndDevMaps> {
  buildViewer();
  const [seedDir, devDir] = await Promise.all([seedMapDir(), devCorpusMapDir()]);
  const [seed, dev] = await Promise.all([readMap(seedDir), readMap(devDir)]);
  const seedServer = await serveMap(seedDir);
  const devServer = await serveMap(devDir);
  const browser = await launchBrowser();
  const close = async () => {
    await browser.close();
    await seedServer.close();
    await devServer.close();
  };
  return { browser, seed, dev, seedServer, devServer, close };
}

/** The viewport position of a node inside the page (for real mouse moves). */
export async function nodePosition(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((node) => {
    const sigma = window.__fieldmap?.sigma;
    if (!sigma) throw new Error("viewer not ready");
    const data = sigma.getNodeDisplayData(node);
    if (!data) throw new Error(`no node ${node}`);
    const point = sigma.framedGraphToViewport(data);
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, key);
}

/**
 * Whether a mouse at (x, y) reaches the map: the point is inside sigma's container and no
 * overlay (the time bar, the legend, a panel) lies over it, so a hover there reaches the node.
 */
export async function reachesCanvas(page: Page, x: number, y: number): Promise<boolean> {
  return page.evaluate(({ x, y }) => {
    const container = window.__fieldmap?.sigma?.getContainer();
    if (!container) return false;
    // elementFromPoint rounds to a pixel: a node centred 0.8 px left of the map's edge was found
    // "on" the canvas, yet sigma, which reads the mouse against the container, saw no node there.
    const box = container.getBoundingClientRect();
    if (x < box.left + 1 || x > box.right - 1 || y < box.top + 1 || y > box.bottom - 1) return false;
    const element = document.elementFromPoint(x, y);
    return element !== null && container.contains(element);
  }, { x, y });
}

/**
 * Moves the mouse onto node `key` until the viewer reports it hovered. Each try reads the node's
 * place again and moves onto it (from a pixel aside, so the mouse always sends an event): on a
 * loaded machine the camera may still move after it looked settled (the viewer's first framing),
 * and sigma finds the node under the mouse from what it last drew.
 */
export async function hoverNode(page: Page, key: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const { x, y } = await nodePosition(page, key);
        await page.mouse.move(x + 1, y);
        await page.mouse.move(x, y);
        return page.evaluate(() => window.__fieldmap?.getState()?.hovered);
      },
      { timeout: 15_000 },
    )
    .toBe(key);
}

/**
 * Waits (no fixed sleep) until the camera has stopped moving and the view state holds its
 * final position, which the viewer mirrors a moment after the last camera update.
 */
export async function settledCamera(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const camera = window.__fieldmap?.sigma?.getCamera();
          if (!camera || camera.isAnimated()) return false;
          const mirrored = window.__fieldmap?.getState()?.camera;
          const now = camera.getState();
          return mirrored ? mirrored.x === now.x && mirrored.y === now.y && mirrored.ratio === now.ratio : true;
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** Waits until the camera has settled and the address bar carries its position (what a copied link reopens). */
export async function settledCameraInUrl(page: Page): Promise<void> {
  await settledCamera(page);
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const camera = window.__fieldmap?.getState()?.camera;
          const written = new URL(location.href).searchParams.get("cam");
          // The same 4-decimal form as the viewer's url.ts writes.
          return camera ? written === [camera.x, camera.y, camera.ratio].map((n) => String(Number(n.toFixed(4)))).join(",") : false;
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
}
