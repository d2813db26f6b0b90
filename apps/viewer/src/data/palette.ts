import { COMMUNITY_PALETTE, TYPE_COLORS, type NodeAttributes } from "@fieldmap/graph";

export type EntityType = NodeAttributes["type"];

// One palette for the map everywhere: the viewer colours types and colourless files' communities
// exactly as `fieldmap build` and the static exports do.
export { TYPE_COLORS };

/** Display order of entity types in the filter and legend. */
export const ENTITY_TYPE_ORDER = Object.keys(TYPE_COLORS) as EntityType[];

export const UNKNOWN_TYPE_COLOR = "#9c9c9c";

/** Fallback community colours for files (GEXF, GraphML) that carry no colour of their own. */
export const COMMUNITY_FALLBACK_COLORS: readonly string[] = COMMUNITY_PALETTE;

export function typeColor(type: unknown): string {
  return typeof type === "string" && type in TYPE_COLORS ? TYPE_COLORS[type as EntityType] : UNKNOWN_TYPE_COLOR;
}

export function fallbackCommunityColor(id: number): string {
  const index = ((id % COMMUNITY_FALLBACK_COLORS.length) + COMMUNITY_FALLBACK_COLORS.length) % COMMUNITY_FALLBACK_COLORS.length;
  return COMMUNITY_FALLBACK_COLORS[index] ?? UNKNOWN_TYPE_COLOR;
}

/**
 * Colours that depend on the theme; read by the reducers and the label drawers. Edge colours
 * are opaque: sigma's edge programs showed faint rgba() edges as nothing at all.
 */
export interface ThemePalette {
  /** Which theme this is: cluster names take a colour readable on it (readableTextColor). */
  theme: "light" | "dark";
  background: string;
  label: string;
  labelBackground: string;
  edge: string;
  edgeFocus: string;
  dimmedNode: string;
}

export const THEME_PALETTES: Record<"light" | "dark", ThemePalette> = {
  light: {
    theme: "light",
    background: "#ffffff",
    label: "#1d2330",
    labelBackground: "#ffffff",
    edge: "#dde1e8",
    edgeFocus: "#8a93a6",
    dimmedNode: "#e3e6eb",
  },
  dark: {
    theme: "dark",
    background: "#14171c",
    label: "#e8ebf0",
    labelBackground: "#232830",
    edge: "#2a303a",
    edgeFocus: "#8f9aae",
    dimmedNode: "#2c313a",
  },
};
