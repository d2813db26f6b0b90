import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MapDocument } from "@fieldmap/graph";
import type { ViewServer } from "../../cli/src/commands/view";
import {
  VIEWER_DIR, buildViewer, hoverNode, launchBrowser, nodePosition, reachesCanvas, screenshot, seedMapDir, serveMap, settledCamera, settledCameraInUrl, waitForViewer, writeMapDir,
} from "./support";

/**
 * Scenarios on the seed map (built with `fieldmap build data/seeds`) in Debian's chromium.
 * Assertions read the reducers' output through window.__fieldmap, and every scenario saves a
 * screenshot under test-artifacts/viewer/.
 */
const HOSTILE_TITLE = '<img src=x onerror="window.__xss=1"></script><b>bold</b> Hostile title';
const HOSTILE_LABEL = "<svg onload=window.__xss=2>label";
const HOSTILE_ALIAS = '<img src=x onerror="window.__xss=3">alias';
const HOSTILE_EVIDENCE = '<img src=x onerror="window.__xss=4"><b>bold</b> evidence: ';
const HOSTILE_COMMUNITY = '<img src=x onerror="window.__xss=5"><i>Cluster</i>';
/** Paper URLs that must never become links (script or inline-document schemes, any case or padding). */
const HOSTILE_URLS = ["javascript:window.__xss=6", " JaVaScRiPt:window.__xss=7", "data:text/html,<script>window.__xss=8</script>"];

let browser: Browser;
let server: ViewServer;
let hostileServer: ViewServer;
let seed: MapDocument;
let seedDir: string;
/** The most-mentioned entity on the seed map (not a generic one): searched, hovered and selected below. */
let ENTITY: string;

beforeAll(async () => {
  buildViewer();
  seedDir = await seedMapDir();
  seed = JSON.parse(await readFile(join(seedDir, "graph.json"), "utf8")) as MapDocument;
  ENTITY = [...seed.graph.nodes].sort((a, b) => b.attributes.count - a.attributes.count || (a.key < b.key ? -1 : 1))[0]?.key ?? "";
  // `view` serves only the files a build writes, so the test files take two of their names.
  await writeFile(join(seedDir, "report.json"), '{"graph": {"nodes": [');
  await writeFile(join(seedDir, "graph.graphml"), GRAPHML);
  server = await serveMap(seedDir);
  hostileServer = await serveMap(await writeMapDir(hostileCopy(seed)));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await hostileServer?.close();
});

async function open(url: string, status: "ready" | "error" | "open" = "ready"): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await waitForViewer(page, status);
  expect(errors).toEqual([]);
  return page;
}

const labelOf = (key: string) => seed.graph.nodes.find((n) => n.key === key)?.attributes.label ?? key;
const papersOf = (doc: MapDocument, key: string) => doc.papers.filter((p) => p.entities.includes(key));
const byTestId = (id: string) => `[data-testid="${id}"]`;

describe("viewer on the seed map", () => {
  it("search an entity, open its panel, list its papers with the mention highlighted", async () => {
    const page = await open(server.url);
    await page.click(byTestId("search-input"));
    await page.keyboard.type(labelOf(ENTITY).toLowerCase());
    await expect.poll(() => page.locator(byTestId("search-result")).first().getAttribute("data-key")).toBe(ENTITY);
    await screenshot(page, "01-search-results");
    await page.keyboard.press("Enter");
    const panel = page.locator(byTestId("details-panel"));
    await panel.waitFor({ state: "visible" });
    expect(await page.locator(byTestId("details-title")).textContent()).toBe(labelOf(ENTITY));
    const expected = papersOf(seed, ENTITY);
    expect(await panel.locator("h3", { hasText: "Papers" }).textContent()).toBe(`Papers (${expected.length})`);
    const titles = await panel.locator(`${byTestId("paper")} .paper-title`).allTextContents();
    expect(titles.length).toBe(Math.min(25, expected.length));
    expect(new Set(titles).size).toBe(titles.length);
    for (const title of titles) expect(expected.map((p) => p.title)).toContain(title);
    const marks = await panel.locator(byTestId("mention")).allTextContents();
    expect(marks.length).toBe(titles.length);
    const grpo = seed.graph.nodes.find((n) => n.key === ENTITY)?.attributes;
    const names = [grpo?.label ?? "", ...(grpo?.aliases ?? [])].map((n) => n.toLowerCase());
    for (const mark of marks) expect(names, mark).toContain(mark.toLowerCase().replace(/s$/, ""));
    const firstSentence = await panel.locator(byTestId("evidence")).first().textContent();
    const evidence = expected.flatMap((p) => p.evidence).filter((e) => e.entity === ENTITY).map((e) => e.sentence);
    expect(evidence).toContain(firstSentence);
    expect(await page.evaluate(() => window.__fieldmap?.getState()?.selected)).toBe(ENTITY);
    await screenshot(page, "02-details-panel");
    await page.close();
  });

  it("hovering a node dims exactly its non-neighbours (reducers, graph untouched)", async () => {
    const page = await open(server.url);
    const colorOf = (key: string) => page.evaluate((node) => window.__fieldmap?.sigma?.getGraph().getNodeAttribute(node, "color"), key);
    const before = await colorOf(ENTITY);
    // Zoom in first: at the default zoom a bigger neighbour may overlap it.
    await page.evaluate((node) => {
      const sigma = window.__fieldmap?.sigma;
      const data = sigma?.getNodeDisplayData(node);
      if (sigma && data) sigma.getCamera().setState({ x: data.x, y: data.y, ratio: 0.08 });
    }, ENTITY);
    await settledCamera(page);
    const { x, y } = await nodePosition(page, ENTITY);
    expect(await reachesCanvas(page, x, y), "the node lies under an overlay").toBe(true);
    await hoverNode(page, ENTITY);
    await expect.poll(() => page.evaluate(() => window.__fieldmap?.dimmedNodes().length)).toBeGreaterThan(0);
    const dimmed = new Set(await page.evaluate(() => window.__fieldmap?.dimmedNodes() ?? []));
    const neighbours = new Set(seed.graph.edges.flatMap((e) => (e.source === ENTITY ? [e.target] : e.target === ENTITY ? [e.source] : [])));
    for (const node of seed.graph.nodes) {
      expect(dimmed.has(node.key), node.key).toBe(node.key !== ENTITY && !neighbours.has(node.key));
    }
    const after = await colorOf(ENTITY);
    expect(after).toBe(before);
    await screenshot(page, "03-hover");
    await page.mouse.move(5, 700);
    await expect.poll(() => page.evaluate(() => window.__fieldmap?.dimmedNodes().length)).toBe(0);
    await page.close();
  });

  it("a type filter hides that type's nodes; clearing shows them again", async () => {
    const page = await open(server.url);
    await page.locator(byTestId("type-filter")).waitFor();
    await page.click(byTestId("type-filter-dataset"));
    const datasets = seed.graph.nodes.filter((n) => n.attributes.type === "dataset").map((n) => n.key).sort();
    expect(datasets.length).toBeGreaterThan(0);
    await expect.poll(async () => (await page.evaluate(() => window.__fieldmap?.hiddenNodes() ?? [])).sort()).toEqual(datasets);
    expect(await page.textContent(byTestId("visible-count"))).toBe(`${seed.graph.nodes.length - datasets.length} of ${seed.graph.nodes.length} entities shown`);
    await page.locator(byTestId("min-count")).fill("3");
    await page.locator(byTestId("min-count")).dispatchEvent("change");
    const combined = seed.graph.nodes.filter((n) => n.attributes.type === "dataset" || n.attributes.count < 3).length;
    await expect.poll(() => page.evaluate(() => window.__fieldmap?.hiddenNodes().length)).toBe(combined);
    await screenshot(page, "04-filters");
    await page.click(byTestId("clear-filters"));
    await expect.poll(() => page.evaluate(() => window.__fieldmap?.hiddenNodes().length)).toBe(0);
    await page.close();
  });

  it("the copied URL reopens the same view (selection, filters, colour mode, theme, camera)", async () => {
    const page = await open(server.url);
    await page.fill(byTestId("search-input"), labelOf(ENTITY));
    await page.keyboard.press("Enter");
    await page.click('[data-mode="type"]');
    await page.click(byTestId("type-filter-metric"));
    await page.click(byTestId("theme-toggle"));
    await expect.poll(() => new URL(page.url()).searchParams.get("cam")).not.toBeNull();
    await settledCameraInUrl(page);
    // The URL follows the state after a short delay: wait until it holds every change made.
    await expect.poll(() => new URL(page.url()).searchParams.get("theme")).toBe("dark");
    await expect.poll(() => new URL(page.url()).searchParams.get("hide-types")).not.toBeNull();
    const url = page.url();
    const state = await page.evaluate(() => ({ ...window.__fieldmap?.getState(), hovered: null, camera: null }));
    const camera = await page.evaluate(() => window.__fieldmap?.getState()?.camera);
    const hidden = await page.evaluate(() => window.__fieldmap?.hiddenNodes().length);
    const again = await open(url);
    expect(await again.evaluate(() => ({ ...window.__fieldmap?.getState(), hovered: null, camera: null }))).toEqual(state);
    const restored = await again.evaluate(() => window.__fieldmap?.getState()?.camera);
    for (const axis of ["x", "y", "ratio"] as const) expect(restored?.[axis]).toBeCloseTo(camera?.[axis] ?? NaN, 3);
    expect(await again.evaluate(() => window.__fieldmap?.hiddenNodes().length)).toBe(hidden);
    expect(await again.textContent(byTestId("details-title"))).toBe(labelOf(ENTITY));
    expect(await again.evaluate(() => document.documentElement.dataset.theme)).toBe(state.theme);
    await screenshot(again, "05-restored-from-url");
    await page.close();
    await again.close();
  });

  it("embed mode hides the chrome and keeps the graph", async () => {
    const page = await open(`${server.url}?embed=1&node=${encodeURIComponent(ENTITY)}`);
    expect(await page.isVisible(byTestId("graph-container"))).toBe(true);
    for (const id of ["search-input", "legend", "type-filter", "details-panel"]) expect(await page.isVisible(byTestId(id)), id).toBe(false);
    expect(await page.isVisible(byTestId("embed-badge"))).toBe(true);
    await screenshot(page, "06-embed");
    await page.close();
  });

  it("a hostile title and label render as text, never as HTML", async () => {
    const page = await open(hostileServer.url);
    const target = hostileTarget(seed);
    await page.fill(byTestId("search-input"), HOSTILE_LABEL.slice(0, 12));
    await expect.poll(() => page.locator(byTestId("search-result")).first().textContent()).toContain(HOSTILE_LABEL);
    await page.keyboard.press("Escape");
    await page.goto(`${hostileServer.url}?node=${encodeURIComponent(target)}`);
    await waitForViewer(page);
    const panel = page.locator(byTestId("details-panel"));
    await expect.poll(() => panel.locator(".paper-title").allTextContents()).toContain(HOSTILE_TITLE);
    // The panel's own chart (papers per period) is the one SVG it may hold.
    expect(await panel.locator("img, b, svg:not(.period-bars), script").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await screenshot(page, "07-hostile-title");
    await page.close();
  });

  it("javascript: and data: paper URLs never become links; hostile aliases, evidence and cluster names render as text", async () => {
    const target = hostileTarget(seed);
    const community = seed.graph.nodes.find((n) => n.key === target)!.attributes.community;
    const page = await open(`${hostileServer.url}?node=${encodeURIComponent(target)}`);
    const panel = page.locator(byTestId("details-panel"));
    await expect.poll(() => panel.locator(byTestId("paper")).count()).toBe(papersOf(seed, target).length);
    // The papers are listed, their titles as plain text, not links.
    expect(await panel.locator("a.paper-title").count()).toBe(0);
    // Hostile text shows verbatim and adds no element.
    expect(await panel.textContent()).toContain(HOSTILE_ALIAS);
    await expect.poll(() => panel.locator(byTestId("evidence")).allTextContents()).toContainEqual(expect.stringContaining(HOSTILE_EVIDENCE));
    expect(await page.locator(byTestId("legend-name")).allTextContents()).toContain(HOSTILE_COMMUNITY);
    const cluster = await open(`${hostileServer.url}?cluster=c${community}`);
    await expect.poll(() => cluster.textContent(byTestId("cluster-title"))).toBe(HOSTILE_COMMUNITY);
    for (const view of [page, cluster]) {
      // No element on either page links to a script or data URL.
      const hrefs = await view.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      expect(hrefs.filter((href) => /^\s*(javascript|data):/i.test(href))).toEqual([]);
      expect(await view.locator("aside img, aside b, aside i, aside script, [data-testid=legend] img, [data-testid=legend] i").count()).toBe(0);
      expect(await view.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    }
    await screenshot(cluster, "07b-hostile-cluster");
    await page.close();
    await cluster.close();
  });

  it("loads GEXF and GraphML by ?file=, and explains a broken file", async () => {
    const gexf = await open(`${server.url}?file=graph.gexf`);
    expect(await gexf.evaluate(() => window.__fieldmap?.sigma?.getGraph().order)).toBe(seed.graph.nodes.length);
    await gexf.close();
    const graphml = await open(`${server.url}?file=graph.graphml`);
    expect(await graphml.evaluate(() => window.__fieldmap?.sigma?.getGraph().order)).toBe(3);
    await graphml.close();
    const broken = await open(`${server.url}?file=report.json`, "error");
    expect(await broken.textContent(byTestId("load-error"))).toMatch(/^report\.json: not valid JSON \(/);
    await screenshot(broken, "08-broken-file");
    await broken.close();
    const missing = await open(`${server.url}?file=nope.json`, "error");
    expect(await missing.textContent(byTestId("load-error"))).toContain("nope.json: could not be fetched (HTTP 404");
    await missing.close();
  });

  it("opens a file chosen with the Open button", async () => {
    const page = await open(server.url);
    await page.setInputFiles(`body > ${byTestId("file-input")}`, { name: "small.graphml", mimeType: "application/xml", buffer: Buffer.from(GRAPHML) });
    await expect.poll(() => page.evaluate(() => window.__fieldmap?.sigma?.getGraph().order)).toBe(3);
    await page.setInputFiles(`body > ${byTestId("file-input")}`, { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
    await page.locator(byTestId("load-error")).waitFor();
    expect(await page.textContent(byTestId("load-error"))).toBe("notes.txt: not a fieldmap graph.json, GEXF or GraphML file");
    await page.close();
  });

  it("runs as one self-contained file with inline data (file://, no requests)", async () => {
    const html = await readFile(join(VIEWER_DIR, "dist", "index.html"), "utf8");
    const json = JSON.stringify(hostileCopy(seed)).replace(/</g, "\\u003c");
    const standalone = html.replace("</body>", `<script id="fieldmap-data" type="application/json">${json}</script></body>`);
    const file = join(seedDir, "map.html");
    await writeFile(file, standalone);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);
    await waitForViewer(page);
    expect(requests.filter((url) => !url.startsWith("file:") && !url.startsWith("data:") && !url.startsWith("blob:"))).toEqual([]);
    expect(await page.evaluate(() => window.__fieldmap?.sigma?.getGraph().order)).toBe(seed.graph.nodes.length);
    // The worker runs from file:// too: Re-layout iterates until the built map settles again.
    await page.click(byTestId("relayout"));
    await expect.poll(() => page.getAttribute(byTestId("relayout"), "data-last-stop"), { timeout: 20_000 }).toBe("settled");
    const xs = await page.evaluate(() => window.__fieldmap?.sigma?.getGraph().mapNodes((key, attrs) => [key, attrs.x as number] as const) ?? []);
    const built = new Map(seed.graph.nodes.map((n) => [n.key, n.attributes.x]));
    expect(xs.filter(([key, x]) => x !== built.get(key)).length).toBeGreaterThan(0);
    await screenshot(page, "09-standalone-file");
    await page.close();
  });

  it("exports a PNG at the chosen resolution and a GEXF of the visible subgraph", async () => {
    const page = await open(`${server.url}?hide-types=dataset`);
    const small = await page.evaluate(() => window.__fieldmap?.renderPngSize(1));
    const large = await page.evaluate(() => window.__fieldmap?.renderPngSize(2));
    expect(small).toBeGreaterThan(1000);
    expect(large).toBeGreaterThan(small ?? 0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(byTestId("export-gexf"))]);
    const gexf = await readFile((await download.path()) ?? "", "utf8");
    const nodes = (gexf.match(/<node /g) ?? []).length;
    expect(nodes).toBe(seed.graph.nodes.filter((n) => n.attributes.type !== "dataset").length);
    await page.close();
  });
});

/** A node with few papers: the hostile title goes on its first paper, shown on page one. */
function hostileTarget(doc: MapDocument): string {
  const nodes = doc.graph.nodes.filter((n) => n.key !== ENTITY && papersOf(doc, n.key).length > 0);
  return nodes.sort((a, b) => papersOf(doc, a.key).length - papersOf(doc, b.key).length)[0]?.key ?? "";
}

/** The seed map with one hostile paper title and one hostile label. */
function hostileCopy(doc: MapDocument): MapDocument {
  const copy = structuredClone(doc);
  const target = hostileTarget(doc);
  const paper = copy.papers.find((p) => p.entities.includes(target));
  if (paper) paper.title = HOSTILE_TITLE;
  const node = copy.graph.nodes.find((n) => n.key !== ENTITY);
  if (node) node.attributes.label = HOSTILE_LABEL;
  // The target's papers get hostile URLs and its first mention a hostile sentence around it.
  papersOf(copy, target).forEach((p, i) => (p.url = HOSTILE_URLS[i % HOSTILE_URLS.length]));
  const evidence = paper?.evidence.find((e) => e.entity === target);
  if (evidence) Object.assign(evidence, { sentence: HOSTILE_EVIDENCE + evidence.sentence, start: evidence.start + HOSTILE_EVIDENCE.length, end: evidence.end + HOSTILE_EVIDENCE.length });
  const targetNode = copy.graph.nodes.find((n) => n.key === target)!;
  targetNode.attributes.aliases = [...(targetNode.attributes.aliases ?? []), HOSTILE_ALIAS];
  // Its community is renamed everywhere the map names it (legend, cluster panel, drawn labels).
  const community = targetNode.attributes.community;
  const info = copy.fieldmap.communities.find((c) => c.id === community);
  if (info) info.label = HOSTILE_COMMUNITY;
  for (const n of copy.graph.nodes) if (n.attributes.community === community) n.attributes.community_label = HOSTILE_COMMUNITY;
  return copy;
}

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="label">Alpha</data></node>
    <node id="b"><data key="label">Beta</data></node>
    <node id="c"><data key="label">Gamma</data></node>
    <edge source="a" target="b"><data key="weight">2</data></edge>
    <edge source="b" target="c"><data key="weight">1</data></edge>
  </graph>
</graphml>`;

