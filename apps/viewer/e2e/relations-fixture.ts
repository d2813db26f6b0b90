import type { MapDocument } from "@fieldmap/graph";

/**
 * Relations added by hand to a built map (the seed map), so the browser scenarios know exactly
 * what the panel and the arrows must show, whatever the extractor states about the seeds. The
 * entities are picked from the map itself: its most-mentioned node (the hub), its three
 * strongest co-occurrence neighbours, and a generic entity (listed, never drawn).
 */
export interface RelationFixture {
  doc: MapDocument;
  hub: string;
  neighbours: [string, string, string];
  generic: string;
  /** The sentence of hub -> neighbours[2] (trained-with): hostile markup around the two names. */
  hostileSentence: string;
  /** The paper that sentence comes from. */
  hostilePaper: string;
  /** Ordered pairs of map nodes joined by a relation: the arrows drawn. */
  arrows: number;
}

export const HOSTILE_PREFIX = '<img src=x onerror="window.__xss=11"><b>bold</b> ';

type Relation = { key: string; source: string; target: string; kind: string; papers: string[]; evidence: unknown[] };

export function withRelations(seed: MapDocument): RelationFixture {
  const doc = structuredClone(seed);
  const hub = [...doc.graph.nodes].sort((a, b) => b.attributes.count - a.attributes.count || (a.key < b.key ? -1 : 1))[0]!.key;
  const weightOf = (e: MapDocument["graph"]["edges"][number]) => Number(e.attributes.weight ?? 0);
  const neighbours = doc.graph.edges
    .filter((e) => e.source === hub || e.target === hub)
    .sort((a, b) => weightOf(b) - weightOf(a) || (a.source + a.target < b.source + b.target ? -1 : 1))
    .slice(0, 3)
    .map((e) => (e.source === hub ? e.target : e.source)) as [string, string, string];
  const generic = doc.fieldmap.generic?.[0]?.id;
  if (neighbours.length < 3 || !generic) throw new Error("the seed map lacks the neighbours or generic entity the fixture needs");
  const label = (id: string) => doc.graph.nodes.find((n) => n.key === id)?.attributes.label ?? doc.fieldmap.generic?.find((g) => g.id === id)?.label ?? id;
  const papers = doc.papers.filter((p) => p.entities.includes(hub)).map((p) => p.id);
  if (papers.length < 4) throw new Error("the hub has too few papers for the fixture");
  const [p1, p2, p3, p4] = papers as [string, string, string, string];
  const evidence = (paper: string, head: string, verb: string, tail: string, prefix = "") => {
    const sentence = `${prefix}${label(head)} ${verb} ${label(tail)} in our experiments.`;
    const h = prefix.length;
    const t = h + label(head).length + verb.length + 2;
    return { paper, sentence, head: [h, h + label(head).length], tail: [t, t + label(tail).length] };
  };
  const relation = (source: string, kind: string, target: string, list: string[], verb: string, prefix = ""): Relation => ({
    key: `${kind}:${source}->${target}`, source, target, kind, papers: list,
    evidence: list.slice(0, 2).map((paper) => evidence(paper, source, verb, target, prefix)),
  });
  const [n1, n2, n3] = neighbours;
  const relations: Relation[] = [
    relation(hub, "evaluated-on", n2, [p1, p2], "is evaluated on"),
    relation(hub, "evaluated-on", n1, [p1, p2, p3], "is evaluated on"),
    relation(n3, "builds-on", hub, [p4], "builds on"),
    relation(hub, "outperforms", generic, [p2], "outperforms"),
    relation(hub, "trained-with", n3, [p3], "is trained with", HOSTILE_PREFIX),
    relation(n1, "measured-by", n2, [p4], "is measured by"),
    // Items a hostile file could hold: all skipped.
    { key: "x", source: hub, target: hub, kind: "builds-on", papers: [p1], evidence: [] },
    { key: "y", source: hub, target: n1, kind: "<b>likes</b>", papers: [p1], evidence: [] },
  ];
  // Replaces what the build extracted from the seeds: the scenarios need relations they know.
  (doc as unknown as { relations: Relation[] }).relations = relations;
  const hostile = (relations[4]!.evidence[0] as { sentence: string }).sentence;
  const onMap = new Set(doc.graph.nodes.map((n) => n.key));
  const valid = relations.slice(0, 6);
  const arrows = new Set(valid.filter((r) => onMap.has(r.source) && onMap.has(r.target)).map((r) => JSON.stringify([r.source, r.target]))).size;
  return { doc, hub, neighbours, generic, hostileSentence: hostile, hostilePaper: p3, arrows };
}
