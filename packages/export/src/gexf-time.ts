/**
 * The time dimension of the GEXF 1.3 file (https://gexf.net/data.html#dynamics), from
 * graph.json's fieldmap.time, so Gephi's timeline plays the field's growth:
 * - the graph is `mode="dynamic"` with `timeformat="date"` (intervals, bounds inclusive);
 * - each node has one spell from the first day of its first period with papers to the last
 *   day of the map's last period: an entity is part of the field from its first paper on;
 * - a dynamic integer attribute `papers_in_period` holds its papers in each period with any,
 *   one value per period interval, to size or filter nodes by recent activity.
 * The node attributes are declared in one block with mode="dynamic": a value without start
 * and end holds for the whole time span, so the other columns keep their meaning, and readers
 * that keep only the last `<attributes class="node">` block (graphology-gexf, and so the
 * viewer's ?file= loader) still see every column.
 */
import type { MapDocument, MapTime } from "@fieldmap/graph";
import { emptyElement } from "./xml";

export const PERIOD_COUNT_ATTRIBUTE = "papers_in_period";

const pad = (n: number) => String(n).padStart(2, "0");

/** Last day of a month (1-12) in a year. */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day of a period label: "2025-05", "2025-Q2" or "2025". */
export function periodBounds(label: string): { start: string; end: string } | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  const year = /^(\d{4})$/.exec(label);
  const span = (y: number, from: number, to: number) => ({ start: `${y}-${pad(from)}-01`, end: `${y}-${pad(to)}-${pad(lastDay(y, to))}` });
  if (month) return span(Number(month[1]), Number(month[2]), Number(month[2]));
  if (quarter) return span(Number(quarter[1]), Number(quarter[2]) * 3 - 2, Number(quarter[2]) * 3);
  if (year) return span(Number(year[1]), 1, 12);
  return undefined;
}

export interface GexfTime {
  /** Extra attributes of the <graph> element. */
  graphAttributes: Array<[string, string]>;
  /** The declaration of the dynamic attribute (without indentation). */
  declaration: string;
  /** A node's dynamic attvalue elements (without indentation). */
  values(key: string): string[];
  /** A node's <spells> element lines (without indentation). */
  spells(key: string): string[];
}

/** The time parts of the GEXF, or undefined when the map has no time analysis. */
export function gexfTime(doc: MapDocument): GexfTime | undefined {
  const time: MapTime | undefined = doc.fieldmap.time;
  if (!time) return undefined;
  const bounds = time.periods.map(periodBounds);
  const lastEnd = bounds[bounds.length - 1]?.end;
  if (!lastEnd || bounds.some((b) => b === undefined)) return undefined;
  return {
    graphAttributes: [["mode", "dynamic"], ["timeformat", "date"]],
    declaration: emptyElement("attribute", [["id", PERIOD_COUNT_ATTRIBUTE], ["title", PERIOD_COUNT_ATTRIBUTE], ["type", "integer"]]),
    values(key) {
      const counts = time.entities[key]?.counts ?? [];
      return counts.flatMap((count, i) =>
        count > 0 ? [emptyElement("attvalue", [["for", PERIOD_COUNT_ATTRIBUTE], ["value", count], ["start", bounds[i]!.start], ["end", bounds[i]!.end]])] : [],
      );
    },
    spells(key) {
      const first = time.entities[key]?.counts.findIndex((n) => n > 0) ?? -1;
      if (first < 0) return [];
      return ["<spells>", `  ${emptyElement("spell", [["start", bounds[first]!.start], ["end", lastEnd]])}`, "</spells>"];
    },
  };
}

/**
 * Adds a node's dynamic values and spell to the lines the GEXF writer made for it
 * (`<node>`, an optional `<attvalues>` block, viz elements, `</node>`).
 */
export function withNodeTime(lines: readonly string[], key: string, time: GexfTime | undefined): string[] {
  if (!time) return [...lines];
  const values = time.values(key).map((v) => `          ${v}`);
  const spells = time.spells(key).map((s) => `        ${s}`);
  const out = [...lines];
  const close = out.findIndex((line) => line.trim() === "</attvalues>");
  if (values.length > 0) {
    if (close >= 0) out.splice(close, 0, ...values);
    else out.splice(1, 0, "        <attvalues>", ...values, "        </attvalues>");
  }
  out.splice(out.length - 1, 0, ...spells);
  return out;
}

/** Makes the node attribute block (as the GEXF writer declared it) dynamic, with papers_in_period. */
export function withTimeDeclarations(lines: readonly string[], time: GexfTime | undefined): string[] {
  if (!time) return [...lines];
  const declaration = `      ${time.declaration}`;
  if (lines.length === 0) return [`    <attributes class="node" mode="dynamic">`, declaration, `    </attributes>`];
  const out = [...lines];
  out[0] = out[0]!.replace(`<attributes class="node">`, `<attributes class="node" mode="dynamic">`);
  out.splice(out.length - 1, 0, declaration);
  return out;
}
