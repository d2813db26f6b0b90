import { formatPeriod, parsePeriod } from "./period-param";
import { DEFAULT_FILTERS, type CameraView, type ClusterFocus, type EdgeKind, type ViewState } from "./state";

/** `links=all`: every link drawn. */
export const ALL_LINKS = Number.MAX_SAFE_INTEGER;

/** The query parameters that hold the view state; any others (like `file`) are kept as they are. */
export const STATE_PARAMS = ["node", "color", "theme", "hide-types", "hide-communities", "min-count", "min-weight", "years", "cam", "embed", "cluster", "links", "edges", "period", "flow"] as const;

/** Writes the state into a copy of `base`, leaving out values equal to `defaults`. */
export function stateToParams(state: ViewState, defaults: ViewState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of STATE_PARAMS) params.delete(name);
  const { filters } = state;
  if (state.selected !== null) params.set("node", state.selected);
  if (state.colorMode !== defaults.colorMode) params.set("color", state.colorMode);
  if (state.theme !== defaults.theme) params.set("theme", state.theme);
  if (filters.hiddenTypes.length > 0) params.set("hide-types", filters.hiddenTypes.join(","));
  if (filters.hiddenCommunities.length > 0) params.set("hide-communities", filters.hiddenCommunities.join(","));
  if (filters.minCount > 1) params.set("min-count", String(filters.minCount));
  if (filters.minEdgeWeight > 1) params.set("min-weight", String(filters.minEdgeWeight));
  if (filters.years) params.set("years", `${filters.years[0]}-${filters.years[1]}`);
  if (state.camera) params.set("cam", formatCamera(state.camera));
  if (state.embed) params.set("embed", "1");
  if (state.focus) params.set("cluster", formatFocus(state.focus));
  if (state.maxLinks !== defaults.maxLinks) params.set("links", state.maxLinks >= ALL_LINKS ? "all" : String(state.maxLinks));
  if (state.edgeKind !== defaults.edgeKind) params.set("edges", state.edgeKind);
  if (state.period) params.set("period", formatPeriod(state.period));
  if (state.flowOpen) params.set("flow", "1");
  return params;
}

/** Reads the state from query parameters; values that do not parse fall back to `defaults`. */
export function paramsToState(params: URLSearchParams, defaults: ViewState): ViewState {
  const color = params.get("color");
  const theme = params.get("theme");
  return {
    ...defaults,
    selected: params.get("node") || defaults.selected,
    colorMode: color === "type" || color === "community" || color === "time" ? color : defaults.colorMode,
    theme: theme === "dark" || theme === "light" ? theme : defaults.theme,
    filters: {
      hiddenTypes: splitList(params.get("hide-types")).sort(),
      hiddenCommunities: splitList(params.get("hide-communities")).map(Number).filter(Number.isInteger).sort((a, b) => a - b),
      minCount: positiveInteger(params.get("min-count")) ?? DEFAULT_FILTERS.minCount,
      minEdgeWeight: positiveInteger(params.get("min-weight")) ?? DEFAULT_FILTERS.minEdgeWeight,
      years: parseYears(params.get("years")),
    },
    maxLinks: parseLinks(params.get("links")) ?? defaults.maxLinks,
    edgeKind: parseEdgeKind(params.get("edges")) ?? defaults.edgeKind,
    camera: parseCamera(params.get("cam")) ?? defaults.camera,
    embed: params.get("embed") === "1" || params.get("embed") === "true",
    focus: parseFocus(params.get("cluster")) ?? defaults.focus,
    period: parsePeriod(params.get("period")) ?? defaults.period,
    flowOpen: params.get("flow") === "1" || defaults.flowOpen,
  };
}

/** `c3` is community 3, `s17` sub-cluster 17 (sub-cluster ids are unique across the map). */
function formatFocus(focus: ClusterFocus): string {
  return `${focus.level === "community" ? "c" : "s"}${focus.id}`;
}

function parseFocus(text: string | null): ClusterFocus | null {
  const match = /^([cs])(\d{1,9})$/.exec(text ?? "");
  if (!match) return null;
  return { level: match[1] === "c" ? "community" : "subcommunity", id: Number(match[2]) };
}

function formatCamera(camera: CameraView): string {
  return [camera.x, camera.y, camera.ratio].map((n) => String(Number(n.toFixed(4)))).join(",");
}

function parseCamera(text: string | null): CameraView | null {
  if (!text) return null;
  const parts = text.split(",").map(Number);
  const [x, y, ratio] = parts;
  if (parts.length !== 3 || x === undefined || y === undefined || ratio === undefined) return null;
  if (![x, y, ratio].every(Number.isFinite) || ratio <= 0) return null;
  return { x, y, ratio };
}

/** `links=5000` or `links=all`; anything else keeps the default (the strongest 1,000). */
function parseLinks(text: string | null): number | undefined {
  if (text === "all") return ALL_LINKS;
  const n = Number(text);
  return text !== null && text !== "" && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** `edges=relations` or `edges=both`; co-occurrence (the default) is written as nothing. */
function parseEdgeKind(text: string | null): EdgeKind | undefined {
  return text === "cooccurrence" || text === "relations" || text === "both" ? text : undefined;
}

function parseYears(text: string | null): [number, number] | null {
  const match = /^(\d{4})-(\d{4})$/.exec(text ?? "");
  if (!match) return null;
  const a = Number(match[1]);
  const b = Number(match[2]);
  return a <= b ? [a, b] : [b, a];
}

function positiveInteger(text: string | null): number | undefined {
  const n = Number(text);
  return text !== null && Number.isInteger(n) && n >= 1 ? n : undefined;
}

function splitList(text: string | null): string[] {
  return (text ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}
