import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MapDocument } from "@fieldmap/graph";
import type { ViewServer } from "../../cli/src/commands/view";
import { runCli } from "../../cli/src/run";
import { buildViewer, launchBrowser, openViewer, REPO_ROOT, screenshot, serveMap } from "./support";

/**
 * Papers in the viewer (issue 12): found by title in search, with a details view that links
 * their arXiv and Hugging Face pages when the id or URL gives an arXiv id, and never a
 * non-http(s) URL. The map is the README's arXiv Atom example, built in-process; one of its
 * papers is given a slug id and a javascript: URL, as a hostile file could.
 */
let browser: Browser;
let server: ViewServer;
let doc: MapDocument;

const PPO = "1707.06347";
const HOSTILE = "hostile-paper";
const byTestId = (id: string) => `[data-testid="${id}"]`;

beforeAll(async () => {
  // Only when a viewer source is newer than the bundle: rebuilding empties dist/ while other
  // browser files serve it.
  buildViewer();
  const dir = await mkdtemp(join(tmpdir(), "fieldmap-papers-"));
  const silent = { stdout: () => undefined, stderr: () => undefined, cwd: REPO_ROOT };
  expect(await runCli(["build", "data/fixtures/arxiv.atom.xml", "-o", dir, "--only", "json"], silent)).toBe(0);
  doc = JSON.parse(await readFile(join(dir, "graph.json"), "utf8")) as MapDocument;
  const attention = doc.papers.find((p) => p.id === "1706.03762");
  if (!attention) throw new Error("the arXiv fixture has no 1706.03762");
  Object.assign(attention, { id: HOSTILE, url: "javascript:alert(1)" });
  delete attention.arxivId;
  await writeFile(join(dir, "graph.json"), JSON.stringify(doc));
  server = await serveMap(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function searchAndChoosePaper(page: Page, query: string, key: string): Promise<void> {
  await page.click(byTestId("search-input"));
  await page.fill(byTestId("search-input"), query);
  const hit = page.locator(`${byTestId("search-result")}[data-kind="paper"][data-key="${key}"]`);
  await hit.waitFor();
  await hit.dispatchEvent("mousedown");
}

describe("papers in the viewer", () => {
  it("finds a paper by a word of its title, after the entities, and opens it with its arXiv and Hugging Face links", async () => {
    const page = await openViewer(browser, server.url);
    const paper = doc.papers.find((p) => p.id === PPO)!;
    await page.click(byTestId("search-input"));
    await page.fill(byTestId("search-input"), "proximal policy");
    await page.locator(`${byTestId("search-result")}[data-kind="paper"]`).first().waitFor();
    const kinds = await page.locator(byTestId("search-result")).evaluateAll((items) => items.map((i) => i.getAttribute("data-kind")));
    expect(kinds, "entities first, then papers").toEqual([...kinds].sort((a, b) => (a === "paper" ? 1 : 0) - (b === "paper" ? 1 : 0)));
    expect(kinds).toContain("paper");
    await screenshot(page, "papers-01-search");

    await page.locator(`${byTestId("search-result")}[data-kind="paper"][data-key="${PPO}"]`).dispatchEvent("mousedown");
    await expect.poll(() => page.textContent(byTestId("details-title"))).toBe(paper.title);
    const links = await page.locator(`${byTestId("details-panel")} ${byTestId("paper-link")}`).evaluateAll((as) => as.map((a) => [a.getAttribute("data-kind"), a.getAttribute("href"), a.getAttribute("rel")]));
    expect(links).toEqual([
      ["arxiv", `https://arxiv.org/abs/${PPO}`, "noopener noreferrer"],
      ["hf", `https://huggingface.co/papers/${PPO}`, "noopener noreferrer"],
    ]);
    await screenshot(page, "papers-02-details");

    // Its entities are listed in reading order; clicking one opens that entity's details.
    const entities = await page.locator(byTestId("paper-entity")).evaluateAll((bs) => bs.map((b) => b.getAttribute("data-key")));
    expect(entities).toEqual(paper.entities);
    const first = paper.entities[0]!;
    await page.click(`${byTestId("paper-entity")}[data-key="${first}"]`);
    const label = doc.graph.nodes.find((n) => n.key === first)?.attributes.label ?? doc.fieldmap.generic?.find((g) => g.id === first)?.label;
    await expect.poll(() => page.textContent(byTestId("details-title"))).toBe(label);
    expect(await page.evaluate(() => window.__fieldmap?.getState()?.paper)).toBeNull();
    await page.close();
  });

  it("an entity's paper list links each arXiv paper's arXiv and Hugging Face pages", async () => {
    const entity = doc.papers.find((p) => p.id === PPO)!.entities.find((id) => doc.graph.nodes.some((n) => n.key === id))!;
    const page = await openViewer(browser, `${server.url}?node=${encodeURIComponent(entity)}`);
    await page.waitForSelector(byTestId("paper"));
    const hrefs = await page.locator(`${byTestId("paper-list")} ${byTestId("paper-link")}`).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain(`https://huggingface.co/papers/${PPO}`);
    expect(hrefs).toContain(`https://arxiv.org/abs/${PPO}`);
    await page.close();
  });

  it("never links a paper's javascript: URL, and Escape closes the paper", async () => {
    const page = await openViewer(browser, server.url);
    await searchAndChoosePaper(page, "attention is all", HOSTILE);
    await expect.poll(() => page.textContent(byTestId("details-title"))).toBe("Attention Is All You Need");
    expect(await page.locator(`${byTestId("details-panel")} ${byTestId("paper-link")}`).count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    await page.click(byTestId("details-title"));
    await page.keyboard.press("Escape");
    await expect.poll(() => page.isVisible(byTestId("details-panel"))).toBe(false);
    await page.close();
  });
});
