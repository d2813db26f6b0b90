import type Sigma from "sigma";
import { drawOnCanvas } from "@sigma/export-image";
import type { ThemePalette } from "../data/palette";

/**
 * The PNG export: what the screen shows (sigma's layers, the cluster names and node labels as
 * placed on screen), with the map's title above and a legend on the right, so a slide needs
 * nothing else. Every size is multiplied by `scale` (1x, 2x, 4x).
 */
export interface LegendEntry {
  color: string;
  label: string;
}

export interface MapPngInput {
  sigma: Sigma;
  /** Draws the labels shown on screen onto the export's label canvas, sizes times `scale`. */
  drawLabels(context: CanvasRenderingContext2D, scale: number): void;
  title: string;
  legendTitle: string;
  legend: LegendEntry[];
  palette: ThemePalette;
  font: string;
}

export interface MapPngOptions {
  titleBandPx: number;
  legendWidthPx: number;
  paddingPx: number;
  legendRowPx: number;
}

export const DEFAULT_MAP_PNG_OPTIONS: MapPngOptions = { titleBandPx: 48, legendWidthPx: 280, paddingPx: 16, legendRowPx: 22 };

export async function renderMapPng(input: MapPngInput, scale: number, options: MapPngOptions = DEFAULT_MAP_PNG_OPTIONS): Promise<Blob> {
  const canvas = await composeMapImage(input, scale, options);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("fieldmap: the browser could not encode the PNG"))), "image/png"));
}

/** The composed image: title band, map, legend panel. */
export async function composeMapImage(input: MapPngInput, scale: number, options: MapPngOptions = DEFAULT_MAP_PNG_OPTIONS): Promise<HTMLCanvasElement> {
  const { sigma, palette } = input;
  const { width, height } = sigma.getDimensions();
  const mapWidth = Math.round(width * scale);
  const mapHeight = Math.round(height * scale);
  const map = await drawOnCanvas(sigma, {
    width: mapWidth,
    height: mapHeight,
    backgroundColor: palette.background,
    // Nodes and the hovered/selected label scale with the image; the camera stays where it is.
    sigmaSettings: { labelSize: sigma.getSetting("labelSize") * scale, zoomToSizeRatioFunction: (ratio: number) => Math.sqrt(ratio) / scale },
    withTempRenderer: (renderer) => {
      const context = renderer.getCanvases().labels?.getContext("2d");
      if (context) input.drawLabels(context, scale);
    },
  });
  const s = (px: number) => px * scale;
  const legendWidth = input.legend.length > 0 ? s(options.legendWidthPx) : 0;
  const titleBand = s(options.titleBandPx);
  const pixelRatio = map.width / mapWidth;
  const out = document.createElement("canvas");
  out.width = Math.round((mapWidth + legendWidth) * pixelRatio);
  out.height = Math.round((mapHeight + titleBand) * pixelRatio);
  const context = out.getContext("2d");
  if (!context) throw new Error("fieldmap: no 2D canvas for the PNG export");
  context.scale(pixelRatio, pixelRatio);
  context.fillStyle = palette.background;
  context.fillRect(0, 0, mapWidth + legendWidth, mapHeight + titleBand);
  context.drawImage(map, 0, titleBand, mapWidth, mapHeight);
  drawTitle(context, input, mapWidth + legendWidth, titleBand, s, options);
  if (legendWidth > 0) drawLegend(context, input, { left: mapWidth, top: titleBand, width: legendWidth, height: mapHeight }, s, options);
  return out;
}

type Scaled = (px: number) => number;

function drawTitle(context: CanvasRenderingContext2D, input: MapPngInput, width: number, band: number, s: Scaled, options: MapPngOptions): void {
  context.fillStyle = input.palette.label;
  context.textBaseline = "middle";
  context.font = `700 ${s(20)}px ${input.font}`;
  context.fillText(fitText(context, input.title, width - 2 * s(options.paddingPx)), s(options.paddingPx), band / 2);
  context.strokeStyle = input.palette.edge;
  context.lineWidth = s(1);
  context.beginPath();
  context.moveTo(0, band - s(0.5));
  context.lineTo(width, band - s(0.5));
  context.stroke();
}

interface Area {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Swatches and names (wrapped on two lines at most), as many as fit; the rest are counted on a last line. */
function drawLegend(context: CanvasRenderingContext2D, input: MapPngInput, area: Area, s: Scaled, options: MapPngOptions): void {
  const pad = s(options.paddingPx);
  const row = s(options.legendRowPx);
  const line = s(16);
  context.strokeStyle = input.palette.edge;
  context.beginPath();
  context.moveTo(area.left + s(0.5), area.top);
  context.lineTo(area.left + s(0.5), area.top + area.height);
  context.stroke();
  context.textBaseline = "middle";
  context.fillStyle = input.palette.label;
  context.font = `700 ${s(13)}px ${input.font}`;
  context.fillText(input.legendTitle, area.left + pad, area.top + pad + row / 2);
  context.font = `500 ${s(13)}px ${input.font}`;
  const textWidth = area.width - 2 * pad - s(20);
  const bottom = area.top + area.height - pad - row; // room kept for the "+ N more" line
  let y = area.top + pad + row * 1.5;
  let drawn = 0;
  for (const entry of input.legend) {
    const lines = wrapText(context, entry.label, textWidth, 2);
    if (y + (lines.length - 1) * line > bottom && drawn < input.legend.length - 1) break;
    context.fillStyle = entry.color;
    context.beginPath();
    context.arc(area.left + pad + s(6), y, s(6), 0, Math.PI * 2);
    context.fill();
    context.fillStyle = input.palette.label;
    lines.forEach((text, i) => context.fillText(text, area.left + pad + s(20), y + i * line));
    y += (lines.length - 1) * line + row;
    drawn++;
  }
  if (drawn < input.legend.length) {
    context.fillStyle = input.palette.label;
    context.fillText(`+ ${input.legend.length - drawn} more`, area.left + pad + s(20), y);
  }
}

/** Words packed into at most `maxLines` lines of `maxWidth`; the last line ends in an ellipsis if text is left. */
function wrapText(context: CanvasRenderingContext2D, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = "";
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const next = current ? `${current} ${words[i]}` : words[i]!;
    if (context.measureText(next).width <= maxWidth || !current) {
      current = next;
      continue;
    }
    if (lines.length === maxLines - 1) return [...lines, fitText(context, `${current} ${words.slice(i).join(" ")}`, maxWidth)];
    lines.push(current);
    current = words[i]!;
  }
  return [...lines, fitText(context, current, maxWidth)];
}

/** The text, cut with an ellipsis to fit `maxWidth` in the context's current font. */
function fitText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let end = text.length;
  while (end > 1 && context.measureText(`${text.slice(0, end)}…`).width > maxWidth) end--;
  return `${text.slice(0, end)}…`;
}
