// `fieldmap build --update` keeps the names of the previous map's nodes. An acronym's node is named
// by its long form once more papers write only the long form than only the acronym
// (spelled-out-names.ts), so a week's papers can turn the vote; the node must not become a new one.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { MapDocument } from "@fieldmap/graph";
import { cli, tempDir } from "./helpers";

const line = (id: string, title: string, abstract: string, date: string) => JSON.stringify({ id, title, abstract, date });
// Two papers write IL alone, one "imitation learning" alone: IL names the node.
const FIRST_WEEK = [
  line("p1", "Dexterous grasping from demonstrations", "We learn grasping policies with IL from human demonstrations and evaluate them in MuJoCo.", "2025-01-10"),
  line("p2", "Scaling robot learning", "Our agent is trained with IL and fine-tuned with PPO in MuJoCo.", "2025-01-11"),
  line("p3", "Offline policies for manipulation", "We study imitation learning for robotic manipulation in MuJoCo.", "2025-01-12"),
];
// Three more write "imitation learning" alone: with them, the long form wins the vote.
const SECOND_WEEK = [
  line("p4", "Revisiting robot policies", "We revisit imitation learning for robotic manipulation with PPO.", "2025-02-10"),
  line("p5", "Policies from videos", "Imitation learning from videos enables robotic manipulation in MuJoCo.", "2025-02-11"),
  line("p6", "A benchmark of robot learning", "We compare imitation learning methods for robotic manipulation in MuJoCo.", "2025-02-12"),
];
const OPTIONS = ["--min-count", "1", "--only", "json"];

const nodeKeys = (dir: string) => (JSON.parse(readFileSync(join(dir, "graph.json"), "utf8")) as MapDocument).graph.nodes.map((n) => n.key);

describe("fieldmap build --update: node names", () => {
  const inputs = tempDir();
  const updated = tempDir();
  const fresh = tempDir();
  const first = join(inputs, "first.jsonl");
  const second = join(inputs, "second.jsonl");

  beforeAll(async () => {
    writeFileSync(first, `${FIRST_WEEK.join("\n")}\n`);
    writeFileSync(second, `${SECOND_WEEK.join("\n")}\n`);
    for (const args of [[first, "-o", updated], [first, second, "-o", updated, "--update"], [first, second, "-o", fresh]]) {
      const run = await cli("build", ...args, ...OPTIONS);
      expect(run.code, run.stderr).toBe(0);
    }
  }, 120_000);

  it("a fresh build of both weeks names the node by its long form: the vote turned", () => {
    expect(nodeKeys(fresh)).toContain("imitation learning");
    expect(nodeKeys(fresh)).not.toContain("IL");
  });

  it("the update keeps the previous map's name, so the node keeps its place instead of becoming a new one", () => {
    expect(nodeKeys(updated)).toContain("IL");
    expect(nodeKeys(updated)).not.toContain("imitation learning");
    const report = JSON.parse(readFileSync(join(updated, "report.json"), "utf8")) as { update?: { placed: number } };
    expect(report.update?.placed).toBe(0);
  });
});
