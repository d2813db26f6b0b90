import type Graph from "graphology";
import { write as writeGexf } from "graphology-gexf/browser";
import type Sigma from "sigma";
import { toBlob } from "@sigma/export-image";

/** Renders the current view at `scale` times the screen size, nodes and labels scaled alike. */
export function renderPng(sigma: Sigma, scale: number, backgroundColor: string): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const labelSize = sigma.getSetting("labelSize");
  return toBlob(sigma, {
    format: "png",
    width: Math.round(width * scale),
    height: Math.round(height * scale),
    backgroundColor,
    sigmaSettings: { labelSize: labelSize * scale, zoomToSizeRatioFunction: (ratio: number) => Math.sqrt(ratio) / scale },
  });
}

export function gexfBlob(graph: Graph): Blob {
  return new Blob([writeGexf(graph, { version: "1.3" })], { type: "application/xml" });
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
