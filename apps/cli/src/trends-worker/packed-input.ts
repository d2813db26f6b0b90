/**
 * The time analysis's input as it crosses to its thread. Sent as it is, each paper's entity ids
 * are strings that the structured clone writes and reads one by one: about a million at 100k
 * papers, close to a second on each side, and the main thread waits for the analysis. Packed,
 * each distinct id crosses once and the papers' lists are indices into them in one Int32Array;
 * unpacking makes the same input, each list holding the same strings, in the same order.
 */
import type { TrendInput } from "@fieldmap/trends";

type TrendPaper = TrendInput["papers"][number];

export interface PackedTrendInput {
  fieldmap: TrendInput["fieldmap"];
  graph: TrendInput["graph"];
  /** Paper i's entities are ids[entities[offsets[i]] ... entities[offsets[i + 1] - 1]]. */
  papers: { ids: string[]; dates: (string | null)[]; years: (number | null)[]; entityIds: string[]; entities: Int32Array; offsets: Int32Array };
}

export function packTrendInput(input: TrendInput): PackedTrendInput {
  const indexOf = new Map<string, number>();
  const entityIds: string[] = [];
  const count = input.papers.reduce((sum, paper) => sum + paper.entities.length, 0);
  const entities = new Int32Array(count);
  const offsets = new Int32Array(input.papers.length + 1);
  let at = 0;
  input.papers.forEach((paper, i) => {
    for (const id of paper.entities) {
      let index = indexOf.get(id);
      if (index === undefined) {
        index = entityIds.length;
        indexOf.set(id, index);
        entityIds.push(id);
      }
      entities[at++] = index;
    }
    offsets[i + 1] = at;
  });
  const papers = input.papers;
  return {
    fieldmap: input.fieldmap,
    graph: input.graph,
    papers: { ids: papers.map((p) => p.id), dates: papers.map((p) => p.date ?? null), years: papers.map((p) => p.year ?? null), entityIds, entities, offsets },
  };
}

export function unpackTrendInput(packed: PackedTrendInput): TrendInput {
  const { ids, dates, years, entityIds, entities, offsets } = packed.papers;
  const papers = ids.map((id, i): TrendPaper => {
    const list: string[] = [];
    for (let at = offsets[i]!; at < offsets[i + 1]!; at++) list.push(entityIds[entities[at]!]!);
    const date = dates[i];
    const year = years[i];
    // The keys in trendInputOfMap's order, a date and a year only where the paper has them.
    return { id, entities: list, ...(date !== null && date !== undefined ? { date } : {}), ...(year !== null && year !== undefined ? { year } : {}) };
  });
  return { fieldmap: packed.fieldmap, graph: packed.graph, papers };
}
