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
