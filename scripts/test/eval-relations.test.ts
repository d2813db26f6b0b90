import { afterEach, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { evalRelations } from "../eval-relations";

/** What a run printed through console.log, console.error and process.stdout.write, in order. */
function capture(): { text: () => string } {
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void lines.push(`${args.join(" ")}\n`));
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void lines.push(`${args.join(" ")}\n`));
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => lines.push(String(chunk)) > 0);
  return { text: () => lines.join("") };
}

afterEach(() => vi.restoreAllMocks());

describe("pnpm eval relations", () => {
  it("takes a first measurement only of a held-out set, and leaves the sets file as it was otherwise", async () => {
    const before = readFileSync("data/gold/relation-sets.json", "utf8");
    const out = capture();
    expect(await evalRelations(["--first", "../shared/gold/relations-dev.jsonl"])).toBe(2);
    expect(out.text()).toContain('needs a "held out" set');
    expect(readFileSync("data/gold/relation-sets.json", "utf8")).toBe(before);
  });

  it("prints every set with its role, and lists errors only for the sets tuned on", { timeout: 120_000 }, async () => {
    const out = capture();
    await evalRelations(["--errors", "5"]);
    // One section per set scored, each opening with the command line and its role.
    const sections = out.text().split("\nfieldmap extract on ").slice(1);
    const sets = (JSON.parse(readFileSync("data/gold/relation-sets.json", "utf8")) as { sets: { role: string }[] }).sets.filter((s) => s.role !== "held out");
    expect(sections).toHaveLength(sets.length);
    sections.forEach((section, k) => {
      expect(section).toContain(`role: ${sets[k]!.role}`);
      const listsErrors = /^\s+(?:FN|FP) /m.test(section);
      expect(listsErrors).toBe(sets[k]!.role === "tuning" || sets[k]!.role === "tuned");
    });
    // Then every role's sets pooled: as many sets under each role as the file lists.
    const summary = out.text().slice(out.text().lastIndexOf("pooled by role (micro, relations):"));
    for (const role of new Set(sets.map((s) => s.role))) {
      const count = sets.filter((s) => s.role === role).length;
      expect(summary).toMatch(new RegExp(`\\n  ${role} +${count} sets?, \\d+ papers +P 0\\.\\d{3}  R 0\\.\\d{3}  F1 0\\.\\d{3}`));
    }
  });
});
