// `build --update` reads from the previous graph.json only the members it needs (the options,
// the generic entities and the clusters they were judged on, the nodes), each parsed alone: they must be what parsing the whole file gives.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toGraphJson } from "@fieldmap/export";
import { readPreviousHead } from "../src/previous-map";
import { tempDir } from "./helpers";

/** A graph.json-shaped document whose other members hold the keys looked for, deeper down. */
function documentLike(withGeneric: boolean): Record<string, unknown> {
  // Entity ids of the kept partitions may be any text, "options" and "nodes" too.
  const judged = { model: [0, 2, 1], nodes: [1, 1, 0], options: [3, 0, 0], x: [0, 0, 1] };
  return {
    fieldmap: {
      communities: [{ id: 0, label: 'a "trap",\n    "nodes": [] }', top: ["x"] }],
      ...(withGeneric ? { generic: [{ id: "model", relevance: 0.1 }, { id: "method", relevance: 0.2 }], judged } : {}),
      nodes: "not the graph's",
      options: { minCount: 3, resolution: 1.25, stability: 0.9, nodes: { options: [1] } },
      time: { entities: { x: { counts: [1, 2] } }, nodes: [9], options: "none" },
      title: "title",
    },
    graph: {
      attributes: { nodes: 2, options: "x" },
      edges: [{ key: "e", source: "x", target: "y", attributes: { weight: 2, nodes: ["x"] } }],
      nodes: [
        { key: "x", attributes: { x: 1.5, y: -2, community: 0, subcommunity: 1, label: "x" } },
        { key: "y", attributes: { x: 0, y: 3.25, community: 1, subcommunity: 0, label: "y\n    \"options\": {}" } },
      ],
      options: { type: "undirected" },
    },
    papers: [{ id: "p1", entities: ["x"], title: "nodes" }],
    relations: [],
  };
}

function written(text: string): string {
  const path = join(tempDir(), "graph.json");
  writeFileSync(path, text);
  return path;
}

/** The members the update reads, taken from the whole parsed file. */
function expected(doc: Record<string, unknown>) {
  const whole = JSON.parse(JSON.stringify(doc)) as { fieldmap: { options: unknown; generic?: unknown; judged?: unknown }; graph: { nodes: unknown } };
  return { options: whole.fieldmap.options, generic: whole.fieldmap.generic, judged: whole.fieldmap.judged, nodes: whole.graph.nodes };
}

describe("readPreviousHead", () => {
  it.each([
    ["with generic entities", true],
    ["without generic entities (left out when none)", false],
  ])("a build's graph.json %s: each member as the whole file has it", async (_name, withGeneric) => {
    const doc = documentLike(withGeneric);
    const head = await readPreviousHead(written(toGraphJson(doc as never)));
    expect({ options: head.fieldmap?.options, generic: head.fieldmap?.generic, judged: head.fieldmap?.judged, nodes: head.graph?.nodes }).toEqual(expected(doc));
    expect(Object.keys(head.fieldmap ?? {}).sort()).toEqual(withGeneric ? ["generic", "judged", "options"] : ["options"]);
  });

  it.each([
    ["on one line", (doc: Record<string, unknown>) => JSON.stringify(doc)],
    ["without papers", (doc: Record<string, unknown>) => toGraphJson({ ...doc, papers: undefined } as never)],
  ])("a graph.json laid out otherwise (%s) is parsed whole, with the same members", async (_name, print) => {
    const doc = documentLike(true);
    const head = await readPreviousHead(written(print(doc)));
    expect({ options: head.fieldmap?.options, generic: head.fieldmap?.generic, judged: head.fieldmap?.judged, nodes: head.graph?.nodes }).toEqual(expected(doc));
  });
});
