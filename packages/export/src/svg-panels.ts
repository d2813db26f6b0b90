/**
 * The text panels of the static drawing: the title, the legend of communities, and for a
 * focused cluster the panel that sums it up (size, sub-clusters, top entities by type, years).
 * Every line is its own <text>, stacked so no two lines share a band.
 */
import type { ClusterSummary, MapDocument } from "@fieldmap/graph";
import { colorOf, readableColor, type Frame } from "./svg-style";
import { round, truncate, type Box } from "./svg-layout";
import { nameLines } from "./svg-names";
import { wrapLabel } from "./wrap";
import { emptyElement, escapeXmlText, textElement, xmlAttributes } from "./xml";

export function drawTitle(doc: MapDocument, title: string, margin: number, frame: Frame): string[] {
  const size = round(44 * frame.unit);
  const sub = round(20 * frame.unit);
  const subtitle = `${doc.graph.nodes.length} entities · ${doc.graph.edges.length} links · ${doc.papers.length} papers · ${doc.fieldmap.created}`;
  return [
    `<g id="title">`,
    `  ${textElement("text", truncate(title, 70), [["x", margin], ["y", round(margin + size)], ["font-size", size], ["font-weight", "bold"], ["fill", frame.colors.text]])}`,
    `  ${textElement("text", subtitle, [["x", margin], ["y", round(margin + size + sub * 1.6)], ["font-size", sub], ["fill", frame.colors.muted]])}`,
    `</g>`,
  ];
}

export function drawLegend(doc: MapDocument, box: Box, maxItems: number, frame: Frame): string[] {
  const communities = [...doc.fieldmap.communities].sort((a, b) => b.size - a.size || a.id - b.id);
  const size = round(19 * frame.unit);
  const step = round(size * 1.9);
  const lineHeight = round(size * 1.2);
  // Labels wrap rather than being cut: they are what a cluster means. Onto a third line when every
  // listed cluster then fits the panel (three long names, "test-time scaling · long
  // chain-of-thought · multi-step reasoning", had lost the third to "…"), else onto a second.
  const top = round(box.y + step * 1.6);
  const listed = communities.slice(0, maxItems);
  const linesOf = (c: (typeof communities)[number], maxLines: number) => wrapLabel(c.label, 40, maxLines, ` (${c.size})`);
  const bottomOf = (maxLines: number) => listed.reduce((at, c) => round(at + step + lineHeight * (linesOf(c, maxLines).length - 1)), top);
  const maxLines = bottomOf(3) <= box.y + box.height ? 3 : 2;
  let y = top;
  const items: string[] = [];
  let shown = 0;
  for (const c of listed) {
    const lines = linesOf(c, maxLines);
    // An item that would reach past the panel, with the "+ N more" line under it, is left to that line.
    const next = round(y + step + lineHeight * (lines.length - 1));
    if (next > box.y + box.height) break;
    const x = round(box.x + size * 1.5);
    const spans = lines.map((line, i) => (i === 0 ? escapeXmlText(line) : `<tspan${xmlAttributes([["x", x], ["dy", lineHeight]])}>${escapeXmlText(line)}</tspan>`));
    items.push(
      `  ${emptyElement("circle", [["cx", round(box.x + size * 0.5)], ["cy", round(y - size * 0.35)], ["r", round(size * 0.5)], ["fill", colorOf(c.color)]])}`,
      `  <text${xmlAttributes([["x", x], ["y", y], ["font-size", size]])}>${spans.join("")}</text>`,
    );
    y = next;
    shown++;
  }
  const more = communities.length - shown;
  const moreLine =
    more > 0
      ? [`  ${textElement("text", `+ ${more} more`, [["x", box.x], ["y", y], ["font-size", size], ["fill", frame.colors.muted]])}`]
      : [];
  return [
    `<g id="legend"${xmlAttributes([["fill", frame.colors.text]])}>`,
    `  ${textElement("text", "Communities", [["x", box.x], ["y", round(box.y + size)], ["font-size", round(size * 1.1)], ["font-weight", "bold"]])}`,
    ...items,
    ...moreLine,
    `</g>`,
  ];
}

/** Entity types as the summary lists them (export does not depend on the extract package). */
export type SummaryEntityType = keyof ClusterSummary["topByType"];
type EntityType = SummaryEntityType;

/** Headings of a cluster summary's entity lists, in the order they are shown (panel and deck). */
export const TYPE_NAMES: Record<EntityType, string> = {
  method: "Methods",
  model: "Models",
  dataset: "Datasets",
  task: "Tasks",
  metric: "Metrics",
  concept: "Concepts",
};

interface PanelLine {
  text: string;
  size: number;
  bold?: boolean;
  muted?: boolean;
  /** In the cluster's colour (its name). */
  accent?: boolean;
  /** Extra space above the line, in line heights (a new section). */
  gap?: number;
}

/** The lines of a focused cluster's panel, before fitting them to the panel's width. */
export function focusPanelLines(summary: ClusterSummary, unit: number, maxChars: (size: number) => number): PanelLine[] {
  const [heading, body] = [round(26 * unit), round(19 * unit)];
  const years = summary.years.first !== null ? ` · ${summary.years.first}${summary.years.last !== summary.years.first ? `–${summary.years.last}` : ""}` : "";
  const lines: PanelLine[] = wrapLabel(summary.label, maxChars(heading), 3).map((text) => ({ text, size: heading, bold: true, accent: true }));
  lines.push({ text: `${summary.size} entities${years}`, size: body, muted: true });
  if (summary.parent) lines.push({ text: truncate(`in ${summary.parent.label}`, maxChars(body)), size: body, muted: true });
  if (summary.subclusters.length > 1) {
    lines.push({ text: "Sub-clusters", size: body, bold: true, gap: 0.6 });
    for (const sub of summary.subclusters.slice(0, 5)) {
      const size = ` (${sub.size})`;
      lines.push({ text: `${nameLines(sub.label, maxChars(body) - size.length, 1)[0] ?? ""}${size}`, size: body });
    }
  }
  for (const type of Object.keys(TYPE_NAMES) as EntityType[]) {
    const entities = summary.topByType[type];
    if (!entities || entities.length === 0) continue;
    lines.push({ text: TYPE_NAMES[type], size: body, bold: true, gap: 0.6 });
    // Whole names over at most two lines: the ones that do not fit are left out, none is cut.
    for (const text of nameLines(entities.map((e) => e.label).join(", "), maxChars(body), 2, ", ")) lines.push({ text, size: body });
  }
  return lines;
}

/** The panel beside a focused cluster: lines stacked top-down, cut where the panel ends. */
export function drawFocusPanel(summary: ClusterSummary, box: Box, frame: Frame): string[] {
  const maxChars = (size: number) => Math.max(8, Math.floor(box.width / (size * 0.6)));
  let y = box.y;
  const texts: string[] = [];
  for (const line of focusPanelLines(summary, frame.unit, maxChars)) {
    y = round(y + line.size * (1.35 + (line.gap ?? 0)));
    if (y > box.y + box.height) break;
    const fill = line.muted ? frame.colors.muted : line.accent ? readableColor(summary.color, frame) : undefined;
    const attributes: Array<[string, string | number | undefined]> = [["x", box.x], ["y", y], ["font-size", line.size], ["font-weight", line.bold ? "bold" : undefined], ["fill", fill]];
    texts.push(`  ${textElement("text", line.text, attributes)}`);
  }
  return [`<g id="focus"${xmlAttributes([["fill", frame.colors.text]])}>`, ...texts, `</g>`];
}
