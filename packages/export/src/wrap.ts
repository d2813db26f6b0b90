import { truncate } from "./svg-layout";

/**
 * Splits a cluster label ("A · B · C") into at most `maxLines` lines of `width` characters;
 * `suffix` (the size, " (12)") always ends the last line, so eliding never loses it.
 */
export function wrapLabel(label: string, width: number, maxLines: number, suffix = ""): string[] {
  const lines: string[] = [];
  for (const part of label.split(" · ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 3 + part.length <= width) lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(part);
  }
  const kept = lines.slice(0, maxLines).map((line) => truncate(line, width));
  const lastIndex = kept.length - 1;
  const elided = lines.length > maxLines ? ` …` : "";
  const room = width - suffix.length - elided.length;
  const last = kept[lastIndex] ?? "";
  kept[lastIndex] = `${last.length > room ? truncate(last, room) : last}${elided}${suffix}`;
  return kept;
}
