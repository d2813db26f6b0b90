import type Sigma from "sigma";
import type { Store } from "../state/store";

export interface CameraOptions {
  /** Zoom ratio when jumping to a node (smaller is closer). */
  focusRatio: number;
  durationMs: number;
  /** Wait for the camera to settle before writing it to the state (and the URL). */
  mirrorDelayMs: number;
}

export const DEFAULT_CAMERA_OPTIONS: CameraOptions = { focusRatio: 0.3, durationMs: 500, mirrorDelayMs: 250 };

export interface CameraController {
  /** Selects a node and moves the camera to it. */
  focusNode(key: string, animate?: boolean): void;
  destroy(): void;
}

/** Restores the camera from the state, mirrors camera moves back into it. Renders nothing. */
export function bindCamera(sigma: Sigma, store: Store, options: CameraOptions = DEFAULT_CAMERA_OPTIONS): CameraController {
  const camera = sigma.getCamera();
  const initial = store.getState();
  if (initial.camera) camera.setState(initial.camera);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onUpdated = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { x, y, ratio } = camera.getState();
      store.dispatch({ type: "setCamera", camera: { x, y, ratio } });
    }, options.mirrorDelayMs);
  };
  camera.on("updated", onUpdated);

  const focusNode = (key: string, animate = true) => {
    if (!sigma.getGraph().hasNode(key)) return;
    store.dispatch({ type: "select", node: key });
    const display = sigma.getNodeDisplayData(key);
    if (!display) return;
    const target = { x: display.x, y: display.y, ratio: Math.min(camera.getState().ratio, options.focusRatio) };
    if (animate) void camera.animate(target, { duration: options.durationMs, easing: "quadraticInOut" });
    else camera.setState(target);
  };
  if (initial.selected && !initial.camera) focusNode(initial.selected, false);
  return {
    focusNode,
    destroy() {
      clearTimeout(timer);
      camera.off("updated", onUpdated);
    },
  };
}
