import { type PaperContext, freeWordBefore, takeWordBefore } from "./context";

// "3D scene reconstruction", "2D pose estimation": the dimension names which task it is, but the
// term scan reads lower-case words only and starts after it. A task phrase found right after
// an unclaimed dimension takes it in.
const DIMENSION = /^(?:[1-6]|2\.5)D$/;

export function extendTasksByDimension(ctx: PaperContext): void {
  for (const c of ctx.candidates) {
    if (c.type !== "task" || c.known || c.canonical !== ctx.text.slice(c.start, c.end).toLowerCase()) continue;
    const i = freeWordBefore(ctx, c);
    const before = ctx.tokens[i];
    if (!before || !DIMENSION.test(before.text)) continue;
    takeWordBefore(ctx, c, i, `${before.text} ${c.canonical}`);
  }
}
