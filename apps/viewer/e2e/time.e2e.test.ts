import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MapDocument, MapTime } from "@fieldmap/graph";
import type { ViewServer } from "../../cli/src/commands/view";
import { openSeedAndDevMaps, openViewer, screenshot, type SeedAndDevMaps } from "./support";

/**
 * Time in the viewer, in Debian's chromium: colour by mean date with its legend, the details
 * panel's bars per period, the period slider (sizes, dimming, Play) and the Emerging panel,
 * each in the URL. The seed map spans years (2020-2026); the dev-corpus map has months and an
 * emerging list. Assertions read what the reducers produced (window.__fieldmap).
 */
let browser: Browser;
let seedServer: ViewServer;
let devServer: ViewServer;
let seed: MapDocument;
let dev: MapDocument;

const byTestId = (id: string) => `[data-testid="${id}"]`;
const timeOf = (doc: MapDocument): MapTime => {
  const time = doc.fieldmap?.time;
  if (!time) throw new Error("time: the map has no fieldmap.time");
  return time;
};

let maps: SeedAndDevMaps | undefined;

beforeAll(async () => {
  maps = await openSeedAndDevMaps();
  ({ browser, seed, dev, seedServer, devServer } = maps);
});

afterAll(async () => {
  await maps?.close();
});

const open = (url: string): Promise<Page> => openViewer(browser, url);
const state = (page: Page) => page.evaluate(() => window.__fieldmap?.getState());
const display = (page: Page, key: string) =>
  page.evaluate((k) => {
    const hook = window.__fieldmap;
    return { ...hook?.nodeDisplay(k), size: hook?.sigma?.getNodeDisplayData(k)?.size ?? null };
  }, key);

/** The earliest and the latest node by mean date. */
function earliestAndLatest(doc: MapDocument): [string, string] {
  const dated = doc.graph.nodes.filter((n) => typeof n.attributes.mean_year === "number").sort((a, b) => Number(a.attributes.mean_year) - Number(b.attributes.mean_year));
  const first = dated[0];
  const last = dated[dated.length - 1];
  if (!first || !last) throw new Error("time: no dated node");
  return [first.key, last.key];
}

describe("colour by time", () => {
  it("the Time mode colours an early and a late entity differently, shows the date range, and survives a reload", async () => {
    const page = await open(seedServer.url);
    const [early, late] = earliestAndLatest(seed);
    expect(await page.isVisible(byTestId("time-legend"))).toBe(false);
    const before = (await display(page, early)).color;
    await page.click(`${byTestId("color-mode")} [data-mode="time"]`);
    expect((await state(page))?.colorMode).toBe("time");
    const [earlyColor, lateColor] = [(await display(page, early)).color, (await display(page, late)).color];
    expect(earlyColor).not.toBe(lateColor);
    expect(earlyColor).not.toBe(before);
    // The legend names the years the ramp spans, within the map's dates, earliest first.
    expect(await page.isVisible(byTestId("time-legend"))).toBe(true);
    const years = seed.graph.nodes.map((n) => n.attributes.mean_year).filter((y): y is number => typeof y === "number");
    const from = Number(/\d{4}/.exec(await page.textContent(byTestId("time-legend-from")) ?? "")?.[0]);
    const to = Number(/\d{4}/.exec(await page.textContent(byTestId("time-legend-to")) ?? "")?.[0]);
    expect(from).toBeGreaterThanOrEqual(Math.floor(Math.min(...years)));
    expect(to).toBeLessThanOrEqual(Math.ceil(Math.max(...years)));
    expect(from).toBeLessThan(to);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get("color"))).toBe("time");
    await page.reload();
    await page.waitForFunction(() => window.__fieldmap?.status === "ready" && window.__fieldmap.firstRenderMs != null);
    expect((await state(page))?.colorMode).toBe("time");
    expect((await display(page, late)).color).toBe(lateColor);
    await page.close();
  });
});

describe("the details panel's bars per period", () => {
  it("draws one bar per period, heights following the entity's counts, the first and last period named", async () => {
    const time = timeOf(seed);
    // The entity seen in the most periods: its bars differ from each other.
    const [key, profile] = Object.entries(time.entities)
      .filter(([id]) => seed.graph.nodes.some((n) => n.key === id))
      .sort(([, a], [, b]) => b.counts.filter((c) => c > 0).length - a.counts.filter((c) => c > 0).length)[0] ?? [];
    if (!key || !profile) throw new Error("time: no entity with a profile");
    const page = await open(`${seedServer.url}?node=${encodeURIComponent(key)}`);
    const bars = await page.$$eval(`${byTestId("time-details")} rect.bar`, (rects) => rects.map((r) => ({ count: Number(r.getAttribute("data-count")), height: Number(r.getAttribute("height")) })));
    expect(bars.map((b) => b.count)).toEqual(profile.counts);
    const tallest = Math.max(...bars.map((b) => b.height));
    const max = Math.max(...profile.counts);
    for (const bar of bars) expect(bar.height).toBeCloseTo((bar.count / max) * tallest, 5);
    expect(await page.$$eval(`${byTestId("time-details")} text.axis-label`, (t) => t.map((x) => x.textContent))).toEqual([time.periods[0], time.periods[time.periods.length - 1]]);
    await page.close();
  });
});

describe("the period slider", () => {
  it("a period from the URL dims exactly the entities absent from it and sizes the rest by their count there", async () => {
    const time = timeOf(seed);
    // The period with the most papers that still leaves some entities out.
    const index = time.papers.indexOf(Math.max(...time.papers));
    const period = time.periods[index] ?? "";
    const page = await open(`${seedServer.url}?period=${period}`);
    expect((await state(page))?.period).toEqual({ from: period, to: period });
    const countIn = (key: string) => time.entities[key]?.counts[index] ?? 0;
    const absent = seed.graph.nodes.filter((n) => countIn(n.key) === 0).map((n) => n.key).sort();
    expect(absent.length).toBeGreaterThan(0);
    expect((await page.evaluate(() => window.__fieldmap?.dimmedNodes() ?? [])).sort()).toEqual(absent);
    const present = seed.graph.nodes.filter((n) => countIn(n.key) > 0).sort((a, b) => countIn(b.key) - countIn(a.key));
    const [big, small] = [present[0], present[present.length - 1]];
    if (!big || !small) throw new Error("time: nothing present");
    expect(countIn(big.key)).toBeGreaterThan(countIn(small.key));
    expect(Number((await display(page, big.key)).size)).toBeGreaterThan(Number((await display(page, small.key)).size));
    await page.click(byTestId("period-all"));
    expect(await page.evaluate(() => window.__fieldmap?.dimmedNodes().length)).toBe(0);
    await page.close();
  });

  it("moving the slider picks a period into the URL; Play grows the range from the first period", async () => {
    const time = timeOf(seed);
    const page = await open(seedServer.url);
    await page.locator(byTestId("period-slider")).fill("3");
    const third = time.periods[3];
    expect((await state(page))?.period).toEqual({ from: third, to: third });
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get("period"))).toBe(third);
    await page.click(byTestId("period-play"));
    expect((await state(page))?.period).toEqual({ from: time.periods[0], to: time.periods[0] });
    await expect.poll(() => page.evaluate(() => window.__fieldmap?.getState()?.period?.to)).toBe(time.periods[1]);
    expect((await state(page))?.period?.from).toBe(time.periods[0]);
    await page.click(byTestId("period-play"));
    await page.close();
  });
});

describe("the Emerging panel on the dev-corpus map", () => {
  it("lists the emerging entities in order with a sparkline each; clicking one selects it", async () => {
    const time = timeOf(dev);
    expect(time.emerging.length).toBeGreaterThan(1);
    const page = await open(`${devServer.url}?color=time&period=${time.periods[time.periods.length - 3]}`);
    const items = await page.$$eval(byTestId("emerging-item"), (buttons) => buttons.map((b) => ({ node: (b as HTMLElement).dataset.node, lines: b.querySelectorAll("svg.sparkline polyline").length })));
    expect(items.map((i) => i.node)).toEqual(time.emerging.slice(0, items.length));
    expect(items.every((i) => i.lines === 1)).toBe(true);
    const second = time.emerging[1] ?? "";
    await page.click(`${byTestId("emerging-item")}[data-node="${second}"]`);
    expect((await state(page))?.selected).toBe(second);
    expect(await page.isVisible(byTestId("details-panel"))).toBe(true);
    await page.waitForTimeout(700); // the camera's move to the node, for the picture only
    await screenshot(page, "time-dev-corpus");
    await page.close();
  });
});

describe("the cluster flow on the dev-corpus map", () => {
  it("the Flow button opens an alluvial chart: a bar per cluster of each slice, a band per pair sharing members", async () => {
    const flow = timeOf(dev).flow;
    if (!flow) throw new Error("time: the dev map has no cluster flow");
    const page = await open(devServer.url);
    expect(await page.isVisible(byTestId("flow-panel"))).toBe(false);
    await page.click(byTestId("flow-toggle"));
    expect(await page.isVisible(byTestId("flow-panel"))).toBe(true);
    const bars = await page.$$eval(`${byTestId("flow-panel")} rect.flow-bar`, (rects) => rects.map((r) => `${r.getAttribute("data-slice")}:${r.getAttribute("data-cluster")}`));
    expect(bars.sort()).toEqual(flow.slices.flatMap((slice, i) => slice.clusters.map((c) => `${i}:${c.id}`)).sort());
    const shared = await page.$$eval(`${byTestId("flow-panel")} path.flow-band`, (paths) => paths.map((p) => Number(p.getAttribute("data-shared"))));
    const expected = flow.transitions.flatMap((t) => t.links.filter((l) => l.shared > 0).map((l) => l.shared));
    expect(shared.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    await screenshot(page, "time-flow");
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get("flow"))).toBe("1");
    await page.reload();
    await page.waitForFunction(() => window.__fieldmap?.status === "ready" && window.__fieldmap.firstRenderMs != null);
    expect(await page.isVisible(byTestId("flow-panel")), "the URL reopens the flow panel").toBe(true);
    await page.click(`${byTestId("flow-panel")} button.close`);
    expect(await page.isVisible(byTestId("flow-panel"))).toBe(false);
    await page.close();
  });
});
