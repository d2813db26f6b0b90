/**
 * Cluster names on the static drawing: each cluster's name at its name position (the mean
 * position of its members, ClusterInfo x,y), larger than node labels, never over another name,
 * and over the cluster's own ground: where the nearest node is one of its members. Names are
 * placed before node labels, which then keep clear of them.
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

/** A drawn node as the names see it: its place on the drawing and the cluster it belongs to. */
export interface ClusterPoint {
  x: number;
  y: number;
  cluster: number;
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

type Placement = Omit<PlacedName, "id" | "color">;
type Accepts = (lines: PlacedName["lines"]) => boolean;

/** The first free spot near (cx, cy) that `accepts` takes for a name, trying smaller sizes when none is free. */
function placeName(lines: string[], cx: number, cy: number, style: NameStyle, area: Box, taken: Box[], accepts: Accepts): Placement | undefined {
  for (const side of SIDE_SHIFTS) {
    for (const fontSize of style.fontSizes) {
      const height = fontSize * 1.2 * lines.length;
      const width = Math.max(...lines.map((line) => textWidth(line, fontSize))) * 1.05;
      for (const shift of SHIFTS) {
        const placed = linesAt(lines, cx + side * width, cy - height / 2 + shift * fontSize * 1.2, fontSize, area);
        if (fits(placed, area, taken) && accepts(placed)) return { fontSize, lines: placed };
      }
    }
  }
  return undefined;
}

/** Members tried as a name's centre when the spots around the cluster's mean are taken: the nearest to it first. */
const MEMBER_SPOTS = 40;

/** A free spot centred on one of the cluster's own members, the members nearest (cx, cy) first. */
function placeOnMembers(lines: string[], cx: number, cy: number, members: ClusterPoint[], style: NameStyle, area: Box, taken: Box[], accepts: Accepts): Placement | undefined {
  const nearest = [...members].sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy)).slice(0, MEMBER_SPOTS);
  for (const fontSize of style.fontSizes) {
    const height = fontSize * 1.2 * lines.length;
    for (const member of nearest) {
      const placed = linesAt(lines, member.x, member.y - height / 2, fontSize, area);
      if (fits(placed, area, taken) && accepts(placed)) return { fontSize, lines: placed };
    }
  }
  return undefined;
}

/** The cluster of the point nearest (x, y). */
function nearestCluster(points: readonly ClusterPoint[], x: number, y: number): number | undefined {
  let best: ClusterPoint | undefined;
  let bestDistance = Infinity;
  for (const p of points) {
    const d = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d < bestDistance) [best, bestDistance] = [p, d];
  }
  return best?.cluster;
}

/** The centre of a name's block of lines. */
function centreOf(lines: PlacedName["lines"]): [number, number] {
  const top = Math.min(...lines.map((line) => line.box.y));
  const bottom = Math.max(...lines.map((line) => line.box.y + line.box.height));
  return [lines[0]!.x, (top + bottom) / 2];
}

/**
 * Places the names of `clusters`, largest first (a name that finds no free spot is left out:
 * the legend still lists it). `obstacles` are boxes names must avoid. With the drawn nodes as
 * `points`, a name goes where its own members are nearest: near its mean, else over one of its
 * members. A small cluster in a crowded middle had its name pushed two name-widths aside, over
 * another cluster's nodes, and read as that cluster's. Only a name that finds no such spot is
 * drawn beside, as before.
 */
export function placeClusterNames(clusters: ClusterInfo[], project: Projection, area: Box, style: NameStyle, obstacles: Box[] = [], points: readonly ClusterPoint[] = []): PlacedName[] {
  const ordered = [...clusters].filter((c) => Number.isFinite(c.x) && Number.isFinite(c.y)).sort((a, b) => b.size - a.size || a.id - b.id);
  const taken = [...obstacles];
  const placed: PlacedName[] = [];
  for (const cluster of ordered) {
    const [cx, cy] = project(cluster.x, cluster.y);
    const lines = nameLines(cluster.label, style.lineWidth, 2);
    const own: Accepts = (spot) => nearestCluster(points, ...centreOf(spot)) === cluster.id;
    const members = points.filter((p) => p.cluster === cluster.id);
    const name =
      (members.length > 0 ? (placeName(lines, cx, cy, style, area, taken, own) ?? placeOnMembers(lines, cx, cy, members, style, area, taken, own)) : undefined) ??
      placeName(lines, cx, cy, style, area, taken, () => true);
    if (!name) continue;
    placed.push({ id: cluster.id, color: cluster.color, ...name });
    taken.push(...name.lines.map((line) => line.box));
  }
  return placed;
}
