/**
 * PNG rendering of the SVG drawing with resvg (a Rust SVG renderer, no browser needed).
 * resvg draws no text without a font: by default it loads the system fonts (on Debian,
 * fonts-dejavu-core provides DejaVu Sans, the first family the SVG asks for); callers may
 * pass font files explicitly (the CLI passes DejaVu Sans when it is installed).
 */
import { Resvg } from "@resvg/resvg-js";
import type { MapDocument } from "@fieldmap/graph";
import { toSvg, type SvgOptions } from "./svg";

export interface PngFontOptions {
  /** Font files to load (e.g. DejaVuSans.ttf). */
  fontFiles?: string[];
  /** Also scan the system font directories (default true). */
  loadSystemFonts?: boolean;
  defaultFontFamily?: string;
}

export interface PngOptions extends SvgOptions {
  fonts?: PngFontOptions;
}

export const DEFAULT_PNG_FONTS: Required<PngFontOptions> = {
  fontFiles: [],
  loadSystemFonts: true,
  defaultFontFamily: "DejaVu Sans",
};

/** Renders an SVG string to PNG bytes at the SVG's own size. */
export function renderSvgToPng(svg: string, fonts: PngFontOptions = {}): Uint8Array {
  const font = { ...DEFAULT_PNG_FONTS, ...fonts };
  const resvg = new Resvg(svg, { font, background: undefined, shapeRendering: 2, textRendering: 1 });
  return new Uint8Array(resvg.render().asPng());
}

/** The map drawn by toSvg, rasterised (1920x1080 by default; 3840x2160 for 4K slides). */
export function toPng(doc: MapDocument, options: PngOptions = {}): Uint8Array {
  const { fonts, ...svgOptions } = options;
  return renderSvgToPng(toSvg(doc, svgOptions), fonts);
}
