/** Themes and colours shared by the parts of the static drawing. */
import { readableTextColor } from "@fieldmap/graph";
import { parseColor, toHex } from "./color";

export type Theme = "light" | "dark";

export interface ThemeColors {
  background: string;
  text: string;
  muted: string;
  edge: string;
}

export const THEMES: Record<Theme, ThemeColors> = {
  light: { background: "#ffffff", text: "#1f2328", muted: "#59636e", edge: "#8c959f" },
  dark: { background: "#0d1117", text: "#e6edf3", muted: "#9198a1", edge: "#6e7681" },
};

export const SVG_FONT_FAMILY = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";
const FALLBACK_COLOR = "#8c959f";

/** The drawing's size and theme; one `unit` is a pixel of a 1080p slide. */
export interface Frame {
  width: number;
  height: number;
  unit: number;
  colors: ThemeColors;
  theme: Theme;
}

export function colorOf(color: string | undefined): string {
  const rgb = parseColor(color);
  return rgb ? toHex(rgb) : FALLBACK_COLOR;
}

/**
 * A cluster colour made readable as text on the theme's background: light colours (yellow,
 * light green) are darkened on white, dark ones lightened on black; the hue is kept.
 */
export function readableColor(color: string | undefined, frame: Frame): string {
  // The viewer draws its cluster names in the same colours (readableTextColor).
  return readableTextColor(colorOf(color), frame.theme);
}

/** A halo in the background colour, painted under the glyphs, so text stays readable over links. */
export function halo(frame: Frame, fontSize: number, weight = 0.22): Array<[string, string | number]> {
  return [["stroke", frame.colors.background], ["stroke-width", round2(fontSize * weight)], ["stroke-linejoin", "round"], ["paint-order", "stroke"]];
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
