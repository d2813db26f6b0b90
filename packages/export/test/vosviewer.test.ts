import { describe, expect, it } from "vitest";
import type { CommunityInfo, MapDocument } from "@fieldmap/graph";
import { toVosviewerJson, type VosviewerJson } from "../src/vosviewer";
import { fixtureDoc } from "./fixture";
import { readVosviewerDescription, readVosviewerLabel, vosviewerLinkKey } from "./vosviewer-reader";

const vosviewer = (doc: MapDocument) => JSON.parse(toVosviewerJson(doc)) as VosviewerJson;

/** The fixture with its node labels (and keys) replaced, in order. */
function withLabels(labels: string[], keys = labels): MapDocument {
  const doc = fixtureDoc();
  const rename = new Map(doc.graph.nodes.map((n, i) => [n.key, keys[i] ?? n.key]));
  doc.graph.nodes.forEach((n, i) => Object.assign(n, { key: rename.get(n.key) }, { attributes: { ...n.attributes, label: labels[i] ?? n.attributes.label } }));
  for (const e of doc.graph.edges) Object.assign(e, { source: rename.get(e.source), target: rename.get(e.target) });
  return doc;
}

/** A map of `k` communities of two nodes each, in a chain of links. */
function manyCommunities(k: number): MapDocument {
  const doc = fixtureDoc();
  const color = (id: number) => `#${(id * 2654435).toString(16).padStart(6, "0").slice(-6)}`;
  const template = doc.graph.nodes[0]!.attributes;
  doc.fieldmap.communities = Array.from({ length: k }, (_, id): CommunityInfo => ({ id, label: `c${id}`, color: color(id), size: 2, top: [], x: 0, y: 0, subcommunities: [] }));
  doc.graph.nodes = Array.from({ length: 2 * k }, (_, i) => {
    const community = Math.floor(i / 2);
    return { key: `n${i}`, attributes: { ...template, label: `n${i}`, community, community_label: `c${community}`, color: color(community), x: i, y: i % 7 } };
  });
  doc.graph.edges = doc.graph.nodes.slice(1).map((n, i) => ({ source: `n${i}`, target: n.key, attributes: { weight: 1 + (i % 5) } }));
  return doc;
}

describe("VOSviewer JSON: labels are HTML there", () => {
  const labels = ["<think>", "a<b", "&amp;", `"quoted" & 'single'`, "x > y", "{0,1} reward", "naïve 🧪", "plain"];
  const vos = vosviewer(withLabels(labels));

  it.each(labels.map((label, i) => [label, i] as const))("label %j reads back unchanged", (label, i) => {
    expect(readVosviewerLabel(vos.network.items[i]?.label ?? "")).toBe(label);
  });
});

describe("VOSviewer JSON: descriptions survive the template pass", () => {
  it.each(["{0,1} reward", "{x}", "a {b} c {d}", "}{", "<i>{label}</i> & co"])("cluster name %j shows in full", (name) => {
    const doc = fixtureDoc();
    for (const n of doc.graph.nodes) if (n.attributes.community === 0) n.attributes.community_label = name;
    const item = vosviewer(doc).network.items[0];
    expect(readVosviewerDescription(item?.description ?? "")).toBe(`model · 9 papers (2017–2023) · ${name} › Transformer · BERT`);
  });
});

describe("VOSviewer JSON: ids", () => {
  const keys = ["1e3", "1.50", "007", "DeepSeek-R1", "DeepSeek", "R1-Zero", "Zero", "DeepSeek-R1-Zero", "0x10", "Infinity", " 5", "-2"];
  const doc = withLabels(keys, keys);
  // Two links whose ids VOSviewer would join to the same "DeepSeek-R1-Zero", and merge.
  doc.graph.edges.push({ source: "DeepSeek-R1", target: "Zero", attributes: { weight: 4 } }, { source: "DeepSeek", target: "R1-Zero", attributes: { weight: 5 } });
  const vos = vosviewer(doc);

  it("are the integers 1..N in node order, with the names in the labels", () => {
    expect(vos.network.items.map((i) => i.id)).toEqual(keys.map((_, i) => i + 1));
    expect(vos.network.items.map((i) => readVosviewerLabel(i.label))).toEqual(keys);
  });

  it("map every link to its two nodes, and no two links share VOSviewer's key", () => {
    const labelOf = new Map(vos.network.items.map((i) => [i.id, readVosviewerLabel(i.label)]));
    expect(vos.network.links.map((l) => [labelOf.get(l.source_id), labelOf.get(l.target_id), l.strength])).toEqual(doc.graph.edges.map((e) => [e.source, e.target, e.attributes.weight]));
    expect(new Set(vos.network.links.map((l) => vosviewerLinkKey(l.source_id, l.target_id))).size).toBe(doc.graph.edges.length);
  });
});

describe("VOSviewer JSON: clusters", () => {
  it.each([3, 25, 1000])("%i communities become clusters 1..K, each listed with its colour", (k) => {
    const doc = manyCommunities(k);
    const vos = vosviewer(doc);
    expect(vos.network.items.map((i) => i.cluster)).toEqual(doc.graph.nodes.map((n) => n.attributes.community + 1));
    const expected = doc.fieldmap.communities.map((c, i) => ({ cluster: i + 1, color: c.color }));
    expect(vos.config.color_schemes.cluster_colors).toEqual(expected);
    expect(vos.network.clusters).toEqual(doc.fieldmap.communities.map((c, i) => ({ cluster: i + 1, label: c.label })));
  });

  it("numbers sparse community ids 1..K, and adds a community only nodes name", () => {
    const doc = manyCommunities(4);
    for (const n of doc.graph.nodes) n.attributes.community = [0, 5, 9, 40][n.attributes.community] ?? 0;
    doc.fieldmap.communities = doc.fieldmap.communities.slice(0, 3).map((c, i) => ({ ...c, id: [0, 5, 9][i] ?? 0 }));
    const vos = vosviewer(doc);
    expect(vos.network.items.map((i) => i.cluster)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(vos.config.color_schemes.cluster_colors.map((c) => c.cluster)).toEqual([1, 2, 3, 4]);
    expect(vos.config.color_schemes.cluster_colors[3]?.color).toBe(doc.graph.nodes[6]?.attributes.color);
  });

  it("never writes a cluster VOSviewer refuses (past 1000), nor merges two into one", () => {
    const doc = manyCommunities(1003);
    const vos = vosviewer(doc);
    const clusters = vos.network.items.map((i) => i.cluster);
    expect(clusters.every((c) => c === null || (Number.isInteger(c) && c >= 1 && c <= 1000))).toBe(true);
    expect(new Set(clusters.filter((c) => c !== null)).size).toBe(1000);
    expect(clusters.slice(-6)).toEqual([null, null, null, null, null, null]);
    expect(vos.config.color_schemes.cluster_colors).toHaveLength(1000);
  });
});

describe("VOSviewer JSON: links", () => {
  it.each([13, 1500])("max_n_links is the number of links written (%i)", (n) => {
    const doc = n === 13 ? fixtureDoc() : manyCommunities(Math.ceil((n + 1) / 2));
    doc.graph.edges = doc.graph.edges.slice(0, n);
    const vos = vosviewer(doc);
    expect(vos.network.links).toHaveLength(n);
    expect(vos.config.parameters.max_n_links).toBe(n);
  });
});
