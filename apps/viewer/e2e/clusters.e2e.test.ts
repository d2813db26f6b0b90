import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MapDocument } from "@fieldmap/graph";
import type { ViewServer } from "../../cli/src/commands/view";
import { openSeedAndDevMaps, openViewer, screenshot, settledCamera, settledCameraInUrl, type SeedAndDevMaps } from "./support";

/**
 * The viewer's clusters in Debian's chromium: legend drill-down, cluster focus (camera fit,
 * dimming, summary panel), the focus in the URL, generic entities in search, and a re-layout
 * that keeps the clusters. Runs on the seed map and, for the hierarchy and generic entities of
 * a real corpus, on the dev-corpus map (built once, about 25 s); assertions read window.__fieldmap.
 */
let browser: Browser;
let seedServer: ViewServer;
let devServer: ViewServer;
let seed: MapDocument;
let dev: MapDocument;


let maps: SeedAndDevMaps | undefined;

beforeAll(async () => {
  maps = await openSeedAndDevMaps();
  ({ browser, seed, dev, seedServer, devServer } = maps);
});

afterAll(async () => {
  await maps?.close();
});

const open = (url: string): Promise<Page> => openViewer(browser, url);

const byTestId = (id: string) => `[data-testid="${id}"]`;
const membersOf = (doc: MapDocument, level: "community" | "subcommunity", id: number) =>
  doc.graph.nodes.filter((n) => n.attributes[level] === id).map((n) => n.key);

/** Graph positions of every node, read from the live graph (a re-layout writes them there). */
async function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const graph = window.__fieldmap?.sigma?.getGraph();
    const out: Record<string, { x: number; y: number }> = {};
    graph?.forEachNode((key, attrs) => (out[key] = { x: Number(attrs.x), y: Number(attrs.y) }));
    return out;
  });
}

describe("cluster focus on the seed map", () => {
  it("clicking a community's name in the legend fits the camera to it, dims the rest and opens its summary", async () => {
    const page = await open(seedServer.url);
    // The largest whose papers span several years, so the summary has year bars to compare.
    const community = [...seed.fieldmap.communities].sort((a, b) => b.size - a.size).find((c) => yearCounts(seed, membersOf(seed, "community", c.id)).length > 1) ?? largestCommunity(seed);
    const members = membersOf(seed, "community", community.id);
    await page.click(`li.legend-entry[data-community="${community.id}"] ${byTestId("legend-name")}`);
    expect(await page.evaluate(() => window.__fieldmap?.getState()?.focus)).toEqual({ level: "community", id: community.id });
    const panel = page.locator(byTestId("cluster-panel"));
    await panel.waitFor({ state: "visible" });
    await settledCamera(page);
    const view = await viewportOf(page, members);
    expect(outsideFreeArea(view)).toEqual([]);
    const xs = view.points.map((p) => p.x);
    const ys = view.points.map((p) => p.y);
    // Fitted, not merely visible: the members span most of the free width or height.
    const spanShare = Math.max((Math.max(...xs) - Math.min(...xs)) / view.freeWidth, (Math.max(...ys) - Math.min(...ys)) / view.height);
    expect(spanShare).toBeGreaterThan(0.6);
    const dimmed = new Set(await page.evaluate(() => window.__fieldmap?.dimmedNodes() ?? []));
    for (const node of seed.graph.nodes) expect(dimmed.has(node.key), node.key).toBe(!members.includes(node.key));

    expect(await page.textContent(byTestId("cluster-title"))).toBe(community.label);
    expect(await page.textContent(byTestId("cluster-size"))).toBe(`${members.length} entities`);
    await expectTopEntities(page, seed, members);
    await expectRepresentativePapers(page, seed, members);
    await expectYears(page, seed, members);
    await screenshot(page, "clusters-01-focus");
    await page.close();
  });

  it("a top entity of the summary opens its details; Escape returns to the summary, then clears the focus", async () => {
    const community = largestCommunity(seed);
    const page = await open(`${seedServer.url}?cluster=c${community.id}`);
    await page.locator(byTestId("cluster-panel")).waitFor({ state: "visible" });
    const entity = page.locator(byTestId("cluster-entity")).first();
    const key = await entity.getAttribute("data-key");
    await entity.click();
    await expect.poll(() => page.evaluate(() => window.__fieldmap?.getState()?.selected)).toBe(key);
    await page.locator(byTestId("details-panel")).waitFor({ state: "visible" });
    expect(await page.isVisible(byTestId("cluster-panel"))).toBe(false);
    expect(await page.evaluate(() => window.__fieldmap?.getState()?.focus?.id)).toBe(community.id);
    await page.keyboard.press("Escape");
    await page.locator(byTestId("cluster-panel")).waitFor({ state: "visible" });
    expect(await page.isVisible(byTestId("details-panel"))).toBe(false);
    await page.keyboard.press("Escape");
    await page.locator(byTestId("cluster-panel")).waitFor({ state: "hidden" });
    expect(await page.evaluate(() => window.__fieldmap?.getState()?.focus)).toBeNull();
    await expect.poll(() => page.evaluate(() => window.__fieldmap?.dimmedNodes().length)).toBe(0);
    await page.close();
  });

  it("a link with only cluster= opens the map fitted to that cluster", async () => {
    const community = largestCommunity(seed);
    const page = await open(`${seedServer.url}?cluster=c${community.id}`);
    await page.locator(byTestId("cluster-panel")).waitFor({ state: "visible" });
    await settledCamera(page);
    const view = await viewportOf(page, membersOf(seed, "community", community.id));
    expect(outsideFreeArea(view)).toEqual([]);
    const xs = view.points.map((p) => p.x);
    const ys = view.points.map((p) => p.y);
    expect(Math.max((Math.max(...xs) - Math.min(...xs)) / view.freeWidth, (Math.max(...ys) - Math.min(...ys)) / view.height)).toBeGreaterThan(0.6);
    await page.close();
  });

  it("the focused cluster is kept in the URL, and the copied link reopens it", async () => {
    const page = await open(seedServer.url);
    const community = seed.fieldmap.communities[1] ?? largestCommunity(seed);
    await page.click(`li.legend-entry[data-community="${community.id}"] ${byTestId("legend-name")}`);
    await expect.poll(() => new URL(page.url()).searchParams.get("cluster")).toBe(`c${community.id}`);
    await settledCameraInUrl(page);
    const camera = await page.evaluate(() => window.__fieldmap?.getState()?.camera);
    const again = await open(page.url());
    expect(await again.evaluate(() => window.__fieldmap?.getState()?.focus)).toEqual({ level: "community", id: community.id });
    expect(await again.textContent(byTestId("cluster-title"))).toBe(community.label);
    const restored = await again.evaluate(() => window.__fieldmap?.getState()?.camera);
    for (const axis of ["x", "y", "ratio"] as const) expect(restored?.[axis]).toBeCloseTo(camera?.[axis] ?? NaN, 3);
    await again.click(byTestId("cluster-close"));
    await expect.poll(() => new URL(again.url()).searchParams.get("cluster")).toBeNull();
    // A link to a cluster this map lacks opens the plain map, not an all-dimmed one.
    const stale = await open(`${seedServer.url}?cluster=c999`);
    expect(await stale.evaluate(() => window.__fieldmap?.getState()?.focus)).toBeNull();
    expect(await stale.evaluate(() => window.__fieldmap?.dimmedNodes().length)).toBe(0);
    expect(await stale.isVisible(byTestId("cluster-panel"))).toBe(false);
    await page.close();
    await again.close();
    await stale.close();
  });

  it("the legend's show and only toggles still hide communities", async () => {
    const page = await open(seedServer.url);
    const [first, second] = seed.fieldmap.communities;
    if (!first || !second) throw new Error("seed map: fewer than two communities");
    await page.click(`input[data-community="${first.id}"]`);
    const hiddenKeys = async () => (await page.evaluate(() => window.__fieldmap?.hiddenNodes() ?? [])).sort();
    await expect.poll(hiddenKeys).toEqual(membersOf(seed, "community", first.id).sort());
    await page.hover(`li.legend-entry[data-community="${second.id}"] .legend-item`);
    await page.click(`li.legend-entry[data-community="${second.id}"] .only`);
    const others = seed.graph.nodes.filter((n) => n.attributes.community !== second.id).map((n) => n.key).sort();
    await expect.poll(hiddenKeys).toEqual(others);
    await page.close();
  });
});

describe("the dev-corpus map: hierarchy and generic entities", () => {
  it("a community expands in the legend to its sub-clusters, whose sizes sum to its size; clicking one focuses it", async () => {
    const community = largestCommunity(dev);
    expect(community.subcommunities.length, "the build's hierarchy: sub-clusters under the largest community").toBeGreaterThan(1);
    const page = await open(devServer.url);
    const entry = page.locator(`li.legend-entry[data-community="${community.id}"]`);
    expect(await entry.locator(byTestId("subcluster-list")).count()).toBe(0);
    await entry.locator(byTestId("legend-expand")).click();
    const sizes = (await entry.locator(byTestId("subcluster-size")).allTextContents()).map(Number);
    expect(sizes.length).toBe(community.subcommunities.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(Number(await entry.locator(byTestId("legend-size")).first().textContent()));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(membersOf(dev, "community", community.id).length);
    const names = await entry.locator(byTestId("subcluster-name")).allTextContents();
    expect(names.sort()).toEqual(community.subcommunities.map((s) => s.label).sort());

    const sub = [...community.subcommunities].sort((a, b) => a.size - b.size)[0];
    if (!sub) throw new Error("no sub-cluster");
    await entry.locator(`[data-subcommunity="${sub.id}"] ${byTestId("subcluster-name")}`).click();
    expect(await page.evaluate(() => window.__fieldmap?.getState()?.focus)).toEqual({ level: "subcommunity", id: sub.id });
    await page.locator(byTestId("cluster-panel")).waitFor({ state: "visible" });
    const members = membersOf(dev, "subcommunity", sub.id);
    expect(await page.textContent(byTestId("cluster-size"))).toBe(`${members.length} entities`);
    expect(await page.textContent(byTestId("cluster-parent"))).toBe(community.label);
    await settledCamera(page);
    expect(outsideFreeArea(await viewportOf(page, members))).toEqual([]);
    expect(new URL(page.url()).searchParams.get("cluster") ?? (await waitForParam(page, "cluster"))).toBe(`s${sub.id}`);
    await screenshot(page, "clusters-02-subcluster");
    await page.click(byTestId("cluster-parent"));
    expect(await page.evaluate(() => window.__fieldmap?.getState()?.focus)).toEqual({ level: "community", id: community.id });
    expect(await page.locator(byTestId("cluster-subcluster")).count()).toBe(community.subcommunities.length);
    await page.close();
  });

  it("a generic entity (not on the map) is found by search and shows its details and papers", async () => {
    const generic = [...(dev.fieldmap.generic ?? [])].sort((a, b) => b.count - a.count)[0];
    expect(generic, "the build keeps generic entities off the map").toBeDefined();
    if (!generic) return;
    expect(dev.graph.nodes.some((n) => n.key === generic.id)).toBe(false);
    const papers = dev.papers.filter((p) => p.entities.includes(generic.id));
    const page = await open(devServer.url);
    await page.click(byTestId("search-input"));
    await page.keyboard.type(generic.label);
    const hit = page.locator(`${byTestId("search-result")}[data-key="${generic.id}"]`);
    await hit.waitFor();
    expect(await hit.locator(".hit-meta").textContent()).toContain("generic");
    await hit.dispatchEvent("mousedown");
    const panel = page.locator(byTestId("details-panel"));
    await panel.waitFor({ state: "visible" });
    expect(await page.textContent(byTestId("details-title"))).toBe(generic.label);
    expect(await page.textContent(byTestId("generic-note"))).toContain("links spread over all clusters");
    expect(await panel.locator("h3", { hasText: "Papers" }).textContent()).toBe(`Papers (${papers.length})`);
    const sentence = await panel.locator(byTestId("evidence")).first().textContent();
    const evidence = papers.flatMap((p) => p.evidence).filter((e) => e.entity === generic.id).map((e) => e.sentence);
    expect(evidence).toContain(sentence);
    expect((await panel.locator(byTestId("mention")).first().textContent())?.toLowerCase()).toContain(generic.label.toLowerCase().slice(0, 4));
    await expect.poll(() => new URL(page.url()).searchParams.get("node")).toBe(generic.id);
    const again = await open(page.url());
    expect(await again.textContent(byTestId("details-title"))).toBe(generic.label);
    await screenshot(again, "clusters-03-generic");
    await page.close();
    await again.close();
  });

  // A generic entity named by its long form (reinforcement learning) is still what a reader finds by typing RL.
  it("a generic entity is found by an alias its name does not contain", async () => {
    // The acronym the name spells out (RL for reinforcement learning): what a reader types, and a short alias to squeeze.
    const initials = (label: string) => label.split(/[\s-]+/).map((word) => word.charAt(0).toUpperCase()).join("");
    const foreignAlias = (g: { label: string; aliases?: string[] }) => g.aliases?.find((a) => a.length >= 2 && a === initials(g.label));
    const generic = [...(dev.fieldmap.generic ?? [])].sort((a, b) => b.count - a.count).find(foreignAlias);
    expect(generic, "a generic entity named by the long form of an acronym").toBeDefined();
    if (!generic) return;
    const page = await open(devServer.url);
    await page.click(byTestId("search-input"));
    await page.keyboard.type(foreignAlias(generic)!);
    const hit = page.locator(`${byTestId("search-result")}[data-key="${generic.id}"]`);
    await hit.waitFor();
    expect(await hit.locator(".hit-meta").textContent()).toContain("generic");
    // The alias that matched is shown whole beside a long name, not squeezed to "R…".
    const alias = hit.locator(".hit-alias");
    expect(await alias.textContent()).toBe(foreignAlias(generic));
    expect(await alias.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await page.close();
  });
});

describe("re-layout on the seed map", () => {
  it("settles by itself and keeps nodes nearer their own community's centre than the others'", async () => {
    const page = await open(seedServer.url);
    const before = cohesion(seed, await positions(page));
    expect(await page.getAttribute(byTestId("relayout"), "data-last-stop")).toBeNull();
    await page.click(byTestId("relayout"));
    // It may settle within a frame on a loaded machine, before a poll could see "Stop layout":
    // wait for the reason it stopped, which only a finished run writes.
    await expect.poll(() => page.getAttribute(byTestId("relayout"), "data-last-stop"), { timeout: 20_000 }).toBe("settled");
    expect(await page.textContent(byTestId("relayout"))).toBe("Re-layout");
    const after = cohesion(seed, await positions(page));
    expect(after.own).toBeLessThan(after.other);
    expect(after.nearerOwn).toBeGreaterThan(0.7);
    // The same settings as the build continue its layout: the map keeps its scale and shape.
    expect(after.own / before.own).toBeGreaterThan(0.8);
    expect(after.own / before.own).toBeLessThan(1.25);
    await page.close();
  });
});

const largestCommunity = (doc: MapDocument) => {
  const community = [...doc.fieldmap.communities].sort((a, b) => b.size - a.size)[0];
  if (!community) throw new Error("map without communities");
  return community;
};

interface StageView {
  keys: string[];
  points: Array<{ x: number; y: number }>;
  /** Width of the stage left of the open panel (the whole stage when no panel is open). */
  freeWidth: number;
  height: number;
}

/** Viewport positions of `keys` relative to the sigma container, and the free part of the stage. */
async function viewportOf(page: Page, keys: string[]): Promise<StageView> {
  return page.evaluate((nodes) => {
    const sigma = window.__fieldmap?.sigma;
    if (!sigma) throw new Error("viewer not ready");
    const box = sigma.getContainer().getBoundingClientRect();
    const panel = [...document.querySelectorAll<HTMLElement>(".details")].find((p) => !p.hidden && p.offsetWidth > 0);
    const freeWidth = panel ? panel.getBoundingClientRect().left - box.left : box.width;
    const points = nodes.map((key) => {
      const data = sigma.getNodeDisplayData(key);
      return data ? sigma.framedGraphToViewport(data) : { x: NaN, y: NaN };
    });
    return { keys: nodes, points, freeWidth, height: box.height };
  }, keys);
}

async function waitForParam(page: Page, name: string): Promise<string | null> {
  await expect.poll(() => new URL(page.url()).searchParams.get(name)).not.toBeNull();
  return new URL(page.url()).searchParams.get(name);
}


function outsideFreeArea(view: StageView): string[] {
  return view.keys.filter((_key, i) => {
    const p = view.points[i];
    return !p || !(p.x >= 0 && p.x <= view.freeWidth && p.y >= 0 && p.y <= view.height);
  });
}

/** Each type's list holds members only, most mentioned first, led by the type's most-mentioned member. */
async function expectTopEntities(page: Page, doc: MapDocument, members: string[]): Promise<void> {
  const keys = await page.locator(byTestId("cluster-entity")).evaluateAll((els) => els.map((e) => e.getAttribute("data-key") ?? ""));
  expect(keys.length).toBeGreaterThan(0);
  const attrs = new Map(doc.graph.nodes.map((n) => [n.key, n.attributes]));
  for (const key of keys) expect(members, key).toContain(key);
  const types = new Set(keys.map((k) => attrs.get(k)?.type));
  for (const type of types) {
    const listed = keys.filter((k) => attrs.get(k)?.type === type);
    const best = Math.max(...members.filter((m) => attrs.get(m)?.type === type).map((m) => attrs.get(m)?.count ?? 0));
    expect(attrs.get(listed[0] ?? "")?.count, `top ${type}`).toBe(best);
  }
}

/** At least one paper, mostly about the cluster, with its evidence sentence and the mention marked. */
async function expectRepresentativePapers(page: Page, doc: MapDocument, members: string[]): Promise<void> {
  const papers = page.locator(byTestId("cluster-paper"));
  expect(await papers.count()).toBeGreaterThan(0);
  const title = await papers.first().locator(".paper-title").textContent();
  const paper = doc.papers.find((p) => p.title === title);
  if (!paper) throw new Error(`no paper titled ${title}`);
  const onMap = new Set(doc.graph.nodes.map((n) => n.key));
  const mapped = paper.entities.filter((e) => onMap.has(e));
  expect(mapped.filter((e) => members.includes(e)).length / mapped.length).toBeGreaterThanOrEqual(0.5);
  const sentence = await papers.first().locator(byTestId("evidence")).textContent();
  // One sentence can name several of the cluster's entities: the mark is one of their mentions.
  const candidates = paper.evidence.filter((e) => e.sentence === sentence && members.includes(e.entity));
  expect(candidates.length, "evidence sentence of a cluster entity").toBeGreaterThan(0);
  const mark = await papers.first().locator(byTestId("mention")).textContent();
  expect(candidates.map((e) => e.sentence.slice(e.start, e.end))).toContain(mark);
}

/** "year:papers" for each year of the papers that mention one of `members`, in year order. */
function yearCounts(doc: MapDocument, members: string[]): string[] {
  const counts = new Map<number, number>();
  for (const paper of doc.papers) {
    const year = paper.year ?? Number(paper.date?.slice(0, 4));
    if (!Number.isInteger(year) || !paper.entities.some((e) => members.includes(e))) continue;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0] - b[0]).map(([year, count]) => `${year}:${count}`);
}

/** One bar per year of the papers that mention the cluster's entities, with their count. */
async function expectYears(page: Page, doc: MapDocument, members: string[]): Promise<void> {
  const expected = yearCounts(doc, members);
  expect(expected.length, "the seed map's cluster spans several years").toBeGreaterThan(1);
  const rows = await page.locator(byTestId("cluster-year")).evaluateAll((els) =>
    els.map((e) => `${e.getAttribute("data-year")}:${e.querySelector(".count")?.textContent}`),
  );
  expect(rows).toEqual(expected);
}

/** Mean distance of nodes to their own community's centre and to the nearest other centre. */
function cohesion(doc: MapDocument, at: Record<string, { x: number; y: number }>): { own: number; other: number; nearerOwn: number } {
  const centres = new Map<number, { x: number; y: number; n: number }>();
  for (const node of doc.graph.nodes) {
    const p = at[node.key];
    if (!p) continue;
    const c = centres.get(node.attributes.community) ?? { x: 0, y: 0, n: 0 };
    centres.set(node.attributes.community, { x: c.x + p.x, y: c.y + p.y, n: c.n + 1 });
  }
  let own = 0, other = 0, nearerOwn = 0, n = 0;
  for (const node of doc.graph.nodes) {
    const p = at[node.key];
    if (!p) continue;
    let ownDistance = Infinity;
    let nearestOther = Infinity;
    for (const [id, c] of centres) {
      const d = Math.hypot(p.x - c.x / c.n, p.y - c.y / c.n);
      if (id === node.attributes.community) ownDistance = d;
      else nearestOther = Math.min(nearestOther, d);
    }
    own += ownDistance;
    other += nearestOther;
    if (ownDistance < nearestOther) nearerOwn++;
    n++;
  }
  return { own: own / n, other: other / n, nearerOwn: nearerOwn / n };
}
