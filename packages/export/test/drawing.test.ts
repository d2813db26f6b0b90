import { DOMParser } from "@xmldom/xmldom";
import { decode } from "fast-png";
import { describe, expect, it } from "vitest";
import { THEMES, toPng, toSvg, type Theme } from "../src";
import { wrapLabel } from "../src/svg";
import { placeLabels, placeNodes, overlaps } from "../src/svg-layout";
import { fixtureDoc, HOSTILE_LABEL } from "./fixture";

const doc = fixtureDoc();

function parseSvg(svg: string) {
  const errors: string[] = [];
  const dom = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(svg, "image/svg+xml");
  return { dom, errors };
}

function textsOf(svg: string, groupId: string): string[] {
  const { dom } = parseSvg(svg);
  const group = Array.from(dom.getElementsByTagName("g")).find((g) => g.getAttribute("id") === groupId);
  return Array.from(group?.getElementsByTagName("text") ?? []).map((t) => t.textContent ?? "");
}

describe.each<Theme>(["light", "dark"])("toSvg %s", (theme) => {
  const svg = toSvg(doc, { width: 1920, height: 1080, theme });

  it("is well-formed XML with the asked size and theme background", () => {
    const { dom, errors } = parseSvg(svg);
    expect(errors).toEqual([]);
    const root = dom.documentElement;
    expect([root?.getAttribute("width"), root?.getAttribute("height")]).toEqual(["1920", "1080"]);
    expect(dom.getElementsByTagName("rect")[0]?.getAttribute("fill")).toBe(THEMES[theme].background);
  });

  it("draws every node and edge", () => {
    const { dom } = parseSvg(svg);
    expect(dom.getElementsByTagName("circle").length).toBe(doc.graph.nodes.length + doc.fieldmap.communities.length);
    expect(dom.getElementsByTagName("line").length).toBe(doc.graph.edges.length);
  });

  it("labels the top nodes, including the hostile label as text", () => {
    const labels = textsOf(svg, "labels");
    expect(labels).toEqual(expect.arrayContaining(["Transformer", "BERT", "accuracy", HOSTILE_LABEL]));
  });

  it("has a title and a legend of communities", () => {
    expect(textsOf(svg, "title")[0]).toBe(doc.fieldmap.title);
    const legend = textsOf(svg, "legend");
    expect(legend[0]).toBe("Communities");
    expect(legend.slice(1)).toEqual(doc.fieldmap.communities.map((c) => `${c.label} (${c.size})`));
  });

  it("is byte-deterministic", () => {
    expect(toSvg(fixtureDoc(), { width: 1920, height: 1080, theme })).toBe(svg);
  });
});

describe("label placement", () => {
  it("never overlaps labels, and respects the maximum", () => {
    const area = { x: 0, y: 0, width: 400, height: 300 };
    const nodes = placeNodes(doc, area, { min: 2, max: 8 });
    const labels = placeLabels(nodes, area, { min: 10, max: 18 }, 5);
    expect(labels.length).toBeLessThanOrEqual(5);
    for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
  });

  it("uses a custom title and shows '+ N more' when the legend is cut", () => {
    const svg = toSvg(doc, { title: "My </text> title", legendItems: 1 });
    expect(textsOf(svg, "title")[0]).toBe("My </text> title");
    expect(textsOf(svg, "legend")).toContain("+ 2 more");
  });
});

/** Standard deviation of the luminance over all pixels: 0 for a blank image. */
function luminanceSpread(png: Uint8Array): { width: number; height: number; spread: number } {
  const image = decode(png);
  const channels = image.channels;
  let sum = 0;
  let sumSq = 0;
  const pixels = image.width * image.height;
  for (let i = 0; i < pixels; i++) {
    const o = i * channels;
    const l = 0.2126 * Number(image.data[o]) + 0.7152 * Number(image.data[o + 1]) + 0.0722 * Number(image.data[o + 2]);
    sum += l;
    sumSq += l * l;
  }
  const mean = sum / pixels;
  return { width: image.width, height: image.height, spread: Math.sqrt(sumSq / pixels - mean * mean) };
}

describe("toPng", () => {
  it.each<[number, number, Theme]>([
    [1920, 1080, "light"],
    [1920, 1080, "dark"],
    [3840, 2160, "light"],
  ])("%dx%d %s decodes at the asked size and is not blank", (width, height, theme) => {
    const png = toPng(doc, { width, height, theme });
    const { width: w, height: h, spread } = luminanceSpread(png);
    expect([w, h]).toEqual([width, height]);
    expect(spread).toBeGreaterThan(5);
  });

  it("renders text (the map with labels differs from the same map without)", () => {
    const withText = luminanceSpread(toPng(doc, { width: 960, height: 540 })).spread;
    const bare = fixtureDoc();
    for (const n of bare.graph.nodes) n.attributes.label = "";
    // Only the labels differ: with no usable font both images would be identical.
    const withoutText = luminanceSpread(toPng(bare, { width: 960, height: 540 })).spread;
    expect(withText).toBeGreaterThan(withoutText);
  });
});

describe("legend of a map with long cluster names", () => {
  // Three names of three words or more: two lines of 40 characters hold two of them.
  const LONG = "test-time scaling · long chain-of-thought · multi-step reasoning";
  const withNames = (labels: string[]) => {
    const long = fixtureDoc();
    const template = long.fieldmap.communities[0]!;
    long.fieldmap.communities = labels.map((label, id) => ({ ...template, id, label, size: 40 - id }));
    return long;
  };

  it("gives a long name a third line when every cluster then fits the panel, so none is cut", () => {
    const labels = [...Array<string>(4).fill(LONG), ...Array.from({ length: 8 }, (_, i) => `method ${i} · task ${i}`)];
    const legend = textsOf(toSvg(withNames(labels), { width: 1920, height: 1080 }), "legend").slice(1);
    expect(legend).toHaveLength(12);
    for (const item of legend.slice(0, 4)) expect(item).toMatch(/^test-time scaling.*multi-step reasoning \(\d+\)$/);
  });

  it("keeps two lines when three would push clusters out of the panel: every cluster is listed", () => {
    const legend = textsOf(toSvg(withNames(Array<string>(12).fill(LONG)), { width: 1920, height: 1080 }), "legend").slice(1);
    expect(legend).toHaveLength(12);
    expect(legend.every((item) => item.includes(" … ("))).toBe(true);
  });
});

describe("wrapLabel", () => {
  it.each([
    ["short label stays on one line", "GRPO · RLVR", ["GRPO · RLVR (12)"]],
    ["long label wraps at a separator", "mathematical reasoning · self-improvement · code generation", ["mathematical reasoning", "self-improvement · code generation (12)"]],
    ["beyond two lines the rest is elided, the size kept", "instruction following · entropy regularization · curriculum learning", ["instruction following", "entropy regularization … (12)"]],
  ])("legend: %s", (_rule, label, lines) => {
    expect(wrapLabel(label, 40, 2, " (12)")).toEqual(lines);
  });
});
