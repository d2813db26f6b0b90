import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ViewServer } from "../../cli/src/commands/view";
import { cli } from "../../cli/test/helpers";
import { buildViewer, launchBrowser, serveMap, syntheticMapDir, waitForViewer } from "./support";

/**
 * `fieldmap view` sends a Content-Security-Policy that allows only what the viewer uses. This
 * drives the viewer through what it does (load, hover, re-layout in a worker, PNG and GEXF
 * export, theme) and listens for every CSP violation the browser reports.
 */
let browser: Browser;
let server: ViewServer;

beforeAll(async () => {
  buildViewer();
  const dir = await syntheticMapDir({ nodes: 300, edges: 1200, communities: 6 });
  // map.html, as a build writes it, is served with a policy made from its own inline script.
  const exported = await cli("export", join(dir, "graph.json"), "--format", "html", "-o", join(dir, "map.html"));
  if (exported.code !== 0) throw new Error(`map.html export failed: ${exported.stderr}`);
  server = await serveMap(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `url` with a listener for CSP violations installed before any page script runs. */
async function openWatched(url: string): Promise<{ page: Page; violations: () => Promise<string[]>; policy: string }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const console: string[] = [];
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) console.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(url);
  const policy = (await response?.allHeaders())?.["content-security-policy"] ?? "";
  const violations = async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...console];
  return { page, violations, policy };
}

describe("the view server's Content-Security-Policy", () => {
  it("blocks nothing the viewer does", async () => {
    const { page, violations, policy } = await openWatched(server.url);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain("unsafe-inline");
    await waitForViewer(page);
    // Hover (labels, cursor style), re-layout (a blob: worker), PNG and GEXF export (canvas, blob: download), theme.
    const box = await page.locator("canvas").last().boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.click("[data-testid=relayout]");
    await expect.poll(() => page.getAttribute("[data-testid=relayout]", "data-last-stop"), { timeout: 30_000 }).not.toBeNull();
    expect(await page.evaluate(() => window.__fieldmap?.renderPngSize(1))).toBeGreaterThan(1000);
    await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-gexf]")]);
    await page.click("[data-testid=theme-toggle]");
    expect(await violations()).toEqual([]);

    // The listener does hear the policy: a script injected into the page is refused.
    await page.evaluate(() => document.head.append(Object.assign(document.createElement("script"), { textContent: "window.__injected = 1" })));
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-elem inline/));
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    await page.close();
  });

  it("lets map.html run from the server too", async () => {
    const { page, violations, policy } = await openWatched(`${server.url}map.html?embed=0`);
    expect(policy).toContain("script-src 'sha256-");
    await waitForViewer(page);
    expect(await page.evaluate(() => window.__fieldmap?.sigma?.getGraph().order)).toBe(300);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
