import type Sigma from "sigma";
import type { Store } from "../state/store";

export interface CameraOptions {
  /** Zoom ratio when jumping to a node (smaller is closer). */
  focusRatio: number;
  durationMs: number;
  /** Wait for the camera to settle before writing it to the state (and the URL). */
  mirrorDelayMs: number;
}

export const DEFAULT_CAMERA_OPTIONS: CameraOptions = { focusRatio: 0.5, durationMs: 500, mirrorDelayMs: 250 };

export interface CameraController {
  /** Selects a node and moves the camera to it. */
  focusNode(key: string, animate?: boolean): void;
  destroy(): void;
}

/** Restores the camera from the state, mirrors camera moves back into it. Renders nothing. */
export function bindCamera(
  sigma: Sigma,
  store: Store,
  /** Pixels the focused node should sit left of the centre (room for the details panel). */
  focusOffsetX: () => number = () => 0,
  options: CameraOptions = DEFAULT_CAMERA_OPTIONS,
): CameraController {
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
    const ratio = Math.min(camera.getState().ratio, options.focusRatio);
    const target = { x: display.x, y: display.y, ratio };
    const offset = focusOffsetX();
    if (offset !== 0) {
      // Move the camera right by `offset` pixels at the target zoom, so the node shows left of centre.
      const { width, height } = sigma.getDimensions();
      const cameraState = { ...camera.getState(), ...target };
      const centre = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState });
      const shifted = sigma.viewportToFramedGraph({ x: width / 2 + offset, y: height / 2 }, { cameraState });
      target.x += shifted.x - centre.x;
      target.y += shifted.y - centre.y;
    }
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
