import type Graph from "graphology";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { DEFAULT_LAYOUT_OPTIONS, forceAtlas2SettingsFor, layoutEdgeWeightFor } from "@fieldmap/graph";
import { layoutWeightWithoutRelations } from "../data/relation-edges";

/**
 * ForceAtlas2 (Jacomy et al. 2014, doi:10.1371/journal.pone.0098679) in graphology's web
 * worker, so the main thread stays free. It starts from the current positions with the build's
 * settings (LinLog, association strength, outbound attraction distribution), so a re-layout
 * refines the map instead of reshuffling its clusters, and stops by itself once the nodes have
 * settled or the time cap is reached. Positions are written back to the graph while it runs;
 * the worker is killed on teardown.
 */
/** Why the last run ended: the nodes settled, the time cap, or the user (Stop, teardown). */
export type LayoutStop = "settled" | "time cap" | "stopped";

export interface LayoutController {
  isRunning(): boolean;
  /** Why the last run ended; null before the first run ends. */
  lastStop(): LayoutStop | null;
  /** Runs until convergence or `durationMs` (default: the time cap of the options). */
  start(durationMs?: number): void;
  stop(): void;
  /** Called with the running flag whenever it changes. */
  onChange(listener: (running: boolean) => void): void;
  destroy(): void;
}

export interface LayoutControllerOptions {
  /** Positions are compared every this many iterations. */
  checkEvery: number;
  /**
   * Settled when the mean move per iteration is below this share of the layout's spread (root
   * mean square distance to the centroid): the build's own convergence test, so a re-layout of
   * a freshly built map settles at once instead of drifting further than the build went.
   */
  tolerance: number;
  /** Default time cap in ms: 2 s plus 1 ms per node, at most `maxDurationMs`. */
  maxDurationMs: number;
}

export const DEFAULT_LAYOUT_CONTROLLER_OPTIONS: LayoutControllerOptions = { checkEvery: 25, tolerance: DEFAULT_LAYOUT_OPTIONS.tolerance, maxDurationMs: 15_000 };

export function createLayoutController(graph: Graph, options: LayoutControllerOptions = DEFAULT_LAYOUT_CONTROLLER_OPTIONS): LayoutController {
  let supervisor: FA2LayoutSupervisor | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners: Array<(running: boolean) => void> = [];
  let lastStop: LayoutStop | null = null;
  const notify = () => listeners.forEach((listener) => listener(supervisor?.isRunning() ?? false));
  const convergence = watchConvergence(graph, options, () => stop("settled"));

  const ensure = (): FA2LayoutSupervisor => {
    supervisor ??= new FA2LayoutSupervisor(graph, {
      settings: forceAtlas2SettingsFor(graph),
      getEdgeWeight: layoutWeightWithoutRelations(layoutEdgeWeightFor(graph)),
    });
    return supervisor;
  };
  const stop = (reason: LayoutStop = "stopped") => {
    if (supervisor?.isRunning()) lastStop = reason;
    clearTimeout(timer);
    convergence.stop();
    supervisor?.stop();
    notify();
  };
  return {
    isRunning: () => supervisor?.isRunning() ?? false,
    lastStop: () => lastStop,
    start(durationMs = Math.min(options.maxDurationMs, 2_000 + graph.order)) {
      try {
        ensure().start();
      } catch (error) {
        // Workers can be refused (strict CSP, some sandboxes): keep the current positions.
        console.warn("fieldmap: layout worker unavailable", error);
        return;
      }
      convergence.start();
      notify();
      clearTimeout(timer);
      timer = setTimeout(() => stop("time cap"), durationMs);
    },
    stop: () => stop("stopped"),
    onChange: (listener) => listeners.push(listener),
    destroy() {
      clearTimeout(timer);
      convergence.stop();
      supervisor?.kill();
      supervisor = null;
    },
  };
}

/**
 * Watches the positions the worker writes back (one graph update per iteration) and calls
 * `onSettled` when the mean move per iteration over the last `checkEvery` iterations falls below
 * `tolerance` x the layout's spread: FA2 never stops by itself, it only jitters less.
 */
function watchConvergence(graph: Graph, options: LayoutControllerOptions, onSettled: () => void): { start(): void; stop(): void } {
  let previous: Float64Array | null = null;
  let iterations = 0;
  const onUpdate = () => {
    iterations++;
    if (iterations % options.checkEvery !== 0) return;
    const current = positions(graph);
    if (previous && meanDisplacement(previous, current) / options.checkEvery < options.tolerance * spread(current)) onSettled();
    previous = current;
  };
  return {
    start() {
      previous = positions(graph);
      iterations = 0;
      graph.removeListener("eachNodeAttributesUpdated", onUpdate);
      graph.on("eachNodeAttributesUpdated", onUpdate);
    },
    stop() {
      graph.removeListener("eachNodeAttributesUpdated", onUpdate);
      previous = null;
    },
  };
}

function positions(graph: Graph): Float64Array {
  const out = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_node, attrs) => {
    out[i++] = Number(attrs.x) || 0;
    out[i++] = Number(attrs.y) || 0;
  });
  return out;
}

function meanDisplacement(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length || a.length === 0) return Infinity;
  let sum = 0;
  for (let i = 0; i < a.length; i += 2) sum += Math.hypot((b[i] ?? 0) - (a[i] ?? 0), (b[i + 1] ?? 0) - (a[i + 1] ?? 0));
  return sum / (a.length / 2);
}

/** Root mean square distance to the centroid. */
function spread(xy: Float64Array): number {
  const n = xy.length / 2;
  if (n === 0) return 1;
  let cx = 0, cy = 0;
  for (let i = 0; i < xy.length; i += 2) {
    cx += xy[i] ?? 0;
    cy += xy[i + 1] ?? 0;
  }
  cx /= n;
  cy /= n;
  let sum = 0;
  for (let i = 0; i < xy.length; i += 2) sum += ((xy[i] ?? 0) - cx) ** 2 + ((xy[i + 1] ?? 0) - cy) ** 2;
  return Math.sqrt(sum / n) || 1;
}
