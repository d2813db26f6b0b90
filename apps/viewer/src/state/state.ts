/**
 * The view state and its pure updates. Bindings dispatch actions; controllers and panels
 * read the state. Nothing here touches the DOM, sigma or the graph.
 */
export type ColorMode = "community" | "type" | "time";
/** Inclusive range of period labels (fieldmap.time.periods); one period when from === to. */
export interface PeriodRange {
  from: string;
  to: string;
}
export type Theme = "light" | "dark";
/** Which links are drawn: co-occurrence lines, typed relation arrows, or both. */
export type EdgeKind = "cooccurrence" | "relations" | "both";

export interface Filters {
  hiddenTypes: string[];
  hiddenCommunities: number[];
  minCount: number;
  minEdgeWeight: number;
  /** Inclusive year range; null when not filtering by year. */
  years: [number, number] | null;
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** A cluster the user focused (legend or canvas): a top-level community or a sub-cluster. */
export interface ClusterFocus {
  level: "community" | "subcommunity";
  id: number;
}

export interface ViewState {
  selected: string | null;
  /** The paper whose details are open (found by title in search); replaces the entity's details. */
  paper: string | null;
  /** The focused cluster: the camera fits it, its members are labelled, its summary panel opens. */
  focus: ClusterFocus | null;
  /** Links drawn: the strongest N by edge `rank` (VOSviewer draws 1,000 by default). */
  maxLinks: number;
  edgeKind: EdgeKind;
  hovered: string | null;
  colorMode: ColorMode;
  /** The period(s) the map shows: nodes sized by their count there, the absent dimmed. */
  period: PeriodRange | null;
  /** The clusters-over-time (alluvial) panel is open. */
  flowOpen: boolean;
  theme: Theme;
  filters: Filters;
  camera: CameraView | null;
  embed: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenTypes: [],
  hiddenCommunities: [],
  minCount: 1,
  minEdgeWeight: 1,
  years: null,
};

export const DEFAULT_MAX_LINKS = 1000;

export const DEFAULT_VIEW_STATE: ViewState = {
  selected: null,
  paper: null,
  focus: null,
  maxLinks: DEFAULT_MAX_LINKS,
  edgeKind: "cooccurrence",
  hovered: null,
  colorMode: "community",
  period: null,
  flowOpen: false,
  theme: "light",
  filters: DEFAULT_FILTERS,
  camera: null,
  embed: false,
};

export type Action =
  | { type: "select"; node: string | null }
  | { type: "selectPaper"; paper: string | null }
  | { type: "focusCluster"; focus: ClusterFocus | null }
  | { type: "setMaxLinks"; value: number }
  | { type: "setEdgeKind"; edgeKind: EdgeKind }
  | { type: "hover"; node: string | null }
  | { type: "setColorMode"; mode: ColorMode }
  | { type: "setPeriod"; period: PeriodRange | null }
  | { type: "setFlowOpen"; open: boolean }
  | { type: "setTheme"; theme: Theme }
  | { type: "toggleType"; entityType: string }
  | { type: "toggleCommunity"; community: number }
  | { type: "showOnlyCommunity"; community: number; all: number[] }
  | { type: "setMinCount"; value: number }
  | { type: "setMinEdgeWeight"; value: number }
  | { type: "setYears"; years: [number, number] | null }
  | { type: "clearFilters" }
  | { type: "setCamera"; camera: CameraView };

export function update(state: ViewState, action: Action): ViewState {
  switch (action.type) {
    case "select":
      // One details panel: choosing an entity closes the paper's details.
      if (state.selected === action.node && (action.node === null || state.paper === null)) return state;
      return { ...state, selected: action.node, paper: action.node === null ? state.paper : null };
    case "selectPaper":
      return state.paper === action.paper ? state : { ...state, paper: action.paper };
    case "hover":
      return state.hovered === action.node ? state : { ...state, hovered: action.node };
    case "setColorMode":
      return { ...state, colorMode: action.mode };
    case "setPeriod":
      return state.period?.from === action.period?.from && state.period?.to === action.period?.to ? state : { ...state, period: action.period };
    case "setFlowOpen":
      return state.flowOpen === action.open ? state : { ...state, flowOpen: action.open };
    case "setTheme":
      return { ...state, theme: action.theme };
    case "setCamera":
      return { ...state, camera: action.camera };
    case "focusCluster":
      return sameFocus(state.focus, action.focus) ? state : { ...state, focus: action.focus };
    case "setMaxLinks":
      return { ...state, maxLinks: clampInteger(action.value, 0) };
    case "setEdgeKind":
      return state.edgeKind === action.edgeKind ? state : { ...state, edgeKind: action.edgeKind };
    default:
      return { ...state, filters: updateFilters(state.filters, action) };
  }
}

function updateFilters(filters: Filters, action: Action): Filters {
  switch (action.type) {
    case "toggleType":
      return { ...filters, hiddenTypes: toggle(filters.hiddenTypes, action.entityType).sort() };
    case "toggleCommunity":
      return { ...filters, hiddenCommunities: toggle(filters.hiddenCommunities, action.community).sort((a, b) => a - b) };
    case "showOnlyCommunity":
      return { ...filters, hiddenCommunities: action.all.filter((id) => id !== action.community).sort((a, b) => a - b) };
    case "setMinCount":
      return { ...filters, minCount: clampInteger(action.value, 1) };
    case "setMinEdgeWeight":
      return { ...filters, minEdgeWeight: clampInteger(action.value, 1) };
    case "setYears":
      return { ...filters, years: normaliseYears(action.years) };
    case "clearFilters":
      return DEFAULT_FILTERS;
    default:
      return filters;
  }
}

/** True when any filter differs from the default (the "Clear filters" button shows then). */
export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.hiddenTypes.length > 0 ||
    filters.hiddenCommunities.length > 0 ||
    filters.minCount > 1 ||
    filters.minEdgeWeight > 1 ||
    filters.years !== null
  );
}

function sameFocus(a: ClusterFocus | null, b: ClusterFocus | null): boolean {
  return a === b || (a !== null && b !== null && a.level === b.level && a.id === b.id);
}

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

function clampInteger(value: number, min: number): number {
  return Number.isFinite(value) ? Math.max(min, Math.round(value)) : min;
}

function normaliseYears(years: [number, number] | null): [number, number] | null {
  if (!years || !Number.isFinite(years[0]) || !Number.isFinite(years[1])) return null;
  const [a, b] = years;
  return a <= b ? [Math.round(a), Math.round(b)] : [Math.round(b), Math.round(a)];
}
