import { Parser, type Quad } from "n3";
import { FIELDMAP_ENTITY_NAMESPACE } from "../src";

/** Parses Turtle with n3 (an independent reader); a syntax error throws. */
export function parseTurtle(text: string): Quad[] {
  return new Parser({ format: "text/turtle" }).parse(text);
}

/** Every literal and every entity id (decoded from its IRI) the Turtle holds. */
export function turtleValues(text: string): string[] {
  return parseTurtle(text).flatMap((quad) =>
    [quad.subject, quad.object].flatMap((term) => {
      if (term.termType === "Literal") return [term.value];
      if (term.termType === "NamedNode" && term.value.startsWith(FIELDMAP_ENTITY_NAMESPACE)) return [entityIdOf(term.value)];
      return [];
    }),
  );
}

export function entityIdOf(iri: string): string {
  return decodeURIComponent(iri.slice(FIELDMAP_ENTITY_NAMESPACE.length));
}
