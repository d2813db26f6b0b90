import type { PaperContext } from "./context";
import { isSize } from "./models";

// Sizes listed before one model name: "13B and 70B Llama2-Chat", "7B, 13B, or 34B Code Llama".
const SIZE_LIST_BEFORE = /(?:\d+(?:\.\d+)?[BM](?:\s*,\s*|\s*,?\s+(?:and|or)\s+))+\d+(?:\.\d+)?[BM]\s+$/;
const ONE_SIZE = /\d+(?:\.\d+)?[BM]/g;

/**
 * Coordination ellipsis: "the 13B and 70B Llama2-Chat models" names two checkpoints,
 * Llama-2-Chat-13B and Llama-2-Chat-70B. The name itself becomes the last size's checkpoint
 * and each earlier size gets its own mention at its own place in the text.
 */
export function splitSizeLists(ctx: PaperContext): void {
  const added = [];
  for (const c of ctx.candidates) {
    if (c.type !== "model" || c.canonical.split("-").some(isSize)) continue;
    const before = ctx.text.slice(Math.max(0, c.start - 60), c.start);
    const list = SIZE_LIST_BEFORE.exec(before);
    if (!list) continue;
    const listStart = c.start - before.length + list.index;
    const sizes = [...list[0].matchAll(ONE_SIZE)];
    const family = c.canonical;
    for (const size of sizes.slice(0, -1)) {
      const start = listStart + size.index;
      added.push({ ...c, start, end: start + size[0].length, canonical: `${family}-${size[0]}` });
    }
    c.canonical = `${family}-${sizes.at(-1)![0]}`;
  }
  if (added.length === 0) return;
  ctx.candidates.push(...added);
  ctx.candidates.sort((a, b) => a.start - b.start);
}
