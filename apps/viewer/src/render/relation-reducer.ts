import type { Attributes } from "graphology-types";
import type { HighlightContext } from "./reducers";

/**
 * A relation edge as sigma draws it: an arrow in its kind's colour (set when the edge was
 * added), thicker the more papers state it, above the co-occurrence lines. Shown only when the
 * edge-kind control asks for relations, both ends are visible and, while a node is focused,
 * the arrow touches it. Changes sigma's copy only, like the other reducers.
 */
export function reduceRelationEdge(ctx: HighlightContext, data: Attributes, source: string, target: string): Attributes {
  data.type = "arrow";
  const focusedElsewhere = ctx.focus !== null && source !== ctx.focus && target !== ctx.focus;
  if (ctx.edgeKind === "cooccurrence" || ctx.hidden.has(source) || ctx.hidden.has(target) || focusedElsewhere) {
    data.hidden = true;
    return data;
  }
  // Thicker than the co-occurrence lines (0.5 to 3): an arrow must read against them in "Both".
  data.size = 2.5 + Math.min(2, Math.log2(Math.max(1, Number(data.papers ?? 1))));
  data.zIndex = 2;
  return data;
}
