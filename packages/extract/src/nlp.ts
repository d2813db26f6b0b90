import type { PaperContext } from "./context";

/** Placeholder until the compromise adapter lands. */
export function scanPhrases(_ctx: PaperContext): void {}
