/**
 * Cluster names on the static drawing: each cluster's name at its name position (the mean
 * position of its members, ClusterInfo x,y), larger than node labels, never over another name.
 * Names are placed before node labels, which then keep clear of them.
 */
import type { ClusterInfo } from "@fieldmap/graph";
import { inside, overlaps, round, textBox, textWidth, truncate, type Box, type Projection } from "./svg-layout";

export interface PlacedName {
  id: number;
  color: string;
  fontSize: number;
  /** One entry per line, centred on x; y is each line's baseline. */
  lines: Array<{ text: string; x: number; y: number; box: Box }>;
}

export interface NameStyle {
  /** Font sizes to try, largest first: a name that does not fit is tried smaller. */
  fontSizes: number[];
  /** Characters per line before wrapping (at " · " separators), two lines at most. */
  lineWidth: number;
}

/**
 * A name's lines: the label's " · " parts, whole, as many as fit in `maxLines` lines of `width`
 * characters (a name is a summary: dropping its last parts reads better than cutting one). A
 * part longer than a line breaks at spaces; only a single word longer than the line is cut.
 */
export function nameLines(label: string, width: number, maxLines: number, separator = " · "): string[] {
  const lines: string[] = [];
  for (const [p, part] of label.split(separator).entries()) {
    const before = [...lines];
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + separator.length + part.length <= width) lines[lines.length - 1] = `${last}${separator}${part}`;
    else lines.push(...breakAtSpaces(part, width));
    // A part that does not fit whole is left out, unless it is the first.
    if (lines.length > maxLines) return p === 0 ? lines.slice(0, maxLines) : before;
  }
  return lines;
}

/** A part on lines of its own: whole when it fits one line, else broken at spaces. */
function breakAtSpaces(part: string, width: number): string[] {
  if (part.length <= width) return [part];
  const lines: string[] = [];
  for (const word of part.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(truncate(word, width));
  }
  return lines;
}

/** Vertical shifts tried around the name position, in line heights. */
const SHIFTS = [0, -1, 1, -2, 2, -3, 3];
/** Then sideways shifts, in name widths, for a name whose column is full (a small cluster in the crowded middle). */
const SIDE_SHIFTS = [0, -1, 1, -2, 2];

function linesAt(lines: string[], cx: number, top: number, fontSize: number, area: Box): PlacedName["lines"] {
  const lineHeight = fontSize * 1.2;
  const widest = Math.max(...lines.map((line) => textWidth(line, fontSize)));
  // Slide the block sideways to keep it on the drawing rather than cutting it at the edge.
  const x = round(Math.min(Math.max(cx, area.x + widest / 2), area.x + area.width - widest / 2));
  return lines.map((text, i) => {
    const y = round(top + fontSize + i * lineHeight);
    return { text, x, y, box: textBox(text, x, y, fontSize, "middle") };
  });
}

function fits(lines: PlacedName["lines"], area: Box, taken: Box[]): boolean {
  return lines.every((line) => inside(line.box, area) && !taken.some((box) => overlaps(line.box, box)));
}

/** The first free spot near (cx, cy) for a name, trying smaller sizes when none is free. */
function placeName(label: string, cx: number, cy: number, style: NameStyle, area: Box, taken: Box[]): Omit<PlacedName, "id" | "color"> | undefined {
  const lines = nameLines(label, style.lineWidth, 2);
  for (const side of SIDE_SHIFTS) {
    for (const fontSize of style.fontSizes) {
      const height = fontSize * 1.2 * lines.length;
      const width = Math.max(...lines.map((line) => textWidth(line, fontSize))) * 1.05;
      for (const shift of SHIFTS) {
        const placed = linesAt(lines, cx + side * width, cy - height / 2 + shift * fontSize * 1.2, fontSize, area);
        if (fits(placed, area, taken)) return { fontSize, lines: placed };
      }
    }
  }
  return undefined;
}

/**
 * Places the names of `clusters`, largest first (a name that finds no free spot is left out:
 * the legend still lists it). `obstacles` are boxes names must avoid.
 */
export function placeClusterNames(clusters: ClusterInfo[], project: Projection, area: Box, style: NameStyle, obstacles: Box[] = []): PlacedName[] {
  const ordered = [...clusters].filter((c) => Number.isFinite(c.x) && Number.isFinite(c.y)).sort((a, b) => b.size - a.size || a.id - b.id);
  const taken = [...obstacles];
  const placed: PlacedName[] = [];
  for (const cluster of ordered) {
    const [cx, cy] = project(cluster.x, cluster.y);
    const name = placeName(cluster.label, cx, cy, style, area, taken);
    if (!name) continue;
    placed.push({ id: cluster.id, color: cluster.color, ...name });
    taken.push(...name.lines.map((line) => line.box));
  }
  return placed;
}
