/**
 * Fuzz past the validator: valid map documents whose text (labels, cluster names, aliases,
 * titles) is hostile, exported in every format, and every output read back by a reader that
 * does not share the writer's code (xmllint with the GEXF 1.3 schema, xmldom, JSON.parse).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { EXPORT_FORMATS } from "@fieldmap/export";
import { seededRng, type MapDocument } from "@fieldmap/graph";
import { describe, expect, it } from "vitest";
import { fixtureDoc } from "../../../packages/export/test/fixture";
import { GEXF_13_SCHEMA, validateRelaxNg } from "../../../packages/export/test/helpers";
import { readVosviewerDescription, readVosviewerLabel } from "../../../packages/export/test/vosviewer-reader";
import { mapDocumentProblem } from "../src/commands/export";
import { tempDir } from "./helpers";

/** Pieces that break naive writers: markup, entities, CDATA ends, replacement patterns, odd Unicode. */
const HOSTILE_PIECES = [
  "<b>", "</script>", "&amp;", "&", '"', "'", "]]>", "<!--", "-->", "$&", "$1", "{{x}}", "\\", "\t", "\n",
  "\u2028", "\u202e", "🧪", "é", "\u0007", "\uFFFE", "<?xml", "<![CDATA[", "javascript:", " ", "label",
];
/** XML 1.0 cannot hold these; the XML writers drop them (packages/export/src/xml.ts). */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

type Rng = () => number;

function hostileText(rng: Rng): string {
  let text = "";
  const pieces = 1 + Math.floor(rng() * 6);
  for (let i = 0; i < pieces; i++) text += HOSTILE_PIECES[Math.floor(rng() * HOSTILE_PIECES.length)];
  return text.trim() === "" ? `${text}x` : text;
}

/** The fixture with hostile text in every free-text field the exporters write. */
function hostileDoc(seed: number): MapDocument {
  const rng = seededRng(seed);
  const doc = fixtureDoc();
  doc.fieldmap.title = hostileText(rng);
  for (const community of doc.fieldmap.communities) {
    community.label = hostileText(rng);
    for (const sub of community.subcommunities) sub.label = hostileText(rng);
  }
  const subLabel = (id: number) => doc.fieldmap.communities.flatMap((c) => c.subcommunities).find((s) => s.id === id)?.label ?? "";
  for (const node of doc.graph.nodes) {
    const a = node.attributes;
    a.label = hostileText(rng);
    a.aliases = [hostileText(rng), hostileText(rng)];
    a.community_label = doc.fieldmap.communities[a.community]?.label ?? "";
    a.subcommunity_label = subLabel(a.subcommunity);
  }
  for (const paper of doc.papers) paper.title = hostileText(rng);
  return doc;
}

function parseXml(text: string): Document {
  const errors: string[] = [];
  const dom = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(text, "text/xml");
  expect(errors).toEqual([]);
  return dom as unknown as Document;
}

const viewerHtml = "<!doctype html><html><head><title>x</title></head><body></body></html>";
const cases = Array.from({ length: 30 }, (_, i) => i);

describe("export fuzz on valid documents with hostile text", () => {
  it.each(cases)("document #%i exports in every format, and each output reads back", (seed) => {
    const doc = hostileDoc(seed);
    expect(mapDocumentProblem(JSON.parse(JSON.stringify(doc)))).toBeUndefined(); // it reaches the exporters
    const files = new Map<string, string>();
    for (const format of EXPORT_FORMATS.filter((f) => f.id !== "png")) {
      for (const file of format.write(doc, { viewerHtml, width: 320, height: 180 })) files.set(file.name, String(file.content));
    }
    const labels = doc.graph.nodes.map((n) => n.attributes.label);
    // What an XML reader gets: no invalid characters, and xmldom reads U+2028 as a line end
    // (XML 1.1's rule): a newline in text, a space in an attribute value.
    const xmlTexts = labels.map((l) => l.replace(INVALID_XML, "").replace(/\u2028/g, "\n"));
    const xmlLabels = labels.map((l) => l.replace(INVALID_XML, "").replace(/\u2028/g, " "));

    // GEXF 1.3 validates against the official schema and gives every label back.
    const dir = tempDir("fieldmap-fuzz-valid-");
    writeFileSync(join(dir, "graph.gexf"), files.get("graph.gexf") ?? "");
    const validation = validateRelaxNg(GEXF_13_SCHEMA, join(dir, "graph.gexf"));
    expect(validation.ok, validation.output).toBe(true);
    for (const name of ["graph.gexf", "graph-1.2.gexf"]) {
      const nodes = Array.from(parseXml(files.get(name) ?? "").getElementsByTagName("node"));
      expect(nodes.map((n) => n.getAttribute("label")), name).toEqual(xmlLabels);
    }
    // GraphML and SVG are well-formed XML; GraphML holds every label as text.
    const graphml = Array.from(parseXml(files.get("graph.graphml") ?? "").getElementsByTagName("data")).map((d) => d.textContent);
    for (const label of xmlTexts) expect(graphml).toContain(label);
    parseXml(files.get("map.svg") ?? "");
    // The JSON formats parse and keep the text exactly.
    expect(JSON.parse(files.get("graph.json") ?? "")).toEqual(JSON.parse(JSON.stringify(doc)));
    // VOSviewer Online reads labels as HTML and descriptions through its placeholder pass.
    const vos = JSON.parse(files.get("vosviewer.json") ?? "") as { network: { items: Array<{ label: string; description: string }> } };
    expect(vos.network.items.map((i) => readVosviewerLabel(i.label))).toEqual(labels);
    vos.network.items.forEach((item, i) => {
      const n = doc.graph.nodes[i]?.attributes;
      const path = n && n.subcommunity_label && n.subcommunity_label !== n.community_label ? `${n.community_label} › ${n.subcommunity_label}` : n?.community_label;
      expect(readVosviewerDescription(item.description).endsWith(` · ${path}`)).toBe(true);
    });
    // map.html's data element ends where a browser ends it, and holds the document.
    const data = /<script id="fieldmap-data"[^>]*>([\s\S]*?)<\/script/i.exec(files.get("map.html") ?? "")?.[1];
    expect(JSON.parse(data ?? "null")).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
