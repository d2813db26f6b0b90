import type { Attributes } from "graphology-types";
import { DEFAULT_DISPLAY_SIZE_OPTIONS } from "../data/model";
import { periodNodeSize, UNDATED_COLOR } from "../time/time-scale";
import type { HighlightContext } from "./reducers";

/** What the node reducer reads for time: kept in step by controllers/time.ts. */
export interface TimeOverlay {
  /** Colour of each dated node by its mean date (colour mode "time"). */
  colors: Map<string, string>;
  /** Papers of each node in the chosen period(s); null when no period is chosen. */
  periodCounts: Map<string, number> | null;
  maxPeriodCount: number;
}

export function createTimeOverlay(): TimeOverlay {
  return { colors: new Map(), periodCounts: null, maxPeriodCount: 1 };
}

/**
 * Colours by mean date and, when a period is chosen, sizes by the count there and dims the
 * absent. Changes sigma's copy of the attributes only, like the other reducers.
 */
export function reduceTimeNode(ctx: HighlightContext, node: string, data: Attributes): void {
  const time = ctx.time;
  if (ctx.colorMode === "time") data.color = time.colors.get(node) ?? UNDATED_COLOR;
  if (time.periodCounts === null) return;
  const count = time.periodCounts.get(node) ?? 0;
  if (count === 0) {
    data.color = ctx.palette.dimmedNode;
    data.label = "";
    data.dimmed = true;
    data.size = DEFAULT_DISPLAY_SIZE_OPTIONS.minSize;
    data.zIndex = 0;
    return;
  }
  data.size = periodNodeSize(count, time.maxPeriodCount, DEFAULT_DISPLAY_SIZE_OPTIONS);
}
