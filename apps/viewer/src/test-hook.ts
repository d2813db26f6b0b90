import type Sigma from "sigma";
import type { LabelLayer } from "./controllers/label-layer";
import type { ViewState } from "./state/state";

/** A label drawn on the canvas, in pixels of the graph container. */
export interface LabelBox {
  kind: "node" | "cluster" | "hover";
  /** Node key, or `community:3` / `subcommunity:12`. */
  key: string;
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * A read-only window into the running viewer for browser tests and the benchmark:
 * what the reducers produced, not what the graph holds.
 */
export interface FieldmapTestHook {
  status: "loading" | "ready" | "open" | "error";
  error: string | null;
  /** From creating the renderer to its first frame. */
  firstRenderMs: number | null;
  /** From navigation start to the first frame (fetch, parse, mount and render). */
  firstRenderAt: number | null;
  sigma: Sigma | null;
  getState(): ViewState | null;
  nodeDisplay(key: string): { color: string; hidden: boolean; dimmed: boolean; label: string | null } | null;
  /** Keys of nodes the reducers currently dim or hide. */
  dimmedNodes(): string[];
  hiddenNodes(): string[];
  renderPngSize(scale: number): Promise<number>;
  /** The PNG export of the current view (title, map, legend). */
  exportPng(scale: number): Promise<Blob | null>;
  /** Every label the label layer drew in its last render: node labels, cluster names, hover boxes. */
  labelBoxes(): LabelBox[];
  /** Edges the reducers leave visible (drawn). */
  drawnEdgeCount(): number;
  /** Relation arrows among them. */
  drawnRelationEdgeCount(): number;
  /** Milliseconds the label layer took to place the labels of its last render. */
  labelPlacementMs(): number;
}

declare global {
  interface Window {
    __fieldmap?: FieldmapTestHook;
  }
}

export function setHook(partial: Partial<FieldmapTestHook>): void {
  window.__fieldmap = { ...(window.__fieldmap ?? emptyHook()), ...partial };
}

function emptyHook(): FieldmapTestHook {
  return {
    status: "loading",
    error: null,
    firstRenderMs: null,
    firstRenderAt: null,
    sigma: null,
    getState: () => null,
    nodeDisplay: () => null,
    dimmedNodes: () => [],
    hiddenNodes: () => [],
    renderPngSize: async () => 0,
    exportPng: async () => null,
    labelBoxes: () => [],
    drawnEdgeCount: () => 0,
    drawnRelationEdgeCount: () => 0,
    labelPlacementMs: () => 0,
  };
}

export function hookForSigma(sigma: Sigma): Partial<FieldmapTestHook> {
  const display = (key: string) => sigma.getNodeDisplayData(key) as (ReturnType<Sigma["getNodeDisplayData"]> & { dimmed?: boolean }) | undefined;
  const keysWhere = (test: (key: string) => boolean) => sigma.getGraph().filterNodes((key) => test(key));
  return {
    sigma,
    nodeDisplay(key) {
      const d = display(key);
      return d ? { color: d.color, hidden: d.hidden === true, dimmed: d.dimmed === true, label: d.label ?? null } : null;
    },
    dimmedNodes: () => keysWhere((key) => display(key)?.dimmed === true),
    hiddenNodes: () => keysWhere((key) => display(key)?.hidden === true),
  };
}

export function hookForLabels(labels: LabelLayer, sigma: Sigma): Partial<FieldmapTestHook> {
  return {
    labelBoxes: () =>
      labels.labels().map((label) => {
        const { left, top, right, bottom } = label.box;
        if (label.kind === "cluster") return { kind: label.kind, key: `${label.level}:${label.id}`, text: label.lines.join(" "), left, top, right, bottom };
        const text = label.kind === "node" ? label.text : String(sigma.getGraph().getNodeAttribute(label.key, "label") ?? "");
        return { kind: label.kind, key: label.key, text, left, top, right, bottom };
      }),
    labelPlacementMs: () => labels.lastPlacementMs(),
    drawnEdgeCount: () => sigma.getGraph().filterEdges((edge) => sigma.getEdgeDisplayData(edge)?.hidden !== true).length,
    drawnRelationEdgeCount: () => sigma.getGraph().filterEdges((edge, attrs) => attrs.relation === true && sigma.getEdgeDisplayData(edge)?.hidden !== true).length,
  };
}
