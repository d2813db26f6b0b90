// The time analysis runs on a thread of its own that loads @fieldmap/trends, and through it
// @fieldmap/graph. The extractor's index loads compromise and compiles its tables (about a
// second of that thread's start-up, while the build's main thread reads the store), so these
// two packages take values from the extractor's types module only, and types from anywhere.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const PACKAGES = join(import.meta.dirname, "..", "..");

/** Each `import {...} from` / `export {...} from` of the extractor's index that brings values. */
function valueImportsOfExtractor(source: string): string[] {
  const statements = source.match(/^(?:import|export)\s[^;]*?from\s+"@fieldmap\/extract"/gms) ?? [];
  return statements.filter((statement) => !/^(?:import|export)\s+type\s/.test(statement) && !/^(?:import|export)\s*\{\s*(?:type\s+[\w$]+\s*,?\s*)+\}/.test(statement));
}

describe("packages the time analysis's thread loads", () => {
  it("light imports: graph and trends take no value from @fieldmap/extract's index", () => {
    for (const pkg of ["graph", "trends"]) {
      const dir = join(PACKAGES, pkg, "src");
      for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
        expect(valueImportsOfExtractor(readFileSync(join(dir, file), "utf8")), `${pkg}/src/${file}`).toEqual([]);
      }
    }
  });

  it("light imports: the check tells value imports from type-only ones", () => {
    expect(valueImportsOfExtractor(`import { extract } from "@fieldmap/extract";`)).toHaveLength(1);
    expect(valueImportsOfExtractor(`export { ENTITY_TYPES, type EntityType } from "@fieldmap/extract";`)).toHaveLength(1);
    expect(valueImportsOfExtractor(`import {\n  RELATION_TYPES,\n  type RelationType,\n} from "@fieldmap/extract";`)).toHaveLength(1);
    expect(valueImportsOfExtractor(`import type { Entity } from "@fieldmap/extract";`)).toEqual([]);
    expect(valueImportsOfExtractor(`import { type Entity, type Mention } from "@fieldmap/extract";`)).toEqual([]);
    expect(valueImportsOfExtractor(`export { ENTITY_TYPES } from "@fieldmap/extract/types";`)).toEqual([]);
  });
});
