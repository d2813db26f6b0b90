import { RELATION_TYPES } from "@fieldmap/graph";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isStringList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === "string");

/**
 * Why graph.json's `relations` cannot be exported, or undefined. Absent is fine (maps built
 * before relations); each item needs string ends, a known kind (it names an RDF property)
 * and lists of papers and evidence.
 */
export function relationsProblem(relations: unknown): string | undefined {
  if (relations === undefined) return undefined;
  if (!Array.isArray(relations)) return "'relations' is not a list";
  for (const [i, r] of relations.entries()) {
    if (!isObject(r) || typeof r.key !== "string" || typeof r.source !== "string" || typeof r.target !== "string") {
      return `relations[${i}] needs key, source and target strings`;
    }
    if (!(RELATION_TYPES as readonly unknown[]).includes(r.kind)) return `relations[${i}]: unknown kind ${JSON.stringify(r.kind)} (one of ${RELATION_TYPES.join(", ")})`;
    if (!isStringList(r.papers) || !Array.isArray(r.evidence)) return `relations[${i}] needs a 'papers' list of ids and an 'evidence' list`;
  }
  return undefined;
}
