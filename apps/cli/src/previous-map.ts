/**
 * What `fieldmap build --update` reads from the map already in the output directory: the
 * node positions and clusters and the top-level resolution from graph.json, and the options it was built with
 * from report.json (an update with other options would not be an update of that map).
 */
import { open, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { GenericEntity, JudgedClusters, PreviousDecisions, PreviousMap } from "@fieldmap/graph";
import { UserError } from "./errors";
import { readJsonFile } from "./read-json";

/** The options that shape a map, as the user gave them ("auto" kept as such), by option name. */
export type MapOptions = Record<string, string | number | boolean>;

export interface PreviousBuild {
  map: PreviousMap;
  options: MapOptions;
}

/**
 * graph.json's keys are sorted and pretty-printed, so the per-paper part (`papers`, about
 * 85% of the file at 100k papers) starts at this line, after `fieldmap` and `graph`: the
 * update reads only what comes before it.
 */
const PAPERS_KEY = Buffer.from(',\n  "papers": ');
const READ_CHUNK = 4 << 20;

interface GraphJsonHead {
  fieldmap?: { options?: { resolution?: unknown; stability?: unknown }; generic?: unknown; judged?: unknown };
  graph?: { nodes?: Array<{ key?: unknown; attributes?: { x?: unknown; y?: unknown; community?: unknown; subcommunity?: unknown } }> };
}

/**
 * The previous build in `outDir`, or a one-line refusal when there is none or it was built
 * with other map options than `options`.
 */
export async function readPreviousBuild(outDir: string, shownAs: string, options: MapOptions): Promise<PreviousBuild> {
  const graphJson = join(outDir, "graph.json");
  const head = await readPreviousHead(graphJson).catch(() => undefined);
  const map = head && previousMap(head);
  if (!map) throw new UserError(`build --update: no previous map in ${shownAs} (no readable graph.json); build once without --update`);
  const previousOptions = await readBuildOptions(join(outDir, "report.json"));
  if (!previousOptions) {
    throw new UserError(`build --update: ${shownAs}/report.json does not say which options built the map (an older fieldmap); build once without --update`);
  }
  const changed = Object.keys(options).find((name) => previousOptions[name] !== options[name]);
  if (changed !== undefined) {
    const was = previousOptions[changed] ?? "unset";
    throw new UserError(`build --update: the map in ${shownAs} was built with --${changed} ${was}, this build has --${changed} ${options[changed]}; build without --update to change it`);
  }
  return { map, options: previousOptions };
}

function previousMap(head: GraphJsonHead): PreviousMap | undefined {
  const resolution = head.fieldmap?.options?.resolution;
  const nodes = head.graph?.nodes;
  if (typeof resolution !== "number" || !Array.isArray(nodes)) return undefined;
  const positions = new Map<string, readonly [number, number]>();
  const communities = new Map<string, number>();
  const subcommunities = new Map<string, number>();
  for (const node of nodes) {
    const { x, y, community, subcommunity } = node.attributes ?? {};
    if (typeof node.key !== "string") continue;
    if (typeof x === "number" && typeof y === "number") positions.set(node.key, [x, y]);
    if (typeof community === "number") communities.set(node.key, community);
    if (typeof subcommunity === "number") subcommunities.set(node.key, subcommunity);
  }
  const decisions = previousDecisions(head, communities, subcommunities);
  return { positions, resolution, communities, ...(decisions ? { decisions } : {}) };
}

/**
 * The previous map's generic entities, sub-clusters and stability, which an update keeps
 * (packages/graph keep-decisions.ts); undefined when graph.json lacks the sub-clusters or the
 * stability (a map of an older fieldmap: then both are decided afresh). graph.json leaves out
 * an empty generic list, so none is none.
 */
function previousDecisions(head: GraphJsonHead, communities: ReadonlyMap<string, number>, subcommunities: Map<string, number>): PreviousDecisions | undefined {
  const stability = head.fieldmap?.options?.stability;
  const generic = head.fieldmap?.generic ?? [];
  if (typeof stability !== "number" || !Array.isArray(generic) || subcommunities.size !== communities.size) return undefined;
  const valid = generic.every((g: Partial<GenericEntity> | null) => typeof g?.id === "string" && typeof g.relevance === "number");
  if (!valid) return undefined;
  const judged = judgedClusters(head.fieldmap?.judged);
  return { subcommunities, generic: generic as GenericEntity[], stability, ...(judged ? { judged } : {}) };
}

/**
 * graph.json's `fieldmap.judged` (entity id -> its clusters in the first partitions relevance was
 * judged on), or undefined when absent or not as a build writes it: the update then judges its
 * new entities on partitions of its own.
 */
function judgedClusters(value: unknown): JudgedClusters | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  const width = Array.isArray(entries[0]?.[1]) ? (entries[0][1] as unknown[]).length : 0;
  const valid = width > 0 && entries.every(([, ids]) => Array.isArray(ids) && ids.length === width && ids.every((id) => Number.isInteger(id)));
  return valid ? new Map(entries as Array<[string, number[]]>) : undefined;
}

/** report.json's `options`, when it is there. */
async function readBuildOptions(path: string): Promise<MapOptions | undefined> {
  try {
    const report = JSON.parse(await readFile(path, "utf8")) as { options?: unknown };
    const options = report.options;
    return options !== null && typeof options === "object" && !Array.isArray(options) ? (options as MapOptions) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What an update reads from graph.json: `fieldmap.options`, `fieldmap.generic`,
 * `fieldmap.judged` and `graph.nodes`, each parsed alone from the part before `papers`. The
 * rest of that part (the time analysis, the edges) was most of it at 100k papers, 70 MB of text
 * that took 0.8-1.0 s to parse. A graph.json not laid out as a build writes it is parsed whole.
 */
export async function readPreviousHead(path: string): Promise<GraphJsonHead> {
  const head = await readHeadBytes(path);
  if (head === undefined) return (await readJsonFile(path)) as GraphJsonHead;
  const graphAt = head.indexOf(GRAPH_KEY);
  const nodes = graphAt < 0 ? undefined : memberText(head.subarray(graphAt), "nodes");
  const options = graphAt < 0 ? undefined : memberText(head.subarray(0, graphAt), "options");
  if (nodes === undefined || options === undefined) return JSON.parse(`${head.toString("utf8")}\n}`) as GraphJsonHead;
  const generic = memberText(head.subarray(0, graphAt), "generic");
  const judged = memberText(head.subarray(0, graphAt), "judged");
  const fieldmap = {
    options: JSON.parse(options),
    ...(generic === undefined ? {} : { generic: JSON.parse(generic) }),
    ...(judged === undefined ? {} : { judged: JSON.parse(judged) }),
  };
  return { fieldmap, graph: { nodes: JSON.parse(nodes) } } as GraphJsonHead;
}

const GRAPH_KEY = Buffer.from('\n  "graph": ');

/**
 * The text of the member `key` of a top-level section of graph.json (`section` starts inside
 * it). Pretty-printed JSON holds no raw line break inside a string, so a line of four spaces
 * and a quote is a key of this section, and a line of two spaces and a brace is its end; the
 * member's own lines are indented deeper.
 */
function memberText(section: Buffer, key: string): string | undefined {
  const marker = Buffer.from(`\n    ${JSON.stringify(key)}: `);
  const at = section.indexOf(marker);
  if (at < 0) return undefined;
  const from = at + marker.length;
  const ends = [section.indexOf(',\n    "', from), section.indexOf("\n  }", from)].filter((end) => end >= 0);
  return section.toString("utf8", from, ends.length > 0 ? Math.min(...ends) : section.length);
}

/**
 * graph.json's bytes up to the per-paper part (its `{` included, the `,` before `papers` not),
 * or undefined when that part is not where a build puts it.
 */
async function readHeadBytes(path: string): Promise<Buffer | undefined> {
  const file = await open(path, "r");
  const chunks: Buffer[] = [];
  let length = 0;
  let tail = Buffer.alloc(0);
  try {
    for (;;) {
      const chunk = Buffer.alloc(READ_CHUNK);
      const { bytesRead } = await file.read(chunk, 0, READ_CHUNK, length);
      if (bytesRead === 0) return undefined;
      const read = chunk.subarray(0, bytesRead);
      // The previous chunk's tail goes first, so a key cut between two reads is found.
      const at = Buffer.concat([tail, read]).indexOf(PAPERS_KEY);
      chunks.push(read);
      if (at >= 0) return Buffer.concat(chunks).subarray(0, length - tail.length + at);
      length += bytesRead;
      tail = read.subarray(Math.max(0, read.length - PAPERS_KEY.length + 1));
    }
  } finally {
    await file.close();
  }
}
