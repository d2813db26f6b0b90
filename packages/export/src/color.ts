export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX6 = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;
const HEX3 = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i;
const RGB_FUNCTION = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i;

/** Parses the CSS colours graph.json uses (#rrggbb, #rgb, rgb()); undefined otherwise. */
export function parseColor(color: string | undefined): Rgb | undefined {
  if (!color) return undefined;
  const text = color.trim();
  const hex = HEX6.exec(text) ?? HEX3.exec(text);
  if (hex) {
    const [r, g, b] = hex.slice(1, 4).map((part) => parseInt(part.length === 1 ? part + part : part, 16));
    return { r: r ?? 0, g: g ?? 0, b: b ?? 0 };
  }
  const rgb = RGB_FUNCTION.exec(text);
  if (!rgb) return undefined;
  const [r, g, b] = rgb.slice(1, 4).map((part) => Math.min(255, Number(part)));
  return { r: r ?? 0, g: g ?? 0, b: b ?? 0 };
}

/** `#rrggbb`, lower case. */
export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}
