import { RELATION_COLORS, isRelationEdge } from "../data/relation-edges";
import { RELATION_PHRASES } from "../data/relation-groups";
import { RELATION_KINDS, type RelationKind } from "../data/relations";
import type { EdgeKind } from "../state/state";
import type { AppContext } from "../ui/context";
import type { LegendEntry } from "./png";

/** The PNG legend's arrow kinds ("→ evaluated on"), when the view draws relation arrows. */
export function relationLegend(app: AppContext, edgeKind: EdgeKind): LegendEntry[] {
  if (edgeKind === "cooccurrence") return [];
  const present = new Set<RelationKind>();
  app.data.graph.forEachEdge((_edge, attrs) => {
    if (isRelationEdge(attrs)) present.add(attrs.kind as RelationKind);
  });
  return RELATION_KINDS.filter((kind) => present.has(kind)).map((kind) => ({ color: RELATION_COLORS[kind], label: `→ ${RELATION_PHRASES[kind].out}` }));
}
