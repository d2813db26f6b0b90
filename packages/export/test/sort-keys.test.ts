import { describe, expect, it } from "vitest";
import { sortKeys } from "../src/json";

/** The plain definition sortKeys must agree with: copy everything, keys sorted, undefined dropped. */
function reference(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reference);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, reference(v)]));
}

describe("sortKeys (graph.json's key order)", () => {
  it.each<[string, unknown]>([
    ["unsorted object", { b: 1, a: 2 }],
    ["sorted object, unsorted child first", { a: { z: 1, y: 2 }, b: { d: 1, c: 2 }, c: 3 }],
    ["sorted object, unsorted child in the middle, unsorted after it", { a: 1, b: { z: 1, y: 2 }, c: { q: 1, p: [{ n: 1, m: 2 }] } }],
    ["sorted object holding undefined", { a: 1, b: undefined, c: { e: 1, d: 2 } }],
    ["integer-like keys", { "10": "a", "9": "b", x: { "2": 1, "1": 2 } }],
    ["array of papers, one out of order", [{ end: 1, entity: "A" }, { entity: "B", end: 2 }, { end: 3, entity: "C", x: { b: 1, a: 2 } }]],
    ["nested arrays and nulls", [[{ b: null, a: [1, { d: 1, c: 2 }] }], null, "s", 4]],
    ["already sorted throughout", { a: [{ a: 1, b: 2 }], b: { c: { d: 1 } } }],
  ])("sortKeys: %s prints as the sorted copy would", (_name, value) => {
    const before = JSON.stringify(value);
    expect(JSON.stringify(sortKeys(value), null, 2)).toBe(JSON.stringify(reference(value), null, 2));
    expect(JSON.stringify(value), "the input is not changed").toBe(before);
  });
});
