import type { MapTime } from "@fieldmap/graph";
import { colorDomain, formatDecimalYear, timeColor, UNDATED_COLOR } from "../time/time-scale";
import type { LegendEntry } from "./png";

/** Stops of the mean-date ramp drawn in the PNG legend. */
export const TIME_LEGEND_STOPS = 5;

/**
 * The PNG legend of the Time colour mode: evenly spaced dates of the colour domain with their
 * colours (the ends read "or earlier" / "or later", as the on-screen legend), then "no date".
 */
export function timeLegendEntries(meanYears: Iterable<unknown>, unit: MapTime["period"] | undefined, stops = TIME_LEGEND_STOPS): LegendEntry[] {
  const domain = colorDomain(meanYears);
  if (!domain) return [{ color: UNDATED_COLOR, label: "no date" }];
  const [min, max] = domain;
  const count = max > min ? stops : 1;
  const entries = Array.from({ length: count }, (_, i) => {
    const year = count === 1 ? min : min + ((max - min) * i) / (count - 1);
    const text = formatDecimalYear(year, unit);
    const label = count > 1 && i === 0 ? `${text} or earlier` : count > 1 && i === count - 1 ? `${text} or later` : text;
    return { color: timeColor(year, domain), label };
  });
  return [...entries, { color: UNDATED_COLOR, label: "no date" }];
}
