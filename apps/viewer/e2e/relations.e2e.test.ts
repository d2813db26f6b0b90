import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MapDocument } from "@fieldmap/graph";
import type { ViewServer } from "../../cli/src/commands/view";
import { buildViewer, launchBrowser, openViewer, screenshot, seedMapDir, serveMap, writeMapDir } from "./support";
import { withRelations, type RelationFixture } from "./relations-fixture";

/**
 * Typed relations in the viewer (issue 15), on the seed map with relations added by hand
 * (e2e/relations-fixture.ts): the details panel lists them by kind in both directions with
 * their paper counts and evidence, and the edge-kind control draws them as arrows.
 */
let browser: Browser;
let server: ViewServer;
let plainServer: ViewServer;
let fx: RelationFixture;

const byTestId = (id: string) => `[data-testid="${id}"]`;
const labelOf = (id: string) => fx.doc.graph.nodes.find((n) => n.key === id)?.attributes.label ?? fx.doc.fieldmap.generic?.find((g) => g.id === id)?.label ?? id;

beforeAll(async () => {
  buildViewer();
  const seedDir = await seedMapDir();
  const seed = JSON.parse(await readFile(join(seedDir, "graph.json"), "utf8")) as MapDocument;
  fx = withRelations(seed);
  server = await serveMap(await writeMapDir(fx.doc, "fieldmap-relations-"));
  // The same map without relations (a build before relations, or a GEXF-like graph.json).
  const plain = structuredClone(seed) as MapDocument & { relations?: unknown };
  delete plain.relations;
  plainServer = await serveMap(await writeMapDir(plain, "fieldmap-no-relations-"));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await plainServer?.close();
});

/** Each group as "kind/direction phrase: label (count), ...", as a reader sees it. */
async function groupsShown(page: Page): Promise<string[]> {
  return page.locator(byTestId("relation-group")).evaluateAll((groups) =>
    groups.map((g) => {
      const items = [...g.querySelectorAll('[data-testid="relation-item"]')].map(
        (i) => `${i.querySelector('[data-testid="relation-entity"]')?.textContent}${i.querySelector('[data-testid="relation-count"]')?.textContent}`,
      );
      return `${g.getAttribute("data-kind")}/${g.getAttribute("data-direction")} ${g.querySelector('[data-testid="relation-phrase"]')?.textContent} ${items.join(", ")}`;
    }),
  );
}

const openEntity = (key: string) => openViewer(browser, `${server.url}?node=${encodeURIComponent(key)}`);
const drawnArrows = (page: Page) => page.evaluate(() => window.__fieldmap?.drawnRelationEdgeCount() ?? -1);

describe("relations in the viewer", () => {
  it("lists the selected entity's relations by kind, in both directions, with paper counts", async () => {
    const [n1, n2, n3] = fx.neighbours;
    const page = await openEntity(fx.hub);
    await page.waitForSelector(byTestId("relations"));
    expect(await groupsShown(page)).toEqual([
      `evaluated-on/out evaluated on: ${labelOf(n1)} (3 papers), ${labelOf(n2)} (2)`,
      `trained-with/out trained with: ${labelOf(n3)} (1 paper)`,
      `builds-on/in built on by: ${labelOf(n3)} (1 paper)`,
      `outperforms/out outperforms: ${labelOf(fx.generic)} (1 paper)`,
    ]);
    await screenshot(page, "relations-01-panel");
    // The other end reads the same relations from its side.
    await page.click(`${byTestId("relation-entity")}[data-key="${n2}"]`);
    await expect.poll(() => page.evaluate(() => window.__fieldmap?.getState()?.selected)).toBe(n2);
    expect(await groupsShown(page)).toEqual([`evaluated-on/in evaluates: ${labelOf(fx.hub)} (2 papers)`, `measured-by/in measures: ${labelOf(n1)} (1 paper)`]);
    // A generic end is selected as search selects it: its details, no node.
    await page.click(`${byTestId("relation-entity")}[data-key="${fx.hub}"]`);
    await page.click(`${byTestId("relation-entity")}[data-key="${fx.generic}"]`);
    await expect.poll(() => page.textContent(byTestId("details-title"))).toBe(labelOf(fx.generic));
    expect(await page.isVisible(byTestId("generic-note"))).toBe(true);
    expect(await groupsShown(page)).toEqual([`outperforms/in outperformed by: ${labelOf(fx.hub)} (1 paper)`]);
    await page.close();
  });

  it("expands an item to its sentences with head and tail marked, hostile text as text, and opens the paper", async () => {
    const n3 = fx.neighbours[2];
    const page = await openEntity(fx.hub);
    const item = page.locator(`[data-kind="trained-with"] ${byTestId("relation-item")}[data-key="${n3}"]`);
    expect(await item.locator(byTestId("relation-evidence")).isVisible()).toBe(false);
    await item.locator(byTestId("relation-toggle")).click();
    const sentence = item.locator(byTestId("relation-sentence"));
    await sentence.waitFor({ state: "visible" });
    expect(await sentence.locator(byTestId("relation-head")).textContent()).toBe(labelOf(fx.hub));
    expect(await sentence.locator(byTestId("relation-tail")).textContent()).toBe(labelOf(n3));
    const paper = fx.doc.papers.find((p) => p.id === fx.hostilePaper)!;
    expect(await sentence.textContent()).toBe(`${fx.hostileSentence}— ${paper.title}`);
    expect(await page.locator(`${byTestId("details-panel")} img, ${byTestId("details-panel")} b`).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await screenshot(page, "relations-02-evidence");
    await sentence.locator(byTestId("relation-paper")).click();
    await expect.poll(() => page.textContent(byTestId("details-title"))).toBe(paper.title);
    expect(await page.evaluate(() => window.__fieldmap?.getState()?.paper)).toBe(paper.id);
    await page.close();
  });

  it("the edge-kind control draws the arrows, alone or with the links, and a reload keeps the choice", async () => {
    const page = await openViewer(browser, server.url);
    const cooccurrence = await page.evaluate(() => window.__fieldmap?.drawnEdgeCount() ?? -1);
    expect(cooccurrence).toBeGreaterThan(0);
    expect(await drawnArrows(page)).toBe(0);
    await page.click(byTestId("edge-kind-relations"));
    await expect.poll(() => drawnArrows(page)).toBe(fx.arrows);
    expect(await page.evaluate(() => window.__fieldmap?.drawnEdgeCount())).toBe(fx.arrows);
    const legend = await page.locator(`${byTestId("relation-legend")} li`).evaluateAll((items) => items.map((i) => i.getAttribute("data-kind")));
    expect(legend).toEqual(["evaluated-on", "trained-with", "builds-on", "measured-by"]);
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get("edges"))).toBe("relations");
    await screenshot(page, "relations-03-arrows");

    await page.reload();
    await page.waitForFunction(() => window.__fieldmap?.status === "ready" && window.__fieldmap.firstRenderMs != null);
    expect(await drawnArrows(page)).toBe(fx.arrows);
    expect(await page.getAttribute(byTestId("edge-kind-relations"), "aria-pressed")).toBe("true");

    await page.click(byTestId("edge-kind-both"));
    await expect.poll(() => page.evaluate(() => window.__fieldmap?.drawnEdgeCount())).toBe(cooccurrence + fx.arrows);
    // The links budget still counts co-occurrence links only.
    expect(await page.textContent(byTestId("links-count"))).toMatch(new RegExp(`of ${fx.doc.graph.edges.length.toLocaleString("en")}$`));
    await page.click(byTestId("edge-kind-cooccurrence"));
    await expect.poll(() => drawnArrows(page)).toBe(0);
    expect(await page.isVisible(byTestId("relation-legend"))).toBe(false);
    await page.close();
  });

  it("a map without relations shows no edge-kind control and no relations section", async () => {
    const page = await openViewer(browser, `${plainServer.url}?node=${encodeURIComponent(fx.hub)}&edges=relations`);
    await page.waitForSelector(byTestId("details-title"));
    expect(await page.locator(byTestId("edge-kind")).count()).toBe(0);
    expect(await page.locator(byTestId("relations")).count()).toBe(0);
    expect(await drawnArrows(page)).toBe(0);
    // edges=relations on a map without arrows must not leave it with no links at all.
    expect(await page.evaluate(() => window.__fieldmap?.drawnEdgeCount())).toBeGreaterThan(0);
    await page.close();
  });
});
