import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { FIELDMAP_DATA_SCRIPT_ID, FIELDMAP_EMBED_ATTRIBUTE, scriptSafeJson, toMapHtml } from "../src";
import { fixtureDoc, HOSTILE_LABEL } from "./fixture";

const VIEWER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fieldmap viewer</title><script type="module">const s = "</head>"; start();</script></head><body><div id="app"></div></body></html>`;

/** The JSON text of the data element, as the browser would hand it to the viewer. */
function embeddedJson(html: string): string {
  const match = new RegExp(`<script id="${FIELDMAP_DATA_SCRIPT_ID}" type="application/json"[^>]*>([\\s\\S]*?)</script>`).exec(html);
  if (!match?.[1]) throw new Error("no data element");
  return match[1];
}

describe("toMapHtml", () => {
  const doc = fixtureDoc();
  doc.fieldmap.title = `Map </script><script>alert(1)</script> $& $' <!-- \u2028`;
  const html = toMapHtml(doc, VIEWER);

  it("embeds the document so it parses back unchanged", () => {
    expect(JSON.parse(embeddedJson(html))).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it("leaves out the clusters relevance was judged on (a rebuild's, not the viewer's), and nothing else", () => {
    const judgedDoc = { ...doc, fieldmap: { ...doc.fieldmap, judged: { GRPO: [0, 1, 2] } } };
    expect(JSON.parse(embeddedJson(toMapHtml(judgedDoc, VIEWER)))).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it("never lets map text close the script element", () => {
    expect(embeddedJson(html)).not.toContain("<");
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(JSON.parse(embeddedJson(html)).graph.nodes.some((n: { key: string }) => n.key === HOSTILE_LABEL)).toBe(true);
  });

  it("puts the data right after <head>, before the viewer's scripts, in embed mode", () => {
    const at = html.indexOf(`id="${FIELDMAP_DATA_SCRIPT_ID}"`);
    expect(at).toBeGreaterThan(html.indexOf("<head>"));
    expect(at).toBeLessThan(html.indexOf(`<script type="module">`));
    expect(html).toContain(`${FIELDMAP_EMBED_ATTRIBUTE}="1"`);
    expect(toMapHtml(fixtureDoc(), VIEWER, { embed: false })).not.toContain(FIELDMAP_EMBED_ATTRIBUTE);
  });

  it("sets the page title to the escaped map title", () => {
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
    expect(title).toContain("&lt;/script&gt;");
    expect(html).not.toContain("fieldmap viewer");
  });

  it("keeps the viewer otherwise intact", () => {
    expect(html).toContain(`<script type="module">const s = "</head>"; start();</script>`);
    expect(html.endsWith(`<body><div id="app"></div></body></html>`)).toBe(true);
  });

  it("refuses a viewer that already has data", () => {
    expect(() => toMapHtml(fixtureDoc(), html)).toThrow(/already contains/);
  });

  it.each([
    ["no head", `<html><body></body></html>`],
    ["bare fragment", `<div id="app"></div>`],
  ])("still embeds the data with %s", (_name, viewer) => {
    const out = toMapHtml(fixtureDoc(), viewer);
    expect(JSON.parse(embeddedJson(out)).fieldmap.title).toBe(fixtureDoc().fieldmap.title);
  });
});

describe("scriptSafeJson", () => {
  it.each([
    ["closing script", "</script>", `"\\u003c/script>"`],
    ["comment open", "<!--", `"\\u003c!--"`],
    ["line separator", "a\u2028b", `"a\\u2028b"`],
  ])("escapes %s", (_name, value, expected) => {
    expect(scriptSafeJson(value)).toBe(expected);
    expect(JSON.parse(scriptSafeJson(value))).toBe(value);
  });

  it("produces markup an HTML-ish parser keeps as one text node", () => {
    const xml = `<r><script>${scriptSafeJson({ t: HOSTILE_LABEL }).replace(/&/g, "&amp;")}</script></r>`;
    const dom = new DOMParser().parseFromString(xml, "text/xml");
    expect(dom.getElementsByTagName("script")[0]?.childNodes.length).toBe(1);
  });
});
