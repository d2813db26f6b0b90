import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { matchKey } from "../eval";
import { GOLD_DIR, describeRole, readGoldSets, recordFirstMeasurement } from "../gold-sets";
import { REPO_ROOT } from "../../apps/cli/test/helpers";

// Data sanity of the gold sets `pnpm eval` scores: a malformed record would silently score as a
// miss or a false positive, and a set missing from sets.json would be printed with no role.

const TYPES = new Set(["method", "model", "dataset", "task", "metric", "concept"]);
const sets = readGoldSets(REPO_ROOT);

function problemsOf(line: string): string[] {
  const record = JSON.parse(line) as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of ["id", "title", "abstract"]) if (typeof record[field] !== "string" || !(record[field] as string).trim()) problems.push(`${field} missing`);
  if (!Array.isArray(record.entities)) return [...problems, "entities not a list"];
  const owner = new Map<string, string>();
  for (const entity of record.entities as Record<string, unknown>[]) {
    const name = entity.name;
    if (typeof name !== "string" || !name.trim() || name !== name.trim()) problems.push(`bad name ${JSON.stringify(name)}`);
    if (!TYPES.has(entity.type as string)) problems.push(`${String(name)}: bad type ${String(entity.type)}`);
    const aliases = entity.aliases ?? [];
    if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === "string" && a.trim())) problems.push(`${String(name)}: aliases must be strings`);
    for (const flag of ["proposed", "optional"]) if (entity[flag] !== undefined && typeof entity[flag] !== "boolean") problems.push(`${String(name)}: ${flag} not boolean`);
    // Two entities of one paper sharing a match key would make the scorer's matching arbitrary.
    for (const form of [name, ...(Array.isArray(aliases) ? aliases : [])].filter((f): f is string => typeof f === "string")) {
      const key = matchKey(form);
      if (owner.has(key) && owner.get(key) !== name) problems.push(`${String(name)} and ${owner.get(key)} share the form ${form}`);
      owner.set(key, String(name));
    }
  }
  return problems.map((p) => `${String(record.id)}: ${p}`);
}

describe("gold sets (data/gold)", () => {
  it("every gold file has a role in sets.json, and every listed set exists", () => {
    const files = readdirSync(join(REPO_ROOT, GOLD_DIR)).filter((f) => f.endsWith(".jsonl")).sort();
    expect(sets.map((s) => s.file).sort()).toEqual(files);
    expect(sets.filter((s) => s.role === "tuning").map((s) => s.file)).toEqual(["dev.jsonl"]);
  });

  it.each(sets.map((s) => [s.file]))("%s: records parse, entities are well formed, names unique per paper", (file) => {
    const lines = readFileSync(join(REPO_ROOT, GOLD_DIR, file), "utf8").split("\n").filter((l) => l.trim());
    // Sets hold 15 papers or more; heldout-go is the corpus's last nine unread papers.
    expect(lines.length).toBeGreaterThanOrEqual(file === "heldout-go.jsonl" ? 9 : 15);
    expect(lines.flatMap(problemsOf)).toEqual([]);
  });

  it("paper ids are unique across all sets (eval joins system output to gold by id)", () => {
    const ids = sets.flatMap((s) => readFileSync(join(REPO_ROOT, GOLD_DIR, s.file), "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { id: string }).id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("a set with a first measurement prints that figure and commit next to the current one, marked tuned once tuned on", () => {
    const measured = sets.find((s) => s.first !== undefined);
    expect(measured?.first?.commit).toMatch(/^[0-9a-f]{40}$/);
    const first = { ...measured!, role: "first measurement" as const };
    const line = describeRole(first, 0.5);
    expect(line).toContain(`typed F1 ${first.first!.typed.f1.toFixed(3)} at ${first.first!.commit.slice(0, 7)}`);
    expect(line).toContain("now 0.500");
    expect(describeRole({ ...first, role: "tuned" }, 0.5)).toContain("now (tuned) 0.500");
    expect(describeRole({ file: "heldout-a.jsonl", role: "tuned" }, 0.9)).toBe("role: tuned");
  });

  it.each([
    ["an unknown role", { sets: [{ file: "x.jsonl", role: "unseen" }] }, /sets\.json: x\.jsonl: role must be one of/],
    ["a first measurement without its commit", { sets: [{ file: "x.jsonl", role: "first measurement", first: { date: "d" } }] }, /first\.commit/],
  ])("sets.json with %s is rejected with a one-line error naming the file", (_case, content, message) => {
    const root = mkdtempSync(join(tmpdir(), "gold-sets-"));
    mkdirSync(join(root, GOLD_DIR), { recursive: true });
    writeFileSync(join(root, GOLD_DIR, "sets.json"), JSON.stringify(content));
    expect(() => readGoldSets(root)).toThrow(message);
  });

  it("a held-out set is measured first once: the figure and commit are recorded, and a second time is refused", () => {
    const root = mkdtempSync(join(tmpdir(), "gold-sets-"));
    mkdirSync(join(root, GOLD_DIR), { recursive: true });
    writeFileSync(join(root, GOLD_DIR, "sets.json"), JSON.stringify({ sets: [{ file: "dev.jsonl", role: "tuning" }, { file: "new.jsonl", role: "held out" }] }));
    const figures = { precision: 0.8, recall: 0.7, f1: 0.747 };
    const first = { commit: "a".repeat(40), date: "2026-12-02", typed: figures, untyped: figures, byType: { task: figures } };
    expect(() => recordFirstMeasurement(root, "dev.jsonl", first)).toThrow(/only a "held out" set/);
    recordFirstMeasurement(root, "new.jsonl", first);
    const set = readGoldSets(root).find((s) => s.file === "new.jsonl");
    expect(set).toMatchObject({ role: "first measurement", first: { commit: "a".repeat(40), typed: figures } });
    expect(() => recordFirstMeasurement(root, "new.jsonl", first)).toThrow(/once/);
  });
});
