import { el } from "./dom";

export interface OpenScreenOptions {
  /** Shown above the drop zone: why there is no map (a load error, or nothing to load). */
  error: string | null;
  onFile: (file: File) => void;
}

/** The screen shown when there is no map to show, or the map could not be read. */
export function openScreen(options: OpenScreenOptions): HTMLElement {
  const picker = filePicker(options.onFile);
  const zone = el("div", { class: "drop-zone", testid: "drop-zone" }, [
    el("h1", {}, ["fieldmap"]),
    options.error
      ? el("p", { class: "load-error", testid: "load-error", attrs: { role: "alert" } }, [options.error])
      : el("p", {}, ["No map loaded."]),
    el("p", { class: "muted" }, ["Drop a graph.json (from `fieldmap build`), a GEXF or a GraphML file here, or"]),
    el("button", { class: "button primary", testid: "open-file", on: { click: () => picker.click() } }, ["Open a file…"]),
    picker,
  ]);
  return el("div", { class: "open-screen" }, [zone]);
}

/** A hidden <input type=file>; click() it to open the system picker. */
export function filePicker(onFile: (file: File) => void): HTMLInputElement {
  const input = el("input", { testid: "file-input", attrs: { type: "file", accept: ".json,.gexf,.graphml,.xml", hidden: "" } });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) onFile(file);
    input.value = "";
  });
  return input;
}

/** Accepts files dropped anywhere on the page. */
export function bindDrop(target: HTMLElement, onFile: (file: File) => void): () => void {
  const over = (event: DragEvent) => {
    event.preventDefault();
    target.classList.add("dragging");
  };
  const leave = () => target.classList.remove("dragging");
  const drop = (event: DragEvent) => {
    event.preventDefault();
    leave();
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  };
  target.addEventListener("dragover", over);
  target.addEventListener("dragleave", leave);
  target.addEventListener("drop", drop);
  return () => {
    target.removeEventListener("dragover", over);
    target.removeEventListener("dragleave", leave);
    target.removeEventListener("drop", drop);
  };
}
