import type Graph from "graphology";
import { inferSettings } from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";

/**
 * ForceAtlas2 (Jacomy et al. 2014, doi:10.1371/journal.pone.0098679) in graphology's web
 * worker, so the main thread stays free. Positions are written back to the graph while it
 * runs; the worker is killed on teardown.
 */
export interface LayoutController {
  isRunning(): boolean;
  start(durationMs?: number): void;
  stop(): void;
  /** Called with the running flag whenever it changes. */
  onChange(listener: (running: boolean) => void): void;
  destroy(): void;
}

export function createLayoutController(graph: Graph): LayoutController {
  let supervisor: FA2LayoutSupervisor | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners: Array<(running: boolean) => void> = [];
  const notify = () => listeners.forEach((listener) => listener(supervisor?.isRunning() ?? false));

  const ensure = (): FA2LayoutSupervisor => {
    supervisor ??= new FA2LayoutSupervisor(graph, {
      settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 2_000, adjustSizes: false },
      getEdgeWeight: "weight",
    });
    return supervisor;
  };
  const stop = () => {
    clearTimeout(timer);
    supervisor?.stop();
    notify();
  };
  return {
    isRunning: () => supervisor?.isRunning() ?? false,
    start(durationMs) {
      try {
        ensure().start();
      } catch (error) {
        // Workers can be refused (strict CSP, some sandboxes): keep the current positions.
        console.warn("fieldmap: layout worker unavailable", error);
        return;
      }
      notify();
      clearTimeout(timer);
      if (durationMs !== undefined) timer = setTimeout(stop, durationMs);
    },
    stop,
    onChange: (listener) => listeners.push(listener),
    destroy() {
      clearTimeout(timer);
      supervisor?.kill();
      supervisor = null;
    },
  };
}
