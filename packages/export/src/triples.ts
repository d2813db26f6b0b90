/**
 * The map's typed relations as triples, for RDF stores (Turtle, W3C 2014) and property-graph
 * loaders such as Neo4j's LOAD CSV (triples.csv: head,relation,tail,papers). Every relation of
 * graph.json is written, those with a generic entity at an end included.
 *
 * Vocabulary (prefix fm:, README "Relations"): one class per entity type (fm:Method ...
 * fm:Concept, subclasses of fm:Entity), one property per relation (fm:evaluatedOn,
 * fm:trainedWith, fm:buildsOn, fm:outperforms, fm:addresses, fm:measuredBy), rdfs:label for
 * names, and per relation an fm:Relation node (an rdf:Statement) carrying fm:papers, the number
 * of papers that state it. Entity IRIs are the entity namespace plus the percent-encoded id.
 */
import { ENTITY_TYPES, RELATION_TYPES, type MapDocument, type MapRelation, type RelationType } from "@fieldmap/graph";
import { lineChunks } from "./chunks";
import { csvField } from "./csv";

export const FIELDMAP_VOCABULARY = "urn:fieldmap:vocab#";
export const FIELDMAP_ENTITY_NAMESPACE = "urn:fieldmap:entity:";

/** fm: property of each relation: the relation's name in lower camel case. */
export const RELATION_PROPERTIES: Record<RelationType, string> = {
  "evaluated-on": "evaluatedOn",
  "trained-with": "trainedWith",
  "builds-on": "buildsOn",
  outperforms: "outperforms",
  addresses: "addresses",
  "measured-by": "measuredBy",
};

const PREFIXES = [
  `@prefix fm: <${FIELDMAP_VOCABULARY}> .`,
  "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .",
  "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
];

interface EntityInfo {
  label: string;
  type?: string;
}

/** An entity's IRI: reversible (decodeURIComponent of the part after the namespace gives the id). */
export function entityIri(id: string): string {
  return `${FIELDMAP_ENTITY_NAMESPACE}${encodeURIComponent(wellFormed(id))}`;
}

/** The class of an entity type: "method" -> "Method". */
export function typeClass(type: string): string {
  return `${type.charAt(0).toUpperCase()}${type.slice(1)}`;
}

/** relations.ttl as chunks of about 64 KB. */
export function turtleChunks(doc: MapDocument): Iterable<string> {
  return lineChunks(turtleLines(doc), "\n");
}

export function toTurtle(doc: MapDocument): string {
  return [...turtleChunks(doc)].join("");
}

function* turtleLines(doc: MapDocument): Generator<string> {
  const relations = doc.relations ?? [];
  const entities = entityInfo(doc);
  yield "# Typed relations of a fieldmap map; vocabulary in the README (Relations).";
  yield* PREFIXES;
  yield "";
  yield* vocabularyLines();
  yield "";
  const ends = [...new Set(relations.flatMap((r) => [r.source, r.target]))];
  for (const id of ends) {
    const info = entities.get(id) ?? { label: id };
    const type = info.type !== undefined && (ENTITY_TYPES as readonly string[]).includes(info.type) ? ` a fm:${typeClass(info.type)} ;` : "";
    yield `<${entityIri(id)}>${type} rdfs:label ${turtleString(info.label)} .`;
  }
  if (ends.length > 0) yield "";
  for (const r of relations) yield* relationLines(r);
}

function vocabularyLines(): string[] {
  return [
    `fm:Entity a rdfs:Class ; rdfs:label "entity" .`,
    ...ENTITY_TYPES.map((type) => `fm:${typeClass(type)} a rdfs:Class ; rdfs:subClassOf fm:Entity ; rdfs:label ${turtleString(type)} .`),
    ...RELATION_TYPES.map((kind) => `fm:${RELATION_PROPERTIES[kind]} a rdf:Property ; rdfs:label ${turtleString(kind)} .`),
    `fm:Relation a rdfs:Class ; rdfs:subClassOf rdf:Statement ; rdfs:label "relation" .`,
    `fm:papers a rdf:Property ; rdfs:label "papers" ; rdfs:comment "Number of papers stating the relation." .`,
  ];
}

/** The triple itself, then its statement node with the paper count. */
function relationLines(r: MapRelation): string[] {
  const [head, property, tail] = [`<${entityIri(r.source)}>`, `fm:${RELATION_PROPERTIES[r.kind]}`, `<${entityIri(r.target)}>`];
  return [
    `${head} ${property} ${tail} .`,
    `[] a fm:Relation ; rdf:subject ${head} ; rdf:predicate ${property} ; rdf:object ${tail} ; fm:papers ${r.papers.length} .`,
  ];
}

function entityInfo(doc: MapDocument): Map<string, EntityInfo> {
  const info = new Map<string, EntityInfo>();
  for (const g of doc.fieldmap.generic ?? []) info.set(g.id, { label: g.label, type: g.type });
  for (const n of doc.graph.nodes) info.set(n.key, { label: n.attributes.label, type: n.attributes.type });
  return info;
}

/** A Turtle string literal: quotes, backslashes and control characters escaped (Turtle §6.4). */
export function turtleString(text: string): string {
  const escaped = wellFormed(text).replace(/["\\\u0000-\u001f\u007f]/g, (c) => TURTLE_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}`);
  return `"${escaped}"`;
}

const TURTLE_ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

/** Lone surrogates cannot be written as UTF-8 (nor percent-encoded): they become U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** triples.csv: one row per relation, head and tail by entity id, papers = how many state it. */
export function triplesCsvChunks(doc: MapDocument): Iterable<string> {
  const rows = (doc.relations ?? []).map((r) => [r.source, r.kind, r.target, r.papers.length].map(csvField).join(","));
  return lineChunks(["head,relation,tail,papers", ...rows], "\r\n");
}

export function toTriplesCsv(doc: MapDocument): string {
  return [...triplesCsvChunks(doc)].join("");
}
