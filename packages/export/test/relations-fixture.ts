import type { MapDocument, MapRelation, RelationType } from "@fieldmap/graph";
import { fixtureDoc, HOSTILE_LABEL } from "./fixture";

/**
 * A generic entity whose id and label hold everything a serialiser can get wrong: quotes,
 * a backslash, a newline, `>` and `<`, `#` and `%`, spaces and non-ASCII (é, 中文, an emoji).
 */
export const HOSTILE_GENERIC = `LLM "big" \\ <model>\n#1 100% é 中文 🚀`;

function relation(kind: RelationType, source: string, target: string, papers: string[]): MapRelation {
  const sentence = `${source} ${kind} ${target}.`;
  return {
    key: `${kind}:${source}->${target}`,
    source,
    target,
    kind,
    papers,
    evidence: papers.slice(0, 5).map((paper) => ({ paper, sentence, head: [0, source.length], tail: [sentence.length - target.length - 1, sentence.length - 1] })),
  };
}

/**
 * The fixture map with relations as a build writes them: between on-map nodes (one parallel to a
 * co-occurrence link: BERT evaluated-on GLUE), from the hostile-labelled node, and two with a
 * generic entity at an end (kept in graph.json and the triples, not drawn in graph files).
 */
export function relationsFixtureDoc(): MapDocument {
  const doc = fixtureDoc();
  for (const edge of doc.graph.edges) edge.attributes.kind = "cooccurrence";
  doc.fieldmap.generic = [{ id: HOSTILE_GENERIC, label: HOSTILE_GENERIC, type: "model", count: 9, relevance: 0.1 }];
  doc.relations = [
    relation("builds-on", "GraphSAGE", "GCN", ["arxiv:1609.02907", "arxiv:hostile"]),
    relation("trained-with", HOSTILE_GENERIC, "self-attention", ["arxiv:1706.03762", "arxiv:hostile"]),
    relation("evaluated-on", "BERT", "GLUE", ["arxiv:1706.03762"]),
    relation("outperforms", HOSTILE_LABEL, "Transformer", ["arxiv:hostile"]),
    relation("measured-by", "node classification", "accuracy", ["arxiv:1609.02907"]),
    relation("addresses", HOSTILE_GENERIC, "node classification", ["arxiv:hostile"]),
  ];
  const [attention, gcn] = doc.papers;
  if (attention) attention.proposes = ["Transformer"];
  if (gcn) gcn.proposes = ["GCN"];
  return doc;
}

/** The relations a graph file draws: both ends on the map. */
export function onMapRelations(doc: MapDocument): MapRelation[] {
  const keys = new Set(doc.graph.nodes.map((n) => n.key));
  return (doc.relations ?? []).filter((r) => keys.has(r.source) && keys.has(r.target));
}
