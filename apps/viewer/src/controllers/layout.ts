import type Graph from "graphology";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { forceAtlas2SettingsFor, layoutEdgeWeightFor } from "@fieldmap/graph";

/**
 * ForceAtlas2 (Jacomy et al. 2014, doi:10.1371/journal.pone.0098679) in graphology's web
 * worker, so the main thread stays free. It starts from the current positions with the build's
 * settings (LinLog, association strength, outbound attraction distribution), so a re-layout
 * refines the map instead of reshuffling its clusters, and stops by itself once the nodes have
 * settled or the time cap is reached. Positions are written back to the graph while it runs;
 * the worker is killed on teardown.
 */
export interface LayoutController {
  isRunning(): boolean;
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
  /** Settled when the mean displacement over `checkEvery` iterations is below this share of the map's extent. */
  settledShare: number;
  /** Default time cap in ms: 2 s plus 1 ms per node, at most `maxDurationMs`. */
  maxDurationMs: number;
}

export const DEFAULT_LAYOUT_CONTROLLER_OPTIONS: LayoutControllerOptions = { checkEvery: 25, settledShare: 0.002, maxDurationMs: 15_000 };

export function createLayoutController(graph: Graph, options: LayoutControllerOptions = DEFAULT_LAYOUT_CONTROLLER_OPTIONS): LayoutController {
  let supervisor: FA2LayoutSupervisor | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners: Array<(running: boolean) => void> = [];
  const notify = () => listeners.forEach((listener) => listener(supervisor?.isRunning() ?? false));
  const convergence = watchConvergence(graph, options, () => stop());

  const ensure = (): FA2LayoutSupervisor => {
    supervisor ??= new FA2LayoutSupervisor(graph, {
      settings: forceAtlas2SettingsFor(graph),
      getEdgeWeight: layoutEdgeWeightFor(graph),
    });
    return supervisor;
  };
  const stop = () => {
    clearTimeout(timer);
    convergence.stop();
    supervisor?.stop();
    notify();
  };
  return {
    isRunning: () => supervisor?.isRunning() ?? false,
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
      timer = setTimeout(stop, durationMs);
    },
    stop,
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
 * `onSettled` when the mean displacement over `checkEvery` iterations, relative to the map's
 * extent, falls below `settledShare`: FA2 never stops by itself, it only jitters less.
 */
function watchConvergence(graph: Graph, options: LayoutControllerOptions, onSettled: () => void): { start(): void; stop(): void } {
  let previous: Float64Array | null = null;
  let iterations = 0;
  const onUpdate = () => {
    iterations++;
    if (iterations % options.checkEvery !== 0) return;
    const current = positions(graph);
    if (previous && meanDisplacement(previous, current) < options.settledShare * extent(current)) onSettled();
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

function extent(xy: Float64Array): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < xy.length; i += 2) {
    const x = xy[i] ?? 0;
    const y = xy[i + 1] ?? 0;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return Math.max(maxX - minX, maxY - minY, 1e-9);
}
