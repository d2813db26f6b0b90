import { ENTITY_TYPES, type EntityType } from "@fieldmap/extract";
import type { SkippedRecord } from "@fieldmap/corpus";
import type { PipelineResult } from "./pipeline";

export interface BuildReport {
  records: number;
  papers: number;
  duplicatesMerged: number;
  titleOnly: number;
  skipped: { count: number; records: SkippedRecord[] };
  files: string[];
  mentions: number;
  entities: { total: number; byType: Record<EntityType, number>; inMap: number };
  merges: number;
  nodes: number;
  edges: number;
  /** Entities mentioned by fewer papers are left off the map (--min-count). */
  minCount: number;
  communities: Array<{ id: number; label: string; size: number }>;
  modularity: number;
  timingsMs: Record<string, number>;
}

export function buildReport(result: PipelineResult): BuildReport {
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  for (const entity of result.entities) byType[entity.type]++;
  const { graph } = result;
  return {
    records: result.input.records,
    papers: result.input.papers.length,
    duplicatesMerged: result.input.duplicates,
    titleOnly: result.input.titleOnly,
    skipped: { count: result.input.skipped.length, records: result.input.skipped },
    files: result.input.files,
    mentions: result.mentions.length,
    entities: { total: result.entities.length, byType, inMap: graph.graph.order },
    merges: result.merges.length,
    nodes: graph.graph.order,
    edges: graph.graph.size,
    minCount: Number(result.document.fieldmap.options?.minCount ?? 1),
    communities: graph.communities.map((c) => ({ id: c.id, label: c.label, size: c.size })),
    modularity: Math.round(graph.modularity * 1e4) / 1e4,
    timingsMs: result.timings,
  };
}

/** The first skipped records, one indented line each, then how many more there are. */
export function formatSkipped(skipped: readonly SkippedRecord[], limit = 5): string[] {
  const lines = skipped.slice(0, limit).map((s) => `    ${s.source}${s.line ? ` line ${s.line}` : s.record ? ` record ${s.record}` : ""}: ${s.reason}`);
  if (skipped.length > limit) lines.push(`    ... ${skipped.length - limit} more`);
  return lines;
}

function mapScope(report: BuildReport): string {
  if (report.minCount <= 1 || report.nodes === report.entities.total) return "";
  return ` (entities of at least ${report.minCount} papers; --min-count 1 keeps all ${report.entities.total})`;
}

export function formatSummary(report: BuildReport, written: string[], outDir: string): string {
  const types = Object.entries(report.entities.byType)
    .map(([type, n]) => `${n} ${type}`)
    .join(", ");
  const top = report.communities.slice(0, 8).map((c) => `    ${String(c.id).padStart(2)}  ${c.label} (${c.size})`);
  const timings = Object.entries(report.timingsMs)
    .map(([stage, ms]) => `${stage} ${ms} ms`)
    .join(", ");
  return [
    `records read:       ${report.records} (${report.files.length} file(s))`,
    `unique papers:      ${report.papers} (${report.duplicatesMerged} duplicates merged, ${report.titleOnly} title-only)`,
    `skipped records:    ${report.skipped.count}`,
    ...formatSkipped(report.skipped.records).map((line) => line.replace(/ more$/, " more in report.json")),
    `entities:           ${report.entities.total} (${types}); ${report.merges} merges`,
    `map:                ${report.nodes} nodes, ${report.edges} edges${mapScope(report)}`,
    `communities:        ${report.communities.length}, modularity ${report.modularity}`,
    ...top,
    `time:               ${timings}`,
    `wrote ${written.map((f) => `${outDir}/${f}`).join(", ")}`,
    "",
  ].join("\n");
}
