/**
 * What a static drawing must show on a real-sized map: the strongest links only, every
 * community's name, and text that never overlaps (measured as map_quality.py measures it).
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { toSvg, type Theme } from "../src";
import { linkRanks, strongestLinks } from "../src/links";
import { nameLines } from "../src/svg-names";
import { crowdedDoc, svgTextOverlaps } from "./crowded";
import { fixtureDoc } from "./fixture";

function elements(svg: string, groupId: string, tag: string): Element[] {
  const dom = new DOMParser().parseFromString(svg, "image/svg+xml");
  const group = Array.from(dom.getElementsByTagName("g")).find((g) => g.getAttribute("id") === groupId);
  return Array.from(group?.getElementsByTagName(tag) ?? []);
}

const crowded = crowdedDoc();

describe.each<[number, number, Theme]>([
  [1920, 1080, "light"],
  [960, 540, "light"],
  [3840, 2160, "dark"],
])("a crowded map drawn at %dx%d %s", (width, height, theme) => {
  const svg = toSvg(crowded, { width, height, theme });

  it("has no two texts whose boxes overlap", () => {
    expect(svgTextOverlaps(svg)).toBe(0);
  });

  it("still labels many nodes and names every community", () => {
    expect(elements(svg, "labels", "text").length).toBeGreaterThanOrEqual(20);
    const named = new Set(elements(svg, "cluster-names", "text").map((t) => t.textContent?.split(" · ")[0]));
    for (const community of crowded.fieldmap.communities) expect(named, community.label).toContain(community.label.split(" · ")[0]);
  });
});

// A map of twelve clusters, the palette's twelve colours, must tell a slide's reader what each
// colour is: the legend listed ten before ("+ 2 more" hid two of the dev map's clusters).
describe("the legend of a twelve-cluster map", () => {
  const legendTexts = (svg: string) => elements(svg, "legend", "text").map((t) => t.textContent ?? "");

  it.each([
    [1920, 1080],
    [960, 540],
  ])("lists every cluster at %dx%d", (width, height) => {
    const listed = legendTexts(toSvg(crowded, { width, height }));
    expect(listed.filter((t) => t.startsWith("+"))).toEqual([]);
    expect(listed).toHaveLength(1 + crowded.fieldmap.communities.length);
  });

  it("counts what the panel has no room for, and keeps every line on the drawing", () => {
    // Forty clusters asked for, of a map of forty: the panel holds about twenty.
    const many = crowdedDoc(40, 8);
    const svg = toSvg(many, { width: 1920, height: 1080, legendItems: 40 });
    const listed = legendTexts(svg);
    const more = listed.find((t) => t.startsWith("+"));
    expect(more).toBe(`+ ${many.fieldmap.communities.length - (listed.length - 2)} more`);
    for (const text of elements(svg, "legend", "text")) expect(Number(text.getAttribute("y"))).toBeLessThanOrEqual(1080 - 40);
  });
});

describe("the overlap measure", () => {
  it("counts overlapping texts (so the zero above can fail)", () => {
    const svg = `<svg><text x="10" y="20" font-size="10">abcdef</text><text x="12" y="22" font-size="10">ghi</text><text x="100" y="20" text-anchor="end" font-size="10">xyz</text></svg>`;
    expect(svgTextOverlaps(svg)).toBe(1);
  });
});

describe("cluster names", () => {
  const doc = fixtureDoc();
  const svg = toSvg(doc);
  const names = elements(svg, "cluster-names", "text");

  it.each(doc.fieldmap.communities.map((c) => [c.label, c] as const))("%s is drawn, in bold, bigger than every node label", (label, community) => {
    const lines = names.filter((t) => label.includes(t.textContent ?? "\u0000"));
    expect(lines.length, label).toBeGreaterThan(0);
    const biggestLabel = Math.max(...elements(svg, "labels", "text").map((t) => Number(t.getAttribute("font-size"))));
    for (const line of lines) {
      expect(Number(line.getAttribute("font-size"))).toBeGreaterThan(biggestLabel);
      expect(line.getAttribute("stroke"), "halo").toBe("#ffffff");
    }
    expect(community.color).toMatch(/^#/);
  });
});

describe("links drawn", () => {
  const lines = (svg: string) => [...elements(svg, "edges", "line"), ...elements(svg, "edges-dimmed", "line")];

  it.each([
    ["the 1,000 strongest by default", undefined, 1000],
    ["all of them with 0", 0, crowded.graph.edges.length],
    ["the 50 strongest with 50", 50, 50],
  ])("%s", (_name, maxLinks, expected) => {
    const svg = toSvg(crowded, maxLinks === undefined ? {} : { maxLinks });
    expect(lines(svg)).toHaveLength(expected);
  });

  it("ranks links by papers in common when the map has no ranks", () => {
    const ranks = linkRanks(crowded);
    const weights = crowded.graph.edges.map((e) => e.attributes.weight);
    const byRank = [...weights.keys()].sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0)).map((i) => weights[i]);
    expect(byRank).toEqual([...weights].sort((a, b) => b - a));
    const kept = strongestLinks(crowded, 100);
    const threshold = Math.min(...kept.map((e) => e.attributes.weight));
    expect(crowded.graph.edges.filter((e) => e.attributes.weight > threshold).every((e) => kept.includes(e))).toBe(true);
  });

  it("uses the map's own ranks when it has them", () => {
    const doc = fixtureDoc();
    const kept = strongestLinks(doc, 3);
    expect(kept.map((e) => e.attributes.rank).sort()).toEqual([0, 1, 2]);
    // Reversing the ranks picks the other end of the list: the ranks, not the weights, decide.
    for (const e of doc.graph.edges) e.attributes.rank = doc.graph.edges.length - 1 - (e.attributes.rank ?? 0);
    expect(strongestLinks(doc, 3).map((e) => e.attributes.weight).every((w) => w <= 2)).toBe(true);
  });
});

describe("a focused community", () => {
  const doc = fixtureDoc();
  const focus = { level: "community", id: 1 } as const;
  const svg = toSvg(doc, { focus });
  const members = new Set(doc.graph.nodes.filter((n) => n.attributes.community === 1).map((n) => n.key));
  const labelOf = new Map(doc.graph.nodes.map((n) => [n.attributes.label, n.key]));

  it("labels its members only, every one of them on this small map", () => {
    const labelled = elements(svg, "labels", "text").map((t) => labelOf.get(t.textContent ?? ""));
    expect(new Set(labelled)).toEqual(members);
  });

  it("draws its members lit and the other nodes dimmed", () => {
    expect(elements(svg, "nodes", "circle")).toHaveLength(members.size);
    const dimmed = Array.from(new DOMParser().parseFromString(svg, "image/svg+xml").getElementsByTagName("g")).find((g) => g.getAttribute("id") === "nodes-dimmed");
    expect(Number(dimmed?.getAttribute("opacity"))).toBeLessThan(0.5);
  });

  it("names its sub-clusters on the map and sums it up beside it", () => {
    const drawn = elements(svg, "cluster-names", "text").map((t) => t.textContent).join(" ");
    const subs = doc.fieldmap.communities[1]?.subcommunities ?? [];
    expect(subs).toHaveLength(2);
    for (const sub of subs) for (const word of sub.label.split(/ · | /)) expect(drawn, sub.label).toContain(word);
    const panel = elements(svg, "focus", "text").map((t) => t.textContent ?? "");
    expect(panel[0]).toBe("Graph learning");
    expect(panel).toContain("4 entities · 2017");
    expect(panel).toContain("Sub-clusters");
    expect(panel.find((line) => line.startsWith("Graph Convolutional Network"))).toBeDefined();
    expect(elements(svg, "legend", "text")).toHaveLength(0);
  });

  it.each([0, 5, 11])("on a crowded map, community %d: members labelled only, texts apart", (id) => {
    const focused = toSvg(crowded, { focus: { level: "community", id } });
    expect(svgTextOverlaps(focused)).toBe(0);
    const labels = elements(focused, "labels", "text");
    expect(labels.length).toBeGreaterThanOrEqual(10);
    // Long labels are drawn cut with an ellipsis: match them by their start.
    const drawnAs = (text: string) => (n: (typeof crowded.graph.nodes)[number]) => n.attributes.label === text || (text.endsWith("…") && n.attributes.label.startsWith(text.slice(0, -1)));
    for (const label of labels) {
      const text = label.textContent ?? "";
      expect(crowded.graph.nodes.find(drawnAs(text))?.attributes.community, text).toBe(id);
    }
  });
});

describe("nameLines", () => {
  it.each([
    ["a short name stays on one line", "GRPO · RLVR", ["GRPO · RLVR"]],
    ["parts wrap whole", "CoT · code generation · mathematical reasoning", ["CoT · code generation", "mathematical reasoning"]],
    ["a long part breaks at spaces", "Transformers & attention", ["Transformers &", "attention"]],
    ["parts join a line while they fit", "RL · multi-agent RL · PPO", ["RL · multi-agent RL", "PPO"]],
    ["a part that would need a third line is left out, not cut", "safety alignment · preference optimization · DPO", ["safety alignment"]],
    ["a part starts a new line rather than break across two", "quantization · KV cache · KV", ["quantization", "KV cache · KV"]],
    ["a part that no longer fits is dropped whole", "3D Gaussian Splatting · novel view synthesis · 3D reconstruction", ["3D Gaussian Splatting", "novel view synthesis"]],
  ])("name: %s", (_rule, label, lines) => {
    expect(nameLines(label, 22, 2)).toEqual(lines);
  });
});
