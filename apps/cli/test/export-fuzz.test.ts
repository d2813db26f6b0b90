/**
 * Fuzz: arbitrary graph.json files either fail with our one-line UserError or export in
 * every format without throwing anything else.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { EXPORT_FORMATS } from "@fieldmap/export";
import { seededRng } from "@fieldmap/graph";
import { describe, expect, it } from "vitest";
import { fixtureDoc } from "../../../packages/export/test/fixture";
import { mapDocumentProblem, readMapDocument } from "../src/commands/export";
import { UserError } from "../src/errors";
import { tempDir } from "./helpers";

const WEIRD_VALUES: unknown[] = [null, "", "<x>&", -1, 0, 1e300, -1e-300, [], {}, ["a"], true, "\u0000\u2028", 42.5];

type Rng = () => number;

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

/** Half the time, spoils one attribute of one node or edge: the records exporters read most. */
function mutateRecord(doc: unknown, rng: Rng): unknown {
  type Records = Array<{ attributes?: Record<string, unknown> }>;
  const copy = JSON.parse(JSON.stringify(doc)) as { graph?: { nodes?: Records; edges?: Records } };
  const records = (rng() < 0.7 ? copy.graph?.nodes : copy.graph?.edges) ?? [];
  const record = Array.isArray(records) && records.length > 0 ? pick(rng, records) : undefined;
  if (!record?.attributes || typeof record.attributes !== "object") return copy;
  const key = pick(rng, [...Object.keys(record.attributes), "aliases", "family", "first_year", "proposed"]);
  if (rng() < 0.2) delete record.attributes[key];
  else record.attributes[key] = pick(rng, WEIRD_VALUES);
  return copy;
}

/** Replaces or deletes one random value somewhere in the document. */
function mutate(value: unknown, rng: Rng, depth = 0): unknown {
  if (depth > 0 && rng() < 0.25) return pick(rng, WEIRD_VALUES);
  if (Array.isArray(value)) {
    if (value.length === 0) return value;
    const copy = [...value];
    const i = Math.floor(rng() * copy.length);
    copy[i] = mutate(copy[i], rng, depth + 1);
    return copy;
  }
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const key = pick(rng, Object.keys(copy));
    if (key === undefined) return copy;
    if (rng() < 0.15) delete copy[key];
    else copy[key] = mutate(copy[key], rng, depth + 1);
    return copy;
  }
  return pick(rng, WEIRD_VALUES);
}

const viewerHtml = "<!doctype html><html><head></head><body></body></html>";

function xmlErrors(text: string): string[] {
  const errors: string[] = [];
  new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(text, "text/xml");
  return errors;
}
const cases = Array.from({ length: 150 }, (_, i) => i);

describe("export fuzz", () => {
  it.each(cases)("mutated document #%i is rejected with a message or exported", (seed) => {
    const rng = seededRng(seed);
    let doc: unknown = fixtureDoc();
    for (let k = 0; k < 1 + Math.floor(rng() * 3); k++) doc = rng() < 0.5 ? mutateRecord(doc, rng) : mutate(doc, rng);
    const value = JSON.parse(JSON.stringify(doc)) as unknown;
    const problem = mapDocumentProblem(value);
    if (problem !== undefined) {
      expect(problem).not.toContain("\n");
      return;
    }
    for (const format of EXPORT_FORMATS) {
      const files = format.write(value as never, { viewerHtml, width: 64, height: 36 });
      // What was written reads back: JSON parses, XML is well-formed.
      for (const file of files) {
        const where = `${format.id} ${file.name} seed ${seed}`;
        if (file.name.endsWith(".json")) expect(() => JSON.parse(String(file.content)), where).not.toThrow();
        if (/\.(gexf|graphml|svg)$/.test(file.name)) expect(xmlErrors(String(file.content)), where).toEqual([]);
      }
    }
  });

  it.each([
    ["empty", ""],
    ["binary", "\u0089PNG\u0000\u0001"],
    ["truncated", JSON.stringify(fixtureDoc()).slice(0, 200)],
    ["a number", "42"],
    ["null", "null"],
    ["nested garbage", '{"fieldmap": {"communities": "x"}, "graph": 3}'],
  ])("reading %s throws one UserError line", async (_name, text) => {
    const path = join(tempDir("fieldmap-fuzz-"), "graph.json");
    writeFileSync(path, text);
    const error = await readMapDocument(path).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^cannot read .*graph\.json: /);
    expect((error as Error).message).not.toContain("\n");
  });
});
