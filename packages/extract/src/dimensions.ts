import type { PaperContext } from "./context";
import { spanIndexAt } from "./text";

// "3D scene reconstruction", "2D pose estimation": the dimension names which task it is, but the
// term scan reads lower-case words only and starts after it. A task phrase found right after
// an unclaimed dimension takes it in.
const DIMENSION = /^(?:[1-6]|2\.5)D$/;

export function extendTasksByDimension(ctx: PaperContext): void {
  for (const c of ctx.candidates) {
    if (c.type !== "task" || c.known || c.canonical !== ctx.text.slice(c.start, c.end).toLowerCase()) continue;
    const i = spanIndexAt(ctx.tokens, c.start);
    const before = ctx.tokens[i - 1];
    if (i <= 0 || !before || ctx.claimed[i - 1] || !DIMENSION.test(before.text) || ctx.text.slice(before.end, c.start) !== " ") continue;
    ctx.claimed[i - 1] = 1;
    c.start = before.start;
    c.canonical = `${before.text} ${c.canonical}`;
  }
}
