import { readableTextColor } from "@fieldmap/graph";
import type { ThemePalette } from "../data/palette";
import type { ClusterFocus } from "../state/state";
import type { Box } from "./label-geometry";

/** A label the layer decided to show, in viewport pixels (what the screen and the PNG draw). */
export type PlacedLabel =
  | { kind: "node"; key: string; text: string; y: number; fontPx: number; box: Box }
  /** The hovered or selected node: sigma draws its boxed label; it is here as an obstacle. */
  | { kind: "hover"; key: string; box: Box }
  | { kind: "cluster"; level: ClusterFocus["level"]; id: number; lines: string[]; color: string; x: number; y: number; fontPx: number; box: Box };

export interface LabelFonts {
  family: string;
  nodeWeight: string;
  nodePx: number;
  communityPx: number;
  subcommunityPx: number;
}

export const LINE_HEIGHT = 1.15;
const CLUSTER_WEIGHT = "700";

export const nodeFont = (fonts: LabelFonts, px: number) => `${fonts.nodeWeight} ${px}px ${fonts.family}`;
export const clusterFont = (fonts: LabelFonts, px: number) => `${CLUSTER_WEIGHT} ${px}px ${fonts.family}`;

/**
 * Draws node labels and cluster names. `scale` multiplies every coordinate and size, so the
 * PNG export at 2x draws exactly the labels the screen shows.
 */
export function drawLabels(context: CanvasRenderingContext2D, labels: readonly PlacedLabel[], fonts: LabelFonts, palette: ThemePalette, scale = 1): void {
  context.save();
  context.textBaseline = "middle";
  context.textAlign = "left";
  context.fillStyle = palette.label;
  for (const label of labels) {
    if (label.kind !== "node") continue;
    context.font = nodeFont(fonts, label.fontPx * scale);
    context.fillText(label.text, label.box.left * scale, label.y * scale);
  }
  context.textAlign = "center";
  context.lineJoin = "round";
  context.strokeStyle = palette.background;
  for (const label of labels) {
    if (label.kind !== "cluster") continue;
    context.font = clusterFont(fonts, label.fontPx * scale);
    // A halo in the background colour keeps the name readable over nodes and links.
    context.lineWidth = 4 * scale;
    // The dark blue, green and wine of the palette are lightened on the dark theme, as in the static drawing.
    context.fillStyle = readableTextColor(label.color, palette.theme);
    const step = label.fontPx * LINE_HEIGHT;
    label.lines.forEach((line, i) => {
      const y = (label.y - ((label.lines.length - 1) * step) / 2 + i * step) * scale;
      context.strokeText(line, label.x * scale, y);
      context.fillText(line, label.x * scale, y);
    });
  }
  context.restore();
}
