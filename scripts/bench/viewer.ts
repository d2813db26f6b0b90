import { statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { dirname } from "node:path";
import type { Page } from "playwright-core";
import { buildViewer, launchBrowser, serveMap, syntheticMapDir, waitForViewer } from "../../apps/viewer/e2e/support";

/**
 * Viewer benchmark (not a test): loads generated maps of three sizes in headless chromium and
 * reports the time to first render and the frame rate during a camera animation. Chromium
 * runs with --disable-gpu, so WebGL is software-rendered (SwiftShader): on a real GPU the
 * frame rates are higher; the comparison between sizes is what this tracks.
 */
interface Size {
  nodes: number;
  edges: number;
}

const SIZES: Size[] = [
  { nodes: 1_000, edges: 5_000 },
  { nodes: 20_000, edges: 100_000 },
  { nodes: 50_000, edges: 250_000 },
];
const ANIMATION_MS = 3_000;

interface Result {
  size: Size;
  fileMb: number;
  firstRenderMs: number;
  fps: number;
  refreshMs: number;
  frameJsMs: number;
  /** The label layer placing every label after a camera move (whole map, zoomed in 5x). */
  placeJsMs: number;
  placeZoomedJsMs: number;
}

/** Runs a zoom-and-pan animation in the page and counts the frames sigma renders. */
async function measureAnimation(page: Page): Promise<{ fps: number; refreshMs: number; frameJsMs: number; placeJsMs: number; placeZoomedJsMs: number }> {
  return page.evaluate(async (durationMs) => {
    const sigma = window.__fieldmap?.sigma;
    if (!sigma) throw new Error("viewer not ready");
    const camera = sigma.getCamera();
    // The main-thread cost of one frame (median of 7 direct renders; GPU work is asynchronous).
    const renders: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      (sigma as unknown as { render(): void }).render();
      renders.push(performance.now() - t);
    }
    const frameJsMs = renders.sort((a, b) => a - b)[3] ?? NaN;
    // The label layer's placement right after a small pan (median of 7), on the whole map and
    // zoomed in 5x (where most nodes are big enough for a label but off screen).
    const placed = (ratio: number) => {
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        camera.setState({ x: 0.5 + i * 0.01, y: 0.5, ratio, angle: 0 });
        (sigma as unknown as { render(): void }).render();
        times.push(window.__fieldmap?.labelPlacementMs() ?? NaN);
      }
      return times.sort((a, b) => a - b)[3] ?? NaN;
    };
    const placeJsMs = placed(1);
    const placeZoomedJsMs = placed(0.2);
    camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    let frames = 0;
    const count = () => frames++;
    sigma.on("afterRender", count);
    const start = performance.now();
    await camera.animate({ x: 0.35, y: 0.4, ratio: 0.25 }, { duration: durationMs / 2 });
    await camera.animate({ x: 0.6, y: 0.55, ratio: 1.2 }, { duration: durationMs / 2 });
    const elapsed = performance.now() - start;
    sigma.off("afterRender", count);
    // One highlight pass: what a hover or a filter change costs (all reducers, no re-indexing).
    const t0 = performance.now();
    for (let i = 0; i < 3; i++) sigma.refresh({ skipIndexation: true });
    const refreshMs = (performance.now() - t0) / 3;
    return { fps: (frames * 1000) / elapsed, refreshMs, frameJsMs, placeJsMs, placeZoomedJsMs };
  }, ANIMATION_MS);
}

async function benchSize(size: Size): Promise<Result> {
  const dir = await syntheticMapDir({ nodes: size.nodes, edges: size.edges, papers: Math.round(size.nodes / 4), communities: 24, seed: 1 });
  const fileMb = statSync(`${dir}/graph.json`).size / 1e6;
  const server = await serveMap(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // tsx compiles with keepNames, which wraps functions in __name(); page.evaluate ships
    // their source to the page, so give the page a no-op __name.
    await page.addInitScript({ content: "window.__name = (fn) => fn;" });
    await page.goto(server.url);
    await waitForViewer(page);
    const firstRenderMs = (await page.evaluate(() => window.__fieldmap?.firstRenderAt)) ?? NaN;
    await page.waitForTimeout(1_000); // let the first frames and deferred work settle
    const measured = await measureAnimation(page);
    return { size, fileMb, firstRenderMs, ...measured };
  } finally {
    await browser.close();
    await server.close();
    await rm(dirname(`${dir}/graph.json`), { recursive: true, force: true });
  }
}

function printTable(results: Result[]): void {
  const header = ["nodes", "edges", "graph.json", "first render", "fps (camera anim.)", "frame JS", "labels placed", "zoomed 5x", "highlight pass"];
  const rows = results.map((r) => [
    r.size.nodes.toLocaleString("en"),
    r.size.edges.toLocaleString("en"),
    `${r.fileMb.toFixed(1)} MB`,
    `${Math.round(r.firstRenderMs)} ms`,
    r.fps.toFixed(1),
    `${r.frameJsMs.toFixed(1)} ms`,
    `${r.placeJsMs.toFixed(1)} ms`,
    `${r.placeZoomedJsMs.toFixed(1)} ms`,
    `${r.refreshMs.toFixed(0)} ms`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  buildViewer();
  const results: Result[] = [];
  for (const size of SIZES) results.push(await benchSize(size));
  printTable(results);
  console.log("first render: navigation start to first frame (fetch, parse, mount, draw)");
  console.log("fps: frames sigma drew during a 3 s zoom-and-pan. With --disable-gpu WebGL is rasterised in");
  console.log("  software and the frame rate is fill-rate bound (a 480x300 viewport draws ~3x faster), so it");
  console.log("  measures this machine's CPU rasteriser more than the viewer; compare sizes, not absolutes;");
  console.log("frame JS: main-thread time of one render; labels placed: the label layer placing node labels and");
  console.log("  cluster names anew after a camera move (part of that render), on the whole map and zoomed in 5x;");
  console.log("  highlight pass: one hover/filter refresh (all reducers).");
}

await main();
