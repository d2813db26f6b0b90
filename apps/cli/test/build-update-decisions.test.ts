// `fieldmap build --update` keeps the previous map's decisions (generic entities, clusters and
// sub-clusters) for the entities it judged, and decides only for new ones (packages/graph
// keep-decisions.ts); the papers themselves are always those of the new inputs. On 600 papers of
// the dev corpus: the previous map is built without 12 of them, the update adds them, removes
// one paper and renames another.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { NEW_ENTITY_PARTITIONS, type MapDocument } from "@fieldmap/graph";
import { cli, tempDir } from "./helpers";
import { DEV_CORPUS } from "./shared-maps";

const OPTIONS = ["--min-count", "2", "--only", "json", "--workers", "1"];
const records = readFileSync(DEV_CORPUS, "utf8").split("\n").filter((line) => line.trim() !== "").slice(0, 600).map((line) => JSON.parse(line) as { id: string; title: string });
const [removed, renamed] = [records[5]!, records[6]!];
const RENAMED_TITLE = `${renamed.title} (second version)`;

const graphJson = (dir: string) => JSON.parse(readFileSync(join(dir, "graph.json"), "utf8")) as MapDocument;
const attribute = (doc: MapDocument, name: "community" | "subcommunity") => new Map(doc.graph.nodes.map((n) => [n.key, n.attributes[name]]));

describe("fieldmap build --update keeps the previous map's decisions", () => {
  const root = tempDir("fieldmap-update-decisions-");
  const [before, after] = [join(root, "before.jsonl"), join(root, "after.jsonl")];
  const [previous, updated, twin, older] = ["previous", "updated", "twin", "older"].map((name) => join(root, name)) as [string, string, string, string];
  let first: MapDocument;

  beforeAll(async () => {
    writeFileSync(before, records.slice(0, 588).map((r) => `${JSON.stringify(r)}\n`).join(""));
    const changed = records.filter((r) => r !== removed).map((r) => (r === renamed ? { ...r, title: RENAMED_TITLE } : r));
    writeFileSync(after, changed.map((r) => `${JSON.stringify(r)}\n`).join(""));
    const built = await cli("build", before, "-o", previous, ...OPTIONS);
    expect(built.code, built.stderr).toBe(0);
    first = graphJson(previous);
    // The previous stability, made recognisable: an update that keeps the decisions carries it over.
    first.fieldmap.options = { ...first.fieldmap.options, stability: 0.1234 };
    writeFileSync(join(previous, "graph.json"), `${JSON.stringify(first, null, 2)}\n`);
    // A map of a fieldmap that did not record sub-clusters: nothing to keep, everything decided again.
    cpSync(previous, older, { recursive: true });
    const old = graphJson(previous);
    for (const node of old.graph.nodes) delete (node.attributes as Partial<typeof node.attributes>).subcommunity;
    writeFileSync(join(older, "graph.json"), `${JSON.stringify(old, null, 2)}\n`);
    for (const dir of [updated, twin, older]) {
      if (dir !== older) cpSync(previous, dir, { recursive: true });
      const run = await cli("build", after, "-o", dir, ...OPTIONS, "--update");
      expect(run.code, run.stderr).toBe(0);
    }
  }, 240_000);

  it("decisions: every node of the previous map keeps its cluster and sub-cluster, and the stability is carried over", () => {
    const now = graphJson(updated);
    const [community, subcommunity] = [attribute(now, "community"), attribute(now, "subcommunity")];
    const kept = first.graph.nodes.filter((n) => community.has(n.key));
    expect(kept.length).toBeGreaterThan(first.graph.nodes.length * 0.9);
    for (const node of kept) {
      expect(community.get(node.key), node.key).toBe(node.attributes.community);
      expect(subcommunity.get(node.key), node.key).toBe(node.attributes.subcommunity);
    }
    expect(now.fieldmap.options?.stability).toBe(0.1234);
  });

  it("decisions: the previous generic entities stay off the map, and stay generic while they pass --min-count", () => {
    const now = graphJson(updated);
    const previousGeneric = first.fieldmap.generic ?? [];
    expect(previousGeneric.length).toBeGreaterThan(0);
    const generic = new Set((now.fieldmap.generic ?? []).map((g) => g.id));
    const onMap = attribute(now, "community");
    for (const g of previousGeneric) expect(onMap.has(g.id), g.id).toBe(false);
    expect(previousGeneric.filter((g) => generic.has(g.id)).length).toBeGreaterThan(previousGeneric.length * 0.9);
  });

  it("decisions: graph.json keeps the clusters relevance was judged on for every entity judged, and the update extends them to its new nodes", () => {
    const judgedIn = (doc: MapDocument) => [...doc.graph.nodes.map((n) => n.key), ...(doc.fieldmap.generic ?? []).map((g) => g.id)];
    const kept = first.fieldmap.judged ?? {};
    for (const id of judgedIn(first)) expect(kept[id], id).toHaveLength(NEW_ENTITY_PARTITIONS);
    const now = graphJson(updated);
    const extended = now.fieldmap.judged ?? {};
    const newNodes = now.graph.nodes.filter((n) => kept[n.key] === undefined);
    expect(newNodes.length).toBeGreaterThan(0);
    for (const node of newNodes) expect(extended[node.key], node.key).toHaveLength(NEW_ENTITY_PARTITIONS);
    for (const id of judgedIn(now)) if (kept[id]) expect(extended[id], id).toEqual(kept[id]);
  });

  it("decisions: the papers are the new inputs': an added paper is in, a removed one out, a renamed one renamed", () => {
    const papers = new Map(graphJson(updated).papers.map((p) => [p.id, p]));
    expect(papers.size).toBe(599);
    expect(papers.has(records[595]!.id), "added").toBe(true);
    expect(papers.has(removed.id), "removed").toBe(false);
    expect(papers.get(renamed.id)?.title).toBe(RENAMED_TITLE);
  });

  it("decisions: the same previous map and inputs give byte-identical graph.json", () => {
    expect(readFileSync(join(twin, "graph.json")).equals(readFileSync(join(updated, "graph.json")))).toBe(true);
  });

  it("decisions: a previous map without sub-clusters (an older fieldmap) is clustered again, not kept", () => {
    expect(graphJson(older).fieldmap.options?.stability).not.toBe(0.1234);
  });
});
