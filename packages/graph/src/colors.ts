import type { EntityType } from "@fieldmap/extract";

/**
 * Community palette: qualitative, readable on white and on dark slides. Six colours of Okabe &
 * Ito (2008), safe for the common colour-vision deficiencies, then six chosen to keep the twelve
 * apart: each added in turn as the one farthest (CIEDE2000) from those before it, for normal vision
 * and as deuteranopes and protanopes see it, among colours of middle lightness (CIELAB L* 38-66)
 * and chroma under 75 (no neon). Closest pairs: 16.0 for normal vision, 8.7 and 9.0 as
 * deuteranopes and protanopes see them (before: 10.2, 3.8 and 2.8; test/palette.test.ts).
 */
export const COMMUNITY_PALETTE = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#d55e00",
  "#56b4e9",
  "#993366",
  "#336644",
  "#8877ee",
  "#aa3311",
  "#ee4466",
  "#228888",
] as const;

/** Small communities past the palette share a neutral grey so the big ones stay distinct. */
export const OVERFLOW_COLOR = "#9aa0a6";

export const TYPE_COLORS: Record<EntityType, string> = {
  method: "#0072b2",
  model: "#d55e00",
  dataset: "#009e73",
  task: "#cc79a7",
  metric: "#e69f00",
  concept: "#7b4ea3",
};

export function communityColor(rank: number): string {
  return COMMUNITY_PALETTE[rank] ?? OVERFLOW_COLOR;
}

/**
 * A cluster colour made readable as text (a cluster's name) on the theme's background, the hue
 * kept: light colours (yellow, light green) darkened on white, dark ones (the deep blue, green,
 * wine and brick of the palette) lightened on a dark background. `color` is #rrggbb; anything
 * else is returned as it is.
 */
export function readableTextColor(color: string, theme: "light" | "dark"): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!hex) return color;
  const rgb = hex.slice(1, 4).map((part) => parseInt(part, 16));
  const l = relativeLuminance(rgb);
  const scale = (f: (c: number) => number) => `#${rgb.map((c) => Math.round(f(c)).toString(16).padStart(2, "0")).join("")}`;
  if (theme === "light" && l > 0.3) return scale((c) => c * Math.sqrt(0.3 / l));
  if (theme === "dark" && l < 0.2) return scale((c) => c + (255 - c) * 0.45);
  return scale((c) => c);
}

/** Relative luminance (WCAG 2.1) of an sRGB colour given as three 0-255 channels. */
function relativeLuminance(rgb: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
