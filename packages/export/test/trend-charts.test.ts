import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { alluvialSvg } from "../src/alluvial";
import { toSlides } from "../src/slides";
import { emergingChartSvg } from "../src/trend-charts";
import { fixtureDoc, HOSTILE_LABEL } from "./fixture";
import { timedDoc } from "./timed";

/** Parses SVG text, failing on any XML error. */
function parseSvg(svg: string) {
  const errors: string[] = [];
  const dom = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(svg, "image/svg+xml");
  expect(errors).toEqual([]);
  return dom;
}

const texts = (svg: string) => Array.from(parseSvg(svg).getElementsByTagName("text")).map((t) => t.textContent);

describe("emerging chart", () => {
  it("one row per emerging entity: its label, a sparkline and its bursts shaded", () => {
    const doc = timedDoc();
    // The hostile label (markup characters) must come back as text, not as markup.
    doc.fieldmap.time!.emerging = [doc.fieldmap.time!.emerging[0]!, HOSTILE_LABEL];
    doc.fieldmap.time!.entities[HOSTILE_LABEL]!.bursts = [[1, 3, 2]];
    const svg = emergingChartSvg(doc)!;
    const dom = parseSvg(svg);
    const labels = doc.fieldmap.time!.emerging.map((id) => doc.graph.nodes.find((n) => n.key === id)!.attributes.label);
    for (const label of labels) expect(texts(svg)).toContain(label);
    expect(dom.getElementsByTagName("polyline")).toHaveLength(labels.length);
    // Background plus one shaded burst per row.
    expect(dom.getElementsByTagName("rect")).toHaveLength(1 + labels.length);
  });

  it("no time analysis or nothing emerging: no chart", () => {
    expect(emergingChartSvg(fixtureDoc())).toBeUndefined();
    const quiet = timedDoc();
    quiet.fieldmap.time!.emerging = [];
    expect(emergingChartSvg(quiet)).toBeUndefined();
  });
});

describe("alluvial chart", () => {
  it("a bar per cluster of each slice, a band per shared-members link, names escaped", () => {
    const svg = alluvialSvg(timedDoc())!;
    const dom = parseSvg(svg);
    expect(dom.getElementsByTagName("rect")).toHaveLength(1 + 4);
    expect(dom.getElementsByTagName("path")).toHaveLength(2);
    expect(texts(svg)).toEqual(expect.arrayContaining(["2025-01..2025-02", "2025-03..2025-04", "one & all"]));
    expect(svg).toContain("one &amp; all");
  });

  it("the bands leaving a cluster stack without overlapping, and are as thick as the members they carry", () => {
    const dom = parseSvg(alluvialSvg(timedDoc())!);
    const starts = Array.from(dom.getElementsByTagName("path")).map((p) => Number(/^M[\d.]+,([\d.]+)/.exec(p.getAttribute("d") ?? "")?.[1]));
    const bar = Array.from(dom.getElementsByTagName("rect"))[1]!;
    expect(starts[0]).toBeCloseTo(Number(bar.getAttribute("y")), 0);
    expect(starts[1]! - starts[0]!).toBeCloseTo(Number(bar.getAttribute("height")) / 2, 0);
  });

  it("a long cluster name is cut to the room beside its bar", () => {
    const doc = timedDoc();
    doc.fieldmap.time!.flow!.slices[0]!.clusters[0]!.label = "reinforcement learning from verifiable rewards · ".repeat(6);
    const name = texts(alluvialSvg(doc)!).find((t) => t?.startsWith("reinforcement"))!;
    expect(name.endsWith("…")).toBe(true);
    expect(name.length).toBeLessThan(60);
  });

  it("one slice or no time: no chart", () => {
    expect(alluvialSvg(fixtureDoc())).toBeUndefined();
    const single = timedDoc();
    single.fieldmap.time!.flow!.slices.pop();
    expect(alluvialSvg(single)).toBeUndefined();
  });
});

describe("time slides", () => {
  const options = { viewerHtml: "<html><head></head><body></body></html>", width: 320, height: 180, communities: 1 };

  it("a timed map's deck adds the emerging and cluster-flow slides, each as SVG with a PNG below", () => {
    const files = toSlides(timedDoc(), options);
    const names = files.map((f) => f.name);
    expect(names.slice(-4)).toEqual(["images/emerging.svg", "images/emerging.png", "images/cluster-flow.svg", "images/cluster-flow.png"]);
    const png = files.find((f) => f.name === "images/emerging.png")!.content as Uint8Array;
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    const index = String(files[0]!.content);
    expect(index).toContain("<h3>Emerging</h3>");
    expect(index).toContain(`<img class="chart" src="images/cluster-flow.svg"`);
    expect(index).toContain(`<img src="images/cluster-flow.png"`);
  });

  it("a map without time keeps its deck as it was", () => {
    expect(toSlides(fixtureDoc(), options).map((f) => f.name)).not.toContain("images/emerging.svg");
  });
});
