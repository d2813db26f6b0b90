import type Graph from "graphology";
import type { Filters } from "./state";

/**
 * The nodes the filters hide. Computed once per filter change (not per frame) so the
 * reducers only do a Set lookup. Filters combine: a node is hidden if any filter hides it.
 */
export function computeHiddenNodes(graph: Graph, filters: Filters): Set<string> {
  const hidden = new Set<string>();
  const hiddenTypes = new Set(filters.hiddenTypes);
  const hiddenCommunities = new Set(filters.hiddenCommunities);
  graph.forEachNode((node, attrs) => {
    if (isHidden(attrs, filters, hiddenTypes, hiddenCommunities)) hidden.add(node);
  });
  return hidden;
}

function isHidden(
  attrs: Record<string, unknown>,
  filters: Filters,
  hiddenTypes: Set<string>,
  hiddenCommunities: Set<number>,
): boolean {
  if (hiddenTypes.has(String(attrs.type))) return true;
  if (hiddenCommunities.has(Number(attrs.community))) return true;
  if (Number(attrs.count ?? 1) < filters.minCount) return true;
  if (filters.years) {
    const first = attrs.first_year;
    const last = attrs.last_year;
    // Undated nodes stay visible: the filter narrows by time, it does not judge missing dates.
    if (typeof first === "number" && typeof last === "number") {
      if (last < filters.years[0] || first > filters.years[1]) return true;
    }
  }
  return false;
}

/** Whether an edge is shown: both ends visible and heavy enough. */
export function isEdgeVisible(graph: Graph, edge: string, hidden: Set<string>, minEdgeWeight: number): boolean {
  if (Number(graph.getEdgeAttribute(edge, "weight") ?? 1) < minEdgeWeight) return false;
  return !hidden.has(graph.source(edge)) && !hidden.has(graph.target(edge));
}
