// The triples export read back by independent readers: n3 for Turtle, Python's csv module for
// triples.csv. Every relation must survive, hostile names included.
import { execFileSync } from "node:child_process";
import type { MapDocument, RelationType } from "@fieldmap/graph";
import { describe, expect, it } from "vitest";
import { entityIri, FIELDMAP_VOCABULARY, RELATION_PROPERTIES, toTriplesCsv, toTurtle } from "../src";
import { fixtureDoc, HOSTILE_LABEL } from "./fixture";
import { SYSTEM_PYTHON, writeTemp } from "./helpers";
import { HOSTILE_GENERIC, relationsFixtureDoc } from "./relations-fixture";
import { entityIdOf, parseTurtle } from "./turtle-reader";

const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDFS = "http://www.w3.org/2000/01/rdf-schema#";
const fm = (name: string) => `${FIELDMAP_VOCABULARY}${name}`;

const doc = relationsFixtureDoc();
const relations = doc.relations ?? [];
const quads = parseTurtle(toTurtle(doc));

/** Objects of (subject, predicate) in the parsed graph. */
function objects(subject: string, predicate: string): string[] {
  return quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
}

function labelOf(id: string): string | undefined {
  return doc.graph.nodes.find((n) => n.key === id)?.attributes.label ?? doc.fieldmap.generic?.find((g) => g.id === id)?.label;
}

describe("relations.ttl read back with n3", () => {
  it.each(relations.map((r) => [r.key, r] as const))("relation %s survives as a triple", (_key, r) => {
    expect(objects(entityIri(r.source), fm(RELATION_PROPERTIES[r.kind]))).toContain(entityIri(r.target));
  });

  it.each(relations.map((r) => [r.key, r] as const))("relation %s has its statement node with the paper count", (_key, r) => {
    const statement = quads.find((q) => q.predicate.value === `${RDF}subject` && q.object.value === entityIri(r.source) &&
      objects(q.subject.value, `${RDF}predicate`).includes(fm(RELATION_PROPERTIES[r.kind])) &&
      objects(q.subject.value, `${RDF}object`).includes(entityIri(r.target)))?.subject.value;
    expect(statement, "no statement node").toBeDefined();
    expect(objects(statement ?? "", `${RDF}type`)).toEqual([fm("Relation")]);
    expect(objects(statement ?? "", fm("papers")).map(Number)).toEqual([r.papers.length]);
  });

  it("holds no relation triple that graph.json does not list", () => {
    const properties = new Set(Object.values(RELATION_PROPERTIES).map(fm));
    const direct = quads.filter((q) => properties.has(q.predicate.value) && q.subject.termType === "NamedNode" && q.subject.value.startsWith("urn:fieldmap:entity:"));
    expect(direct).toHaveLength(relations.length);
  });

  const ends = [...new Set(relations.flatMap((r) => [r.source, r.target]))];
  it.each(ends.map((id) => [JSON.stringify(id), id] as const))("entity %s keeps its id, label and type class", (_shown, id) => {
    const iri = entityIri(id);
    expect(entityIdOf(iri)).toBe(id);
    expect(objects(iri, `${RDFS}label`)).toEqual([labelOf(id)]);
    const type = doc.graph.nodes.find((n) => n.key === id)?.attributes.type ?? doc.fieldmap.generic?.find((g) => g.id === id)?.type ?? "";
    expect(objects(iri, `${RDF}type`)).toEqual([fm(type.charAt(0).toUpperCase() + type.slice(1))]);
  });

  it("carries the hostile names exactly: quotes, backslash, newline, <, >, #, %, unicode", () => {
    expect(objects(entityIri(HOSTILE_GENERIC), `${RDFS}label`)).toEqual([HOSTILE_GENERIC]);
    expect(objects(entityIri(HOSTILE_LABEL), `${RDFS}label`)).toEqual([HOSTILE_LABEL]);
  });

  it("declares the vocabulary: six relation properties and a class per entity type", () => {
    const properties = quads.filter((q) => q.predicate.value === `${RDF}type` && q.object.value === `${RDF}Property`).map((q) => q.subject.value);
    for (const kind of Object.keys(RELATION_PROPERTIES) as RelationType[]) {
      expect(properties).toContain(fm(RELATION_PROPERTIES[kind]));
      expect(objects(fm(RELATION_PROPERTIES[kind]), `${RDFS}label`)).toEqual([kind]);
    }
    for (const type of ["Method", "Model", "Dataset", "Task", "Metric", "Concept"]) expect(objects(fm(type), `${RDFS}subClassOf`)).toEqual([fm("Entity")]);
  });

  it("writes a lone surrogate as U+FFFD, not as bytes no reader accepts", () => {
    const d = relationsFixtureDoc();
    const generic = d.fieldmap.generic?.[0];
    if (generic) generic.label = "bad \uD800 half";
    expect(parseTurtle(toTurtle(d)).map((q) => q.object.value)).toContain("bad \uFFFD half");
  });

  it("parses with only the vocabulary when the map has no relations (maps built before relations)", () => {
    const plain: MapDocument = fixtureDoc();
    expect(parseTurtle(toTurtle(plain)).length).toBeGreaterThan(10);
  });
});

describe("triples.csv read back with Python's csv module", () => {
  const read = (text: string) =>
    JSON.parse(
      execFileSync(SYSTEM_PYTHON, ["-c", "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))", writeTemp("triples.csv", text)], { encoding: "utf8" }),
    ) as string[][];
  const rows = read(toTriplesCsv(doc));

  it("has the header head,relation,tail,papers and one row per relation, generic ends included", () => {
    expect(rows[0]).toEqual(["head", "relation", "tail", "papers"]);
    expect(rows.slice(1)).toEqual(relations.map((r) => [r.source, r.kind, r.target, String(r.papers.length)]));
  });
});
