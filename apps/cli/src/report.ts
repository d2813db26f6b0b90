import { ENTITY_TYPES, type EntityType, type RelationType } from "@fieldmap/extract/types";
import { countRelationsByKind } from "@fieldmap/graph";
import type { SkippedRecord } from "@fieldmap/corpus";
import type { ClusterFlow, EmergingPair, TrendItem, TrendResult } from "@fieldmap/trends";
import type { PipelineResult } from "./pipeline";
import type { MapOptions } from "./previous-map";

export interface BuildReport {
  records: number;
  papers: number;
  duplicatesMerged: number;
  titleOnly: number;
  /** Papers whose record had no title, titled by their abstract's first sentence (absent in older reports). */
  titledFromAbstract?: number;
  /** Papers whose id another paper also had: keyed "file#id" in graph.json, the user's id kept as source_id. */
  renamedIds: number;
  /** Papers whose text was cut to the per-record limits (title 1,000, abstract 100,000 characters). */
  truncated: number;
  skipped: { count: number; records: SkippedRecord[] };
  files: string[];
  mentions: number;
  entities: { total: number; byType: Record<EntityType, number>; inMap: number };
  merges: number;
  nodes: number;
  edges: number;
  /** Entities mentioned by fewer papers are left off the map (--min-count, chosen from the corpus size by default). */
  minCount: number;
  communities: Array<{ id: number; label: string; size: number; subcommunities: Array<{ id: number; label: string; size: number }> }>;
  modularity: number;
  /** Louvain resolution of each level (the top one chosen for stability unless --resolution). */
  resolution: { top: number; sub: number };
  /** Mean adjusted Rand index of the top level over 10 seeds: 1 = the same clusters whatever the seed. */
  stability: number;
  /** Entities kept off the map because their links spread evenly over the clusters (searchable in the viewer). */
  generic: Array<{ id: string; label: string; type: string; count: number; relevance: number }>;
  /** Entities off the map because they are not linked to its main part. */
  disconnected: number;
  /**
   * Typed relations in graph.json (one per head, relation and tail over the corpus), by kind;
   * `dropped`: distinct ones left out because an end is an entity the map does not keep.
   */
  relations: { total: number; byKind: Record<RelationType, number>; dropped: number };
  timingsMs: Record<string, number>;
  /** The periods of the time analysis (absent when no paper is dated). */
  time?: { period: string; from: string; to: string; periods: number; undated: number };
  /** Entities whose latest Kleinberg burst runs in the recent periods (a third of the papers), strongest first. */
  emerging: TrendItem[];
  /** Entities whose last burst is over and whose share has fallen, strongest first. */
  fading: TrendItem[];
  /** Entity pairs first mentioned together in the recent periods, most papers first. */
  emerging_pairs: EmergingPair[];
  /**
   * The options that shaped the map, as given ("auto" where chosen), by option name: what
   * `build --update` compares before it reuses this map (absent in older reports).
   */
  options?: MapOptions;
  /** A `build --update`: nodes that started where they were in the previous map, and new ones placed among their neighbours. */
  update?: { kept: number; placed: number; layoutIterations: number };
  /** The map's entities clustered per time slice, clusters matched between slices. */
  cluster_flow?: ClusterFlow;
}

function trendFields(trends: TrendResult | undefined): Pick<BuildReport, "time" | "emerging" | "fading" | "emerging_pairs" | "cluster_flow"> {
  if (!trends) return { emerging: [], fading: [], emerging_pairs: [] };
  const { periods, period, undated } = trends.time;
  return {
    time: { period, from: periods[0] ?? "", to: periods[periods.length - 1] ?? "", periods: periods.length, undated },
    emerging: trends.emerging,
    fading: trends.fading,
    emerging_pairs: trends.emergingPairs,
    ...(trends.clusterFlow ? { cluster_flow: trends.clusterFlow } : {}),
  };
}

function relationFields(result: PipelineResult): BuildReport["relations"] {
  const relations = result.document.relations ?? [];
  return { total: relations.length, byKind: countRelationsByKind(relations), dropped: result.relationsDropped };
}

export function buildReport(result: PipelineResult, options?: MapOptions): BuildReport {
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  for (const entity of result.entities) byType[entity.type]++;
  const { graph } = result;
  return {
    records: result.input.records,
    papers: result.input.papers.length,
    duplicatesMerged: result.input.duplicates,
    titleOnly: result.input.titleOnly,
    titledFromAbstract: result.input.titledFromAbstract,
    renamedIds: result.input.renamedIds,
    truncated: result.input.truncated,
    skipped: { count: result.input.skipped.length, records: result.input.skipped },
    files: result.input.files,
    mentions: result.mentionCount,
    entities: { total: result.entities.length, byType, inMap: graph.graph.order },
    merges: result.merges.length,
    nodes: graph.graph.order,
    edges: graph.graph.size,
    minCount: graph.minCount,
    communities: graph.communities.map((c) => ({
      id: c.id,
      label: c.label,
      size: c.size,
      subcommunities: c.subcommunities.map((s) => ({ id: s.id, label: s.label, size: s.size })),
    })),
    modularity: Math.round(graph.modularity * 1e4) / 1e4,
    resolution: graph.resolution,
    stability: graph.stability,
    generic: graph.generic,
    disconnected: graph.disconnected,
    relations: relationFields(result),
    timingsMs: result.timings,
    ...trendFields(result.trends),
    ...(options ? { options } : {}),
    ...(graph.update ? { update: { ...graph.update, layoutIterations: graph.layoutIterations } } : {}),
  };
}

/** How an update started its layout, or nothing for a fresh build. */
function updateLine(report: BuildReport): string[] {
  const update = report.update;
  if (!update) return [];
  if (update.kept === 0) return [`update:             the previous map holds under half of these nodes, so the map was laid out afresh`];
  return [`update:             ${update.kept} nodes kept their place, ${update.placed} new placed among their neighbours; ${update.layoutIterations} layout iterations`];
}

/** "papers.jsonl line 2: invalid JSON (...)": where a skipped record was, and why. */
export function describeSkipped(s: SkippedRecord): string {
  return `${s.source}${s.line ? ` line ${s.line}` : s.record ? ` record ${s.record}` : ""}: ${s.reason}`;
}

/** The first skipped records, one indented line each, then how many more there are. */
export function formatSkipped(skipped: readonly SkippedRecord[], limit = 5): string[] {
  const lines = skipped.slice(0, limit).map((s) => `    ${describeSkipped(s)}`);
  if (skipped.length > limit) lines.push(`    ... ${skipped.length - limit} more`);
  return lines;
}

/** Which --min-count was used (chosen from the corpus size by default), and how to keep everything. */
function mapScope(report: BuildReport): string {
  const papers = report.minCount === 1 ? "1 paper" : `${report.minCount} papers`;
  const keepAll = report.minCount > 1 && report.nodes < report.entities.total ? `; --min-count 1 keeps all ${report.entities.total}` : "";
  return ` (entities of at least ${papers}${keepAll})`;
}

/** The five strongest emerging entities, with their bursts. */
function emergingLine(report: BuildReport): string[] {
  if (!report.time) return ["emerging:           no dated papers, so no time analysis"];
  const top = report.emerging.slice(0, 5).map((e) => `${e.label} (${e.burst_start === e.burst_end ? e.burst_start : `${e.burst_start}..${e.burst_end}`})`);
  const span = `${report.time.periods} ${report.time.period}s ${report.time.from}..${report.time.to}`;
  if (top.length === 0) return [`emerging:           none over ${span}`];
  return [`emerging:           ${top.join(", ")} (over ${span}; fieldmap trends lists all)`];
}

/** What left the map besides rare entities: generic ones (named) and unlinked islands. */
function offMap(report: BuildReport): string[] {
  const lines: string[] = [];
  if (report.generic.length > 0) {
    const names = report.generic.slice(0, 6).map((g) => g.label).join(", ");
    const more = report.generic.length > 6 ? `, ... (all in report.json; --keep-generic keeps them)` : " (--keep-generic keeps them)";
    lines.push(`generic entities:   ${report.generic.length} off the map, searchable: ${names}${more}`);
  }
  if (report.disconnected > 0) lines.push(`unlinked entities:  ${report.disconnected} off the map (not linked to its main part)`);
  return lines;
}

function relationsLine(report: BuildReport): string[] {
  // Reports made by hand (tests, older tools) may have no relations section.
  if (report.relations === undefined) return [];
  const kinds = Object.entries(report.relations.byKind).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`);
  const detail = kinds.length > 0 ? ` (${kinds.join(", ")})` : "";
  return [`relations:          ${report.relations.total}${detail}; ${report.relations.dropped} dropped (an end not kept: below --min-count or unlinked)`];
}

export function formatSummary(report: BuildReport, written: string[], outDir: string): string {
  const types = Object.entries(report.entities.byType)
    .map(([type, n]) => `${n} ${type}`)
    .join(", ");
  const top = report.communities.map((c) => `    ${String(c.id).padStart(2)}  ${c.label} (${c.size}; ${c.subcommunities.length} sub-cluster${c.subcommunities.length === 1 ? "" : "s"})`);
  const timings = Object.entries(report.timingsMs)
    .map(([stage, ms]) => `${stage} ${ms} ms`)
    .join(", ");
  return [
    `records read:       ${report.records} (${report.files.length} file(s))`,
    `unique papers:      ${report.papers} (${report.duplicatesMerged} duplicates merged, ${report.titleOnly} title-only${report.titledFromAbstract ? `, ${report.titledFromAbstract} titled from the abstract` : ""})`,
    `skipped records:    ${report.skipped.count}`,
    ...formatSkipped(report.skipped.records).map((line) => line.replace(/ more$/, " more in report.json")),
    `entities:           ${report.entities.total} (${types}); ${report.merges} merges`,
    `map:                ${report.nodes} nodes, ${report.edges} edges${mapScope(report)}`,
    ...offMap(report),
    ...relationsLine(report),
    `communities:        ${report.communities.length}, modularity ${report.modularity}, resolution ${report.resolution.top}, stability ${report.stability} (mean ARI over 10 seeds)`,
    ...top,
    ...updateLine(report),
    ...emergingLine(report),
    `time:               ${timings}`,
    `wrote ${written.map((f) => `${outDir}/${f}`).join(", ")}`,
    "",
  ].join("\n");
}
