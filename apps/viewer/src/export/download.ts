import type Graph from "graphology";
import { write as writeGexf } from "graphology-gexf/browser";

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
