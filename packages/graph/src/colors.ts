import type { EntityType } from "@fieldmap/extract";

/**
 * Community palette: qualitative, distinguishable for common colour-vision deficiencies
 * (Okabe & Ito 2008 first, then Tableau-like tones), readable on white and on dark slides.
 */
export const COMMUNITY_PALETTE = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#d55e00",
  "#56b4e9",
  "#8c6d31",
  "#7b4ea3",
  "#3b9c9c",
  "#c0392b",
  "#6b8e23",
  "#b8860b",
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
